package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * A point process (IClamp, ExpSyn, SEClamp, ...): a mechanism placed at one location, whose
 * parameters are public fields of the user's object, as in NEURON ({@code stim.amp = 0.5}). Its
 * currents are in nA and are converted to the node's density with {@link #areaFactor}.
 *
 * <p>Users hold this object, so its public methods are theirs only: where it sits ({@link
 * #getSegment()}, {@link #getLoc()}) and its variables ({@link #ref(String)}, and public fields).
 * The lifecycle methods, which have the same meaning and order as {@link Mechanism}'s, are
 * protected: the engine reaches them through {@link PointProcessGroup} (the step) and {@link
 * PointProcessInternals} (placing, checking, describing), both in this package. The event system
 * reaches NET_RECEIVE through the {@link EventTarget} that {@link #newEventTarget()} makes.
 */
public abstract class PointProcess {
    private final Segment location;
    /** The node this instance acts on (set at each discretisation). */
    protected int node = -1;
    /** 100/area of the node (1/um2 scaled so that nA become mA/cm2). */
    protected double areaFactor;
    /** The area of the node (um2), NEURON's {@code _nd_area}. */
    protected double area;
    /** The arrays of the current discretisation (set with the node). */
    protected CableState cable;
    /** What the event system delivers to, made at first use; null if it takes no events. */
    private EventTarget eventTarget;
    private boolean eventTargetMade;

    /** @param location where the point process sits */
    protected PointProcess(Segment location) {
        this.location = location;
    }

    /** @return the segment it was placed at */
    public Segment getSegment() {
        return location;
    }

    /** @return the position it was placed at, NEURON's {@code get_loc()} */
    public double getLoc() {
        return location.x();
    }

    /**
     * @param field a public double field of this point process, e.g. {@code i}
     * @return a reference for batchSave or Vector.record
     * @throws IllegalArgumentException if there is no such field
     */
    public Ref ref(String field) {
        VarHandle handle = fieldHandle(field);
        String name = this + "." + field;
        String unit = unitOf(field);
        return new FieldRef(this, handle, name, unit);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + location + "]";
    }

    /** @return NEURON's type number, which fixes the call order among mechanisms */
    protected abstract int order();

    /** @return how it uses ion species (none for the built-in point processes) */
    protected List<IonUse> ionUses() {
        return List.of();
    }

    /**
     * Checks the public parameter fields; called before finitialize, fadvance and batchRun.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range
     */
    protected void validate() {}

    /** @return the parameters as NEURON's psection prints them, e.g. {@code del=0.3 dur=0.2 amp=0.5} */
    protected String describeParameters() {
        return "";
    }

    /** Rebuilds the type's lookup tables if their inputs changed; called on one instance of a type before every step. */
    protected void checkTables(CableState s) {}

    /** INITIAL. */
    protected void initialize(CableState s) {}

    /** BREAKPOINT currents at the step midpoint. */
    protected void current(CableState s) {}

    /** Adds the kept conductance to the diagonal. */
    protected void jacobian(CableState s) {}

    /** Integrates states over dt with the new v. */
    protected void state(CableState s) {}

    /**
     * @return what NetCons deliver to, for a point process with NET_RECEIVE (called once); null,
     *     the default, for one that takes no events
     */
    protected EventTarget newEventTarget() {
        return null;
    }

    /** @return the event system's view of this point process, or null if it takes no events */
    final EventTarget eventTarget() {
        if (!eventTargetMade) {
            eventTarget = newEventTarget();
            eventTargetMade = true;
        }
        return eventTarget;
    }

    /** Places this instance on a node of a new discretisation, whose arrays are {@code state}. */
    final void place(int node, double matrixArea, CableState state) {
        this.node = node;
        this.cable = state;
        this.area = matrixArea;
        this.areaFactor = 1.e2 / matrixArea;
    }

    /** @return the node it acts on, or -1 before discretisation */
    final int node() {
        return node;
    }

    /**
     * An event target that forwards NET_RECEIVE to one method and names the point process, for
     * the built-in synapses: {@code return receiver((events, weight, flag) -> g += weight[0]);}.
     */
    protected final EventTarget receiver(Receive receive) {
        return new Receiver(this, receive);
    }

    /** A point process's NET_RECEIVE, as {@link #receiver(Receive)} takes it. */
    @FunctionalInterface
    protected interface Receive {
        /** @see EventTarget#receive(EventSystem, double[], double) */
        void receive(EventSystem events, double[] weight, double flag);
    }

    private record Receiver(PointProcess owner, Receive receive) implements EventTarget {
        @Override
        public void receive(EventSystem events, double[] weight, double flag) {
            receive.receive(events, weight, flag);
        }

        @Override
        public String toString() {
            return owner.toString();
        }
    }

    private String unitOf(String field) {
        try {
            Unit unit = getClass().getField(field).getAnnotation(Unit.class);
            return unit == null ? "" : unit.value();
        } catch (NoSuchFieldException e) {
            return "";
        }
    }

    private VarHandle fieldHandle(String field) {
        try {
            return MethodHandles.publicLookup().findVarHandle(getClass(), field, double.class);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no variable \"" + field
                    + "\"; its variables are its public number fields", e);
        }
    }
}
