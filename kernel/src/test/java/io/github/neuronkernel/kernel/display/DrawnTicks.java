package io.github.neuronkernel.kernel.display;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * Reads the tick labels XChart 3.8.8 drew on a chart's axes, through its internal axis objects
 * (not public API: good enough for tests of a pinned version).
 */
public final class DrawnTicks {
    private DrawnTicks() {}

    /** @return the x axis labels inside the plot, after painting the chart */
    public static List<String> x(XYChart chart) {
        ChartImages.paint(chart);
        return inside(field(axisPair(chart), "xAxis"), true);
    }

    /** @return the labels of y axis group {@code group} inside the plot, after painting the chart */
    public static List<String> y(XYChart chart, int group) {
        ChartImages.paint(chart);
        Map<?, ?> axes = (Map<?, ?>) field(axisPair(chart), "yAxisMap");
        return inside(axes.get(group), false);
    }

    /** @return the plot size XChart used for an axis: {width of x, height of y group 0} */
    public static double[] plotSize(XYChart chart) {
        ChartImages.paint(chart);
        Object pair = axisPair(chart);
        Map<?, ?> axes = (Map<?, ?>) field(pair, "yAxisMap");
        return new double[] {bounds(field(pair, "xAxis")).getWidth(), bounds(axes.get(0)).getHeight()};
    }

    private static List<String> inside(Object axis, boolean xAxis) {
        try {
            Object calc = axis.getClass().getMethod("getAxisTickCalculator").invoke(axis);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) calc.getClass().getMethod("getTickLabels").invoke(calc);
            @SuppressWarnings("unchecked")
            List<Double> at = (List<Double>) calc.getClass().getMethod("getTickLocations").invoke(calc);
            java.awt.geom.Rectangle2D b = bounds(axis);
            double size = xAxis ? b.getWidth() : b.getHeight();
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (at.get(i) >= 0 && at.get(i) <= size) {
                    drawn.add(labels.get(i));
                }
            }
            return drawn;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.awt.geom.Rectangle2D bounds(Object axis) {
        try {
            return (java.awt.geom.Rectangle2D) axis.getClass().getMethod("getBounds").invoke(axis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object axisPair(XYChart chart) {
        try {
            Method m = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredMethod("getAxisPair");
            m.setAccessible(true);
            return m.invoke(chart);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object field(Object o, String name) {
        try {
            Field f = o.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
