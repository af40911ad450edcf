package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Thinning keeps what each pixel column shows, in any x order, and stops when interrupted. */
class ThinningTest {
    private static final int COLUMNS = 100;

    /** 200,001 points over x 0..100: a slow wave with a spike every 10 x units. */
    private static double[][] spiky() {
        int n = 200_001;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 100.0 / (n - 1);
            double phase = x[i] % 10;
            y[i] = phase < 0.3 ? 40 * Math.sin(Math.PI * phase / 0.3) : Math.sin(x[i]);
        }
        return new double[][] {x, y};
    }

    /** @return {lowest, highest} y of each column of x in [0, 100] */
    private static double[][] columnExtremes(double[] x, double[] y) {
        double[][] e = new double[COLUMNS][] ;
        for (int i = 0; i < x.length; i++) {
            int c = Math.min(COLUMNS - 1, (int) (x[i] * COLUMNS / 100));
            e[c] = e[c] == null ? new double[] {y[i], y[i]} : new double[] {Math.min(e[c][0], y[i]), Math.max(e[c][1], y[i])};
        }
        return e;
    }

    /** Asserts that the thinned points hold, in each column, that column's lowest and highest y. */
    private static void assertKeepsExtremes(double[] x, double[] y, Thinning.Series s) {
        double[][] want = columnExtremes(x, y);
        double[][] got = columnExtremes(s.x(), s.y());
        for (int c = 0; c < COLUMNS; c++) {
            assertArrayEquals(want[c], got[c], "column " + c);
        }
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void timeOrderedDataKeepEachColumnsLowestAndHighestInAtMostFourPoints() {
        double[][] d = spiky();
        Thinning.Series s = Thinning.line(d[0], d[1], 0, 100, -50, 50, COLUMNS, COLUMNS);
        assertFalse(s.envelope());
        assertTrue(s.x().length <= 4 * COLUMNS, "points: " + s.x().length);
        assertKeepsExtremes(d[0], d[1], s);
        for (int i = 1; i < s.x().length; i++) {
            assertTrue(s.x()[i] > s.x()[i - 1], "order kept at " + i);
        }
    }

    @Test
    void descendingXIsThinnedTheSameWay() {
        double[][] d = spiky();
        double[] x = reversed(d[0]);
        double[] y = reversed(d[1]);
        Thinning.Series s = Thinning.line(x, y, 0, 100, -50, 50, COLUMNS, COLUMNS);
        assertFalse(s.envelope(), "a smooth path in any direction stays a path");
        assertTrue(s.x().length <= 4 * COLUMNS, "points: " + s.x().length);
        assertKeepsExtremes(x, y, s);
    }

    @Test
    void aPathThatGoesBackAndForthKeepsItsOrderAndExtremes() {
        // x = a sawtooth in time: sweeps the axis 20 times, as a phase plane loops
        int n = 200_001;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i * 20.0 / n) % 2;
            x[i] = 100 * (u < 1 ? u : 2 - u);
            y[i] = Math.sin(i * 0.001);
        }
        Thinning.Series s = Thinning.line(x, y, 0, 100, -50, 50, COLUMNS, COLUMNS);
        assertFalse(s.envelope());
        assertTrue(s.x().length <= 4 * 20 * COLUMNS + 8, "points: " + s.x().length);
        assertKeepsExtremes(x, y, s);
    }

    @Test
    void randomXIsDrawnAsEachColumnsRangeFromLowToHigh() {
        Random r = new Random(1);
        double[][] d = spiky();
        int[] order = new int[d[0].length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] x = new double[order.length];
        double[] y = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = d[0][order[i]];
            y[i] = d[1][order[i]];
        }
        Thinning.Series s = Thinning.line(x, y, 0, 100, -50, 50, COLUMNS, COLUMNS);
        assertTrue(s.envelope());
        assertTrue(s.x().length <= 2 * COLUMNS, "points: " + s.x().length);
        assertKeepsExtremes(x, y, s);
        assertEquals(0.5, s.x()[0], 1e-12, "each column's points sit at its centre");
    }

    @Test
    void shortSeriesAndBreaksStayAsTheyAre() {
        double[] x = {0, 1, 2, 3};
        double[] y = {1, Double.NaN, 3, 4};
        Thinning.Series s = Thinning.line(x, y, 0, 3, -50, 50, COLUMNS, COLUMNS);
        assertSame(x, s.x());
        assertSame(y, s.y());
        double[][] d = spiky();
        d[1][100_000] = Double.NaN;
        Thinning.Series broken = Thinning.line(d[0], d[1], 0, 100, -50, 50, COLUMNS, COLUMNS);
        assertEquals(1, java.util.Arrays.stream(broken.y()).filter(Double::isNaN).count(), "the gap stays, once");
    }

    @Test
    void pointsOutsideTheAxisKeepTheLinesThatLeaveIt() {
        double[][] d = spiky();
        Thinning.Series s = Thinning.line(d[0], d[1], 40, 60, -50, 50, COLUMNS, COLUMNS);
        assertTrue(s.x().length <= 4 * COLUMNS + 8, "points: " + s.x().length);
        assertEquals(0, s.x()[0], "the first point, left of the axis");
        assertEquals(100, s.x()[s.x().length - 1], "the last point, right of it");
        assertTrue(java.util.Arrays.stream(s.x()).anyMatch(v -> v < 40 && v > 39.9), "the point before the axis begins");
    }

    @Test
    void markersKeepOnePointPerPixel() {
        Random r = new Random(2);
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(10) * 10 + 5; // ten columns
            y[i] = r.nextInt(5) * 20 + 10; // five rows
        }
        Thinning.Series s = Thinning.markers(x, y, 0, 100, 0, 100, COLUMNS, COLUMNS, 8);
        assertEquals(50, s.x().length, "one point for each of the 50 pixels used");
    }

    /**
     * A million scattered points fill most pixels of a 2x plot: one marker per pixel would be half a
     * million markers (a minute for eight such traces). Beyond the budget one is kept per square no
     * wider than half a marker, each a point of the trace, in its order.
     */
    @Test
    void markersBeyondTheBudgetKeepOnePerSquareOfAtMostHalfAMarker() {
        Random r = new Random(3);
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100 * r.nextDouble();
            y[i] = 100 * r.nextDouble();
        }
        Thinning.Series s = Thinning.markers(x, y, 0, 100, 0, 100, 1280, 600, 16);
        int kept = s.x().length;
        assertTrue(kept <= Thinning.MARKER_BUDGET && kept > Thinning.MARKER_BUDGET / 3, "kept " + kept);
        int at = 0;
        for (int k = 0; k < kept; k++) {
            while (at < n && (x[at] != s.x()[k] || y[at] != s.y()[k])) {
                at++;
            }
            assertTrue(at < n, "kept point " + k + " is a point of the trace, in order");
        }
        Thinning.Series small = Thinning.markers(x, y, 0, 100, 0, 100, 1280, 600, 2);
        assertTrue(small.x().length > 10 * Thinning.MARKER_BUDGET,
                "markers of 2 px: one per pixel, no coarser (" + small.x().length + ")");
    }

    @Test
    void anInterruptedThreadStopsThinningAndStaysInterrupted() {
        double[][] d = spiky();
        Thread.currentThread().interrupt();
        assertThrows(ChartInterruptedException.class, () -> Thinning.line(d[0], d[1], 0, 100, -50, 50, COLUMNS, COLUMNS));
        assertTrue(Thread.currentThread().isInterrupted());
        assertThrows(ChartInterruptedException.class, () -> Thinning.envelope(d[0], d[1], 0, 100, COLUMNS));
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }
}
