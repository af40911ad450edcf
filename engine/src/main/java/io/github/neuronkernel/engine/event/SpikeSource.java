package io.github.neuronkernel.engine.event;

import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.Ref;
import java.util.ArrayList;
import java.util.List;

/**
 * What NEURON calls a PreSyn: where spikes come from, shared by every NetCon with the same source.
 * Either a watched variable (a spike when it rises above the threshold) or something that sends
 * spikes with {@code net_event}: an artificial cell or a point process.
 */
final class SpikeSource {
    final int index;
    final Ref variable;
    /** The artificial cell or point process that sends the spikes, or null for a watched variable. */
    final Object sender;
    final List<NetCon> netcons = new ArrayList<>();
    private final List<SpikeRecord> recordList = new ArrayList<>();
    /** Where spike times go; an array so that sending a spike does not allocate an iterator. */
    SpikeRecord[] records = new SpikeRecord[0];
    NetCon[] fanout = new NetCon[0];
    Probe probe;
    /** Threshold (mV) shared by this source's NetCons. */
    double threshold = 10;
    /** Whether the watched variable is above threshold (spike already sent). */
    boolean above;
    /** NEURON's use_min_delay_: one queue item per spike, fanned out at delivery. */
    boolean sharedDelay;
    double delay;

    SpikeSource(int index, Ref variable, Object sender) {
        this.index = index;
        this.variable = variable;
        this.sender = sender;
    }

    void addRecord(SpikeRecord r) {
        if (!recordList.contains(r)) {
            recordList.add(r);
            records = recordList.toArray(new SpikeRecord[0]);
        }
    }

    void add(NetCon nc) {
        netcons.add(nc);
        fanout = netcons.toArray(new NetCon[0]);
    }

    /** NEURON's init_events for one PreSyn: flag down, records cleared, delay sharing decided. */
    void initialize() {
        above = false;
        for (SpikeRecord r : records) {
            r.resetSpikes();
        }
        sharedDelay = fanout.length > 2;
        delay = fanout.length > 0 ? fanout[0].delay : 0;
        for (NetCon nc : fanout) {
            if (nc.delay != delay) {
                sharedDelay = false;
            }
        }
    }

    String describe() {
        return variable != null ? variable.name() : String.valueOf(sender);
    }
}
