package io.github.neuronkernel.kernel.display;

import java.util.Arrays;

/**
 * Thins a series for drawing without changing the picture: the x range is cut into one bin per
 * pixel column and each bin keeps its first, lowest, highest and last point, in order, so spikes
 * and the envelope survive. A 20,000-point run becomes a few thousand points, which XChart draws
 * in milliseconds instead of seconds.
 */
final class Decimation {
    /**
     * A thinned series.
     *
     * @param x its x values
     * @param y its y values
     */
    record Series(double[] x, double[] y) {}

    private Decimation() {}

    /**
     * @param x x values, ascending (as time in a run)
     * @param y y values, as many as x
     * @param bins how many columns the plot has
     * @return the series itself when it is small enough, else its thinned version
     */
    static Series thin(double[] x, double[] y, int bins) {
        int n = x.length;
        if (n <= 4 * bins || !ascending(x)) {
            return new Series(x, y);
        }
        double x0 = x[0];
        double span = x[n - 1] - x0;
        if (!(span > 0)) {
            return new Series(x, y);
        }
        double[] ox = new double[4 * bins + 4];
        double[] oy = new double[ox.length];
        int out = 0;
        int i = 0;
        while (i < n) {
            int bin = Math.min(bins - 1, (int) ((x[i] - x0) / span * bins));
            int first = i;
            int lo = i;
            int hi = i;
            while (i < n && Math.min(bins - 1, (int) ((x[i] - x0) / span * bins)) == bin) {
                if (y[i] < y[lo] || Double.isNaN(y[i])) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
                i++;
            }
            int last = i - 1;
            int[] keep = {first, Math.min(lo, hi), Math.max(lo, hi), last};
            int previous = -1;
            for (int k : keep) {
                if (k != previous) {
                    if (out == ox.length) {
                        ox = Arrays.copyOf(ox, out * 2);
                        oy = Arrays.copyOf(oy, out * 2);
                    }
                    ox[out] = x[k];
                    oy[out] = y[k];
                    out++;
                    previous = k;
                }
            }
        }
        return new Series(Arrays.copyOf(ox, out), Arrays.copyOf(oy, out));
    }

    private static boolean ascending(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] >= x[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
