package io.github.neuronkernel.kernel.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** plot(...) names its series and axes from what the Vectors record, with units. */
class PlotTest {
    private final Simulation h = new Simulation();
    private final Vector t;
    private final Vector v;
    private final Vector w;
    private final Vector m;

    PlotTest() {
        var soma = h.Section("soma");
        soma.insert("hh");
        var dend = h.Section("dend");
        dend.connect(soma.at(1));
        t = h.Vector().record(h.ref("t"));
        v = h.Vector().record(soma.at(0.5).ref("v"));
        w = h.Vector().record(dend.at(0.5).ref("v"));
        m = h.Vector().record(soma.at(0.5).ref("m_hh"));
        h.tstop = 1;
        h.run();
    }

    @Test
    void seriesAndAxesAreNamedAfterTheRecordedVariables() {
        XYChart chart = Notebook.plot(t, v, w);
        assertEquals(List.of("soma(0.5).v", "dend(0.5).v"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("t (ms)", chart.getXAxisTitle());
        assertEquals("mV", chart.getYAxisTitle());
        XYChart one = Notebook.plot(t, m);
        assertEquals("soma(0.5).m_hh", one.getYAxisTitle());
    }

    @Test
    void labelsNameSeriesAndEqualNamesStayApart() {
        XYChart chart = Notebook.plot(t, v.label("soma"), h.Vector(v.toArray()));
        assertEquals(List.of("soma", "y2"), List.copyOf(chart.getSeriesMap().keySet()));
        XYChart same = Notebook.plot(t, w, w);
        assertEquals(List.of("dend(0.5).v", "dend(0.5).v [2]"), List.copyOf(same.getSeriesMap().keySet()));
    }

    @Test
    void mixedUnitsLeaveTheYAxisUntitledAndPlainArraysKeepTheirNames() {
        assertEquals(null, Notebook.plot(t, v, m).getYAxisTitle());
        XYChart arrays = Notebook.plot(t.toArray(), v.toArray());
        assertEquals(List.of("y1"), List.copyOf(arrays.getSeriesMap().keySet()));
        assertEquals("x", arrays.getXAxisTitle());
        var e = assertThrows(IllegalArgumentException.class, () -> Notebook.plot(t, (Vector) null));
        assertEquals("plot: series 1 is null", e.getMessage());
    }
}
