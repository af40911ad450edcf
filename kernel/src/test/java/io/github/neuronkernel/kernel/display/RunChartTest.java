package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.engine.run.RunStart;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A batchRun's chart: a panel per unit sharing the time axis, names, units, thinning, tick formats. */
class RunChartTest {
    /** A 500 ms run at dt 0.025 ms with a spike every 10 ms: v in mV and a unitless gate. */
    static RunRecord spikingRun() {
        int rows = 20_001;
        double[][] values = new double[3][rows];
        for (int i = 0; i < rows; i++) {
            double t = i * 0.025;
            double phase = t % 10;
            values[0][i] = t;
            values[1][i] = phase < 1 ? -65 + 105 * Math.sin(Math.PI * phase) : -65 + 2 * Math.sin(t);
            values[2][i] = phase < 1 ? 0.05 + 0.9 * Math.sin(Math.PI * phase) : 0.05;
        }
        RunStart start = new RunStart("bench.dat", "bench", 0, 500, 0.025, 0.025,
                List.of("t", "soma(0.5).v", "soma(0.5).m_hh"), List.of("ms", "mV", ""));
        return new RunRecord(start, values, rows, 500, null);
    }

    @Test
    void eachUnitGetsAPanelUnderTheRunsTitle() {
        Figure f = RunChart.figure(spikingRun());
        assertEquals("bench", f.title());
        assertEquals("t (ms)", f.xLabel());
        assertEquals(2, f.panels().size());
        assertEquals("v (mV)", f.panels().get(0).yLabel());
        assertEquals("soma(0.5).v", f.panels().get(0).traces().get(0).name());
        assertEquals("m_hh", f.panels().get(1).yLabel());
        assertEquals(Figure.DEFAULT_WIDTH, f.width());
        assertEquals(Figure.defaultHeight(2), f.height());
        assertEquals("bench: 20001 lines of t (ms), soma(0.5).v (mV), soma(0.5).m_hh written to bench.dat, t = 0 to 500 ms",
                RunChart.summary(spikingRun()));
    }

    @Test
    void thePanelsShareTheTimeAxisPixelForPixel() {
        FigureLayout layout = FigureLayout.of(RunChart.figure(spikingRun()));
        List<PanelChart> charts = layout.charts();
        Rectangle2D top = charts.get(0).plotBounds();
        Rectangle2D bottom = charts.get(1).plotBounds();
        assertEquals(layout.left(0) + top.getX(), layout.left(1) + bottom.getX(), 0.5, "left edges");
        assertEquals(layout.left(0) + top.getMaxX(), layout.left(1) + bottom.getMaxX(), 0.5, "right edges");
        assertEquals(top.getHeight(), bottom.getHeight(), 1.0, "equal plot heights");
        assertEquals(charts.get(0).screenX(250), charts.get(1).screenX(250) + layout.left(1) - layout.left(0), 0.5);
        // the top panel's x labels are hidden, but XChart places the same ticks, so the grids line up
        assertEquals(DrawnTicks.x(charts.get(1)), DrawnTicks.x(charts.get(0)));
        assertTrue(layout.top(1) >= layout.top(0) + top.getMaxY(), "the bottom panel is below the top one");
    }

    /** Each panel has its own y axis, so each has the format its own step needs (v whole, the gate one decimal). */
    @Test
    void eachPanelsAxesKeepOneFormatOfTheirOwn() {
        List<PanelChart> charts = FigureLayout.of(RunChart.figure(spikingRun())).charts();
        List<String> x = DrawnTicks.x(charts.get(1));
        List<String> v = DrawnTicks.y(charts.get(0), 0);
        List<String> m = DrawnTicks.y(charts.get(1), 0);
        for (List<String> labels : List.of(x, v, m)) {
            assertTrue(labels.size() >= 3, labels.toString());
            assertEquals(1, labels.stream().map(TickFormatTest::decimals).distinct().count(), "one format: " + labels);
        }
        assertEquals(0, TickFormatTest.decimals(v.get(0)), v.toString());
        assertEquals(1, TickFormatTest.decimals(m.get(0)), m.toString());
        assertEquals("0", x.get(0));
    }

    @Test
    void longSeriesAreThinnedButKeepTheirSpikes() {
        PanelChart top = FigureLayout.of(RunChart.figure(spikingRun())).charts().get(0);
        double[][] v = top.drawn(0);
        int columns = (int) (Figure.DEFAULT_WIDTH * Figure.DEFAULT_SCALE);
        assertTrue(v[0].length <= 4 * columns, "thinned: " + v[0].length);
        double max = Double.NEGATIVE_INFINITY;
        for (double y : v[1]) {
            max = Math.max(max, y);
        }
        assertEquals(40, max, 1e-9, "the spikes' peaks survive");
    }

    @Test
    void theBundleIsTwiceAsLargeAsItIsShown() throws Exception {
        MimeBundle b = RunChart.bundle(spikingRun());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) b.data().get("image/png"))));
        assertEquals(2 * Figure.DEFAULT_WIDTH, image.getWidth());
        assertEquals(2 * Figure.defaultHeight(2), image.getHeight());
        assertEquals(Map.of("width", Figure.DEFAULT_WIDTH, "height", Figure.defaultHeight(2)), b.metadata().get("image/png"));
        assertEquals(RunChart.summary(spikingRun()), b.plainText());
    }
}
