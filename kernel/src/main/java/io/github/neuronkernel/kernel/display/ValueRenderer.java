package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.api.PlotShape;
import io.github.neuronkernel.engine.api.RangeVarPlot;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a cell's value into what the front end shows: charts, images, shape plots and space plots
 * as pictures, bundles as they are, {@link HtmlValue}s (a sweep's table) as HTML with their text,
 * anything else as JShell's text for it.
 */
public final class ValueRenderer {
    private ValueRenderer() {}

    /**
     * @param value the value
     * @param text JShell's text for it, used for plain values
     * @return the bundle to show
     */
    public static MimeBundle render(Object value, String text) {
        if (value instanceof MimeBundle b) {
            return b;
        }
        if (value instanceof Chart<?, ?> chart) {
            return ChartImages.bundle(chart, chartSummary(chart));
        }
        if (value instanceof BufferedImage image) {
            return ChartImages.bundle(image);
        }
        if (value instanceof PlotShape shape) {
            var picture = shape.picture();
            return ChartImages.bundle(ShapeImage.image(picture), shape.toString());
        }
        if (value instanceof RangeVarPlot space) {
            return ChartImages.bundle(SpacePlotChart.chart(space.data()), space.toString());
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
     */
    public static MimeBundle renderCellValue(Object value, String text) {
        try {
            return render(value, text);
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
