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

    private HocText() {
    }

    /** @return {@code v} rounded to 8 significant digits as glibc's {@code %.8g} does, read back */
    static double eightDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v; // keeps the sign of zero, like "-0"
        }
        return new BigDecimal(v).round(EIGHT_DIGITS).doubleValue();
    }
}
