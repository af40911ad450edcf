package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.run.RunRecord;
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
    /** About the plot area's width in pixels: the resolution series are thinned to. */
    static final int PLOT_COLUMNS = 560;

    private RunChart() {}

    /** @return whether the run saved something to draw (an x column and at least one more) */
    public static boolean drawable(RunRecord record) {
        return record != null && record.columns().size() >= 2 && record.rows() > 0;
    }

    /**
     * @param record a run with at least two saved columns
     * @return its chart
     */
    public static XYChart chart(RunRecord record) {
        List<String> columns = record.columns();
        XYChart chart = new XYChartBuilder()
                .width(WIDTH_PX).height(HEIGHT_PX)
                .title(title(record))
                .xAxisTitle(Units.label(columns.get(0)))
                .yAxisTitle(yLabel(columns))
                .build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendVisible(columns.size() > 2);
        chart.getStyler().setAntiAlias(true);
        double[] x = record.column(0);
        for (int c = 1; c < columns.size(); c++) {
            Decimation.Series thin = Decimation.thin(x, record.column(c), PLOT_COLUMNS);
            XYSeries s = chart.addSeries(uniqueName(chart, columns.get(c)), thin.x(), thin.y());
            s.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** @return the text shown beside the chart, and alone where images are not shown */
    public static String summary(RunRecord record) {
        StringBuilder s = new StringBuilder();
        s.append(title(record)).append(": ").append(record.rows()).append(" lines of ")
                .append(String.join(", ", record.columns()));
        if (record.start().file() != null) {
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

    private static String yLabel(List<String> columns) {
        Set<String> labels = new LinkedHashSet<>();
        for (int c = 1; c < columns.size(); c++) {
            labels.add(Units.label(columns.get(c)));
        }
        return String.join(", ", labels);
    }

    private static String uniqueName(XYChart chart, String name) {
        String n = name;
        for (int i = 2; chart.getSeriesMap().containsKey(n); i++) {
            n = name + " #" + i;
        }
        return n;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
