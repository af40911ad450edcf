package io.github.neuronkernel.engine.nmodl.runtime;

/**
 * The states of a block solved by a solver ({@link Newton}, {@link SparseSolver}) at one instance,
 * as generated code provides them: block numbers are the mechanism's own, states in the solver's
 * order.
 */
public interface BlockStates {
    /** @return state j of block {@code block} at instance k */
    double state(int block, int k, int j);

    /** Sets state j of block {@code block} at instance k. */
    void setState(int block, int k, int j, double x);
}
