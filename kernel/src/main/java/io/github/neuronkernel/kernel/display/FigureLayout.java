package io.github.neuronkernel.kernel.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a figure's panels one above another so that they share one x axis: every plot area gets
 * the same left and right edges, hence the same x range at the same pixels, and the same height.
 *
 * <p>XChart lays a chart out only while painting it, and its y axis is as wide as its labels and
 * title, which differ from panel to panel. So the charts are painted once, unseen, to learn how
 * much each spends around its plot area, given their heights (the y labels follow from the plot's
 * height), painted again to learn their widths, and then each is drawn as wide, and as far to the
 * right, as puts its plot area between the common edges. With one panel there is nothing to align.
 */
final class FigureLayout {
    /** Below this a panel's plot area (CSS px) shows nothing worth drawing. */
    static final int MIN_PLOT_HEIGHT = 40;
    private static final Color TITLE = new Color(0x20, 0x20, 0x20);
    private static final Color LABEL = new Color(0x60, 0x60, 0x60);

    private final Figure figure;
    private final List<PanelChart> charts = new ArrayList<>();
    private final int[] top;
    private final int[] left;
    private final int[] width;
    private final int[] height;
    private final int titleHeight;

    private FigureLayout(Figure figure) {
        this.figure = figure;
        int n = figure.panels().size();
        top = new int[n];
        left = new int[n];
        width = new int[n];
        height = new int[n];
        titleHeight = titleHeight(figure);
    }

    /** @return the figure's charts, built and placed */
    static FigureLayout of(Figure figure) {
        // before anything else: Java2D may clear the interrupt while it reads a font file
        ChartInterruptedException.check();
        FigureLayout layout = new FigureLayout(figure);
        layout.build();
        return layout;
    }

    private void build() {
        int n = figure.panels().size();
        int available = figure.height() - titleHeight;
        Figure.Range x = xRange(figure);
        int colour = 0;
        for (int i = 0; i < n; i++) {
            Figure.Panel p = figure.panels().get(i);
            height[i] = available / n;
            width[i] = figure.width();
            charts.add(PanelChart.of(p, figure, x, i == n - 1, colour, height[i]));
            colour += p.traces().size();
        }
        if (n > 1) {
            shareHeight(available);
            shareX();
        } else {
            height[0] = available;
            charts.get(0).resize(width[0], height[0]);
            TickFormat.apply(charts.get(0));
            if (figure.panels().get(0).raster()) {
                measure();
            }
        }
        for (PanelChart c : charts) {
            c.fitTicks();
        }
        for (int i = 1; i < n; i++) {
            top[i] = top[i - 1] + height[i - 1];
        }
        for (int i = 0; i < n; i++) {
            top[i] += titleHeight;
        }
    }

    /** Gives every panel a plot area of the same height. */
    private void shareHeight(int available) {
        int n = charts.size();
        for (PanelChart c : charts) {
            TickFormat.apply(c);
        }
        List<Rectangle2D> plots = measure();
        int overhead = 0;
        int[] own = new int[n];
        for (int i = 0; i < n; i++) {
            own[i] = height[i] - (int) Math.round(plots.get(i).getHeight());
            overhead += own[i];
        }
        int plot = (available - overhead) / n;
        if (plot < MIN_PLOT_HEIGHT) {
            throw new IllegalArgumentException("size: " + figure.height() + " px is too short for " + n
                    + " panels; make it at least " + (figure.height() + n * (MIN_PLOT_HEIGHT - plot)) + " px tall");
        }
        for (int i = 0; i < n; i++) {
            height[i] = own[i] + plot;
        }
        height[n - 1] += available - overhead - n * plot; // the rounding's pixels go to the bottom panel
        for (int i = 0; i < n; i++) {
            charts.get(i).resize(width[i], height[i]);
            TickFormat.apply(charts.get(i));
        }
    }

    /**
     * Moves and narrows the panels so that their plot areas share left and right edges. A chart's
     * margins hardly depend on its width, but XChart rounds them, so a second look fixes a pixel.
     */
    private void shareX() {
        for (int pass = 0; pass < 3 && !alignX(measure()); pass++) {
            // alignX moved the panels; measure again
        }
    }

