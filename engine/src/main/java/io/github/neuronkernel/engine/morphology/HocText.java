package io.github.neuronkernel.engine.morphology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Import3d hands numbers to NEURON as hoc text printed with {@code %.8g}, which hoc parses back
 * into a double: a round trip through 8 significant decimal digits.
 */
final class HocText {
    private static final MathContext EIGHT_DIGITS = new MathContext(8, RoundingMode.HALF_EVEN);
    /** Powers of ten that are exact doubles. */
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private HocText() {
    }

    /**
     * @return {@code v} rounded to 8 significant digits as glibc's {@code %.8g} does (half to even
     *     on the exact binary value), read back as the nearest double
     */
    static double eightDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v; // keeps the sign of zero, like "-0"
        }
        // Fast path: scale |v| to [1e7, 1e8) with one rounding (error below 1e-8), round to an
        // integer when the scaled value is clearly not near a half, and scale back with one
        // correctly rounded operation on exact operands, which is what strtod gives for the text.
        // Near a half, or out of the exact powers' range, decide on the exact value instead.
        double a = Math.abs(v);
        int k = 7 - (int) Math.floor(Math.log10(a));
        if (k >= -22 && k <= 22) {
            double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
            double floor = Math.floor(scaled);
            if (scaled >= 1e7 && scaled < 1e8 && Math.abs(scaled - floor - 0.5) > 1e-6) {
                double n = scaled - floor > 0.5 ? floor + 1 : floor;
                double r = k >= 0 ? n / POW10[k] : n * POW10[-k];
                return v < 0 ? -r : r;
            }
        }
        return new BigDecimal(v).round(EIGHT_DIGITS).doubleValue();
    }
}
