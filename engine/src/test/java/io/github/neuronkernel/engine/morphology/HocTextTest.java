package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The %.8g round trip's fast path against the exact decimal rounding. */
class HocTextTest {
    /** %.8g's rounding done exactly: half to even on the exact binary value. */
    private static double eightDigitsExact(double v) {
        return new BigDecimal(v).round(new MathContext(8, RoundingMode.HALF_EVEN)).doubleValue();
    }

    @Test
    void fastPathGivesTheExactRoundingOnAMillionValues() {
        Random r = new Random(7);
        int checked = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * 2000;                      // coordinates, um
                case 1 -> (1e7 + r.nextInt(90_000_000) + 0.5) / Math.pow(10, r.nextInt(12)); // half-way in decimal
                case 2 -> Float.intBitsToFloat(r.nextInt());                  // any float
                default -> Double.longBitsToDouble(r.nextLong());             // any double
            };
            if (Double.isFinite(v)) {
                assertEquals(eightDigitsExact(v), HocText.eightDigits(v), "value " + v);
                checked++;
            }
        }
        assertEquals(true, checked > 900_000);
    }

    @Test
    void tiesGoToEvenAsGlibcPrintsThem() {
        assertEquals(0.12345678, HocText.eightDigits(0.123456785)); // not a tie in binary: below
        assertEquals(1.2345678e7, HocText.eightDigits(12345678.5));  // an exact tie: to even
        assertEquals(1.2345680e7, HocText.eightDigits(12345679.5));
        assertEquals(-4.9, HocText.eightDigits(0.1f - 5.0));
        assertEquals(-0.0, HocText.eightDigits(-0.0));
    }
}
