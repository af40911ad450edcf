package io.github.neuronkernel.kernel.display;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.theme.XChartTheme;

/**
 * One panel of a {@link Figure} as an XChart line chart: its traces thinned for the pixels they
 * will cover, the shared x range, its own y axis. Only the bottom panel of a stack shows the x
 * axis' labels and title; the others keep its grid lines. Subclassing XYChart gives what a stack
 * needs and XChart keeps to itself: the plot area's bounds after painting, and a new size.
 *
 * <p>Axes span exactly the limits set, else the data and 4% more on each side (XChart's look); the
 * plot content fills the plot area, so data and pixels map as {@link #screenX}/{@link #screenY} say.
 *
 * <p>The traces themselves are drawn by {@link TracePainter} after XChart has painted the axes, grid
 * and legend: XChart still lists them in the legend and places the ticks, through series of their x
 * values and no y values to draw.
 */
final class PanelChart extends XYChart {
    /** Space left around autoscaled data, as a fraction of its span on each side. */
    static final double PAD = 0.04;
    /** The figure's colours, one per trace in figure order: XChart's own palette. */
    private static final Color[] PALETTE = new XChartTheme().getSeriesColors();
    /** A raster labels rows no closer than this (CSS px), about two lines of tick labels. */
    private static final double MIN_ROW_LABEL_PX = 24;
    /** A raster's tick is this much of the distance between two rows. */
    private static final double TICK_OF_ROW = 0.7;
    private static final Color VLINE = new Color(0x80, 0x80, 0x80);

    private final Figure.Panel panel;
    private final Figure.Range xAxis;
    private final Figure.Range yAxis;
    private final List<TracePainter.Drawn> traces = new ArrayList<>();

    private PanelChart(Figure.Panel panel, Figure.Range xAxis, int width, int height) {
        super(width, height);
        this.panel = panel;
        this.xAxis = xAxis;
        this.yAxis = panel.ylim() != null ? panel.ylim() : pad(dataRange(panel));
    }

    /**
     * @param panel what to draw
     * @param figure the figure it belongs to (x title, lines, size, scale)
     * @param xAxis the shared x axis' range
     * @param bottom whether it is the bottom panel, which shows the x axis
     * @param firstColour the palette index of its first trace
     * @param height its height (CSS px); the layout may change it
     */
    static PanelChart of(Figure.Panel panel, Figure figure, Figure.Range xAxis, boolean bottom, int firstColour, int height) {
        PanelChart chart = new PanelChart(panel, xAxis, figure.width(), height);
        chart.style(bottom);
        chart.setTitle(panel.title() == null ? "" : panel.title());
        chart.setXAxisTitle(bottom && figure.xLabel() != null ? figure.xLabel() : "");
        chart.setYAxisTitle(panel.yLabel() == null ? "" : panel.yLabel());
        int columns = (int) Math.ceil(figure.width() * figure.scale());
        int rows = (int) Math.ceil(height * figure.scale());
        int colour = firstColour;
        for (Figure.Trace t : panel.traces()) {
            chart.add(t, columns, rows, chart.getStyler().getMarkerSize() * figure.scale(),
                    t.color() != null ? t.color() : PALETTE[colour % PALETTE.length]);
            colour++;
            ChartInterruptedException.check();
        }
        // The axes reach a billionth of their span beyond each end: XChart then labels a tick at an
        // end (at the end exactly, rounding may put it outside and unlabelled), and does not label
        // evenly spaced data by its own values (see AxisFormat). Nothing moves by a visible amount.
        XYStyler s = chart.getStyler();
        double nx = 1e-9 * (xAxis.max() - xAxis.min());
        double ny = 1e-9 * (chart.yAxis.max() - chart.yAxis.min());
        s.setXAxisMin(xAxis.min() - nx);
        s.setXAxisMax(xAxis.max() + nx);
        s.setYAxisMin(chart.yAxis.min() - ny);
        s.setYAxisMax(chart.yAxis.max() + ny);
        for (Figure.VLine v : figure.vlines()) {
            if (v.x() >= xAxis.min() && v.x() <= xAxis.max()) {
                chart.addAnnotation(new AnnotationLine(v.x(), true, false));
            }
        }
        if (panel.raster()) {
            // rows are whole numbers; fitTicks widens the tick spacing so that ticks fall on rows
            s.setyAxisTickLabelsFormattingFunction(v -> Math.abs(v - Math.rint(v)) < 1e-9
                    ? String.valueOf((long) Math.rint(v)) : io.github.neuronkernel.engine.io.CFormat.g(v));
        }
        return chart;
    }

