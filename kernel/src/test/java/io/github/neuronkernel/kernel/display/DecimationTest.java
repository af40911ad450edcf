package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thinning keeps what shows: each column's extremes, in order. */
class DecimationTest {
    private static double[] ramp(int n, double step) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * step;
        }
        return x;
    }

    @Test
    void smallSeriesIsKeptAsItIs() {
        double[] x = ramp(100, 1);
        double[] y = new Random(1).doubles(100).toArray();
        Decimation.Series s = Decimation.thin(x, y, 50);
        assertSame(x, s.x());
        assertSame(y, s.y());
    }

    @Test
    void thinKeepsEveryColumnsLowestAndHighestInOrder() {
        int n = 20_001;
        int bins = 100;
        double[] x = ramp(n, 0.025);
        double[] y = new Random(7).doubles(n, -80, 40).toArray();
        Decimation.Series s = Decimation.thin(x, y, bins);
        assertTrue(s.x().length <= 4 * bins, "at most four points per column: " + s.x().length);
        for (int i = 1; i < s.x().length; i++) {
            assertTrue(s.x()[i] > s.x()[i - 1], "x stays in order");
        }
        double span = x[n - 1] - x[0];
        double[] lo = new double[bins];
        double[] hi = new double[bins];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int bin = Math.min(bins - 1, (int) ((x[i] - x[0]) / span * bins));
            lo[bin] = Math.min(lo[bin], y[i]);
            hi[bin] = Math.max(hi[bin], y[i]);
        }
        for (int bin = 0; bin < bins; bin++) {
            double kept = Double.POSITIVE_INFINITY;
            double keptHi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < s.x().length; i++) {
                if (Math.min(bins - 1, (int) ((s.x()[i] - x[0]) / span * bins)) == bin) {
                    kept = Math.min(kept, s.y()[i]);
                    keptHi = Math.max(keptHi, s.y()[i]);
                }
            }
            assertEquals(lo[bin], kept, "lowest of column " + bin);
            assertEquals(hi[bin], keptHi, "highest of column " + bin);
        }
    }

    @Test
    void spikesOfARunSurviveThinning() {
        var run = RunChartTest.spikingRun();
        double[] y = run.column(1);
        Decimation.Series s = Decimation.thin(run.column(0), y, RunChart.PLOT_COLUMNS);
        assertTrue(s.x().length <= 4 * RunChart.PLOT_COLUMNS, "points: " + s.x().length);
        assertEquals(max(y), max(s.y()), "peaks");
        assertEquals(min(y), min(s.y()), "troughs");
        assertEquals(0, s.x()[0], "first point");
        assertEquals(500, s.x()[s.x().length - 1], 1e-9, "last point");
    }

    @Test
    void aGapInTheDataStaysAGap() {
        double[] x = ramp(1000, 1);
        double[] y = new double[1000];
        y[500] = Double.NaN;
        Decimation.Series s = Decimation.thin(x, y, 10);
        assertTrue(Arrays.stream(s.y()).anyMatch(Double::isNaN), "XChart breaks the line at NaN");
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }
}
