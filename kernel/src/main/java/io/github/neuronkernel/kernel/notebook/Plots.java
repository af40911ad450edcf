package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.Figure;
import io.github.neuronkernel.kernel.display.LineStyle;
import io.github.neuronkernel.kernel.display.MarkerShape;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Builds the {@link Plot}s behind {@code plot(...)}, {@code raster(...)} and {@code panels(...)}
 * from what cells pass, and checks it. Values are copied: a plot keeps showing what its data were
 * when it was made.
 */
final class Plots {
    private Plots() {}

    /**
     * @param x the x values, or null for each series' index
     * @return one panel of the series, named y1, y2, ...
     */
    static Plot of(double[] x, double[][] ys) {
        checkSeries(x == null ? -1 : x.length, ys == null ? 0 : ys.length, i -> ys[i] == null ? -1 : ys[i].length);
        List<Figure.Trace> traces = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            double[] xi = x != null ? x.clone() : index(ys[i].length);
            traces.add(line("y" + (i + 1), xi, ys[i].clone()));
        }
        return new Plot(List.of(new PlotPanel(null, traces, false)), x == null ? "index" : "x");
    }

    /**
     * @return the series against x, named after what the Vectors record, one panel per unit (in
     *     the order the series meet them), each y axis titled with its unit
     */
    static Plot of(Vector x, Vector[] ys) {
        if (x == null) {
            throw new IllegalArgumentException("plot: x is null; pass a Vector, e.g. one recording h.ref(\"t\")");
        }
        checkSeries(x.size(), ys == null ? 0 : ys.length, i -> ys[i] == null ? -1 : ys[i].size());
        double[] xs = x.toArray();
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < ys.length; i++) {
            byUnit.computeIfAbsent(ys[i].unit(), u -> new ArrayList<>()).add(i);
        }
        List<PlotPanel> panels = new ArrayList<>();
        byUnit.forEach((unit, members) -> {
            List<Figure.Trace> traces = new ArrayList<>();
            for (int i : members) {
                traces.add(line(ys[i].name().isEmpty() ? "y" + (i + 1) : ys[i].name(), xs, ys[i].toArray()));
            }
            String only = members.size() == 1 ? ys[members.get(0)].name() : "";
            panels.add(new PlotPanel(!only.isEmpty() ? titled(only, unit) : unit.isEmpty() ? null : unit, traces, false));
        });
        return new Plot(panels, x.name().isEmpty() ? "x" : titled(x.name(), x.unit()));
    }

    /**
     * @param trains spike times (ms) of each row, bottom to top
     * @param names each row's name, or null for cell 0, cell 1, ...
     * @return a raster: row i's spikes as ticks at height i
     */
    static Plot raster(List<double[]> trains, List<String> names) {
        if (trains.isEmpty()) {
            throw new IllegalArgumentException("raster: no spike trains given; pass one Vector of spike times (ms) per cell,"
                    + " e.g. what NetCon.record(vector) filled");
        }
        List<Figure.Trace> rows = new ArrayList<>();
        for (int i = 0; i < trains.size(); i++) {
            if (trains.get(i) == null) {
                throw new IllegalArgumentException("raster: spike train " + (i + 1) + " is null");
            }
            double[] t = trains.get(i).clone();
            double[] row = new double[t.length];
            Arrays.fill(row, i);
            String name = names == null || names.get(i) == null || names.get(i).isEmpty() ? "cell " + i : names.get(i);
            rows.add(new Figure.Trace(name, t, row, LineStyle.NONE, MarkerShape.TICK, Color.BLACK));
        }
        PlotPanel panel = new PlotPanel("cell", rows, true);
        panel.ylim = new Figure.Range(-0.5, trains.size() - 0.5);
        return new Plot(List.of(panel), "t (ms)");
    }

    /**
     * @return the plots' panels stacked top to bottom over one x axis: the first x title and x
     *     limits set on them, all their vertical lines; each plot's title goes over its panel
     */
    static Plot stack(Plot[] plots) {
        if (plots == null || plots.length == 0) {
            throw new IllegalArgumentException("panels: no plots given; pass two or more, e.g. panels(plot(t, v), plot(t, m))");
        }
        List<PlotPanel> panels = new ArrayList<>();
        String xLabel = null;
        Figure.Range xlim = null;
        List<Figure.VLine> vlines = new ArrayList<>();
        for (int i = 0; i < plots.length; i++) {
            if (plots[i] == null) {
                throw new IllegalArgumentException("panels: plot " + (i + 1) + " is null");
            }
            panels.addAll(plots[i].panelsForStack());
            xLabel = xLabel != null ? xLabel : plots[i].xLabel();
            xlim = xlim != null ? xlim : plots[i].xlim();
            vlines.addAll(plots[i].vlines());
        }
        Plot stack = new Plot(panels, xLabel);
        if (xlim != null) {
            stack.xlim(xlim.min(), xlim.max());
        }
        vlines.forEach(v -> stack.vline(v.x(), v.label()));
        return stack;
    }

    /** @return the chart's series as one panel of lines with circles, its titles kept (a sweep's chart) */
    static Plot of(XYChart chart) {
        List<Figure.Trace> traces = new ArrayList<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            traces.add(new Figure.Trace(s.getName(), s.getXData().clone(), s.getYData().clone(), LineStyle.SOLID, MarkerShape.CIRCLE, null));
        }
        Plot plot = new Plot(List.of(new PlotPanel(chart.getYAxisTitle(), traces, false)), chart.getXAxisTitle());
        return plot.title(chart.getTitle() == null || chart.getTitle().isBlank() ? null : chart.getTitle());
    }

    private static Figure.Trace line(String name, double[] x, double[] y) {
        return new Figure.Trace(name, x, y, LineStyle.SOLID, MarkerShape.NONE, null);
    }

    /**
     * @param xLength x's length, or -1 without x
     * @param lengthOf each series' length, -1 for null
     */
    private static void checkSeries(int xLength, int count, java.util.function.IntUnaryOperator lengthOf) {
        if (count == 0) {
            throw new IllegalArgumentException("plot: no series given; pass x and at least one y");
        }
        for (int i = 0; i < count; i++) {
            int n = lengthOf.applyAsInt(i);
            if (n < 0) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " is null");
            }
            if (n == 0) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " is empty");
            }
            if (xLength >= 0 && n != xLength) {
                throw new IllegalArgumentException("plot: series " + (i + 1) + " has " + n + " values but x has " + xLength
                        + "; they must be equally long");
            }
        }
    }

    /** @return "name (unit)", or the name alone without a unit */
    private static String titled(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    private static double[] index(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
