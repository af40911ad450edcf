package io.github.neuronkernel.engine.model;

import io.github.neuronkernel.engine.internal.Validate;

/**
 * A location {@code sec(x)} on a section, NEURON's segment object. It reads and writes range
 * variables at that location by NEURON's names ({@code v}, {@code m_hh}, {@code gnabar_hh}, {@code
 * ina}, {@code g_pas}, {@code diam}, {@code cm}, ...).
 *
 * <p>Which node x selects follows NEURON: for {@code v} and point processes, x = 0 and x = 1 are
 * the section's end nodes; otherwise the segment containing x, {@code (int)(nseg*x)} clamped to
 * {@code nseg-1}.
 *
 * <pre>{@code
 * var seg = soma.at(0.5);
 * seg.set("gnabar_hh", 0.2);
 * double m = seg.get("m_hh");
 * h.batchSave(seg.ref("v"));
 * }</pre>
 */
public final class Segment {
    private final Section section;
    /** The normalised position along the section, 0 to 1, as NEURON users write {@code seg.x}. */
    public final double x;

    Segment(Section section, double x) {
        this.section = section;
        this.x = x;
    }

    /** @return the section this segment belongs to */
    public Section sec() {
        return section;
    }

    /** @return the normalised position along the section, in [0, 1] */
    public double x() {
        return x;
    }

    /**
     * @param variable a range variable name, e.g. {@code "v"} (mV) or {@code "m_hh"}
     * @return its current value at this location
     * @throws IllegalArgumentException for an unknown variable or a mechanism not inserted here
     */
    public double get(String variable) {
        Validate.notNull("variable name", variable);
        if (Section.isGeometryVariable(variable)) {
            return section.geometryValue(x, variable);
        }
        return section.model().access().get(section, x, variable);
    }

    /**
     * Sets a range variable at this location.
     *
     * @param variable e.g. {@code "gnabar_hh"} (S/cm2), {@code "diam"} (um), {@code "v"} (mV)
     * @param value the new value, in the variable's unit
     * @return this segment
     */
    public Segment set(String variable, double value) {
        Validate.notNull("variable name", variable);
        if (Section.isGeometryVariable(variable)) {
            section.setGeometryValue(x, variable, value);
        } else {
            section.model().access().set(section, x, variable, value);
        }
        return this;
    }

    /**
     * @param variable a range variable name
     * @return a reference for {@code batchSave}, {@code Vector.record} or a {@code NetCon} source
     * @throws IllegalArgumentException if the variable does not exist here
     */
    public Ref ref(String variable) {
        Validate.notNull("variable name", variable);
        get(variable); // fail now, at the user's call, not at the run
        return new RangeRef(section, x, variable);
    }

    /** @return shorthand for {@code get("v")}, the membrane potential (mV) */
    public double v() {
        return get("v");
    }

    /** @return the membrane area of this segment (um2); 0 at x = 0 and x = 1, as NEURON's area */
    public double area() {
        return section.model().access().area(section, x);
    }

    /** @return the axial resistance (MOhm) from this node to its parent node, NEURON's ri */
    public double ri() {
        return section.model().access().ri(section, x);
    }

    /** @return the diameter (um) of the segment containing x */
    public double diam() {
        return get("diam");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && s.section == section && s.x == x;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(section) * 31 + Double.hashCode(x);
    }

    @Override
    public String toString() {
        return section.name() + "(" + Validate.num(x) + ")";
    }
}
