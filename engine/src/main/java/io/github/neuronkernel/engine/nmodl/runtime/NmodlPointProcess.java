package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.SpikeSender;
import io.github.neuronkernel.engine.event.Watch;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.Clock;

/**
 * An instance of a POINT_PROCESS loaded from a .mod file, as users hold it: its variables by name
 * ({@code syn.set("tau", 2)}, {@code syn.get("g")}, {@code syn.ref("i")}), and a NetCon target (and
 * source, if it calls {@code net_event}). The generated subclass holds the mechanism's arithmetic.
 *
 * <pre>{@code
 * h.loadMechanisms("mod/");
 * var syn = h.PointProcess("AMPA", dend.at(0.5));
 * syn.set("tau", 2);
 * var nc = h.NetCon(stim, syn); nc.weight[0] = 0.01;
 * }</pre>
 */
public abstract class NmodlPointProcess extends PointProcess implements SpikeSender, Watch.Condition {
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
            self = events.selfTarget(this);
        }
        return self;
    }

    @Override
    public java.util.List<io.github.neuronkernel.engine.mechanism.IonUse> ionUses() {
        return type.ions();
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
                watches[j] = events.watch(this, j, selfIndex());
            }
        }
        if (first) {
            for (Watch w : watches) {
                events.deactivate(w);
            }
        }
        events.activate(watches[i], flag);
    }

    @Override
    public double value(int index) {
        throw new IllegalStateException(this + " has no WATCH " + index);
    }

    @Override
    public int order() {
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
    public String describeParameters() {
        return type.variables().describeParameters(p);
    }

    @Override
    public int weightCount() {
        return Math.max(1, receiveArguments());
    }

    /** @return how many arguments NET_RECEIVE takes (0 without NET_RECEIVE) */
    protected abstract int receiveArguments();

    @Override
    public void receive(EventSystem events, double[] weight, double flag) {
        throw new IllegalArgumentException(this + " has no NET_RECEIVE block: it cannot be a NetCon's target");
    }

    @Override
    public String toString() {
        return type.name() + "[" + serial + "]";
    }
}
