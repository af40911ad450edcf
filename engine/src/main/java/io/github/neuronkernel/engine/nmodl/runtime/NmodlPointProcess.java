package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.event.SpikeSender;
import io.github.neuronkernel.engine.event.Watch;
import io.github.neuronkernel.engine.mechanism.IonUse;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.Clock;

/**
 * An instance of a POINT_PROCESS loaded from a .mod file, as users hold it: its variables by name
 * ({@code syn.set("tau", 2)}, {@code syn.get("g")}, {@code syn.ref("i")}), and a NetCon target (and
 * source, if it calls {@code net_event}). The generated subclass holds the mechanism's arithmetic,
 * in protected methods; the event system reaches them through a {@link SpikeSender} of its own.
 *
 * <pre>{@code
 * h.loadMechanisms("mod/");
 * var syn = h.PointProcess("AMPA", dend.at(0.5));
 * syn.set("tau", 2);
 * var nc = h.NetCon(stim, syn); nc.weight[0] = 0.01;
 * }</pre>
 */
public abstract class NmodlPointProcess extends PointProcess {
    /** The instance's values: the user-visible variables first, in the type's order, then hidden ones. */
    protected final double[] p;
    /** The values shared by the type's instances. */
    protected final Globals g;
    /** The simulation's globals (t, dt, celsius). */
    protected final Clock clock;
    /** The simulation's events, for net_send and net_event. */
    protected final EventSystem events;
    private final PointType type;
    private final int serial;
    /** The event system's view: NetCon target and source, receiver of self-events, WATCH conditions. */
    private final Port port = new Port();
    private int self = -1;
    private Watch[] watches;

    /**
     * @param type the loaded type
     * @param location where the instance sits
     * @param clock the simulation's globals
     * @param events the simulation's events
     * @param size the number of values per instance
     * @param serial the instance's number among its type's, as NEURON names it ({@code AMPA[0]})
     */
    protected NmodlPointProcess(PointType type, Segment location, Clock clock, EventSystem events, int size,
            int serial) {
        super(location);
        this.type = type;
        this.g = type.globals();
        this.clock = clock;
        this.events = events;
        this.serial = serial;
        this.p = new double[size];
        type.variables().reset(p);
    }

    /** @return its number for self-events ({@code net_send}), registered with the events at first use */
    protected final int selfIndex() {
        if (self < 0) {
            self = events.selfTarget(port);
        }
        return self;
    }

    @Override
    protected java.util.List<IonUse> ionUses() {
        return type.ions();
    }

    /** NET_RECEIVE's {@code net_event}: this point process spikes at time t (ms). */
    protected final void netEvent(double t) {
        events.netEvent(port, t);
    }

    /**
     * NEURON's {@code _nrn_watch_activate} for WATCH statement {@code i} (from 0) of this point
     * process, which has {@code count} of them.
     *
     * @param first whether it is the first WATCH executed in this NET_RECEIVE call, which first
     *     stops all of this point process's watches
     */
    protected final void activateWatch(int i, int count, double flag, boolean first) {
        if (watches == null) {
            watches = new Watch[count];
            for (int j = 0; j < count; j++) {
                watches[j] = events.watch(port, j, selfIndex());
            }
        }
        if (first) {
            for (Watch w : watches) {
                events.deactivate(w);
            }
        }
        events.activate(watches[i], flag);
    }

    /** @return the value of WATCH condition {@code index}: {@code lhs - rhs} for {@code >}; positive means true */
    protected double watchCondition(int index) {
        throw new IllegalStateException(this + " has no WATCH " + index);
    }

    /** @return its loaded type (not API: {@link PointTypes#of}) */
    final PointType type() {
        return type;
    }

    @Override
    protected int order() {
        return type.order();
    }

    /** @return the value of variable {@code name} (e.g. {@code g}) */
    public double get(String name) {
        return p[type.variables().index(toString(), name)];
    }

    /**
     * Sets a variable.
     *
     * @return this point process
     * @throws IllegalArgumentException for an unknown name or a value out of the variable's range
     */
    public NmodlPointProcess set(String name, double value) {
        type.variables().set(toString(), p, name, value);
        return this;
    }

    @Override
    public Ref ref(String name) {
        return type.variables().ref(toString(), p, name);
    }

    @Override
    protected String describeParameters() {
        return type.variables().describeParameters(p);
    }

    @Override
    protected EventTarget newEventTarget() {
        return port;
    }

    /** @return how many weights a NetCon to it carries */
    protected int weightCount() {
        return Math.max(1, receiveArguments());
    }

    /** @return whether NET_RECEIVE has an INITIAL block (the generated class says so) */
    protected boolean initializesWeights() {
        return false;
    }

    /** NET_RECEIVE's INITIAL block for one NetCon's weights (the generated class has it, if any). */
    protected void initializeWeights(EventSystem events, double[] weight) {}

    /** @return how many arguments NET_RECEIVE takes (0 without NET_RECEIVE) */
    protected abstract int receiveArguments();

    /** NET_RECEIVE (the generated class has it, if the file does). */
    protected void receive(EventSystem events, double[] weight, double flag) {
        throw new IllegalArgumentException(this + " has no NET_RECEIVE block: it cannot be a NetCon's target");
    }

    @Override
    public String toString() {
        return type.name() + "[" + serial + "]";
    }

    /** Forwards the event system's calls to the point process's protected methods. */
    private final class Port implements SpikeSender, Watch.Condition {
        @Override
        public Object owner() {
            return NmodlPointProcess.this;
        }

        @Override
        public int weightCount() {
            return NmodlPointProcess.this.weightCount();
        }

        @Override
        public boolean initializesWeights() {
            return NmodlPointProcess.this.initializesWeights();
        }

        @Override
        public void initializeWeights(EventSystem events, double[] weight) {
            NmodlPointProcess.this.initializeWeights(events, weight);
        }

        @Override
        public void receive(EventSystem events, double[] weight, double flag) {
            NmodlPointProcess.this.receive(events, weight, flag);
        }

        @Override
        public double value(int index) {
            return watchCondition(index);
        }

        @Override
        public String toString() {
            return NmodlPointProcess.this.toString();
        }
    }
}
