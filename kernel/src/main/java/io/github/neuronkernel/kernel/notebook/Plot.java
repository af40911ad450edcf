package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.AxisFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Builds the line charts behind {@code plot(...)}; checks what it is given. */
final class Plot {
    private Plot() {}

    static XYChart of(double[] x, double[][] ys) {
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
        XYChart chart = new XYChartBuilder().width(640).height(400).xAxisTitle(x == null ? "index" : "x").build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendVisible(ys.length > 1);
        double[] longest = null;
        for (int i = 0; i < ys.length; i++) {
            double[] xi = x != null ? x : index(ys[i].length);
            chart.addSeries("y" + (i + 1), xi, ys[i]).setMarker(SeriesMarkers.NONE);
            longest = longest == null || xi.length > longest.length ? xi : longest;
        }
        AxisFormat.fitX(chart, longest);
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
        return of(x.toArray(), arrays);
    }

    private static double[] index(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
