package io.github.neuronkernel.engine.model;

/**
 * A symbolic reference to a simulation variable, NEURON's {@code _ref_x}: for {@code batchSave},
 * {@code Vector.record} and {@code NetCon} sources. It names the variable, not a memory address, so
 * it stays valid when the model is re-discretised (a changed {@code nseg}, a new section).
 */
public interface Ref {
    /** @return the variable as NEURON would name it, e.g. {@code soma(0.5).v} or {@code t} */
    String name();

    /** @return the variable's unit, e.g. {@code mV}, {@code nA}; empty if it has none or is unknown */
    default String unit() {
        return "";
    }

    /** @return the variable's current value */
    double get();

    /** Sets the variable's value. */
    void set(double value);

    /**
     * Resolves this reference against the current node layout.
     *
     * @param bindings the runtime's resolver
     * @return a probe reading the value without further lookups
     */
    Probe bind(Bindings bindings);

    /** @return the model whose section this reference reads, or null for a global */
    default Model model() {
        return null;
    }

    /** @return whether this reference reads a variable of a section that was deleted */
    default boolean isOnDeletedSection() {
        return false;
    }

    /**
     * Resolves this reference for writing, as Vector.play does at every finitialize; by default
     * through {@link #set(double)}.
     */
    default java.util.function.DoubleConsumer bindSetter(Bindings bindings) {
        return this::set;
    }
}
