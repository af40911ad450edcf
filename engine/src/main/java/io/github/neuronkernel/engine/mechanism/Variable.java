package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.internal.Validate;

/**
 * Metadata of one mechanism variable: NEURON's name within the mechanism, its unit, default, the
 * range a user may set and what it means. The one description of a variable: {@code h.help}, the
 * table in {@code docs/mechanisms.md}, completion and the range checks ({@link #check}) all read it.
 *
 * @param name the name inside the mechanism, e.g. {@code gnabar}; users write {@code gnabar_hh}
 * @param unit the unit, e.g. {@code S/cm2}
 * @param defaultValue the value a new instance starts with
 * @param min the smallest value a user may set ({@link Double#MIN_VALUE}: above 0)
 * @param max the largest value a user may set
 * @param kind parameter, assigned or state
 * @param meaning what it is, in a few words, e.g. {@code maximum sodium conductance}; empty if unknown
 */
public record Variable(String name, String unit, double defaultValue, double min, double max, Kind kind,
        String meaning) {
    /** What a variable is to the mechanism. */
    public enum Kind {
        /** Set by the user, read by the mechanism. */
        PARAMETER,
        /** Computed by the mechanism each step. */
        ASSIGNED,
        /** Integrated over time. */
        STATE
    }

    /** A variable whose meaning is not known (a loaded mechanism's). */
    public Variable(String name, String unit, double defaultValue, double min, double max, Kind kind) {
        this(name, unit, defaultValue, min, max, kind, "");
    }

    /** A parameter that may take any finite value. */
    public static Variable parameter(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.PARAMETER);
    }

    /** A parameter that must be at least 0. */
    public static Variable nonNegative(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, 0, Double.MAX_VALUE, Kind.PARAMETER);
    }

    /** A parameter that must be above 0 (and finite). */
    public static Variable positive(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, Double.MIN_VALUE, Double.MAX_VALUE, Kind.PARAMETER);
    }

    /** A parameter that must lie in [min, max]. */
    public static Variable inRange(String name, String unit, double defaultValue, double min, double max) {
        return new Variable(name, unit, defaultValue, min, max, Kind.PARAMETER);
    }

    /** A parameter that may take any value but NaN (infinities included: {@code stim.dur = inf} is never off). */
    public static Variable any(String name, String unit, double defaultValue) {
        return new Variable(name, unit, defaultValue, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Kind.PARAMETER);
    }

    /** A value computed by the mechanism. */
    public static Variable assigned(String name, String unit) {
        return new Variable(name, unit, 0, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.ASSIGNED);
    }

    /** A state variable. */
    public static Variable state(String name, String unit) {
        return new Variable(name, unit, 0, -Double.MAX_VALUE, Double.MAX_VALUE, Kind.STATE);
    }

    /** @return this variable with a meaning, e.g. {@code .means("maximum sodium conductance")} */
    public Variable means(String text) {
        return new Variable(name, unit, defaultValue, min, max, kind, text);
    }

    /** @return this variable with another default */
    public Variable withDefault(double value) {
        return new Variable(name, unit, value, min, max, kind, meaning);
    }

    /** @return whether a value must be above 0 rather than at least some bound */
    public boolean mustBePositive() {
        return min == Double.MIN_VALUE && max == Double.MAX_VALUE;
    }

    /** @return whether any finite value is allowed */
    public boolean isUnbounded() {
        return min == -Double.MAX_VALUE && max == Double.MAX_VALUE;
    }

    /** @return whether any value but NaN is allowed */
    public boolean allowsInfinity() {
        return min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY;
    }

    /** @return whether users may set this value ({@link #check} would pass) */
    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    /**
     * Checks a value a user gave this variable of {@code owner}: the one range check of built-in and
     * loaded mechanisms. Builds no message when the value is allowed.
     *
     * @param owner what messages name the variable after, e.g. an ExpSyn: {@code ExpSyn[soma(0.5)].tau}
     * @return value
     * @throws IllegalArgumentException naming it, the value and the allowed range with the unit
     */
    public double check(Object owner, double value) {
        return allows(value) ? value : checkAs(owner + "." + name, value);
    }

    /**
     * Checks a value a user gave this variable.
     *
     * @param what how messages name it, e.g. {@code ExpSyn[soma(0.5)].tau} or {@code gnabar_hh}
     * @return value
     * @throws IllegalArgumentException naming it, the value and the allowed range with the unit
     */
    public double checkAs(String what, double value) {
        if (allows(value)) {
            return value;
        }
        String u = unit.equals("1") ? "" : unit;
        if (allowsInfinity()) {
            throw new IllegalArgumentException(what + " = NaN is not allowed: it must be a number");
        }
        if (mustBePositive()) {
            return Validate.positiveFinite(what, value, u);
        }
        if (isUnbounded()) {
            return Validate.finite(what, value, u);
        }
        return Validate.inRange(what, value, min, max, u);
    }
}
