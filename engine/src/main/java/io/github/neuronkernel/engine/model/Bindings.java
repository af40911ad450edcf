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
}
