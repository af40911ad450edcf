package io.github.neuronkernel.kernel.display;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Thins a trace for drawing without changing the picture, whatever the order of its x values.
 *
 * <p>A line is cut into runs of consecutive points that fall in one pixel column of the rendered x
 * axis; each run keeps its first, lowest, highest and last point, in order (the M4 rule), so the
 * line drawn through them covers the same pixels: spikes and the envelope survive. Time-ordered
 * data keep at most four points per column, and a trace that moves smoothly (x = v of a run, a
 * phase plane's loops) a few per column per time it crosses it. Data that jump back and forth
 * across the plot (x in random order) keep nearly every point, each a stroke across the plot: such
 * a scribble costs seconds to draw and shows only the area it fills. So when the thinned line
 * would cost more than {@link #COST_BUDGET} to draw, it is drawn as its envelope instead: the area
 * from each column's lowest to its highest value, across columns the line only crossed.
 *
 * <p>A trace with markers keeps, in order, the first and last point of each run in one pixel
 * (markers there overlap exactly); past {@link #BUDGET_PER_COLUMN} points per column, the first
 * point in each pixel; past {@link #MARKER_BUDGET} of those, the first point in each square of a
 * few pixels, at most half a marker wide, so that markers there still overlap by half or more.
 *
 * <p>The loops check for an interrupt every 65,536 points ({@link ChartInterruptedException}).
 */
final class Thinning {
    /** Marker points per pixel column beyond which only one point per pixel is kept. */
    static final int BUDGET_PER_COLUMN = 16;
    /**
     * Markers per trace beyond which one is kept per square of several pixels: Java2D draws an
     * antialiased marker in about 5 us, so this is about 0.1 s a trace (8 traces of 1,000,000
     * scattered points with circles: 8.4 s to draw one per pixel, 2.2 s with 50,000 a trace).
     */
    static final int MARKER_BUDGET = 20_000;
    /**
     * The most a line may cost to draw as a path, in device pixels of its length plus {@link
     * #POINT_COST} per point: Java2D strokes a 2-pixel antialiased path at about 0.1 us per pixel of
     * length and 1.5 us per point (a 200,000-point loop, 78,000 px long, in 0.29 s; 20,000 random
     * points, 10 million px long, in 2 s, on the 2-core machine of the benchmarks), so this is
     * about 0.15 s. A thinned time series at 2x costs about 100,000.
     */
    static final double COST_BUDGET = 1_500_000;
    /** What a point costs to draw, in pixels of length (see {@link #COST_BUDGET}). */
    static final double POINT_COST = 15;
    /** The interrupt is checked every this many points (a power of two, minus one, as a mask). */
    private static final int CHECK_MASK = (1 << 16) - 1;

    /**
     * A thinned trace.
     *
     * @param x its x values
     * @param y its y values
     * @param envelope whether it is the envelope of a line too tangled to draw point by point
     */
    record Series(double[] x, double[] y, boolean envelope) {}

    private Thinning() {}

    /**
     * @param x0 the left end of the rendered x axis ({@code x1} the right, above it)
     * @param y0 the bottom of the rendered y axis ({@code y1} the top, above it)
     * @param columns pixel columns of the plot (device pixels; more only thins less)
     * @param rows pixel rows of the plot
     * @return the trace itself when it has at most four points per column, else its thinned
     *     version, or its envelope when that would cost too much to draw
     */
    static Series line(double[] x, double[] y, double x0, double x1, double y0, double y1, int columns, int rows) {
        double pxPerX = columns / (x1 - x0);
        double pxPerY = rows / (y1 - y0);
        if (x.length <= 4L * columns) {
            Series all = new Series(x, y, false);
            return cost(all, pxPerX, pxPerY) <= COST_BUDGET ? all : envelope(x, y, x0, x1, columns);
        }
        Series m4 = m4(x, y, x0, x1, columns, pxPerY);
        return m4 != null ? m4 : envelope(x, y, x0, x1, columns);
    }

    /**
     * @param pxPerY pixels per y unit, to add up the drawing's cost as it goes
     * @return the trace's M4 thinning: first, lowest, highest, last of each run in one column; or
     *     null as soon as it would cost more than {@link #COST_BUDGET} to draw
     */
    static Series m4(double[] x, double[] y, double x0, double x1, int columns, double pxPerY) {
        Output out = new Output(4 * columns + 16);
        double k = columns / (x1 - x0);
        int costed = 0; // points whose cost is counted
        double cost = 0;
        int n = x.length;
        int i = 0;
        while (i < n) {
            if ((i & CHECK_MASK) == 0) {
                ChartInterruptedException.check(); // here and in the run's loop: every index once
            }
            if (isBreak(x[i], y[i])) {
                out.addBreak(x0);
                i++;
                continue;
            }
            int c = column(x[i], x0, k, columns);
            int first = i;
            int lo = i;
            int hi = i;
            for (i++; i < n && !isBreak(x[i], y[i]) && column(x[i], x0, k, columns) == c; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
                if ((i & CHECK_MASK) == 0) {
                    ChartInterruptedException.check();
                }
            }
            out.addRun(x, y, first, Math.min(lo, hi), Math.max(lo, hi), i - 1);
            for (; costed < out.size; costed++) {
                cost += pointCost(out.x, out.y, costed, k, pxPerY);
            }
            if (cost > COST_BUDGET) {
                return null;
            }
        }
        return out.series(false);
    }

    /** @return the cost of point i of a line: its stroke from point i - 1 and {@link #POINT_COST} */
    private static double pointCost(double[] x, double[] y, int i, double pxPerX, double pxPerY) {
        if (i == 0) {
            return POINT_COST;
        }
        double d = Math.abs(x[i] - x[i - 1]) * pxPerX + Math.abs(y[i] - y[i - 1]) * pxPerY;
        return POINT_COST + (d == d ? d : 0); // NaN: a break, no stroke
    }

    /** @return what drawing the series as one path costs: its length in pixels and {@link #POINT_COST} per point */
    static double cost(Series s, double pxPerX, double pxPerY) {
        double cost = 0;
        for (int i = 0; i < s.x().length; i++) {
            cost += pointCost(s.x(), s.y(), i, pxPerX, pxPerY);
        }
        return cost;
    }

    /**
     * @return each column's lowest and highest finite value, columns left to right, as a line:
     *     (centre, low), (centre, high) per column that holds points (one point when they are
     *     equal); {@link PanelChart} fills the area between the lows and the highs
     */
    static Series envelope(double[] x, double[] y, double x0, double x1, int columns) {
        double[] low = new double[columns];
        double[] high = new double[columns];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        double k = columns / (x1 - x0);
        for (int i = 0; i < x.length; i++) {
            if ((i & CHECK_MASK) == 0) {
                ChartInterruptedException.check();
            }
            double xi = x[i];
            double yi = y[i];
            if (xi >= x0 && xi <= x1 && !Double.isNaN(yi)) {
                int c = column(xi, x0, k, columns);
                low[c] = Math.min(low[c], yi);
                high[c] = Math.max(high[c], yi);
            }
        }
        Output out = new Output(2 * columns);
        for (int c = 0; c < columns; c++) {
            if (low[c] > high[c]) {
                continue; // an empty column: the line crossed it between two points, as the envelope does
            }
            double centre = x0 + (c + 0.5) / k;
            out.add(centre, low[c]);
            if (high[c] > low[c]) {
                out.add(centre, high[c]);
            }
        }
        return out.series(true);
    }

    /**
     * @param x0 the left end of the rendered x axis ({@code x1} the right, above it)
     * @param y0 the bottom of the rendered y axis ({@code y1} the top, above it)
     * @param columns pixel columns of the plot
     * @param rows pixel rows of the plot
     * @param markerPx a marker's width, in the same pixels
     * @return the trace itself when it has at most four points per column, else its thinned version
     */
    static Series markers(double[] x, double[] y, double x0, double x1, double y0, double y1, int columns, int rows,
            double markerPx) {
        if (x.length <= 4L * columns) {
            return new Series(x, y, false);
        }
        Pixels pixels = new Pixels(x0, x1, y0, y1, columns, rows);
        Output out = new Output(4 * columns + 16);
        int limit = BUDGET_PER_COLUMN * columns;
        int n = x.length;
        int i = 0;
        while (i < n) {
            if ((i & CHECK_MASK) == 0) {
                ChartInterruptedException.check(); // here and in the run's loop: every index once
            }
            if (isBreak(x[i], y[i])) {
                out.addBreak(x0);
                i++;
                continue;
            }
            long cell = pixels.cell(x[i], y[i]);
            int first = i;
            for (i++; i < n && !isBreak(x[i], y[i]) && pixels.cell(x[i], y[i]) == cell; i++) {
                if ((i & CHECK_MASK) == 0) {
                    ChartInterruptedException.check();
                }
            }
            out.addRun(x, y, first, first, first, i - 1);
            if (out.size > limit) {
                Series kept = distinctPixels(x, y, pixels);
                int widest = (int) Math.max(1, Math.floor(markerPx / 2));
                int side = (int) Math.max(2, Math.ceil(Math.sqrt(kept.x().length / (double) MARKER_BUDGET)));
                Series each = kept;
                for (; kept.x().length > MARKER_BUDGET && side <= widest; side++) {
                    kept = distinctPixels(each.x(), each.y(),
                            new Pixels(x0, x1, y0, y1, Math.max(1, columns / side), Math.max(1, rows / side)));
                }
                return kept;
            }
        }
        return out.series(false);
    }

    /** @return the first point in each pixel of the plot (and its margin), in their order */
    private static Series distinctPixels(double[] x, double[] y, Pixels pixels) {
        BitSet seen = new BitSet();
        Output out = new Output(1024);
        for (int i = 0; i < x.length; i++) {
            if ((i & CHECK_MASK) == 0) {
                ChartInterruptedException.check();
            }
            int index = pixels.index(x[i], y[i]);
            if (index >= 0 && !seen.get(index)) {
                seen.set(index);
                out.add(x[i], y[i]);
            }
        }
        return out.series(true);
    }

    private static boolean isBreak(double x, double y) {
        return Double.isNaN(x) || Double.isNaN(y);
    }

    /** @return the pixel column of x: -1 left of the axis, {@code columns} right of it */
    private static int column(double x, double x0, double k, int columns) {
        double c = (x - x0) * k;
        return c < 0 ? -1 : c >= columns ? (x <= x0 + columns / k ? columns - 1 : columns) : (int) c;
    }

    /** The pixel grid of a plot, with a margin of a tenth around it (markers there still show). */
    private static final class Pixels {
        private final double x0;
        private final double y0;
        private final double kx;
        private final double ky;
        private final int columns;
        private final int rows;

        Pixels(double x0, double x1, double y0, double y1, int columns, int rows) {
            int mx = columns / 10 + 1;
            int my = rows / 10 + 1;
            this.kx = columns / (x1 - x0);
            this.ky = rows / (y1 - y0);
            this.x0 = x0 - mx / kx;
            this.y0 = y0 - my / ky;
            this.columns = columns + 2 * mx;
            this.rows = rows + 2 * my;
        }

        /** @return an id of the pixel of (x, y), beyond the grid too */
        long cell(double x, double y) {
            return ((long) Math.floor((x - x0) * kx) << 32) ^ (long) Math.floor((y - y0) * ky);
        }

        /** @return the index of the pixel of (x, y) in the grid, or -1 outside it */
        int index(double x, double y) {
            double c = Math.floor((x - x0) * kx);
            double r = Math.floor((y - y0) * ky);
            return c >= 0 && c < columns && r >= 0 && r < rows ? (int) r * columns + (int) c : -1;
        }
    }

    /** Growing output arrays. */
    private static final class Output {
        double[] x;
        double[] y;
        int size;

        Output(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
        }

        void add(double xv, double yv) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            x[size] = xv;
            y[size] = yv;
            size++;
        }

        /** Adds a break in the line (NaN y), once however many come in a row. */
        void addBreak(double somewhere) {
            if (size > 0 && !Double.isNaN(y[size - 1])) {
                add(somewhere, Double.NaN);
            }
        }

        /** Adds the points first, a, b, last of a run (a ≤ b, all ascending), each once. */
        void addRun(double[] xs, double[] ys, int first, int a, int b, int last) {
            add(xs[first], ys[first]);
            if (a != first) {
                add(xs[a], ys[a]);
            }
            if (b != a) {
                add(xs[b], ys[b]);
            }
            if (last != b) {
                add(xs[last], ys[last]);
            }
        }

        Series series(boolean envelope) {
            return new Series(Arrays.copyOf(x, size), Arrays.copyOf(y, size), envelope);
        }
    }
}
