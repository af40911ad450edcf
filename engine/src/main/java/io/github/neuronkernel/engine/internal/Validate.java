package io.github.neuronkernel.engine.internal;

/**
 * Checks user-supplied values and raises {@link IllegalArgumentException}s whose message names the
 * parameter, the value given and the allowed range, with its unit.
 */
public final class Validate {
    private Validate() {}

    /** Formats a number the way a user would have typed it (no trailing {@code .0}). */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** @return whether value is positive and finite (cheap check before building a message) */
    public static boolean isPositiveFinite(double value) {
        return value > 0 && value != Double.POSITIVE_INFINITY;
    }

    /**
     * @param what the parameter's name as the user knows it, e.g. {@code "soma.diam"}
     * @param unit the unit, e.g. {@code "um"}, or empty
     * @return value, if it is positive and finite
     */
    public static double positiveFinite(String what, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " = " + num(value) + withUnit(unit)
                    + " is not allowed: it must be positive and finite");
        }
        return value;
    }

    /** @return value, if it lies in [lo, hi] (NaN is rejected) */
    public static double inRange(String what, double value, double lo, double hi, String unit) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(what + " = " + num(value) + withUnit(unit)
                    + " is out of range: allowed is " + num(lo) + " to " + num(hi) + withUnit(unit));
        }
        return value;
    }

    /** @return value, if it lies in [lo, hi] */
    public static int inRange(String what, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(
                    what + " = " + value + " is out of range: allowed is " + lo + " to " + hi);
        }
        return value;
    }

    /** @return value, if it is finite */
    public static double finite(String what, double value, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " = " + value + withUnit(unit)
                    + " is not allowed: it must be a finite number");
        }
        return value;
    }

    /** @return value, if it is not null */
    public static <T> T notNull(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    private static String withUnit(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
