package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A point process (IClamp, ExpSyn, SEClamp, ...): a mechanism placed at one location, whose
 * parameters are public fields of the user's object, as in NEURON ({@code stim.amp = 0.5}). Its
 * currents are in nA and are converted to the node's density with {@link #areaFactor}.
 *
 * <p>The lifecycle methods have the same meaning and order as {@link Mechanism}'s; the engine
 * calls them for every instance of a class, in node order.
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

    /** @param location where the point process sits */
    protected PointProcess(Segment location) {
        this.location = location;
    }

    /** @return how it uses ion species (none for the built-in point processes) */
    public java.util.List<io.github.neuronkernel.engine.mechanism.IonUse> ionUses() {
        return java.util.List.of();
    }

    /** @return NEURON's type number, which fixes the call order among mechanisms */
    public abstract int order();

    /** @return the segment it was placed at */
    public Segment getSegment() {
        return location;
    }

    /** @return the position it was placed at, NEURON's {@code get_loc()} */
    public double getLoc() {
        return location.x();
    }

    /** Places this instance on a node of a new discretisation, whose arrays are {@code state}. */
    public final void place(int node, double matrixArea, CableState state) {
        this.node = node;
        this.cable = state;
        this.area = matrixArea;
        this.areaFactor = 1.e2 / matrixArea;
    }

    /** @return the node it acts on, or -1 before discretisation */
    public final int node() {
        return node;
    }

    /**
     * Checks the public parameter fields; called before finitialize, fadvance and batchRun.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range
     */
    public void validate() {}

    /** @return the parameters as NEURON's psection prints them, e.g. {@code del=0.3 dur=0.2 amp=0.5} */
    public String describeParameters() {
        return "";
    }

    /** Rebuilds the type's lookup tables if their inputs changed; called on one instance of a type before every step. */
    public void checkTables(CableState s) {}

    /** INITIAL. */
    public void initialize(CableState s) {}

    /** BREAKPOINT currents at the step midpoint. */
    public void current(CableState s) {}

    /** Adds the kept conductance to the diagonal. */
    public void jacobian(CableState s) {}

    /** Integrates states over dt with the new v. */
    public void state(CableState s) {}

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

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + location + "]";
    }
}
