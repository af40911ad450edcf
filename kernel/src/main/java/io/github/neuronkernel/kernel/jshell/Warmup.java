package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.kernel.display.ChartImages;
import io.github.neuronkernel.kernel.display.RunChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Gets the slow first times out of the way before a person waits on them: javac's first expression
 * and the first chart (fonts, Java2D, PNG encoder).
 */
public final class Warmup {
    private Warmup() {}

    /** Runs after startup, on the starting thread; failures only cost speed. */
    public static void afterStart(Evaluator evaluator) {
        try {
            XYChart chart = new XYChartBuilder().width(RunChart.WIDTH_PX).height(RunChart.HEIGHT_PX).title("warm-up")
                    .xAxisTitle("t (ms)").yAxisTitle("v (mV)").build();
            chart.addSeries("v", new double[] {0, 1, 2}, new double[] {-65, 0, -65});
            ChartImages.png(chart);
        } catch (RuntimeException | LinkageError e) {
            // no display here: the first real chart will just be slower
        }
    }
}
