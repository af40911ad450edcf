package io.github.neuronkernel.engine.event;

/** Not API: the engine's access, from other packages, to a {@link SpikeRecord}'s protected methods. */
public final class SpikeRecords {
    private SpikeRecords() {}

    /** At finitialize, {@code record} forgets earlier spikes. */
    public static void reset(SpikeRecord record) {
        record.resetSpikes();
    }

    /** Appends a spike time {@code t} (ms) to {@code record}. */
    public static void add(SpikeRecord record, double t) {
        record.recordSpike(t);
    }
}