    /**
     * @param plots each chart's plot area as last laid out, in its own pixels
     * @return whether the plot areas share their edges; if not, moves and resizes the charts so
     *     that they will, assuming each keeps its margins
     */
    private boolean alignX(List<Rectangle2D> plots) {
        int n = charts.size();
        double[] start = new double[n];
        double[] end = new double[n];
        double commonStart = Double.NEGATIVE_INFINITY;
        double commonEnd = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            start[i] = left[i] + plots.get(i).getX();
            end[i] = left[i] + plots.get(i).getMaxX();
            commonStart = Math.max(commonStart, start[i]);
            commonEnd = Math.min(commonEnd, end[i]);
        }
        boolean aligned = true;
        for (int i = 0; i < n; i++) {
            aligned &= commonStart - start[i] < 0.5 && end[i] - commonEnd < 0.5;
        }
        if (aligned) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            int shift = (int) Math.round(commonStart - start[i]);
            left[i] += shift;
            width[i] -= shift + (int) Math.round(end[i] - commonEnd);
            charts.get(i).resize(width[i], height[i]);
            TickFormat.apply(charts.get(i));
        }
        return false;
    }

    /** @return each chart's plot area, from painting it where nothing shows */
    private List<Rectangle2D> measure() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        List<Rectangle2D> plots = new ArrayList<>();
        try {
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).layOut(g, width[i], height[i]);
                plots.add((Rectangle2D) charts.get(i).plotBounds().clone());
                ChartInterruptedException.check();
            }
        } finally {
            g.dispose();
        }
        return plots;
    }

    /** Paints the figure at CSS pixel coordinates (scale {@code g} for more device pixels). */
    void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.width(), figure.height());
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create();
            try {
                panel.translate(left[i], top[i]);
                charts.get(i).paint(panel, width[i], height[i]);
            } finally {
                panel.dispose();
            }
            ChartInterruptedException.check();
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        paintTitle(g);
        paintLineLabels(g);
    }

    private void paintTitle(Graphics2D g) {
        if (titleHeight == 0) {
            return;
        }
        Font font = charts.get(0).getStyler().getChartTitleFont();
        FontMetrics m = g.getFontMetrics(font);
        Rectangle2D plot = charts.get(0).plotBounds();
        double centre = left[0] + plot.getCenterX();
        int textWidth = m.stringWidth(figure.title());
        int x = (int) Math.round(Math.max(2, Math.min(figure.width() - textWidth - 2, centre - textWidth / 2.0)));
        g.setFont(font);
        g.setColor(TITLE);
        g.drawString(figure.title(), x, charts.get(0).getStyler().getChartPadding() + m.getAscent());
    }

    /** Writes each vertical line's label beside its top, in the top panel. */
    private void paintLineLabels(Graphics2D g) {
        PanelChart first = charts.get(0);
        Rectangle2D plot = first.plotBounds();
        Font font = first.getStyler().getAxisTickLabelsFont();
        g.setFont(font);
        g.setColor(LABEL);
        int ascent = g.getFontMetrics(font).getAscent();
        Figure.Range x = xRange(figure);
        for (Figure.VLine v : figure.vlines()) {
            if (v.label() != null && !v.label().isBlank() && v.x() >= x.min() && v.x() <= x.max()) {
                double px = left[0] + first.screenX(v.x());
                g.drawString(v.label(), (float) (px + 4), (float) (top[0] + plot.getY() + ascent + 6));
            }
        }
    }

    /** @return the title strip's height: the chart title's text and XChart's padding around it */
    private static int titleHeight(Figure figure) {
        if (figure.title() == null || figure.title().isBlank()) {
            return 0;
        }
        var styler = new org.knowm.xchart.XYChart(10, 10).getStyler();
        Font font = styler.getChartTitleFont();
        var metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        return styler.getChartPadding() + metrics.getHeight() + styler.getChartTitlePadding();
    }

    /** @return the shared x axis: the figure's limits, else the range of every finite x and a margin ({@link PanelChart#PAD}) */
    static Figure.Range xRange(Figure figure) {
        if (figure.xlim() != null) {
            return figure.xlim();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure.Panel p : figure.panels()) {
            for (Figure.Trace t : p.traces()) {
                for (double v : t.x()) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        return PanelChart.pad(PanelChart.widen(lo, hi));
    }

    /** @return the charts, top to bottom (for tests) */
    List<PanelChart> charts() {
        return charts;
    }

    /** @return where each panel's chart starts across (CSS px; for tests) */
    int left(int panel) {
        return left[panel];
    }

    /** @return where each panel's chart starts down (CSS px; for tests) */
    int top(int panel) {
        return top[panel];
    }
}
