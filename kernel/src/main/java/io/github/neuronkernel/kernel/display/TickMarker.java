package io.github.neuronkernel.kernel.display;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.knowm.xchart.style.markers.Marker;

/** A vertical tick as tall as the marker size: a spike in a raster. XChart has no such marker. */
final class TickMarker extends Marker {
    private static final BasicStroke STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    /** Draws one tick (XChart's call, e.g. for the legend); a trace's ticks go through the other paint. */
    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        paint(g, xOffset, yOffset, markerSize, new Line2D.Double());
    }

    /**
     * Draws one tick with a line the caller reuses from tick to tick, so that drawing a raster's
     * ticks allocates nothing per tick (this marker is shared, so it cannot keep the line itself).
     *
     * @param x the tick's centre across (px)
     * @param y the tick's centre down (px)
     * @param markerSize the tick's height (px)
     * @param line set to the tick and drawn
     */
    static void paint(Graphics2D g, double x, double y, int markerSize, Line2D.Double line) {
        g.setStroke(STROKE);
        double half = markerSize / 2.0;
        line.setLine(x, y - half, x, y + half);
        g.draw(line);
    }
}
