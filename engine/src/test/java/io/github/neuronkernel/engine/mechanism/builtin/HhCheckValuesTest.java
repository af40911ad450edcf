package io.github.neuronkernel.engine.mechanism.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * hh's check values from {@code docs/neuron-numerics.md} section 7.2 (NEURON 8.2.2, {@code %.17g}):
 * steady states and currents after {@code finitialize(-65)}, time constants at 6.3 and 16.3 degC,
 * and the rate table's lookup rules (section 5.1).
 */
class HhCheckValuesTest {
    /** Relative tolerance: the values are NEURON's to 17 digits; exp may differ from glibc by an ulp. */
    private static final double REL = 1e-15;

    static void assertClose(double expected, double actual, String what) {
        double tol = REL * Math.abs(expected);
        assertEquals(expected, actual, tol, () -> what + ": expected " + expected + " but was " + actual
                + " (relative difference " + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }

    private static Segment hhSoma(Simulation h) {
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        return soma.at(0.5);
    }

    @ParameterizedTest(name = "usetable_hh = {0}")
    @ValueSource(ints = {1, 0})
    void steadyStatesAndCurrentsAtMinus65(int usetable) {
        var h = new Simulation();
        h.usetable_hh = usetable;
        Segment seg = hhSoma(h);
        h.finitialize(-65);
        assertEquals(-65.0, seg.get("v"));
        assertClose(0.052932485257249577, seg.get("m_hh"), "m");
        assertClose(0.59612075350846028, seg.get("h_hh"), "h");
        assertClose(0.31767691406069742, seg.get("n_hh"), "n");
        assertClose(-0.0012200571764654333, seg.get("ina"), "ina");
        assertClose(0.0043997334672829392, seg.get("ik"), "ik");
        assertClose(-0.0032100000000000006, seg.get("il_hh"), "il");
        assertEquals(50.0, seg.get("ena"));
        assertEquals(-77.0, seg.get("ek"));
    }

    @Test
    void parameterDefaults() {
        var h = new Simulation();
        Segment seg = hhSoma(h);
        assertEquals(0.12, seg.get("gnabar_hh"));
        assertEquals(0.036, seg.get("gkbar_hh"));
        assertEquals(0.0003, seg.get("gl_hh"));
        assertEquals(-54.3, seg.get("el_hh"));
    }

    @Test
    void timeConstantsAtMinus65() {
        HhRates r = new HhRates();
        r.compute(-65, 6.3);
        assertClose(0.052932485257249577, r.minf, "minf");
        assertClose(0.59612075350846028, r.hinf, "hinf");
        assertClose(0.31767691406069742, r.ninf, "ninf");
        assertClose(0.2367668786856876, r.mtau, "mtau");
        assertClose(8.516010764406575, r.htau, "htau");
        assertClose(5.4585846875144206, r.ntau, "ntau");
    }

    @Test
    void mtauAtSixteenPointThree() {
        HhRates direct = new HhRates();
        direct.compute(-65, 16.3);
        assertClose(0.078922292895229201, direct.mtau, "mtau at 16.3 degC");
        HhRates table = new HhRates();
        table.rates(-65, 6.3, true);
        table.rates(-65, 16.3, true); // the table is rebuilt when celsius changes
        assertClose(0.078922292895229201, table.mtau, "mtau from the table at 16.3 degC");
    }

    /** At integer v the table holds exactly the computed values; in between it interpolates linearly. */
    @Test
    void tableAtIntegersAndBetween() {
        HhRates table = new HhRates();
        HhRates direct = new HhRates();
        for (int v = -100; v <= 100; v += 7) {
            table.rates(v, 6.3, true);
            direct.compute(v, 6.3);
            assertEquals(direct.minf, table.minf, "minf at " + v);
            assertEquals(direct.ntau, table.ntau, "ntau at " + v);
        }
        HhRates lo = new HhRates();
        HhRates hi = new HhRates();
        lo.compute(-30, 6.3);
        hi.compute(-29, 6.3);
        table.rates(-29.75, 6.3, true);
        double theta = 0.25;
        assertEquals(lo.minf + theta * (hi.minf - lo.minf), table.minf);
        assertEquals(lo.htau + theta * (hi.htau - lo.htau), table.htau);
        direct.compute(-29.75, 6.3);
        assertNotEquals(direct.minf, table.minf, "between integers the table differs from the formula");
    }

    @Test
    void tableIsClampedOutsideItsRangeAndPassesNaN() {
        HhRates table = new HhRates();
        HhRates end = new HhRates();
        table.rates(-150, 6.3, true);
        end.compute(-100, 6.3);
        assertEquals(end.minf, table.minf);
        assertEquals(end.mtau, table.mtau);
        table.rates(250, 6.3, true);
        end.compute(100, 6.3);
        assertEquals(end.hinf, table.hinf);
        assertEquals(end.ntau, table.ntau);
        table.rates(Double.NaN, 6.3, true);
        assertTrue(Double.isNaN(table.minf) && Double.isNaN(table.ntau));
    }

    /** vtrap's limit: at v = -40 (am) and v = -55 (an) the formula x/(exp(x/y)-1) is 0/0. */
    @Test
    void singularPointsAreFinite() {
        HhRates r = new HhRates();
        r.compute(-40, 6.3);
        assertTrue(Double.isFinite(r.minf) && Double.isFinite(r.mtau), "m rates at -40 mV");
        assertClose(1.0 / (1.0 + 4 * Math.exp(-25. / 18.)), r.minf, "minf at -40 (am = 1)");
        r.compute(-55, 6.3);
        assertTrue(Double.isFinite(r.ninf) && Double.isFinite(r.ntau), "n rates at -55 mV");
        assertClose(0.1 / (0.1 + .125 * Math.exp(-10. / 80.)), r.ninf, "ninf at -55 (an = 0.1)");
    }
}
