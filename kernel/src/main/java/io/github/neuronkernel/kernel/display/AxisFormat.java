package io.github.neuronkernel.kernel.display;

import org.knowm.xchart.XYChart;

/**
 * Tick-label patterns that suit the data: as many decimals as the range needs and no more, so that
 * ticks read {@code 1.2} rather than XChart's {@code 1.1999999999999998}.
 */
public final class AxisFormat {
    /** Below this many points XChart's scan of evenly spaced x values costs little. */
    private static final int EVEN_SPACING_SCAN_LIMIT = 64;

    private AxisFormat() {}

    /**
     * Sets the x axis of a line chart for {@code x}: a tick pattern suited to its range and, for
     * longer series, an axis end nudged by a billionth of the span. XChart 3.8.8 treats x values
     * spaced evenly to within 1e-4 (every recorded run) as categories and formats every one of them
     * while fitting labels, which took 0.2-0.6 s for 1,000 points; the nudge makes the last gap
     * uneven so it places ticks the ordinary way (about ten times faster), invisibly.
     */
    public static void fitX(XYChart chart, double[] x) {
        double[] r = range(x);
        if (Double.isNaN(r[0])) {
            return;
        }
        chart.getStyler().setXAxisDecimalPattern(pattern(r[0], r[1]));
        if (x.length >= EVEN_SPACING_SCAN_LIMIT && r[1] > r[0]) {
            chart.getStyler().setXAxisMin(r[0]);
            chart.getStyler().setXAxisMax(r[1] + 1e-9 * (r[1] - r[0]));
        }
    }

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
