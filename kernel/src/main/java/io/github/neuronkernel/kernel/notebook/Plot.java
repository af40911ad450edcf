package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.io.AtomicFile;
import io.github.neuronkernel.kernel.display.Figure;
import io.github.neuronkernel.kernel.display.FigurePainter;
import io.github.neuronkernel.kernel.display.FigureText;
import io.github.neuronkernel.kernel.display.LineStyle;
import io.github.neuronkernel.kernel.display.MarkerShape;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart that options shape before it shows: what {@code plot(...)}, {@code raster(...)} and
 * {@code panels(...)} return. Each option changes this plot and returns it, so they chain; as a
 * cell's value (or passed to {@code display}) it shows as a picture with a text saying what it
 * shows:
 *
 * <pre>{@code
 * plot(t, v).title("Action potential").xlim(0, 40).ylim(-80, 50).vline(10, "stimulus")
 * plot(t, v, w).style(2, "--").marker("o").size(800, 500)
 * panels(plot(t, v), raster(spikes)).xlim(0, 100)
 * plot(t, v).save("v.svg")
 * }</pre>
 *
 * <p>Units: x values, limits and vertical lines are in the x data's units (ms for time), y limits
 * in the y data's; sizes in CSS pixels, the size the picture is shown at. Series are numbered from
 * 1, in legend order (across panels, top to bottom). Long series are thinned to the pixels they
 * cover, so a 200,001-point trace draws in well under a second in any x order.
 */
public final class Plot {
    /** The smallest width or height allowed (CSS px). */
    static final int MIN_SIDE = 100;
    /** The largest width or height allowed (CSS px). */
    static final int MAX_SIDE = 4000;
    /** The most device pixels a picture may have (width x height x scale^2): 64 MB of image. */
    static final double MAX_PIXELS = 16e6;

    static {
        ValueRenderer.register(Plot.class, Plot::bundle);
    }

    private final List<PlotPanel> panels;
    private String title;
    private String xLabel;
    private Figure.Range xlim;
    private final List<Figure.VLine> vlines = new ArrayList<>();
    private int width;
    private int height;
    private double scale = Figure.DEFAULT_SCALE;

    /** @param panels top to bottom, at least one; {@code xLabel} the x axis' title or null */
    Plot(List<PlotPanel> panels, String xLabel) {
        this.panels = new ArrayList<>(panels);
        this.xLabel = xLabel;
    }

    /**
     * @param text the title above the chart; null or empty for none
     * @return this plot
     */
    public Plot title(String text) {
        title = text;
        return this;
    }

    /**
     * @param text the x axis' title, e.g. {@code "t (ms)"}; null or empty for none
     * @return this plot
     */
    public Plot xlabel(String text) {
        xLabel = text;
        return this;
    }

    /**
     * @param text the y axis' title, e.g. {@code "v (mV)"}; null or empty for none
     * @return this plot
     * @throws IllegalArgumentException on a plot of several panels (set it on each before {@code panels(...)})
     */
    public Plot ylabel(String text) {
        onePanel("ylabel").yLabel = text;
        return this;
    }

    /**
     * Shows x from min to max (x data units, e.g. ms); points outside are cut off.
     *
     * @param min the left end, finite
     * @param max the right end, finite and above min
     * @return this plot
     */
    public Plot xlim(double min, double max) {
        xlim = range("xlim", min, max);
        return this;
    }

    /**
     * Shows y from min to max (y data units, e.g. mV); points outside are cut off.
     *
     * @param min the bottom, finite
     * @param max the top, finite and above min
     * @return this plot
     * @throws IllegalArgumentException on a plot of several panels (set it on each before {@code panels(...)})
     */
    public Plot ylim(double min, double max) {
        Figure.Range r = range("ylim", min, max);
        onePanel("ylim").ylim = r;
        return this;
    }

    /**
     * How every series' points are joined.
     *
     * @param style {@code "-"} solid (default), {@code "--"} dashed, {@code ":"} dotted, {@code
     *     "-."} dash-dot, or {@code "none"} (markers only)
     * @return this plot
     */
    public Plot style(String style) {
        LineStyle s = LineStyle.parse("style", style);
        forEachSeries("style", t -> withLook(t, s, t.marker()));
        return this;
    }

