package io.github.neuronkernel.kernel.display;

/**
 * Tick-label patterns that suit the data: as many decimals as the range needs and no more, so that
 * ticks read {@code 1.2} rather than XChart's {@code 1.1999999999999998}.
 */
final class AxisFormat {
    private AxisFormat() {}

    /** @return a DecimalFormat pattern for ticks over [min, max] */
    static String pattern(double min, double max) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            span = Math.max(Math.abs(max), 1e-300);
        }
        int decimals = (int) Math.ceil(-Math.log10(span)) + 2;
        decimals = Math.max(0, Math.min(decimals, 10));
        return decimals == 0 ? "0" : "0." + "#".repeat(decimals);
    }

    /** @return the smallest and largest finite values (NaN if none) */
    static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }
}
