package io.github.neuronkernel.engine.event;

import io.github.neuronkernel.engine.internal.Validate;

/**
 * A connection that carries spikes from a source (a watched membrane potential or an artificial
 * cell) to a target's NET_RECEIVE after {@link #delay}, NEURON's {@code NetCon}. Created with
 * {@code h.NetCon(source, target)}.
 *
 * <pre>{@code
 * var nc = h.NetCon(soma.at(0.5).ref("v"), syn);
 * nc.threshold = -20; nc.delay = 1; nc.weight[0] = 0.005;
 * var spikes = h.Vector(); nc.record(spikes);
 * }</pre>
 */
public final class NetCon {
    /**
     * Spike threshold (mV) of the source, shared by every NetCon of the same source as in NEURON
     * (the value written last wins at the next finitialize or fadvance); default 10.
     */
    public double threshold;
    /** Delay (ms) from spike to delivery, at least 0; default 1. */
    public double delay = 1;
    /** Weights passed to the target's NET_RECEIVE ({@code weight[0]} in uS for synapses); default 0. */
    public final double[] weight;

    final int index;
    final SpikeSource source;
    final EventTarget target;
    double appliedThreshold;
    /** Set when the target's or source's section was deleted: the NetCon then carries nothing. */
    boolean detached;

    NetCon(int index, SpikeSource source, EventTarget target) {
        this.index = index;
        this.source = source;
        this.target = target;
        this.weight = new double[target == null ? 1 : Math.max(1, target.weightCount())];
        this.threshold = source.threshold;
        this.appliedThreshold = source.threshold;
    }

    /**
     * Records the source's spike times (ms) into {@code record} from the next finitialize on.
     *
     * @return this NetCon
     */
    public NetCon record(SpikeRecord record) {
        Validate.notNull("record vector", record);
        source.addRecord(record);
        return this;
    }

    /** @return the target (the synapse or cell), or null for a NetCon that only detects spikes */
    public Object target() {
        return target == null ? null : target.owner();
    }

    /** @return a description of the source */
    public String source() {
        return source.describe();
    }

    /** Sets weight i, with a clear error for an index out of range. */
    public NetCon setWeight(int i, double value) {
        if (i < 0 || i >= weight.length) {
            throw new IllegalArgumentException("NetCon weight index " + i + " is out of range: this NetCon has "
                    + weight.length + " weight(s), indices 0 to " + (weight.length - 1));
        }
        weight[i] = value;
        return this;
    }

    @Override
    public String toString() {
        return "NetCon[" + source.describe() + " -> " + target() + ", delay " + Validate.num(delay) + " ms]";
    }
}
