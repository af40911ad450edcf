package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.state.Clock;

/**
 * An instance of an ARTIFICIAL_CELL loaded from a .mod file: no location, only events. Its
 * variables are read and set by name, as a point process's are; it is a NetCon source when it
 * calls {@code net_event}, and a target through its NET_RECEIVE.
 *
 * <pre>{@code
 * var cell = h.PointProcess("IF3");
 * var nc = h.NetCon(stim, cell); nc.weight[0] = 0.5;
 * }</pre>
 */
public abstract class NmodlArtificialCell extends ArtificialCell {
    /** The instance's values: the user-visible variables first, then hidden ones. */
    protected final double[] p;
    /** The values shared by the type's instances. */
    protected final Globals g;
    /** The simulation's globals (t). */
    protected final Clock clock;
    private final PointType type;
    private final int serial;

    /**
     * @param type the loaded type
     * @param clock the simulation's globals
     * @param size the number of values per instance
     * @param serial the instance's number among its type's ({@code IF3[0]})
     */
    protected NmodlArtificialCell(PointType type, Clock clock, int size, int serial) {
        this.type = type;
        this.g = type.globals();
        this.clock = clock;
        this.serial = serial;
        this.p = new double[size];
        type.variables().reset(p);
    }

    /** @return its loaded type (not API: {@link PointTypes#of}) */
    final PointType type() {
        return type;
    }

    @Override
    protected int order() {
        return type.order();
    }

    /** @return the value of variable {@code name} */
    public double get(String name) {
        return p[type.variables().index(toString(), name)];
    }

    /**
     * Sets a variable.
     *
     * @return this cell
     * @throws IllegalArgumentException for an unknown name or a value out of the variable's range
     */
    public NmodlArtificialCell set(String name, double value) {
        type.variables().set(toString(), p, name, value);
        return this;
    }

    /** @return a reference to a variable, for batchSave and Vector.record */
    public Ref ref(String name) {
        return type.variables().ref(toString(), p, name);
    }

    @Override
    protected int weightCount() {
        return Math.max(1, receiveArguments());
    }

    /** @return how many arguments NET_RECEIVE takes (0 without NET_RECEIVE) */
    protected abstract int receiveArguments();

    @Override
    protected void receive(EventSystem events, double[] weight, double flag) {
        throw new IllegalArgumentException(this + " has no NET_RECEIVE block: it cannot be a NetCon's target");
    }

    @Override
    public String toString() {
        return type.name() + "[" + serial + "]";
    }
}
