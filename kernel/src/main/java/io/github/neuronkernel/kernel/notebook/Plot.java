package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.AxisFormat;
import io.github.neuronkernel.kernel.display.TickFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds the line charts behind {@code plot(...)}; checks what it is given. */
final class Plot {
    private Plot() {}

    static XYChart of(double[] x, double[][] ys) {
        return of(x, ys, null, null, null);
    }

    /**
     * @param names the series' names, or null for y1, y2, ...
     * @param xTitle the x axis title, or null for "x" ("index" without x)
     * @param yTitle the y axis title, or null for none
     */
    static XYChart of(double[] x, double[][] ys, String[] names, String xTitle, String yTitle) {
        if (ys == null || ys.length == 0) {
            throw new IllegalArgumentException("plot: no series given; pass x and at least one y array");
        }
        for (int i = 0; i < ys.length; i++) {
            if (ys[i] == null) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " is null");
            }
            if (ys[i].length == 0) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " is empty");
            }
            if (x != null && ys[i].length != x.length) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " has " + ys[i].length
                        + " values but x has " + x.length + "; they must be equally long");
            }
        }
        XYChart chart = new XYChartBuilder().width(640).height(400)
                .xAxisTitle(xTitle != null ? xTitle : x == null ? "index" : "x").yAxisTitle(yTitle).build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendVisible(ys.length > 1);
        double[] longest = null;
        for (int i = 0; i < ys.length; i++) {
            double[] xi = x != null ? x : index(ys[i].length);
            chart.addSeries(seriesName(names, i), xi, ys[i]).setMarker(SeriesMarkers.NONE);
            longest = longest == null || xi.length > longest.length ? xi : longest;
        }
        AxisFormat.fitX(chart, longest);
        TickFormat.apply(chart); // last: it reads the final ranges, titles and legend
        return chart;
    }

    static XYChart of(Vector x, Vector[] ys) {
        if (x == null) {
            throw new IllegalArgumentException("plot: x is null; pass a Vector, e.g. one recording h.ref(\"t\")");
        }
        double[][] arrays = new double[ys == null ? 0 : ys.length][];
        for (int i = 0; i < arrays.length; i++) {
            if (ys[i] == null) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " is null");
            }
            arrays[i] = ys[i].toArray();
        }
        String[] names = new String[arrays.length];
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        for (int i = 0; i < arrays.length; i++) {
            names[i] = ys[i].name();
            units.add(ys[i].unit());
        }
        String unit = units.size() == 1 ? units.iterator().next() : "";
        String yTitle = names.length == 1 && !names[0].isEmpty() ? titled(names[0], unit) : unit.isEmpty() ? null : unit;
        String xTitle = x.name().isEmpty() ? null : titled(x.name(), x.unit());
        return of(x.toArray(), arrays, names, xTitle, yTitle);
    }

    /** @return "name (unit)", or the name alone without a unit */
    private static String titled(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /** @return the i-th series' name: its own, made unique, or y1, y2, ... (XChart needs unique names) */
    private static String seriesName(String[] names, int i) {
        String own = names == null || names[i] == null || names[i].isEmpty() ? "y" + (i + 1) : names[i];
        for (int j = 0; j < i; j++) {
            if (own.equals(seriesName(names, j))) {
                return own + " [" + (i + 1) + "]";
            }
        }
        return own;
    }

    private static double[] index(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
