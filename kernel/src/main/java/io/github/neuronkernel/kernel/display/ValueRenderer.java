package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.api.PlotShape;
import io.github.neuronkernel.engine.api.RangeVarPlot;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a cell's value into what the front end shows: charts, images, shape plots and space plots
 * as pictures, bundles as they are, {@link HtmlValue}s (a sweep's table) as HTML with their text,
 * anything else as JShell's text for it.
 */
public final class ValueRenderer {
    /** Renderers of types this package does not know (e.g. the notebook's plots), by exact class. */
    private static final Map<Class<?>, Function<Object, MimeBundle>> RENDERERS = new ConcurrentHashMap<>();

    private ValueRenderer() {}

    /**
     * Registers how values of a class are shown (exactly that class, not its subclasses); a class
     * registers itself when it is loaded, so that no value of it can come before its renderer.
     *
     * @param type the class
     * @param renderer makes the bundle to show for a value
     */
    public static <T> void register(Class<T> type, Function<? super T, MimeBundle> renderer) {
        RENDERERS.put(type, value -> renderer.apply(type.cast(value)));
    }

    /**
     * @param value the value
     * @param text JShell's text for it, used for plain values
     * @return the bundle to show
     */
    public static MimeBundle render(Object value, String text) {
        if (value instanceof MimeBundle b) {
            return b;
        }
        Function<Object, MimeBundle> registered = value == null ? null : RENDERERS.get(value.getClass());
        if (registered != null) {
            return registered.apply(value);
        }
        if (value instanceof Chart<?, ?> chart) {
            return ChartImages.bundle(chart, chartSummary(chart));
        }
        if (value instanceof BufferedImage image) {
            return ChartImages.bundle(image);
        }
        if (value instanceof PlotShape shape) {
            var picture = shape.picture();
            return ChartImages.bundle(ShapeImage.image(picture, Figure.DEFAULT_SCALE), shape.toString(), Figure.DEFAULT_SCALE);
        }
        if (value instanceof RangeVarPlot space) {
            return FigurePainter.bundle(SpacePlotChart.figure(space.data()), space.toString());
        }
        if (value instanceof HtmlValue html) {
            return new MimeBundle().put("text/html", html.toHtml()).put("text/plain", html.toString());
        }
        return MimeBundle.text(text != null ? text : String.valueOf(value));
    }

    /**
     * Renders a cell's value: a value that cannot be drawn must not turn a cell that ran into a
     * failure, so it shows as its text with the reason.
     *
     * @param value the cell's value
     * @param text JShell's text for it
     * @return the bundle to show
     * @throws ChartInterruptedException if the thread is interrupted while drawing (the cell's
     *     interrupt: the picture is given up, not shown as a failure to render)
     */
    public static MimeBundle renderCellValue(Object value, String text) {
        try {
            return render(value, text);
        } catch (ChartInterruptedException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            return MimeBundle.text(text + "\n(could not render: " + e + ")");
        }
    }

    static String chartSummary(Chart<?, ?> chart) {
        String title = chart.getTitle();
        String kind = chart.getClass().getSimpleName();
        String head = (title == null || title.isBlank() ? kind : kind + " \"" + title + "\"") + " " + chart.getWidth()
                + "x" + chart.getHeight();
        if (chart instanceof org.knowm.xchart.XYChart xy && !xy.getSeriesMap().isEmpty()) {
            String series = String.join(", ", xy.getSeriesMap().keySet());
            String y = xy.getYAxisTitle();
            String what = y == null || y.isBlank() ? series : y.startsWith(series) ? y : series + " in " + y;
            return head + ": " + what + " against " + xy.getXAxisTitle();
        }
        return head;
    }
}
