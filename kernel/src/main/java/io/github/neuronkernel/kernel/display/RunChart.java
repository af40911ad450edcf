package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.run.RunRecord;
import java.awt.BasicStroke;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws what a batchRun wrote: x is the first saved column, every other column a series named after
 * its reference, the title from the comment, axes labelled with variables and units.
 */
public final class RunChart {
    /** Chart width in pixels. */
    public static final int WIDTH_PX = 640;
    /** Chart height in pixels. */
    public static final int HEIGHT_PX = 400;
    /**
     * The resolution series are thinned to: at least the width of the data in pixels (XChart draws
     * the data over 92% of a plot area that is at most about 580 of the 640 pixels wide).
     */
    static final int PLOT_COLUMNS = 560;
    /**
     * Every series' line: XChart's width, solid, square ends. XChart draws a line chart one segment
     * at a time, and its default strokes (round ends for the first series, dashes for the next
     * ones) make Java2D build round caps or dash pieces for each of a few thousand segments: half
     * the painting time. Square ends cover the joints between segments as round ones do (both reach
     * half the width past the point), and on a run's dense trace the dashes, restarted at every
     * segment, never showed; series differ by colour.
     */
    static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);

    private RunChart() {}

    /** @return whether the run saved something to draw (an x column and at least one more) */
    public static boolean drawable(RunRecord record) {
        return record != null && record.columns().size() >= 2 && record.rows() > 0;
    }

    /**
     * @param record a run with at least two saved columns
     * @return its chart: series whose unit differs from the first series' go on a right-hand axis
     */
    public static XYChart chart(RunRecord record) {
        List<String> columns = record.columns();
        List<String> units = record.start().units();
        String leftUnit = units.get(1);
        XYChart chart = new XYChartBuilder()
                .width(WIDTH_PX).height(HEIGHT_PX)
                .title(title(record))
                .xAxisTitle(label(columns.get(0), units.get(0)))
                .build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setLegendVisible(columns.size() > 2);
        styler.setAntiAlias(true);
        double[] x = record.column(0);
        Set<String> left = new LinkedHashSet<>();
        Set<String> right = new LinkedHashSet<>();
        for (int c = 1; c < columns.size(); c++) {
            int group = units.get(c).equals(leftUnit) ? 0 : 1;
            (group == 0 ? left : right).add(label(columns.get(c), units.get(c)));
            Decimation.Series thin = Decimation.thin(x, record.column(c), PLOT_COLUMNS);
            XYSeries s = chart.addSeries(uniqueName(chart, columns.get(c)), thin.x(), thin.y());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(LINE);
            s.setYAxisGroup(group);
        }
        AxisFormat.fitX(chart, x);
        chart.setYAxisGroupTitle(0, axisTitle(left));
        if (!right.isEmpty()) {
            chart.setYAxisGroupTitle(1, axisTitle(right));
            styler.setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        }
        TickFormat.apply(chart); // last: it reads the final ranges, titles and legend
        return chart;
    }

    /**
     * @return {@code v (mV)} for {@code soma(0.5).v} in mV, {@code g (uS)} for {@code
     *     ExpSyn[soma(0.5)].g}; the bare variable when it has no unit
     */
    static String label(String column, String unit) {
        int dot = column.lastIndexOf('.');
        String variable = dot > column.lastIndexOf(')') && dot > column.lastIndexOf(']') ? column.substring(dot + 1) : column;
        return unit == null || unit.isEmpty() ? variable : variable + " (" + unit + ")";
    }

    private static String axisTitle(Set<String> labels) {
        return String.join(", ", labels);
    }

    /** @return the text shown beside the chart, and alone where images are not shown */
    public static String summary(RunRecord record) {
        StringBuilder s = new StringBuilder();
        s.append(title(record)).append(": ").append(record.rows()).append(" lines of ")
                .append(String.join(", ", record.columns()));
        if (record.start().file() != null && record.completed()) {
            // a failed run did not write the file; its message says where the lines are
            s.append(" written to ").append(record.start().file());
        }
        s.append(", t = ").append(fmt(record.start().tstart())).append(" to ").append(fmt(record.endTime())).append(" ms");
        if (!record.completed()) {
            s.append(" (stopped early: ").append(record.failure().getMessage()).append(")");
        }
        return s.toString();
    }

    private static String title(RunRecord record) {
        String comment = record.start().comment();
        if (comment != null && !comment.isBlank()) {
            return comment.strip();
        }
        return record.start().file() != null ? record.start().file() : "batchRun";
    }

    private static String uniqueName(XYChart chart, String name) {
        String n = name;
        for (int i = 2; chart.getSeriesMap().containsKey(n); i++) {
            n = name + " #" + i;
        }
        return n;
    }

    private static String fmt(double v) {
        return CFormat.g(v); // as the file prints it: 2, not 1.999999999999995
    }
}
