package io.github.neuronkernel.engine.nmodl.runtime;

/**
 * A mechanism's GLOBAL assigned values for one thread. Generated code holds them as fields of its
 * own subclass, which the JIT may keep in registers across the stores to the instances' arrays
 * (an array element it could not tell apart from those); users read them by number.
 */
public interface Scratch {
    /** @return value number i, in the layout's order */
    double get(int i);

    /** Sets value number i. */
    void set(int i, double value);
}
