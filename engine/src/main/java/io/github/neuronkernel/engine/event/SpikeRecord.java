package io.github.neuronkernel.engine.event;

/**
 * What collects a spike source's spike times ({@code NetCon.record(vector)}, {@code
 * APCount.record(vector)}). Users hold it (a Vector), so its two methods are protected: this
 * package calls them, and other engine packages through {@link SpikeRecords}.
 */
public abstract class SpikeRecord {
    /** Called at finitialize: forget earlier spikes. */
    protected abstract void resetSpikes();

    /** @param t a spike time (ms) */
    protected abstract void recordSpike(double t);
}
