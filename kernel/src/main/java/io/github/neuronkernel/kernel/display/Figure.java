package io.github.neuronkernel.kernel.display;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, ready to draw: one or more panels stacked over one shared x axis, a title and
 * a size. Values only; {@link FigurePainter} draws it, {@link FigureText} says in words what it
 * shows. The notebook's {@code plot(...)} and every batchRun chart are figures.
 *
 * @param title drawn above the top panel; null for none
 * @param xLabel the shared x axis' title (under the bottom panel); null for none
 * @param xlim the shared x range; null for the range of every panel's data
 * @param vlines vertical lines drawn across every panel
 * @param panels top to bottom, at least one
 * @param width the whole figure's width, in CSS pixels
 * @param height the whole figure's height, in CSS pixels
 * @param scale device pixels per CSS pixel of the PNG (2 for high-DPI screens)
 */
public record Figure(String title, String xLabel, Range xlim, List<VLine> vlines, List<Panel> panels,
        int width, int height, double scale) {
    /** The width of a figure unless told otherwise (px). */
    public static final int DEFAULT_WIDTH = 640;
    /** The height of a one-panel figure unless told otherwise (px). */
    public static final int DEFAULT_HEIGHT = 400;
    /** How much taller each further panel makes a figure unless told otherwise (px). */
    public static final int PANEL_HEIGHT = 180;
    /**
     * Device pixels per CSS pixel unless told otherwise: a PNG twice as wide and tall as it is shown,
     * crisp on a high-DPI screen (and no worse on others).
     */
    public static final double DEFAULT_SCALE = 2;

    /** Checks the parts; the notebook's {@code Plot} has checked what users give before. */
    public Figure {
        Objects.requireNonNull(panels, "panels");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("figure size " + width + "x" + height + " at " + scale + "x");
        }
        vlines = List.copyOf(vlines);
        panels = List.copyOf(panels);
    }

    /** @return the default height of a figure of {@code panels} panels (px) */
    public static int defaultHeight(int panels) {
        return DEFAULT_HEIGHT + PANEL_HEIGHT * (panels - 1);
    }

    /**
     * A closed range of values.
     *
     * @param min the low end
     * @param max the high end, above min
     */
    public record Range(double min, double max) {
        /** Checks that min is below max and both finite. */
        public Range {
            if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
                throw new IllegalArgumentException("range " + min + " to " + max);
            }
        }
    }

    /**
     * A vertical line across every panel, e.g. when a stimulus starts.
     *
     * @param x where, in x axis units
     * @param label written beside its top; null for none
     */
    public record VLine(double x, String label) {}

    /**
     * One plot area of a figure: its y axis and what is drawn in it.
     *
     * @param title written above the panel; null for none
     * @param yLabel the y axis' title; null for none
     * @param ylim the y range; null for the data's
     * @param traces what is drawn, in legend order
     * @param legend whether the traces' names are listed beside the panel
     * @param raster whether it is a spike raster: rows one y unit apart, whose tick markers are
     *     sized to fill most of a row
     */
    public record Panel(String title, String yLabel, Range ylim, List<Trace> traces, boolean legend, boolean raster) {
        /** Copies the traces. */
        public Panel {
            traces = List.copyOf(traces);
        }

        /** @return the number of points in all its traces */
        public long points() {
            long n = 0;
            for (Trace t : traces) {
                n += t.x().length;
            }
            return n;
        }
    }

    /**
     * A series of points, in the order they are joined.
     *
     * @param name its legend entry
     * @param x x values
     * @param y y values, as many as x; NaN breaks the line
     * @param line how the points are joined
     * @param marker what is drawn at each point
     * @param color its colour (RGB); null for the next colour of the figure's palette
     */
    public record Trace(String name, double[] x, double[] y, LineStyle line, MarkerShape marker, java.awt.Color color) {
        /** Checks the lengths match. */
        public Trace {
            if (x.length != y.length) {
                throw new IllegalArgumentException("trace " + name + ": " + x.length + " x values but " + y.length + " y values");
            }
        }

        /** @return this trace drawn another way */
        public Trace with(LineStyle newLine, MarkerShape newMarker) {
            return new Trace(name, x, y, newLine, newMarker, color);
        }
    }
}
