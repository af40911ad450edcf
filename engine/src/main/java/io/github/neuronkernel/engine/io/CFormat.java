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
 */
public final class CFormat {
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private CFormat() {}

    /** @return {@code value} formatted as C's {@code %g} */
    public static String g(double value) {
        StringBuilder sb = new StringBuilder(14);
        appendG(sb, value);
        return sb.toString();
    }

    /** Appends {@code value} formatted as C's {@code %g} to {@code out}. */
    public static void appendG(StringBuilder out, double value) {
        boolean negative = (Double.doubleToRawLongBits(value) < 0);
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
        } else {
            appendPositive(out, magnitude);
        }
    }

    private static void appendPositive(StringBuilder out, double magnitude) {
        BigDecimal rounded = new BigDecimal(magnitude).round(SIX_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String digits = rounded.unscaledValue().toString();
            out.append(digits.charAt(0));
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            if (end > 1) {
                out.append('.').append(digits, 1, end);
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int absExponent = Math.abs(exponent);
            if (absExponent < 10) {
                out.append('0');
            }
            out.append(absExponent);
        } else {
            String plain = rounded.setScale(5 - exponent, RoundingMode.UNNECESSARY).toPlainString();
            out.append(stripTrailingZeros(plain));
        }
    }

    private static String stripTrailingZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        return plain.substring(0, end);
    }
}
