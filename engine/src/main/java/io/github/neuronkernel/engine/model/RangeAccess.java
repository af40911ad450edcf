package io.github.neuronkernel.engine.model;

/**
 * What a {@link Segment} needs from the running simulation: reading and writing range variables
 * and the geometry that only exists once the model is discretised. Implemented by the simulation.
 */
public interface RangeAccess {
    /** @return the value of {@code variable} at {@code section(x)} */
    double get(Section section, double x, String variable);

    /** Sets {@code variable} at {@code section(x)}. */
    void set(Section section, double x, String variable, double value);

    /** @return the unit of {@code variable} at {@code section(x)}, e.g. {@code mV} */
    String unit(Section section, double x, String variable);

    /** @return the membrane area (um2) of the segment containing x; 0 at the 0 and 1 ends */
    double area(Section section, double x);

    /** @return the axial resistance (MOhm) between the node at x and its parent node */
    double ri(Section section, double x);

    /** @return NEURON's {@code psection} text for the section: geometry and mechanism values */
    String describe(Section section);

    /** Sets {@code variable} in every segment of {@code section}, NEURON's {@code sec.var = value}. */
    default void setEverywhere(Section section, String variable, double value) {
        for (Segment seg : section) {
            set(section, seg.x, variable, value);
        }
    }

    /** Told when a density mechanism is taken out of a section (its values are forgotten). */
    default void uninserted(Section section, String mechanism) {}
}
