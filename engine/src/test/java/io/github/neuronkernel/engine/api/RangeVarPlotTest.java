package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.shape.SpacePlotData;
import org.junit.jupiter.api.Test;

class RangeVarPlotTest {
    private final Simulation h = new Simulation();
    private final Section soma = h.Section("soma");
    private final Section dend = h.Section("dend");

    RangeVarPlotTest() {
        soma.L = soma.diam = 10;
        dend.L = 100;
        dend.diam = 1;
        dend.nseg = 4;
        dend.connect(soma.at(1));
        soma.insert("hh");
    }

    @Test
    void thePathRunsThroughEveryNodeWithNeuronsDistances() {
        h.finitialize(-65);
        SpacePlotData d = h.RangeVarPlot("v", soma.at(0), dend.at(1)).data();
        // soma(0), soma(0.5), soma(1) = dend(0), dend's four centres, dend(1)
        assertEquals(8, d.distance().length);
        assertEquals(0, d.distance()[0]);
        assertEquals(5, d.distance()[1]);
        assertEquals(10, d.distance()[2]);
        assertEquals(22.5, d.distance()[3]);
        assertEquals(110, d.distance()[7]);
        assertEquals(-65, d.value()[4]);
        assertEquals("mV", d.unit());
    }

    @Test
    void beginAndEndCanBeSetLaterAsInNeuron() {
        h.finitialize(-65);
        RangeVarPlot rvp = h.RangeVarPlot("v");
        assertTrue(rvp.toString().contains("without a beginning"), rvp.toString());
        var e = assertThrows(IllegalStateException.class, rvp::data);
        assertTrue(e.getMessage().contains(".begin(seg)"), e.getMessage());
        rvp.begin(dend.at(1)).end(soma.at(0.5));
        Vector y = h.Vector();
        Vector x = h.Vector();
        assertEquals(7, rvp.to_vector(y, x));
        assertEquals(-105, x.get(0)); // from the path's node nearest the root: soma(0.5)
        assertEquals(0, x.get(6));
        assertTrue(rvp.toString().startsWith("RangeVarPlot \"v from dend(1) to soma(0.5) at t = 0 ms\": 7 points"),
                rvp.toString());
    }

    @Test
    void wrongInputIsRefusedNamingTheThing() {
        Section other = h.Section("other");
        var e = assertThrows(IllegalArgumentException.class, () -> h.RangeVarPlot("v", dend.at(1), other.at(0.5)));
        assertTrue(e.getMessage().contains("no path joins dend(1) and other(0.5)")
                && e.getMessage().contains("different trees"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> h.RangeVarPlot("vm", dend.at(1), soma.at(0)));
        assertTrue(e.getMessage().contains("no section has a variable \"vm\""), e.getMessage());
        RangeVarPlot m = h.RangeVarPlot("m_hh", dend.at(0.1), dend.at(0.9));
        e = assertThrows(IllegalArgumentException.class, m::data);
        assertTrue(e.getMessage().contains("\"m_hh\" does not exist along the path from dend(0.1) to dend(0.9)"),
                e.getMessage());
        Simulation h2 = new Simulation();
        Section far = h2.Section("far");
        e = assertThrows(IllegalArgumentException.class, () -> h.RangeVarPlot("v", soma.at(0), far.at(1)));
        assertTrue(e.getMessage().contains("another simulation"), e.getMessage());
    }
}
