package io.github.neuronkernel.engine.event;

/** Collects a spike source's spike times ({@code NetCon.record(vector)}). */
public interface SpikeRecord {
    /** Called at finitialize: forget earlier spikes. */
    void resetSpikes();

    /** @param t a spike time (ms) */
    void recordSpike(double t);
}
