package io.github.neuronkernel.engine.nmodl.model;

/**
 * One name a mechanism's statements may use, resolved: what it is and where its value lives.
 *
 * @param name the name inside the .mod file, e.g. {@code gbar}
 * @param kind what it is
 * @param unit its unit as written, e.g. {@code S/cm2}; empty if none
 * @param value its default (parameters, constants), or 0
 * @param min the smallest value a user may set
 * @param max the largest value a user may set
 * @param perInstance whether each instance has its own value (RANGE, STATE, per-instance ASSIGNED)
 * @param ion the ion it belongs to for {@link Kind#ION} variables ({@code ca} for {@code cai}), else null
 */
public record Symbol(String name, Kind kind, String unit, double value, double min, double max, boolean perInstance,
        String ion) {
    /** What a name is. */
    public enum Kind {
        /** PARAMETER: set by the user. */
        PARAMETER,
        /** ASSIGNED: computed by the mechanism. */
        ASSIGNED,
        /** STATE: integrated over time. */
        STATE,
        /** CONSTANT or a UNITS constant: a number fixed at load. */
        CONSTANT,
        /** An ion variable the mechanism reads or writes ({@code ena}, {@code ica}, {@code cai}). */
        ION,
        /** v, t, dt, celsius, area, diam: the engine's. */
        SPECIAL
    }

}
