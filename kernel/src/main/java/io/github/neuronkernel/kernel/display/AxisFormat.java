package io.github.neuronkernel.kernel.display;

import org.knowm.xchart.XYChart;

/**
 * Keeps XChart's x-axis ticks round and fast to place for the data we draw.
 *
 * <p>XChart 3.8.8 treats x values spaced evenly to within 1e-4 (every recorded run: t in steps of
 * dt) as categories: it labels ticks with the data's own values ({@code 1.1999999999999998}) and
 * formats every one of them while fitting the labels, which took 0.2-0.6 s for 1,000 points. An
 * axis end nudged by a billionth of the span makes the last gap uneven, so XChart places round
 * ticks the ordinary way, about ten times faster, and the nudge is invisible.
 */
public final class AxisFormat {
    private AxisFormat() {}

    /** Sets the x range of a line chart whose x values are {@code x}. */
    public static void fitX(XYChart chart, double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (x.length >= 3 && lo < hi) {
            chart.getStyler().setXAxisMin(lo);
            chart.getStyler().setXAxisMax(hi + 1e-9 * (hi - lo));
        }
    }
}
