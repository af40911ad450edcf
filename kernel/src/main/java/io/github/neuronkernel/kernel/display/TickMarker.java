package io.github.neuronkernel.kernel.display;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.knowm.xchart.style.markers.Marker;

/** A vertical tick as tall as the marker size: a spike in a raster. XChart has no such marker. */
final class TickMarker extends Marker {
    private static final BasicStroke STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        g.setStroke(STROKE);
        double half = markerSize / 2.0;
        g.draw(new Line2D.Double(xOffset, yOffset - half, xOffset, yOffset + half));
    }
}
