package io.github.neuronkernel.engine.mechanism;

/**
 * Metadata of one mechanism variable: NEURON's name within the mechanism, its unit, default and
 * the range a user may set.
 *
 * @param name the name inside the mechanism, e.g. {@code gnabar}; users write {@code gnabar_hh}
 * @param unit the unit, e.g. {@code S/cm2}
 * @param defaultValue the value a new instance starts with
 * @param min the smallest value a user may set
 * @param max the largest value a user may set
 * @param kind parameter, assigned or state
 */
public record Variable(String name, String unit, double defaultValue, double min, double max, Kind kind) {
    /** What a variable is to the mechanism. */
    public enum Kind {
        /** Set by the user, read by the mechanism. */
        PARAMETER,
        /** Computed by the mechanism each step. */
        ASSIGNED,
        /** Integrated over time. */
        STATE
    }

    /** A parameter that may take any finite value. */
    public static Variable parameter(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.PARAMETER);
    }

    /** A parameter that must be at least 0. */
    public static Variable nonNegative(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, 0, Double.MAX_VALUE, Kind.PARAMETER);
    }

    /** A value computed by the mechanism. */
    public static Variable assigned(String name, String unit) {
        return new Variable(name, unit, 0, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.ASSIGNED);
    }

    /** A state variable. */
    public static Variable state(String name, String unit) {
        return new Variable(name, unit, 0, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.STATE);
    }
}
