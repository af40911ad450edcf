package io.github.neuronkernel.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats numbers as C's {@code %.17g} does, to compare with reference files NEURON's scripts write. */
public final class Digits17 {
    private Digits17() {}

    /** @return x as C's {@code %.17g} writes it (finite x) */
    public static String g17(double x) {
        if (x == 0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(x).round(new MathContext(17, RoundingMode.HALF_EVEN));
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 17) {
            String digits = exact.unscaledValue().abs().toString();
            String mantissa = (digits.substring(0, 1) + "." + digits.substring(1)).replaceAll("0+$", "")
                    .replaceAll("\\.$", "");
            return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format("%02d", Math.abs(exponent));
        }
        return exact.stripTrailingZeros().toPlainString();
    }
}
