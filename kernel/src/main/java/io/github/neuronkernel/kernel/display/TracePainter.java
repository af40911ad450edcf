package io.github.neuronkernel.kernel.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.style.markers.Marker;

/**
 * Draws a thinned trace on a plot area. XChart draws a line a segment at a time, each a separate
 * antialiased stroke whose square ends overlap the next one's: quick, and right for a trace that
 * runs up and down in most pixel columns (spikes every few columns, noise), but it beads a smooth
 * curve at 2x, and it restarts a dash pattern at every point, so that on a trace with points a pixel
 * apart the dashes never show. So a smooth solid line (turning in at most one column in {@link
 * #TURNS_PER_COLUMN}) and every dashed, dotted or dash-dot line is drawn as one path, and a dense
 * solid line by segments: there one path's outline folds over itself in every column, which Java2D
 * fills two to three times slower than the segments (a 200,001-point spiking trace at 2x, thinned:
 * about 100-130 ms against 35-45 ms on a busy 2-core machine). An envelope ({@link
 * Thinning#envelope}) is drawn as the area it covers.
 */
final class TracePainter {
    /** A solid line turning (up to down, or down to up) in more columns than this share is drawn by segments. */
    static final double TURNS_PER_COLUMN = 1 / 8.0;
    /** Markers drawn between interrupt checks, minus one (a mask): about 4 ms of drawing. */
    private static final int MARKER_CHECK_MASK = (1 << 10) - 1;
    /** The stroke of a solid line drawn by segments: XChart's, with square ends. */
    private static final BasicStroke SEGMENT = new BasicStroke(LineStyle.WIDTH, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);

    private TracePainter() {}

    /**
     * A trace ready to draw.
     *
     * @param x thinned x values
     * @param y thinned y values (NaN breaks the line)
     * @param line how points are joined
     * @param marker what is drawn at each point
     * @param color its colour
     * @param envelope whether the points are an envelope (a low and a high per column)
     * @param bySegments whether a solid line is drawn a segment at a time
     */
    record Drawn(double[] x, double[] y, LineStyle line, MarkerShape marker, Color color, boolean envelope, boolean bySegments) {
        /** @return the thinned trace, drawn by segments when it is solid and turns in many of the {@code columns} */
        static Drawn of(Thinning.Series thin, LineStyle line, MarkerShape marker, Color color, int columns) {
            boolean bySegments = line == LineStyle.SOLID && turns(thin.y()) > TURNS_PER_COLUMN * columns;
            return new Drawn(thin.x(), thin.y(), line, marker, color, thin.envelope(), bySegments);
        }
    }

    /**
     * Draws a trace: one path, or segments when dense, or an envelope as the area it covers; then
     * its markers.
     *
     * @param screenX maps an x value to pixels across
     * @param screenY maps a y value to pixels down
     * @param markerSize markers' size (px)
     */
    static void paint(Graphics2D g, Drawn t, DoubleUnaryOperator screenX, DoubleUnaryOperator screenY, int markerSize) {
        double[] x = t.x();
        double[] y = t.y();
        g.setColor(t.color());
        if (t.envelope() && t.marker() == MarkerShape.NONE) {
            paintEnvelope(g, t, screenX, screenY);
        } else if (t.bySegments()) {
            g.setStroke(SEGMENT);
            Line2D.Double segment = new Line2D.Double();
            for (int i = 1; i < x.length; i++) {
                if (!Double.isNaN(y[i - 1]) && !Double.isNaN(y[i]) && !Double.isNaN(x[i - 1]) && !Double.isNaN(x[i])) {
                    segment.setLine(screenX.applyAsDouble(x[i - 1]), screenY.applyAsDouble(y[i - 1]),
                            screenX.applyAsDouble(x[i]), screenY.applyAsDouble(y[i]));
                    g.draw(segment);
                }
            }
        } else if (t.line() != LineStyle.NONE) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, x.length);
            boolean open = false;
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                    open = false;
                } else if (open) {
                    path.lineTo(screenX.applyAsDouble(x[i]), screenY.applyAsDouble(y[i]));
                } else {
                    path.moveTo(screenX.applyAsDouble(x[i]), screenY.applyAsDouble(y[i]));
                    open = true;
                }
            }
            g.setStroke(t.line().pathStroke());
            g.draw(path);
        }
        if (t.marker() != MarkerShape.NONE) {
            paintMarkers(g, t, screenX, screenY, markerSize);
        }
    }

    /** Draws a marker at each point; ticks (a raster's thousands of spikes) share one line. */
    private static void paintMarkers(Graphics2D g, Drawn t, DoubleUnaryOperator screenX, DoubleUnaryOperator screenY,
            int markerSize) {
        double[] x = t.x();
        double[] y = t.y();
        Marker marker = t.marker().marker();
        Line2D.Double tick = marker instanceof TickMarker ? new Line2D.Double() : null;
        for (int i = 0; i < x.length; i++) {
            if ((i & MARKER_CHECK_MASK) == 0) {
                ChartInterruptedException.check(); // markers cost microseconds each
            }
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double sx = screenX.applyAsDouble(x[i]);
                double sy = screenY.applyAsDouble(y[i]);
                if (tick != null) {
                    TickMarker.paint(g, sx, sy, markerSize, tick);
                } else {
                    marker.paint(g, sx, sy, markerSize);
                }
            }
        }
    }

    /**
     * Draws an envelope (each column's low and high point, in column order) as the area between its
     * highs and its lows, outlined with the line's stroke: what its vertical strokes would cover,
     * without the folded outline that makes one zigzag path slow to draw.
     */
    private static void paintEnvelope(Graphics2D g, Drawn t, DoubleUnaryOperator screenX, DoubleUnaryOperator screenY) {
        double[] x = t.x();
        double[] y = t.y();
        int i = 0;
        while (i < x.length) {
            List<double[]> columns = new ArrayList<>(); // {screen x, screen y of the low, of the high}
            for (; i < x.length && !Double.isNaN(y[i]); i++) {
                double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
                double sx = screenX.applyAsDouble(x[i]);
                double sy = screenY.applyAsDouble(y[i]);
                if (last != null && last[0] == sx) {
                    last[1] = Math.max(last[1], sy); // screen y grows downwards: the low is the larger
                    last[2] = Math.min(last[2], sy);
                } else {
                    columns.add(new double[] {sx, sy, sy});
                }
            }
            i++; // past the break
            if (columns.isEmpty()) {
                continue;
            }
            Path2D.Double area = new Path2D.Double();
            area.moveTo(columns.get(0)[0], columns.get(0)[2]);
            for (double[] c : columns) {
                area.lineTo(c[0], c[2]);
            }
            for (int c = columns.size() - 1; c >= 0; c--) {
                area.lineTo(columns.get(c)[0], columns.get(c)[1]);
            }
            area.closePath();
            g.fill(area);
            g.setStroke(t.line() == LineStyle.NONE ? LineStyle.SOLID.pathStroke() : t.line().pathStroke());
            g.draw(area);
        }
    }

    /** @return how many times the values turn from rising to falling or back */
    static int turns(double[] y) {
        int turns = 0;
        double previous = 0; // the last non-zero step
        for (int i = 1; i < y.length; i++) {
            double step = y[i] - y[i - 1];
            if (step != 0 && step == step) {
                turns += previous * step < 0 ? 1 : 0;
                previous = step;
            }
        }
        return turns;
    }
}