    /**
     * How one series' points are joined.
     *
     * @param series its number, from 1, in legend order
     * @param style {@code "-"}, {@code "--"}, {@code ":"}, {@code "-."} or {@code "none"}
     * @return this plot
     */
    public Plot style(int series, String style) {
        LineStyle s = LineStyle.parse("style", style);
        oneSeries("style", series, t -> withLook(t, s, t.marker()));
        return this;
    }

    /**
     * What every series draws at each point.
     *
     * @param marker {@code "o"} circle, {@code "s"} square, {@code "d"} diamond, {@code "^"}
     *     triangle, {@code "x"} cross, {@code "+"} plus, {@code "|"} tick, or {@code "none"} (default
     *     for lines)
     * @return this plot
     */
    public Plot marker(String marker) {
        MarkerShape m = MarkerShape.parse("marker", marker);
        forEachSeries("marker", t -> withLook(t, t.line(), m));
        return this;
    }

    /**
     * What one series draws at each point.
     *
     * @param series its number, from 1, in legend order
     * @param marker {@code "o"}, {@code "s"}, {@code "d"}, {@code "^"}, {@code "x"}, {@code "+"},
     *     {@code "|"} or {@code "none"}
     * @return this plot
     */
    public Plot marker(int series, String marker) {
        MarkerShape m = MarkerShape.parse("marker", marker);
        oneSeries("marker", series, t -> withLook(t, t.line(), m));
        return this;
    }

    /**
     * Draws a dashed vertical line across every panel, e.g. where a stimulus starts.
     *
     * @param x where, in x data units (e.g. ms); a line outside the x range is not drawn
     * @return this plot
     */
    public Plot vline(double x) {
        return vline(x, null);
    }

