package io.github.neuronkernel.engine.nmodl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated mechanisms against the engine's own hand-written ones where the equations are the
 * same: a leak written in NMODL must give the built-in pas's numbers bit for bit, whichever way
 * its statements reach v.
 */
class NmodlSemanticsTest {
    @TempDir
    Path dir;

    private static final String LEAK = "NEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g, e }\n"
            + "PARAMETER { g = .001 (S/cm2) e = -70 (mV) }\n"
            + "ASSIGNED { v (mV) i (mA/cm2) }\n";

    private double[] run(String mechanism, String text) throws IOException {
        var h = new Simulation();
        if (text != null) {
            Path f = dir.resolve(mechanism + ".mod");
            Files.writeString(f, text);
            h.loadMechanisms(f.toString());
        }
        Section s = h.Section("s");
        s.L = 20;
        s.diam = 20;
        s.nseg = 3;
        s.insert(mechanism);
        s.set("g_" + mechanism, 2e-4);
        s.set("e_" + mechanism, -60);
        var ic = h.IClamp(s.at(0.5));
        ic.delay = 1;
        ic.dur = 3;
        ic.amp = 0.05;
        var v = h.Vector().record(s.at(0.5).ref("v"));
        h.finitialize(-70);
        h.batchRun(6, 0.5);
        return v.toArray();
    }

    @Test
    void aLeakWrittenInNmodlEqualsPas() throws IOException {
        double[] pas = run("pas", null);
        assertEquals(java.util.Arrays.toString(pas),
                java.util.Arrays.toString(run("leak", LEAK + "BREAKPOINT { i = g*(v - e) }\n")));
    }

    @Test
    void aFunctionThatReadsVSeesTheVOfTheCurrentEvaluation() throws IOException {
        // NEURON evaluates BREAKPOINT at v + .001 and at v; a FUNCTION reading v sees each in turn
        double[] pas = run("pas", null);
        assertEquals(java.util.Arrays.toString(pas), java.util.Arrays.toString(run("leak",
                LEAK + "BREAKPOINT { i = g*(vm() - e) }\nFUNCTION vm() { vm = v }\n")));
    }
}
