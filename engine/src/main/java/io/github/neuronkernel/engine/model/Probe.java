package io.github.neuronkernel.engine.model;

/** Reads one value of the running simulation; obtained by binding a {@link Ref} to a layout. */
@FunctionalInterface
public interface Probe {
    /** @return the current value, in the unit of the variable */
    double get();
}
