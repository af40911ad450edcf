package io.github.neuronkernel.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunStart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reference knows its unit, and batchRun tells listeners the unit of each column. */
class RefUnitsTest {
    @Test
    void referencesCarryTheirUnits() {
        var h = new Simulation();
        var soma = h.Section("soma");
        soma.insert("hh");
        soma.insert("pas");
        var seg = soma.at(0.5);
        var syn = h.ExpSyn(seg);
        var ic = h.IClamp(seg);
        assertEquals("ms", h.ref("t").unit());
        assertEquals("degC", h.ref("celsius").unit());
        assertEquals("mV", seg.ref("v").unit());
        assertEquals("", seg.ref("m_hh").unit(), "gates are dimensionless");
        assertEquals("S/cm2", seg.ref("gnabar_hh").unit());
        assertEquals("mA/cm2", seg.ref("i_pas").unit());
        assertEquals("mA/cm2", seg.ref("ina").unit());
        assertEquals("mV", seg.ref("ek").unit());
        assertEquals("um", seg.ref("diam").unit());
        assertEquals("uS", syn.ref("g").unit());
        assertEquals("nA", ic.ref("i").unit());
        assertEquals("ms", ic.ref("delay").unit());
    }

    @Test
    void runListenersGetEachColumnsUnit() {
        var h = new Simulation();
        var soma = h.Section("soma");
        soma.insert("hh");
        var syn = h.ExpSyn(soma.at(0.5));
        List<RunStart> starts = new ArrayList<>();
        h.addRunListener(new RunListener() {
            @Override
            public void started(RunStart start) {
                starts.add(start);
            }
        });
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("g"));
        h.finitialize(-65);
        h.batchRun(1, 0.5);
        assertEquals(List.of("ms", "mV", "uS"), starts.get(0).units());
    }
}
