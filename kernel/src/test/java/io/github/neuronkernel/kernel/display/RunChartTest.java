package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.engine.run.RunStart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** A batchRun's chart: series, axes and line style. */
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
    void unitlessSeriesGoesOnTheRightAxis() {
        XYChart chart = RunChart.chart(spikingRun());
        XYSeries v = chart.getSeriesMap().get("soma(0.5).v");
        XYSeries m = chart.getSeriesMap().get("soma(0.5).m_hh");
        assertEquals(0, v.getYAxisGroup());
        assertEquals(1, m.getYAxisGroup());
        assertEquals("v (mV)", chart.getYAxisGroupTitle(0));
        assertEquals("m_hh", chart.getYAxisGroupTitle(1));
        assertEquals(Styler.YAxisPosition.Right, chart.getStyler().getYAxisGroupPosistion(1));
        assertEquals("t (ms)", chart.getXAxisTitle());
        assertEquals("bench", chart.getTitle());
    }

    @Test
    void everySeriesIsDrawnWithTheSolidSquareEndedLine() {
        for (XYSeries s : RunChart.chart(spikingRun()).getSeriesMap().values()) {
            assertSame(RunChart.LINE, s.getLineStyle(), s.getName());
        }
        assertNull(RunChart.LINE.getDashArray(), "dashes cost a piece per dash and segment");
        assertEquals(java.awt.BasicStroke.CAP_SQUARE, RunChart.LINE.getEndCap());
    }

    @Test
    void longSeriesAreThinnedButKeepTheirSpikes() {
        XYChart chart = RunChart.chart(spikingRun());
        XYSeries v = chart.getSeriesMap().get("soma(0.5).v");
        assertTrue(v.getXData().length <= 4 * RunChart.PLOT_COLUMNS + 4, "thinned: " + v.getXData().length);
        double max = Double.NEGATIVE_INFINITY;
        for (double y : v.getYData()) {
            max = Math.max(max, y);
        }
        assertEquals(40, max, 1e-9, "the spikes' peaks survive");
    }
}
