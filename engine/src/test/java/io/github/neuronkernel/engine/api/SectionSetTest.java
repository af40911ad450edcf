package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * {@code sec.set(name, value)} while the model waits to be discretised again is kept and applied
 * at the next discretisation: the results must be those of applying it at once, as NEURON does.
 */
class SectionSetTest {
    private final Simulation h = new Simulation();

    @Test
    void aValueSetBeforeNsegChangesReachesEverySegment() {
        Section s = h.Section("dend");
        s.insert("pas");
        s.set("g_pas", 2e-4).set("e_pas", -70);
        s.nseg = 5;
        for (Segment seg : s) {
            assertEquals(2e-4, seg.get("g_pas"));
            assertEquals(-70, seg.get("e_pas"));
        }
    }

    @Test
    void setsKeepTheirOrderWithSegmentSets() {
        Section s = h.Section("dend");
        s.nseg = 3;
        s.insert("pas");
        s.set("g_pas", 1e-4);
        s.at(0.5).set("g_pas", 3e-4); // discretises: the section-wide value first, then this one
        s.set("e_pas", -60);
        assertEquals(1e-4, s.at(0.1).get("g_pas"));
        assertEquals(3e-4, s.at(0.5).get("g_pas"));
        assertEquals(-60, s.at(0.9).get("e_pas"));
    }

    @Test
    void uninsertForgetsAKeptValueAsNeuronForgetsTheValues() {
        Section s = h.Section("dend");
        s.insert("pas");
        s.set("g_pas", 5e-4);
        s.uninsert("pas");
        s.insert("pas");
        assertEquals(0.001, s.at(0.5).get("g_pas")); // pas's default, as NEURON gives after re-insertion
    }

    @Test
    void badValuesAndUnknownNamesFailAtTheCallChangingNothing() {
        Section s = h.Section("dend");
        s.insert("pas");
        s.nseg = 3;
        var negative = assertThrows(IllegalArgumentException.class, () -> s.set("g_pas", -1));
        assertTrue(negative.getMessage().startsWith("dend.g_pas = -1"), negative.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> s.set("gnabar_hh", 0.1));
        assertTrue(unknown.getMessage().contains("hh is not inserted in dend"), unknown.getMessage());
        assertEquals(0.001, s.at(0.5).get("g_pas"));
    }

    @Test
    void aCellBuiltSectionBySectionRunsAsOneBuiltAtOnce() {
        Simulation other = new Simulation();
        double[] last = new double[2];
        for (int k = 0; k < 2; k++) {
            Simulation sim = k == 0 ? h : other;
            Section soma = sim.Section("soma");
            soma.insert("hh");
            for (int i = 0; i < 10; i++) {
                Section d = sim.Section("d" + i);
                d.connect(soma.at(1));
                d.nseg = 1 + i;
                d.insert("pas");
                if (k == 0) {
                    d.set("g_pas", 1e-4 * (i + 1)); // kept, then applied
                } else {
                    for (Segment seg : d) {
                        seg.set("g_pas", 1e-4 * (i + 1)); // applied at once
                    }
                }
            }
            sim.IClamp(soma.at(0.5)).amp = 0.5;
            sim.finitialize(-65);
            for (int i = 0; i < 400; i++) {
                sim.fadvance();
            }
            last[k] = sim.section("d9").at(1).get("v");
        }
        assertEquals(last[1], last[0]);
    }
}