    private void style(boolean bottom) {
        XYStyler s = getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setAntiAlias(true);
        s.setPlotContentSize(1.0); // the axes' ranges already hold the margins (PAD)
        s.setLegendVisible(panel.legend());
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartTitleVisible(panel.title() != null && !panel.title().isBlank());
        s.setXAxisTicksVisible(bottom); // the grid lines stay: XChart places ticks either way
        s.setXAxisTitleVisible(bottom);
        s.setAnnotationLineColor(VLINE);
        s.setAnnotationLineStroke(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {5, 4}, 0f));
    }

    /**
     * Adds a trace. A line with markers is thinned twice, as a line and as markers, and drawn as
     * both: the line through the markers' thinned points was not the trace's line, and through a
     * scatter of a million points it was 50,000 strokes across the plot (most of a minute).
     */
    private void add(Figure.Trace t, int columns, int rows, double markerPx, Color c) {
        boolean markers = t.marker() != MarkerShape.NONE;
        Thinning.Series lineThin = markers && t.line() == LineStyle.NONE ? null
                : Thinning.line(t.x(), t.y(), xAxis.min(), xAxis.max(), yAxis.min(), yAxis.max(), columns, rows);
        Thinning.Series markerThin = !markers ? null
                : Thinning.markers(t.x(), t.y(), xAxis.min(), xAxis.max(), yAxis.min(), yAxis.max(), columns, rows,
                        markerPx);
        Thinning.Series thin = lineThin != null ? lineThin : markerThin;
        String name = t.name();
        for (int i = 2; getSeriesMap().containsKey(name); i++) {
            name = t.name() + " [" + i + "]"; // XChart needs unique names
        }
        // for the legend and XChart's ticks: the x values, no y value to draw (drawn in paint);
        // XChart refuses a series without points, so an empty trace gives it one it does not draw
        XYSeries s = thin.x().length == 0 ? addSeries(name, new double[] {xAxis.min()}, new double[] {Double.NaN})
                : addSeries(name, thin.x(), nan(thin.y().length));
        s.setLineColor(c);
        s.setMarkerColor(c);
        s.setFillColor(c);
        s.setMarker(t.marker().marker());
        s.setLineStyle(t.line() == LineStyle.NONE ? SeriesLines.NONE : t.line().pathStroke());
        if (lineThin != null) {
            traces.add(TracePainter.Drawn.of(lineThin, t.line(), MarkerShape.NONE, c, columns));
        }
        if (markerThin != null) {
            traces.add(TracePainter.Drawn.of(markerThin, LineStyle.NONE, t.marker(), c, columns));
        }
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
        Graphics2D o = (Graphics2D) g.create();
        try {
            o.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            o.clip(plotBounds());
            for (TracePainter.Drawn t : traces) {
                TracePainter.paint(o, t, this::screenX, this::screenY, getStyler().getMarkerSize());
                ChartInterruptedException.check();
            }
        } finally {
            o.dispose();
        }
    }

    /** Lays the chart out as painting would, without drawing the traces: for measuring. */
    void layOut(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
    }

    /** @return the points drawn of trace {@code i} (from 0): {x, y}, thinned */
    double[][] drawn(int i) {
        return new double[][] {traces.get(i).x(), traces.get(i).y()};
    }

    /** @return where x is drawn across, in the chart's pixels (after painting) */
    double screenX(double x) {
        Rectangle2D b = plotBounds();
        return b.getX() + (x - xAxis.min()) / (xAxis.max() - xAxis.min()) * b.getWidth();
    }

    /** @return where y is drawn down, in the chart's pixels (after painting) */
    double screenY(double y) {
        Rectangle2D b = plotBounds();
        return b.getMaxY() - (y - yAxis.min()) / (yAxis.max() - yAxis.min()) * b.getHeight();
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** @return the range of the panel's finite y values */
    static Figure.Range dataRange(Figure.Panel panel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.Trace t : panel.traces()) {
            for (double v : t.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return widen(lo, hi);
    }

    /** @return [lo, hi], or a range of one around them when they are equal, or [0, 1] when empty */
    static Figure.Range widen(double lo, double hi) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Figure.Range(0, 1);
        }
        return lo < hi ? new Figure.Range(lo, hi) : new Figure.Range(lo - 0.5, hi + 0.5);
    }

    /** @return the range with {@link #PAD} of its span added on each side */
    static Figure.Range pad(Figure.Range r) {
        double m = PAD * (r.max() - r.min());
        return new Figure.Range(r.min() - m, r.max() + m);
    }

    /**
     * Fits a raster to its rows, now that the plot's height is known: spike ticks fill most of a
     * row, and y ticks are at least a row (and 24 px) apart, so that they fall on rows (XChart steps
     * by 1, 2 or 5 times a power of ten, so at least a row apart means whole rows).
     */
    void fitTicks() {
        if (!panel.raster()) {
            return;
        }
        double rowPx = plotBounds().getHeight() / (yAxis.max() - yAxis.min());
        getStyler().setMarkerSize((int) Math.max(2, Math.min(40, Math.round(TICK_OF_ROW * rowPx))));
        getStyler().setYAxisTickMarkSpacingHint((int) Math.ceil(1.05 * Math.max(rowPx, MIN_ROW_LABEL_PX)));
    }

    /** @return the plot area as last painted, in the chart's pixels */
    Rectangle2D plotBounds() {
        return plot.getBounds();
    }

    /** Gives the chart a new size (CSS px); painting with {@code paint(g, w, h)} does too. */
    void resize(int width, int height) {
        setWidth(width);
        setHeight(height);
    }
}
