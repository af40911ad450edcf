package io.github.neuronkernel.kernel.sweep;

import io.github.neuronkernel.kernel.display.AxisFormat;
import io.github.neuronkernel.kernel.display.TickFormat;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Draws a {@link SweepTable}'s numeric results against its first parameter: one series per
 * combination of the other parameters' values, in the order the rows meet them.
 */
final class SweepCharts {
    private SweepCharts() {}

    static List<XYChart> all(SweepTable table) {
        if (!xIsNumeric(table)) {
            return List.of();
        }
        return numericResults(table).stream().map(r -> draw(table, r)).toList();
    }

    static XYChart of(SweepTable table, String result) {
        if (table.parameterNames().isEmpty() || !xIsNumeric(table)) {
            String x = table.parameterNames().isEmpty() ? "(none)" : table.parameterNames().get(0);
            throw new IllegalArgumentException("plot: the first parameter, " + x + ", is not a number in every row,"
                    + " so it cannot be the x axis; put a numeric parameter first (a LinkedHashMap keeps the order)");
        }
        List<String> numeric = numericResults(table);
        if (!numeric.contains(result)) {
            throw new IllegalArgumentException("plot: \"" + result + "\" is not a numeric result of this sweep; "
                    + (numeric.isEmpty() ? "it has none (results: " + table.resultNames() + ")" : "choose one of " + numeric));
        }
        return draw(table, result);
    }

    /** @return the results that are numbers in every ok row that has them (and in at least one) */
    static List<String> numericResults(SweepTable table) {
        List<String> numeric = new ArrayList<>();
        for (String name : table.resultNames()) {
            List<Object> values = table.rows().stream().filter(SweepTable.Row::ok)
                    .map(r -> r.results().get(name)).filter(v -> v != null).toList();
            if (!values.isEmpty() && values.stream().allMatch(SweepValues::numeric)) {
                numeric.add(name);
            }
        }
        return numeric;
    }

    private static boolean xIsNumeric(SweepTable table) {
        if (table.parameterNames().isEmpty()) {
            return false;
        }
        String x = table.parameterNames().get(0);
        return table.rows().stream().allMatch(r -> SweepValues.numeric(r.parameters().get(x)));
    }

    private static XYChart draw(SweepTable table, String result) {
        String x = table.parameterNames().get(0);
        List<String> others = varying(table);
        Map<List<Object>, List<double[]>> series = points(table, result);
        XYChart chart = new XYChartBuilder().width(640).height(400).xAxisTitle(x).yAxisTitle(result).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(series.size() > 1);
        List<String> names = new ArrayList<>();
        series.forEach((key, points) -> {
            points.sort(Comparator.comparingDouble(p -> p[0]));
            String name = unique(names, others.isEmpty() ? result : legend(others, key));
            chart.addSeries(name, points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray());
        });
        AxisFormat.fitX(chart, series.values().stream().flatMap(List::stream).mapToDouble(p -> p[0]).toArray());
        TickFormat.apply(chart); // last: it reads the final ranges, titles and legend
        return chart;
    }

    /**
     * @return the (x, y) points of the ok rows with a finite result, grouped by the values of the
     *     parameters after the first, groups in the order the rows meet them
     */
    private static Map<List<Object>, List<double[]>> points(SweepTable table, String result) {
        String x = table.parameterNames().get(0);
        List<String> others = varying(table);
        Map<List<Object>, List<double[]>> series = new LinkedHashMap<>();
        for (SweepTable.Row row : table.rows()) {
            Object y = row.results().get(result);
            if (!row.ok() || !(y instanceof Number yn)) {
                continue;
            }
            double xv = ((Number) row.parameters().get(x)).doubleValue();
            double yv = yn.doubleValue();
            if (Double.isFinite(xv) && Double.isFinite(yv)) {
                List<Object> key = others.stream().map(p -> row.parameters().get(p)).toList();
                series.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {xv, yv});
            }
        }
        return series;
    }

    /**
     * @return the parameters after the first that take more than one value: one held fixed (a
     *     shell sweep's {@code -p wholeCurve=false}) tells no series apart, so it stays out of the legend
     */
    private static List<String> varying(SweepTable table) {
        List<String> names = table.parameterNames();
        return names.subList(1, names.size()).stream()
                .filter(p -> table.rows().stream().map(r -> r.parameters().get(p)).distinct().count() > 1)
                .toList();
    }

    /** @return e.g. "tau = 2" or "tau = 2, gk = 0.036" */
    private static String legend(List<String> names, List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " = " + SweepValues.label(values.get(i)));
        }
        return parts.stream().collect(Collectors.joining(", "));
    }

    /** XChart needs unique series names; 2 and 2.0 in one list would both read "2". */
    private static String unique(List<String> taken, String name) {
        String own = name;
        for (int n = 2; taken.contains(own); n++) {
            own = name + " [" + n + "]";
        }
        taken.add(own);
        return own;
    }
}
