package io.github.neuronkernel.kernel.sweep;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How parameter and result values are written: exactly for files, briefly for people. Values are
 * numbers, strings or booleans (checked where they enter).
 */
final class SweepValues {
    /** Significant digits of a result shown in a table (the CSV has them all). */
    static final int BRIEF_DIGITS = 6;

    private SweepValues() {}

    /** @return whether a value may be a parameter or a result */
    static boolean allowed(Object value) {
        return value instanceof Number || value instanceof String || value instanceof Boolean;
    }

    /** @return e.g. "a String", "an ArrayList", "a double[]" */
    static String kind(Object value) {
        String name = value.getClass().getSimpleName().isEmpty() ? value.getClass().getName() : value.getClass().getSimpleName();
        return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** @return whether a value is a number (booleans are not) */
    static boolean numeric(Object value) {
        return value instanceof Number;
    }

    /**
     * The text a file holds, read back to the same value: a double as {@link Double#toString}
     * (digits that parse back to the same bits, though on Java 17 not always the fewest such; NaN
     * and Infinity as Java spells them), a float as {@link Float#toString}, anything else as its
     * {@code toString}. Chosen over {@code %.17g}, which is exact too but writes 0.1 as
     * 0.10000000000000001.
     */
    static String exact(Object value) {
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        if (value instanceof Float f) {
            return Float.toString(f);
        }
        return String.valueOf(value);
    }

    /**
     * A parameter's value as people write it: exact, but a whole double without its ".0" (so a
     * legend reads "tau = 2", whether the list held 2 or 2.0).
     */
    static String label(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return exact(value);
    }

    /** A result as a table shows it: a double or float to {@value #BRIEF_DIGITS} significant digits. */
    static String brief(Object value) {
        if (!(value instanceof Double || value instanceof Float)) {
            return String.valueOf(value);
        }
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d) || d == 0) {
            return label(value);
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(BRIEF_DIGITS)).stripTrailingZeros();
        double magnitude = Math.abs(d);
        return magnitude >= 1e-4 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString();
    }
}
