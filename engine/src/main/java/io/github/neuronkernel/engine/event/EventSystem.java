package io.github.neuronkernel.engine.event;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.model.Bindings;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.state.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one simulation: spike sources, NetCons, artificial cells and the queue, with
 * NEURON 8.2's delivery rules (see {@code DESIGN.md}). The stepper calls {@link #beforeStep()} at
 * the start of every step and {@link #deliver(double)} at its end.
 */
public final class EventSystem {
    /** NEURON's offset of a threshold spike after the step start (ms). */
    static final double THRESHOLD_EPSILON = 1e-10;
    private static final int NETCON = 0;
    private static final int SOURCE = 1;
    private static final int SELF = 2;

    private final Clock clock;
    private final EventQueue queue = new EventQueue();
    private final List<SpikeSource> sources = new ArrayList<>();
    private final List<NetCon> netcons = new ArrayList<>();
    private final List<ArtificialCell> cells = new ArrayList<>();
    /** What self-events go to (artificial cells and point processes that call net_send), by index. */
    private final List<EventTarget> selfTargets = new ArrayList<>();
    /** The spike sources of point processes that call net_event. */
    private final java.util.IdentityHashMap<SpikeSender, SpikeSource> senders = new java.util.IdentityHashMap<>();
    private SpikeSource[] watched = new SpikeSource[0];
    private SpikeSource[] sourceArray = new SpikeSource[0];
    private NetCon[] netconArray = new NetCon[0];
    private ArtificialCell[] cellArray = new ArtificialCell[0];
    private EventTarget[] selfArray = new EventTarget[0];
    /** Active WATCH conditions, in the order they were (re)activated, as NEURON's watch list. */
    private final List<Watch> watches = new ArrayList<>();
    private Watch[] watchArray = new Watch[0];
    private long delivered;

    /** @param clock the simulation's globals; t is set to each event's time during its delivery */
    public EventSystem(Clock clock) {
        this.clock = clock;
    }

    /** @return the current time (ms): the event's time during a delivery */
    public double t() {
        return clock.t;
    }

    /** Registers an artificial cell so it takes part in finitialize and can send itself events. */
    public <T extends ArtificialCell> T add(T cell) {
        if (cell.owner != null) {
            throw new IllegalArgumentException(cell + " belongs to a simulation already");
        }
        cell.owner = this;
        cell.index = selfTarget(cell.target);
        int at = cells.size(); // NEURON runs the INITIAL blocks of artificial cells type by type, then in creation order
        while (at > 0 && cells.get(at - 1).order() > cell.order()) {
            at--;
        }
        cells.add(at, cell);
        cellArray = cells.toArray(new ArtificialCell[0]);
        return cell;
    }

    /**
     * Registers something that sends itself events ({@code net_send}).
     *
     * @return its number, for {@link #netSendAt}
     */
    public int selfTarget(EventTarget target) {
        selfTargets.add(target);
        selfArray = selfTargets.toArray(new EventTarget[0]);
        return selfTargets.size() - 1;
    }

    /**
     * Connects a source to a target, NEURON's {@code NetCon(source, target)}.
     *
     * @param source a {@link Ref} to a membrane potential, or an {@link ArtificialCell}
     * @param target an {@link ArtificialCell}, an {@link EventTarget} (a point process's, from its
     *     owner), or null to only detect spikes
     * @throws IllegalArgumentException for an unsupported source or a target without NET_RECEIVE
     */
    public NetCon connect(Object source, Object target) {
        if (target != null && !(target instanceof EventTarget) && !(target instanceof ArtificialCell)) {
            throw new IllegalArgumentException("NetCon target " + target + " (" + target.getClass().getSimpleName()
                    + ") cannot receive events: targets are ExpSyn, Exp2Syn, NetStim, IntFire1, IntFire2, IntFire4,"
                    + " point processes loaded with a NET_RECEIVE block, or null");
        }
        if (target instanceof ArtificialCell cell && cell.owner != this) {
            throw new IllegalArgumentException("NetCon target " + cell + " belongs to another simulation");
        }
        SpikeSource s = sourceFor(source);
        EventTarget to = target instanceof ArtificialCell cell ? cell.target : (EventTarget) target;
        NetCon nc = new NetCon(netcons.size(), s, to);
        netcons.add(nc);
        netconArray = netcons.toArray(new NetCon[0]);
        s.add(nc);
        return nc;
    }

    private SpikeSource sourceFor(Object source) {
        if (source instanceof ArtificialCell cell) {
            if (cell.owner != this) {
                throw new IllegalArgumentException("NetCon source " + cell + " belongs to another simulation");
            }
            if (cell.source == null) {
                cell.source = newSource(null, cell);
            }
            return cell.source;
        }
        if (source instanceof SpikeSender sender) { // a point process that may call net_event
            return senders.computeIfAbsent(sender, x -> newSource(null, x));
        }
        if (source instanceof Ref ref) {
            for (SpikeSource s : sources) {
                if (ref.equals(s.variable)) {
                    return s;
                }
            }
            return newSource(ref, null);
        }
        throw new IllegalArgumentException("NetCon source " + source + " is not supported: give a reference to a "
                + "membrane potential, e.g. soma.at(0.5).ref(\"v\"), or an artificial cell such as a NetStim or an IntFire1");
    }

    private SpikeSource newSource(Ref variable, Object sender) {
        SpikeSource s = new SpikeSource(sources.size(), variable, sender);
        sources.add(s);
        sourceArray = sources.toArray(new SpikeSource[0]);
        if (variable != null) {
            watched = sources.stream().filter(x -> x.variable != null).toArray(SpikeSource[]::new);
        }
        return s;
    }

    /**
     * Validates the artificial cells' and the NetCons' fields and settles each source's shared
     * threshold: if NetCons of one source were given different thresholds, the most recently
     * created one that changed wins.
     *
     * @throws IllegalArgumentException for a cell's field out of its range, a negative or non-finite
     *     delay or a non-finite threshold
     */
    public void sync() {
        for (ArtificialCell c : cellArray) {
            c.validate();
        }
        for (NetCon nc : netconArray) {
            Validate.inRange("NetCon.delay", nc.delay, 0, Double.MAX_VALUE, "ms");
            Validate.finite("NetCon.threshold", nc.threshold, "mV");
        }
        for (SpikeSource s : sourceArray) {
            for (NetCon nc : s.fanout) {
                if (nc.threshold != nc.appliedThreshold) {
                    s.threshold = nc.threshold;
                }
            }
            for (NetCon nc : s.fanout) {
                nc.threshold = s.threshold;
                nc.appliedThreshold = s.threshold;
            }
        }
    }

    /** @return every NetCon, in creation order */
    public List<NetCon> netCons() {
        return java.util.Collections.unmodifiableList(netcons);
    }

    /**
     * Detaches the NetCons that a deletion left without a target or a source: they carry nothing
     * from now on (a source on a deleted section never crosses its threshold).
     *
     * @param targetGone whether a target sits on a deleted section
     * @return the NetCons detached now
     */
    public List<NetCon> detach(java.util.function.Predicate<EventTarget> targetGone) {
        List<NetCon> now = new ArrayList<>();
        for (NetCon nc : netcons) {
            boolean gone = (nc.target != null && targetGone.test(nc.target))
                    || (nc.source.variable != null && nc.source.variable.isOnDeletedSection());
            if (gone && !nc.detached) {
                nc.detached = true;
                now.add(nc);
            }
        }
        return now;
    }

    /** Rebinds the watched variables to a new discretisation. */
    public void attach(Bindings bindings) {
        for (SpikeSource s : watched) {
            s.probe = s.variable.isOnDeletedSection() ? NEVER : s.variable.bind(bindings);
        }
    }

    /** The probe of a source whose section was deleted: it never reaches a threshold. */
    private static final io.github.neuronkernel.engine.model.Probe NEVER = () -> Double.NEGATIVE_INFINITY;

    /**
     * Binds the watched variable of a new NetCon's source, if it has none yet: building a network
     * NetCon by NetCon then costs one binding each, not one per source so far.
     */
    public void attach(NetCon nc, Bindings bindings) {
        SpikeSource s = nc.source;
        if (s.variable != null && s.probe == null && !s.variable.isOnDeletedSection()) {
            s.probe = s.variable.bind(bindings);
        }
    }

    /** finitialize, before INITIAL blocks: the queue is emptied. */
    public void clear() {
        queue.clear();
    }

    /** finitialize, after the membrane INITIAL blocks: artificial cells, then sources reset (init_events). */
    public void initialize() {
        for (ArtificialCell c : cellArray) {
            c.initialize(this);
        }
        for (SpikeSource s : sourceArray) {
            s.initialize();
        }
        for (Watch w : watchArray) { // NEURON empties its watch list here
            w.active = false;
        }
        watches.clear();
        watchArray = new Watch[0];
        for (NetCon nc : netconArray) { // NEURON's init_net_events, NetCon by NetCon in creation order
            if (nc.target != null && nc.target.initializesWeights()) {
                nc.target.initializeWeights(this, nc.weight);
            } else {
                for (int j = 1; j < nc.weight.length; j++) {
                    nc.weight[j] = 0;
                }
            }
        }
    }

    /**
     * Start of a step from t: threshold detection, then the active WATCH conditions (a true one
     * sends its self-event at t), then delivery of events up to t + dt/2.
     */
    public void beforeStep() {
        double t = clock.t;
        for (SpikeSource s : watched) {
            if (s.probe.get() - s.threshold > 0.0) {
                if (!s.above) {
                    s.above = true;
                    send(s, t + THRESHOLD_EPSILON);
                }
            } else {
                s.above = false;
            }
        }
        for (Watch w : watchArray) {
            if (w.condition.value(w.index) > 0.) {
                if (!w.above) {
                    w.above = true;
                    queue.insert(t, SELF, w.self, w.flag);
                }
            } else {
                w.above = false;
            }
        }
        deliver(t + 0.5 * clock.dt);
    }

    /**
     * @param self the receiver's number from {@link #selfTarget}
     * @return a new, inactive WATCH condition of that receiver
     */
    public Watch watch(Watch.Condition condition, int index, int self) {
        return new Watch(condition, index, self);
    }

    /**
     * NEURON's {@code _nrn_watch_activate}: the watch is checked from the next step on (moved to the
     * end of the list if it was active), starting as "above" if its condition is already at least
     * -1e-11.
     *
     * @param flag the flag its event will carry
     */
    public void activate(Watch w, double flag) {
        w.above = w.condition.value(w.index) >= -1e-11;
        w.flag = flag;
        if (w.active) {
            watches.remove(w);
        }
        w.active = true;
        watches.add(w);
        watchArray = watches.toArray(new Watch[0]);
    }

    /** Stops checking a watch. */
    public void deactivate(Watch w) {
        if (w.active) {
            w.active = false;
            watches.remove(w);
            watchArray = watches.toArray(new Watch[0]);
        }
    }

    /**
     * Delivers every event with time at most {@code til} (ms), in NEURON's order; t is each event's
     * time during its delivery and is restored afterwards.
     */
    public void deliver(double til) {
        double saved = clock.t;
        EventQueue q = queue;
        while (q.poll(til)) {
            delivered++;
            double te = q.polledTime;
            int target = q.polledTarget;
            switch (q.polledKind) {
                case NETCON -> receive(netconArray[target], te);
                case SOURCE -> fanOut(sourceArray[target], te);
                default -> {
                    clock.t = te;
                    selfArray[target].receive(this, NO_WEIGHT, q.polledFlag);
                }
            }
        }
        clock.t = saved;
    }

    private static final double[] NO_WEIGHT = new double[0];

    private void receive(NetCon nc, double te) {
        if (nc.detached) {
            return;
        }
        clock.t = te;
        nc.target.receive(this, nc.weight, 0);
    }

    /** NEURON's PreSyn::deliver for a source whose NetCons share one delay. */
    private void fanOut(SpikeSource s, double te) {
        for (NetCon nc : s.fanout) {
            if (nc.target == null) {
                continue;
            }
            double extra = nc.delay - s.delay;
            if (extra == 0.) {
                receive(nc, te);
            } else if (extra > 0.) {
                queue.insert(te + extra, NETCON, nc.index, 0);
            }
        }
    }

    /**
     * NET_RECEIVE's {@code net_send}: a self-event for an artificial cell.
     *
     * @param cell the sender and receiver
     * @param delay from now (ms), at least 0
     * @param flag the flag it will receive
     */
    public void netSend(ArtificialCell cell, double delay, double flag) {
        send(clock.t + delay, cell.index, flag);
    }

    /** A self-event; one with flag 1 is remembered for {@link #netMove}, as NEURON's net_send does. */
    private void send(double time, int self, double flag) {
        if (flag == 1.0) {
            queue.insertMovable(time, SELF, self, flag, self);
        } else {
            queue.insert(time, SELF, self, flag);
        }
    }

    /**
     * NET_RECEIVE's {@code net_move}: moves the receiver's pending self-event with flag 1 (its last
     * {@code net_send} with flag 1, not yet delivered) to an absolute time, in NEURON's queue order.
     *
     * @param self the receiver's number from {@link #selfTarget}
     * @param time the new time (ms), not before now
     * @throws IllegalStateException if there is no such event, or the time is before now
     */
    public void netMove(int self, double time) {
        if (!queue.isQueued(self)) {
            throw new IllegalStateException("net_move of " + selfArray[self] + ": it has no pending self-event with flag 1");
        }
        if (time < clock.t) {
            throw new IllegalStateException("net_move of " + selfArray[self] + " to t = " + time
                    + " ms is before the current time " + clock.t + " ms");
        }
        queue.move(self, time);
    }

    /**
     * A self-event at an absolute time, as nocmodl's {@code net_send} sends it (at {@code t +
     * delay}, computed by the caller exactly as NEURON's C computes it).
     *
     * @param self the receiver's number from {@link #selfTarget}
     * @param time when (ms), not before now
     * @param flag the flag it will receive
     * @throws IllegalArgumentException for a time before now
     */
    public void netSendAt(int self, double time, double flag) {
        if (time < clock.t) {
            throw new IllegalArgumentException("net_send of " + selfArray[self] + " at t = " + time
                    + " ms is before the current time " + clock.t + " ms: the delay must be at least 0");
        }
        send(time, self, flag);
    }

    /** NET_RECEIVE's {@code net_event}: the cell spikes at time t (ms). */
    public void netEvent(ArtificialCell cell, double t) {
        if (cell.source != null) {
            send(cell.source, t);
        }
    }

    /** NET_RECEIVE's {@code net_event} for a point process: it spikes at time t (ms). */
    public void netEvent(SpikeSender sender, double t) {
        SpikeSource s = senders.get(sender);
        if (s != null) {
            send(s, t);
        }
    }

    /** NEURON's PreSyn::send: record the spike and queue its deliveries. */
    private void send(SpikeSource s, double t) {
        for (SpikeRecord r : s.records) {
            r.recordSpike(t);
        }
        if (s.sharedDelay) {
            queue.insert(t + s.delay, SOURCE, s.index, 0);
            return;
        }
        for (NetCon nc : s.fanout) {
            if (nc.target != null) {
                queue.insert(t + nc.delay, NETCON, nc.index, 0);
            }
        }
    }

    /** @return the number of events delivered since this simulation was created */
    public long delivered() {
        return delivered;
    }
}
