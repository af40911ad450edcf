package io.github.neuronkernel.engine.run;

import static io.github.neuronkernel.engine.Digits17.g17;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * h.run, h.continuerun and setdt against NEURON 8.2.2's stdrun ({@code stdrun/stdrun_cases.py}):
 * the same sample count, final t, dt and every recorded value to 17 digits.
 */
class StandardRunTest {
    @Test
    void runRecordsEveryStepToTstop() throws IOException {
        assertCase("run", false, h -> h.tstop = 25, Simulation::run);
    }

    @Test
    void runAfterDefineShapeUsesTheDrawnGeometry() throws IOException {
        assertCase("shaped", true, h -> h.tstop = 25, Simulation::run);
    }

    @Test
    void setdtFitsDtToStepsPerMs() throws IOException {
        assertCase("dtfit", false, h -> {
            h.tstop = 10;
            h.dt = 0.01;
        }, Simulation::run);
    }

    @Test
    void severalStepsPerPlotPointCanPassTstop() throws IOException {
        assertCase("nstep4", false, h -> {
            h.tstop = 10.05;
            h.steps_per_ms = 10;
        }, Simulation::run);
    }

    @Test
    void continuerunGoesOnFromWhereRunStopped() throws IOException {
        assertCase("continue", false, h -> {
            h.tstop = 5;
            h.v_init = -70;
        }, h -> {
            h.run();
            h.continuerun(12.3);
        });
    }

    @Test
    void continuerunToAnEarlierTimeIsRefused() {
        Simulation h = new Simulation();
        ballAndStick(h, false);
        h.tstop = 2;
        h.run();
        double t = h.t;
        var e = assertThrows(IllegalArgumentException.class, () -> h.continuerun(1));
        assertTrue(e.getMessage().contains("tstop = 1 ms is before t = "), e.getMessage());
        assertEquals(t, h.t);
        h.tstop = -1;
        var bad = assertThrows(IllegalArgumentException.class, h::run);
        assertTrue(bad.getMessage().contains("tstop"), bad.getMessage());
    }

    private static void assertCase(String name, boolean shape, Consumer<Simulation> setup, Consumer<Simulation> go)
            throws IOException {
        Simulation h = new Simulation();
        Section[] cell = ballAndStick(h, shape);
        setup.accept(h);
        Vector t = h.Vector().record(h.ref("t"));
        Vector v = h.Vector().record(cell[0].at(0.5).ref("v"));
        Vector w = h.Vector().record(cell[1].at(0.9).ref("v"));
        go.accept(h);
        List<String> lines = new ArrayList<>();
        lines.add(name + " n " + t.size() + " t " + g17(h.t) + " dt " + g17(h.dt));
        for (int i = 0; i < t.size(); i++) {
            lines.add(name + " " + i + " " + g17(t.get(i)) + " " + g17(v.get(i)) + " " + g17(w.get(i)));
        }
        assertEquals(String.join("\n", expected(name)), String.join("\n", lines));
    }

    private static Section[] ballAndStick(Simulation h, boolean shape) {
        Section soma = h.Section("soma");
        soma.L = soma.diam = 12.6157;
        soma.insert("hh");
        Section dend = h.Section("dend");
        dend.L = 200;
        dend.diam = 1;
        dend.nseg = 11;
        dend.insert("pas");
        for (Segment seg : dend) {
            seg.set("g_pas", 0.001).set("e_pas", -65);
        }
        dend.connect(soma.at(1));
        soma.Ra = dend.Ra = 100;
        if (shape) {
            h.define_shape();
        }
        IClamp stim = h.IClamp(dend.at(1));
        stim.delay = 5;
        stim.dur = 1;
        stim.amp = 0.1;
        return new Section[] {soma, dend};
    }

    private static List<String> expected(String name) throws IOException {
        try (InputStream in = StandardRunTest.class.getResourceAsStream("/stdrun/stdrun_cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(name + " ")).toList();
        }
    }
}
