package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * The seed model's first steps, checked against {@code docs/neuron-numerics.md} section 7.3 (NEURON
 * 8.2.2, {@code %.17g}): t exactly (it advances in two half steps), v and the hh states to 1e-12
 * relative.
 */
class FixedStepCheckValuesTest {
    private static final double REL = 1e-12;

    private Simulation h;
    private Segment seg;

    private void seed(int usetable) {
        h = new Simulation();
        h.usetable_hh = usetable;
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        var iclamp = h.IClamp(soma.at(0.5));
        iclamp.dur = 0.2;
        iclamp.delay = 0.3;
        iclamp.amp = 0.5;
        seg = soma.at(0.5);
        h.finitialize(-65);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    @Test
    void firstStep() {
        seed(1);
        assertEquals(0.0, h.t);
        h.fadvance();
        assertEquals(0.025000000000000001, h.t);
        assertClose(-64.999254529092738, seg.get("v"), "v");
        assertClose(0.05293297694493361, seg.get("m_hh"), "m");
        assertClose(0.59612067626641385, seg.get("h_hh"), "h");
        assertClose(0.31767696662015427, seg.get("n_hh"), "n");
    }

    @Test
    void firstStepWithoutTheRateTable() {
        seed(0);
        h.fadvance();
        assertClose(-64.999254529092738, seg.get("v"), "v (the same as with the table)");
        assertClose(0.052932951477624862, seg.get("m_hh"), "m without the table");
    }

    @Test
    void stepsTwoThreeTwelveThirteen() {
        seed(1);
        h.fadvance();
        h.fadvance();
        assertClose(-64.998520709513201, seg.get("v"), "v at step 2");
        h.fadvance();
        assertEquals(0.074999999999999997, h.t, "t at step 3 (two half steps, not t += dt)");
        assertClose(-64.997797682263965, seg.get("v"), "v at step 3");
        for (int i = 4; i <= 12; i++) {
            h.fadvance();
        }
        assertEquals(0.3000000000000001, h.t, "t at step 12");
        assertClose(-64.991675637874081, seg.get("v"), "v at step 12");
        h.fadvance();
        assertClose(-61.078406090677909, seg.get("v"), "v at step 13: the clamp is on from t_mid = 0.3125");
    }

    /** Section 7.4: the v column of hhsim.dat, every 0.1 ms from 0 to 2, as %g prints it. */
    @Test
    void seedVoltageEveryTenthMillisecond() {
        seed(1);
        String[] expected = {"-65", "-64.9971", "-64.9943", "-64.9917", "-49.6876", "-34.9008", "-33.426", "-25.5015",
            "-7.00019", "20.989", "38.2226", "40.9284", "39.1047", "35.8921", "31.8901", "27.3462", "22.4496",
            "17.3559", "12.1873", "7.0331", "1.9538"};
        StringBuilder want = new StringBuilder();
        StringBuilder got = new StringBuilder();
        for (int line = 0; line < expected.length; line++) {
            if (line > 0) {
                for (int k = 0; k < 4; k++) {
                    h.fadvance();
                }
            }
            want.append(expected[line]).append('\n');
            got.append(io.github.neuronkernel.engine.io.CFormat.g(seg.get("v"))).append('\n');
        }
        assertEquals(want.toString(), got.toString());
        assertEquals("2", io.github.neuronkernel.engine.io.CFormat.g(h.t));
        assertEquals(1.999999999999995, h.t, 1e-15);
    }
}
