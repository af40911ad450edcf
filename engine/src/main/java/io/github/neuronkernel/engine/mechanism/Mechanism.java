package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.state.CableState;

/**
 * One mechanism type's instances at run time, called by the stepper in the order documented in
 * the package. Instance {@code k} acts at node {@link #nodeOf(int) nodeOf(k)}, and instances are in
 * non-decreasing node order. The per-step methods work on a range of instances so that the stepper
 * can split one mechanism's instances between threads by node; implementations keep their
 * per-instance values in arrays, touch only their own instances and their instances' nodes, and
 * must not allocate in {@link #current} or {@link #state}.
 */
public abstract class Mechanism {
    /** @return NEURON's type number; phases call mechanisms in increasing order */
    public abstract int order();

    /** @return the number of instances */
    public abstract int count();

    /** @return the node instance k acts at */
    public abstract int nodeOf(int k);

    /**
     * @return a rough cost of one instance's {@link #current} and {@link #state} per step (ns),
     *     used only to balance work between threads
     */
    public double costPerInstance() {
        return 5;
    }

    /** Rebuilds lookup tables whose inputs (such as celsius) changed; called before every step. */
    public void checkTables(CableState s) {}

    /** INITIAL: set states from the current v. */
    public void initialize(CableState s) {}

    /**
     * BREAKPOINT ({@code nrn_cur}) for instances {@code from .. to-1}: adds the current to rhs
     * ({@code rhs -= i} for a membrane current, {@code rhs += i} for an electrode current) and the
     * finite-difference conductance to the diagonal d (which the stepper cleared before). rhs and d
     * are separate sums, so adding both here gives each node the same sums, in the same order, as
     * NEURON's separate current and jacobian passes.
     */
    public void current(CableState s, int from, int to) {}

    /** Integrates states over dt using the new v, for instances {@code from .. to-1}. */
    public void state(CableState s, int from, int to) {}
}
