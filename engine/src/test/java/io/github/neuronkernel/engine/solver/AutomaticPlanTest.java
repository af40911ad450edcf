package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.state.Clock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Automatic mode splits a step between two threads only where the parts are few runs of nodes: an
 * unbranched cable and many dendrites on a soma are, a reconstructed cell (subtrees scattered over
 * NEURON's node order) is not, and a model with little work per step stays on one thread.
 */
class AutomaticPlanTest {
    private static int automaticParts(Section any, boolean spareProcessor) {
        Runtime r = Runtime.build(SectionInternals.model(any), List.of(), null, new Clock(),
                MechanismCatalog.withBuiltins());
        return StepPlan.automatic(r, spareProcessor).parts;
    }

    @Test
    void aLongCableIsSplitWhenASecondProcessorIsThere() {
        Simulation h = new Simulation();
        Section axon = h.Section("axon");
        axon.L = 10000;
        axon.diam = 1;
        axon.nseg = 1001;
        axon.insert("hh");
        assertEquals(2, automaticParts(axon, true));
        assertEquals(1, automaticParts(axon, false));
    }

    @Test
    void dendritesOnASomaAreSplit() {
        Simulation h = new Simulation();
        Section soma = h.Section("soma");
        soma.insert("hh");
        for (int i = 0; i < 200; i++) {
            Section d = h.Section("dend" + i);
            d.nseg = 11;
            d.insert("pas");
            d.connect(soma.at(i % 2));
        }
        assertEquals(2, automaticParts(soma, true));
    }

    @Test
    void aReconstructedCellStaysOnOneThread() throws Exception {
        Simulation h = new Simulation();
        Path swc = Path.of(AutomaticPlanTest.class.getResource("/morphology/c91662.swc").toURI());
        List<Section> secs = h.importSwc(swc.toString());
        for (Section s : secs) {
            s.nseg = 1 + 2 * (int) (s.L / 20);
            s.insert(s.name().startsWith("soma") || s.name().startsWith("axon") ? "hh" : "pas");
        }
        assertEquals(1, automaticParts(secs.get(0), true));
    }

    @Test
    void aSmallModelStaysOnOneThread() {
        Simulation h = new Simulation();
        Section soma = h.Section("soma");
        soma.insert("hh");
        assertEquals(1, automaticParts(soma, true));
    }
}
