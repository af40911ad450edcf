package io.github.neuronkernel.engine.model;

/** Tells the model which density mechanism names exist. */
public interface MechanismNames {
    /**
     * @param name a mechanism name, e.g. {@code hh}
     * @throws IllegalArgumentException naming the known mechanisms if {@code name} is not one
     */
    void requireDensity(String name);
}