    /**
     * Draws a labelled dashed vertical line across every panel.
     *
     * @param x where, in x data units (e.g. ms); a line outside the x range is not drawn
     * @param label written beside the line's top; null for none
     * @return this plot
     */
    public Plot vline(double x, String label) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("vline: x is " + x + "; pass a finite number (x data units)");
        }
        vlines.add(new Figure.VLine(x, label));
        return this;
    }

    /**
     * The size the chart is shown at, the whole of it (all panels).
     *
     * @param width CSS pixels across, 100 to 4000 (default 640)
     * @param height CSS pixels down, 100 to 4000 (default 400, and 180 more per further panel)
     * @return this plot
     */
    public Plot size(int width, int height) {
        side("width", width);
        side("height", height);
        checkPixels(width, height, scale);
        this.width = width;
        this.height = height;
        return this;
    }

    /**
     * How many device pixels the picture has per CSS pixel: 2 (the default) makes a PNG twice as
     * wide and tall as it is shown, crisp on high-DPI screens; 1 a smaller, plain one.
     *
     * @param scale 1 to 4
     * @return this plot
     */
    public Plot scale(double scale) {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale: " + scale + " is not allowed; use 1 to 4 (device pixels per CSS pixel; 2 for high-DPI screens)");
        }
        checkPixels(width(), height(), scale);
        this.scale = scale;
        return this;
    }

    /**
     * Writes the chart to a file, replacing it whole: {@code .png} (at this plot's scale) or {@code
     * .svg}.
     *
     * @param file a path ending in .png or .svg
     * @return this plot, to show it too
     * @throws IllegalArgumentException for another ending
     * @throws UncheckedIOException if it cannot be written (the old file is then unchanged)
     */
    public Plot save(String file) {
        if (file == null) {
            throw new IllegalArgumentException("save: the file is null; pass a path ending in .png or .svg");
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            throw new IllegalArgumentException("save: \"" + file + "\" ends in neither .png nor .svg; name the file with one of them");
        }
        try {
            if (lower.endsWith(".png")) {
                AtomicFile.write(Path.of(file), FigurePainter.png(figure()));
            } else {
                AtomicFile.writeString(Path.of(file), FigurePainter.svg(figure()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("save: " + e.getMessage(), e);
        }
        return this;
    }

    /** @return what the chart shows: its series and units, x axis, limits, points and size */
    @Override
    public String toString() {
        return FigureText.summary(figure());
    }

    /** @return the figure these options describe */
    Figure figure() {
        List<Figure.Panel> built = new ArrayList<>();
        for (PlotPanel p : panels) {
            built.add(p.build());
        }
        return new Figure(title, xLabel, xlim, vlines, built, width(), height(), scale);
    }

    /** @return the picture and its text, as a cell shows it */
    MimeBundle bundle() {
        Figure f = figure();
        return FigurePainter.bundle(f, FigureText.summary(f));
    }

    /** @return copies of its panels, the first titled with this plot's title, for a stack */
    List<PlotPanel> panelsForStack() {
        List<PlotPanel> copies = new ArrayList<>();
        for (PlotPanel p : panels) {
            copies.add(p.copy());
        }
        if (title != null && !title.isBlank() && (copies.get(0).title == null || copies.get(0).title.isBlank())) {
            copies.get(0).title = title;
        }
        return copies;
    }

    String xLabel() {
        return xLabel;
    }

    Figure.Range xlim() {
        return xlim;
    }

    List<Figure.VLine> vlines() {
        return vlines;
    }

    private int width() {
        return width > 0 ? width : Figure.DEFAULT_WIDTH;
    }

    private int height() {
        return height > 0 ? height : Figure.defaultHeight(panels.size());
    }

    private PlotPanel onePanel(String option) {
        if (panels.size() > 1) {
            throw new IllegalArgumentException(option + ": this plot has " + panels.size() + " panels; set " + option
                    + " on each plot before panels(...), e.g. panels(plot(t, v)." + option + "(...), plot(t, m))");
        }
        return panels.get(0);
    }

    private void forEachSeries(String option, java.util.function.UnaryOperator<Figure.Trace> change) {
        for (int i = 1; i <= seriesCount(); i++) {
            oneSeries(option, i, change);
        }
    }

    private void oneSeries(String option, int series, java.util.function.UnaryOperator<Figure.Trace> change) {
        int n = series;
        for (PlotPanel p : panels) {
            if (n >= 1 && n <= p.traces.size()) {
                p.traces.set(n - 1, change.apply(p.traces.get(n - 1)));
                return;
            }
            n -= p.traces.size();
        }
        throw new IllegalArgumentException(option + ": there is no series " + series + "; this plot has " + seriesCount()
                + (seriesCount() == 1 ? " series" : " series, numbered 1 to " + seriesCount()));
    }

    private int seriesCount() {
        return panels.stream().mapToInt(p -> p.traces.size()).sum();
    }

    private static Figure.Trace withLook(Figure.Trace t, LineStyle line, MarkerShape marker) {
        if (line == LineStyle.NONE && marker == MarkerShape.NONE) {
            throw new IllegalArgumentException("style \"none\" with marker \"none\" would draw nothing of " + t.name()
                    + "; give it a line style or a marker");
        }
        return t.with(line, marker);
    }

    private static Figure.Range range(String option, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(option + ": " + (Double.isFinite(min) ? "max" : "min") + " is "
                    + (Double.isFinite(min) ? max : min) + "; pass finite numbers (data units)");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException(option + ": min " + min + " must be below max " + max);
        }
        return new Figure.Range(min, max);
    }

    private static void side(String name, int px) {
        if (px < MIN_SIDE || px > MAX_SIDE) {
            throw new IllegalArgumentException("size: " + name + " " + px + " px is not allowed; use "
                    + MIN_SIDE + " to " + MAX_SIDE + " (CSS pixels)");
        }
    }

    private static void checkPixels(int width, int height, double scale) {
        double pixels = width * (double) height * scale * scale;
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "size: %dx%d px at scale %s is %.1f million pixels;"
                    + " the most is %.0f million: make it smaller or lower the scale", width, height,
                    io.github.neuronkernel.engine.io.CFormat.g(scale), pixels / 1e6, MAX_PIXELS / 1e6));
        }
    }
}
