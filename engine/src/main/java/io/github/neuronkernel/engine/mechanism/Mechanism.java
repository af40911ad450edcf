package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.state.CableState;

/**
 * One mechanism type's instances at run time, called by the stepper in the order documented in
 * the package. Implementations keep their per-instance values in arrays and must not allocate in
 * {@link #current}, {@link #jacobian} or {@link #state}.
 */
public abstract class Mechanism {
    /** @return NEURON's type number; phases call mechanisms in increasing order */
    public abstract int order();

    /** Rebuilds lookup tables whose inputs (such as celsius) changed; called before every step. */
    public void checkTables(CableState s) {}

    /** INITIAL: set states from the current v. */
    public void initialize(CableState s) {}

    /** BREAKPOINT currents: {@code rhs -= i} (membrane) or {@code rhs += i} (electrode). */
    public void current(CableState s) {}

    /** Adds the conductance kept by {@link #current} to the matrix diagonal. */
    public void jacobian(CableState s) {}

    /** Integrates states over dt using the new v. */
    public void state(CableState s) {}
}
