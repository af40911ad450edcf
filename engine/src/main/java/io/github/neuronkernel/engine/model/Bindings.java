package io.github.neuronkernel.engine.model;

/** Resolves symbolic variables to {@link Probe}s over the current runtime arrays. */
public interface Bindings {
    /**
     * @param section the section
     * @param x the position along it, in [0, 1]
     * @param variable a range variable name such as {@code v}, {@code m_hh} or {@code ina}
     * @return a probe reading it
     * @throws IllegalArgumentException if the variable does not exist at that location
     */
    Probe range(Section section, double x, String variable);

    /**
     * @param name a global such as {@code t}
     * @return a probe reading it
     */
    Probe global(String name);

    /**
     * A setter for Vector.play: writes the runtime array directly, without the checks of {@code
     * seg.set} (NEURON's play writes through a pointer and checks nothing either), so a step that
     * plays a value allocates nothing.
     *
     * @throws IllegalArgumentException if the variable does not exist at that location
     */
    default java.util.function.DoubleConsumer rangeSetter(Section section, double x, String variable) {
        return value -> new Segment(section, x).set(variable, value);
    }
}
