package io.github.neuronkernel.engine.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf("%g")} (precision 6) as glibc prints it, byte for byte.
 *
 * <p>Java's {@code %g} differs: it keeps trailing zeros, rounds half-up on the decimal string and
 * prints {@code -0.00000}. glibc rounds the exact binary value to 6 significant digits with ties to
 * even, strips trailing zeros, and uses the exponent form when the decimal exponent is below -4 or
 * at least 6. See {@code docs/neuron-numerics.md} section 1.
 *
 * <p>Formatting is on every batchRun output line, so the common case is fast and allocation-free:
 * the value is scaled by a power of ten in double arithmetic, whose error (a few ulps, about 1e-10
 * of a unit in the sixth digit) is far smaller than the margin we demand from a rounding tie; only
 * values whose sixth-digit remainder lies within 1e-7 of one half, and values outside [1e-300,
 * 1e300], take the exact {@link BigDecimal} path.
 */
public final class CFormat {
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final double[] POW10 = new double[23];
    /** Closest a scaled value's fraction may come to one half before we decide exactly. */
    private static final double TIE_MARGIN = 1e-7;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private CFormat() {}

    /** @return {@code value} formatted as C's {@code %g} */
    public static String g(double value) {
        StringBuilder sb = new StringBuilder(14);
        appendG(sb, value);
        return sb.toString();
    }

    /** Appends {@code value} formatted as C's {@code %g} to {@code out}. */
    public static void appendG(StringBuilder out, double value) {
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        if (Double.isNaN(value)) {
            out.append(negative ? "-nan" : "nan");
            return;
        }
        if (negative) {
            out.append('-');
        }
        double magnitude = Math.abs(value);
        if (Double.isInfinite(magnitude)) {
            out.append("inf");
        } else if (magnitude == 0) {
            out.append('0');
        } else if (magnitude < 1e-300 || magnitude > 1e300 || !appendFast(out, magnitude)) {
            appendExact(out, magnitude);
        }
    }

    /**
     * Rounds in double arithmetic when that is provably right.
     *
     * @return false, having appended nothing, when the value is too close to a rounding tie
     */
    private static boolean appendFast(StringBuilder out, double magnitude) {
        int exponent = (int) Math.floor(Math.log10(magnitude));
        double scaled = scale(magnitude, 5 - exponent);
        if (scaled < 99999.5 - 1e-3) { // log10 overestimated the exponent
            exponent--;
            scaled = scale(magnitude, 5 - exponent);
        } else if (scaled >= 999999.5 + 1e-3) {
            exponent++;
            scaled = scale(magnitude, 5 - exponent);
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return false;
        }
        long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
        if (digits >= 1_000_000) { // 999999.7 rounds up to the next decade
            digits /= 10;
            exponent++;
        }
        if (digits < 100_000) {
            return false; // not expected; let the exact path decide
        }
        appendDigits(out, digits, exponent);
        return true;
    }

    /** @return magnitude * 10^power, with at most two roundings */
    private static double scale(double magnitude, int power) {
        if (power >= 0) {
            return power < POW10.length ? magnitude * POW10[power]
                    : magnitude * POW10[22] * POW10[Math.min(power - 22, 22)] * pow10Rest(power - 44);
        }
        int p = -power;
        return p < POW10.length ? magnitude / POW10[p]
                : magnitude / POW10[22] / POW10[Math.min(p - 22, 22)] / pow10Rest(p - 44);
    }

    private static double pow10Rest(int power) {
        return power <= 0 ? 1 : Math.pow(10, power);
    }

    /** Writes six significant digits {@code d} (100000..999999) with decimal exponent {@code x}. */
    private static void appendDigits(StringBuilder out, long d, int x) {
        int significant = 6;
        while (d % 10 == 0 && significant > 1) {
            d /= 10;
            significant--;
        }
        if (x < -4 || x >= 6) {
            appendScientific(out, d, significant, x);
        } else if (x < 0) {
            out.append("0.");
            for (int i = -1; i > x; i--) {
                out.append('0');
            }
            out.append(d);
        } else {
            int intDigits = x + 1;
            if (significant <= intDigits) {
                out.append(d);
                for (int i = significant; i < intDigits; i++) {
                    out.append('0');
                }
            } else {
                appendWithPoint(out, d, significant, intDigits);
            }
        }
    }

    private static void appendWithPoint(StringBuilder out, long d, int significant, int intDigits) {
        long divisor = (long) POW10[significant - intDigits];
        out.append(d / divisor).append('.');
        long rest = d % divisor;
        for (long p = divisor / 10; p > rest && p > 1; p /= 10) {
            out.append('0');
        }
        out.append(rest);
    }

    private static void appendScientific(StringBuilder out, long d, int significant, int x) {
        if (significant == 1) {
            out.append(d);
        } else {
            appendWithPoint(out, d, significant, 1);
        }
        out.append('e').append(x < 0 ? '-' : '+');
        int absExponent = Math.abs(x);
        if (absExponent < 10) {
            out.append('0');
        }
        out.append(absExponent);
    }

    /** The exact path: round the binary value's full decimal expansion, ties to even. */
    private static void appendExact(StringBuilder out, double magnitude) {
        BigDecimal rounded = new BigDecimal(magnitude).round(SIX_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        long digits = rounded.movePointRight(5 - exponent).longValueExact();
        appendDigits(out, digits, exponent);
    }
}
