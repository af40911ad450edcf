package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Tick labels as XChart draws them once {@link TickFormat} has chosen each axis' format. */
class TickFormatTest {
    /** A 640x400 chart whose x and y both run from lo to hi (x's points unevenly spaced). */
    static XYChart chart(double lo, double hi) {
        XYChart c = new XYChartBuilder().width(640).height(400).title("t").xAxisTitle("x (ms)").yAxisTitle("y").build();
        int n = 7;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1) * (i == n - 1 ? 1 : 0.97);
            y[i] = lo + (hi - lo) * ((i * 3) % n) / (n - 1.0);
        }
        c.addSeries("s", x, y);
        c.getStyler().setLegendVisible(false);
        TickFormat.apply(c);
        return c;
    }

    @Test
    void typicalRangesReadAsTheStepNeeds() {
        XYChart c = chart(0, 0.3);
        assertEquals(List.of("0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"), DrawnTicks.y(c, 0));
        assertEquals(List.of("-80", "-60", "-40", "-20", "0", "20", "40"), DrawnTicks.y(chart(-80, 40), 0));
        assertEquals(List.of("0", "20,000", "40,000", "60,000", "80,000", "100,000", "120,000", "140,000"),
                DrawnTicks.x(chart(0, 150_000)));
        assertEquals(List.of("0", "0.2e-6", "0.4e-6", "0.6e-6", "0.8e-6", "1.0e-6"), DrawnTicks.y(chart(0, 1e-6), 0));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), DrawnTicks.x(chart(0, 8.35)));
        assertEquals(List.of("0", "0.2e6", "0.4e6", "0.6e6", "0.8e6", "1.0e6", "1.2e6", "1.4e6", "1.6e6", "1.8e6", "2.0e6"),
                DrawnTicks.x(chart(1, 2e6)));
    }

    @Test
    void choicesForSteps() {
        assertEquals("0.00", TickFormat.Choice.forStep(0.05, 0.3).pattern());
        assertEquals("0", TickFormat.Choice.forStep(20, 80).pattern());
        assertEquals("#,##0", TickFormat.Choice.forStep(20_000, 150_000).pattern());
        assertEquals("1.5e-6", TickFormat.Choice.forStep(5e-7, 2e-6).format(1.5e-6));
        assertEquals("0", TickFormat.Choice.forStep(5e-7, 2e-6).format(0));
        assertEquals("12.5e6", TickFormat.Choice.forStep(5e5, 2e7).format(12.5e6));
    }

    /**
     * Over many ranges the predicted step is XChart's own: every label has the decimals its step
     * needs, no more (a misprediction would show as 0.00 0.10 ...), and never XChart's per-label mix.
     */
    @Test
    void predictedStepMatchesXChartsOverManyRanges() {
        Random random = new Random(13);
        int cases = 0;
        int extraZeros = 0;
        for (int i = 0; i < 150; i++) {
            double scale = Math.pow(10, random.nextInt(9) - 4);
            double lo = (random.nextDouble() * 2 - 1) * scale;
            double hi = lo + random.nextDouble() * 3 * scale + scale * 0.01;
            XYChart c = chart(lo, hi);
            for (List<String> labels : List.of(DrawnTicks.x(c), DrawnTicks.y(c, 0))) {
                if (labels.size() < 2 || labels.stream().anyMatch(l -> l.contains("e"))) {
                    continue;
                }
                cases++;
                int decimals = decimals(labels.get(0));
                for (String l : labels) {
                    assertEquals(decimals, decimals(l), "one format per axis: " + labels + " for " + lo + ".." + hi);
                }
                double step = Math.abs(parse(labels.get(1)) - parse(labels.get(0)));
                int needed = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
                assertTrue(decimals >= needed, "labels show their step: " + labels);
                if (decimals > needed) {
                    extraZeros++;
                }
            }
        }
        System.out.println("tick format: " + extraZeros + " of " + cases + " axes with a decimal to spare");
        assertTrue(extraZeros * 20 <= cases, extraZeros + " of " + cases + " axes show a needless decimal");
    }

    static int decimals(String label) {
        int dot = label.indexOf('.');
        return dot < 0 ? 0 : label.length() - dot - 1;
    }

    private static double parse(String label) {
        return Double.parseDouble(label.replace(",", ""));
    }
}
