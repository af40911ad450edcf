package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.Digits17.g17;
import static io.github.neuronkernel.engine.morphology.TestSupport.assertMentions;
import static io.github.neuronkernel.engine.morphology.TestSupport.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code sec.lambdaF(freq)} and {@code h.geomNseg(freq, dLambda)} against NEURON 8.2.2's
 * {@code lambda_f} ({@code reference/morphology/lambda_f.py}): a tapering section with 3-D points,
 * measured piece by piece, and a cylinder without points (the closed form).
 */
class DLambdaRuleTest {
    private final Simulation h = new Simulation();
    private final Section taper = h.Section("taper");
    private final Section cyl = h.Section("cyl");

    DLambdaRuleTest() {
        taper.Ra = 123;
        taper.cm = 0.9;
        double[][] points = {{0, 3.0}, {10, 2.5}, {35, 2.0}, {80, 1.2}, {160, 0.7}, {300, 0.4}};
        for (double[] p : points) {
            taper.pt3dadd(p[0], 0.5 * p[0], 0, p[1]);
        }
        cyl.L = 1000;
        cyl.diam = 1;
        cyl.Ra = 100;
        cyl.cm = 1;
    }

    @Test
    void lengthConstantsAndSegmentCountsAreNeurons() throws IOException {
        List<String> out = new ArrayList<>();
        for (double[] rule : new double[][] {{100, 0.1}, {500, 0.05}}) {
            int total = h.geomNseg(rule[0], rule[1]);
            assertEquals(taper.nseg + cyl.nseg, total, "the segments of all sections");
            for (Section s : List.of(taper, cyl)) {
                out.add(s.name() + " " + (int) rule[0] + " " + rule[1] + " " + g17(s.lambdaF(rule[0])) + " " + s.nseg);
            }
        }
        out.sort(null);
        List<String> expected = new ArrayList<>(List.of(reference("lambda_f.txt").strip().split("\n")));
        expected.sort(null);
        assertEquals(expected, out);
    }

    @Test
    void withoutPointsTheLengthConstantIsTheClosedForm() {
        assertEquals(1e5 * Math.sqrt(1 / (4 * Math.PI * 100 * 100 * 1)), cyl.lambdaF(100), 0);
        assertEquals(37 + 15, h.geomNseg(), "100 Hz and 0.1 by default");
        assertEquals(37, cyl.nseg);
    }

    @Test
    void badArgumentsAreRefusedAndNoSectionChanges() {
        cyl.nseg = 3;
        taper.nseg = 5;
        refused(() -> h.geomNseg(0, 0.1), "geomNseg: frequency", "0");
        refused(() -> h.geomNseg(-100, 0.1), "geomNseg: frequency", "-100");
        refused(() -> h.geomNseg(Double.NaN, 0.1), "geomNseg: frequency", "NaN");
        refused(() -> h.geomNseg(100, 0), "geomNseg: dLambda", "0");
        refused(() -> h.geomNseg(100, Double.POSITIVE_INFINITY), "geomNseg: dLambda", "Infinity");
        refused(() -> cyl.lambdaF(-5), "cyl.lambdaF: frequency", "-5");
        assertEquals(3, cyl.nseg);
        assertEquals(5, taper.nseg);
    }

    private static void refused(Executable call, String... parts) {
        assertMentions(assertThrows(IllegalArgumentException.class, call), parts);
    }
}
