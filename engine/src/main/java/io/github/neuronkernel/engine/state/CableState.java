package io.github.neuronkernel.engine.state;

import io.github.neuronkernel.engine.discretize.NodeLayout;
import java.util.List;

/**
 * The per-node arrays of one discretised model, in Hines order, plus the clock. Mechanisms read v
 * and add to rhs and d; the solver turns rhs into the voltage change.
 */
public final class CableState {
    /** The node layout these arrays follow. */
    public final NodeLayout layout;
    /** Number of nodes. */
    public final int size;
    /** Membrane potential (mV). */
    public final double[] v;
    /** Right-hand side: current balance, then after the solve the change of v (mV). */
    public final double[] rhs;
    /** Matrix diagonal (S/cm2 at membrane nodes). */
    public final double[] d;
    /** Sodium ion values. */
    public final IonState na;
    /** Potassium ion values. */
    public final IonState k;
    /** Every ion species' values: na, k, then the others in the order they were registered. */
    public final IonState[] ions;
    /** Globals (t, dt, celsius, ...). */
    public final Clock clock;

    /**
     * @param layout the discretisation
     * @param clock the globals, shared with the stepper
     * @param ionTypes the ion species, na and k first
     */
    public CableState(NodeLayout layout, Clock clock, List<IonType> ionTypes) {
        this.layout = layout;
        this.size = layout.size();
        this.v = new double[size];
        this.rhs = new double[size];
        this.d = new double[size];
        this.ions = new IonState[ionTypes.size()];
        for (int i = 0; i < ions.length; i++) {
            ions[i] = new IonState(ionTypes.get(i), size);
        }
        this.na = ions[0];
        this.k = ions[1];
        this.clock = clock;
        java.util.Arrays.fill(v, -65.0);
    }

    /** @return the ion state named {@code name} ({@code na}, {@code k}, {@code ca}, ...), or null */
    public IonState ion(String name) {
        for (IonState ion : ions) {
            if (ion.name.equals(name)) {
                return ion;
            }
        }
        return null;
    }
}
