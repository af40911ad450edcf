package io.github.neuronkernel.engine.mechanism.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.engine.model.Section;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad parameters of the built-in APCount, AlphaSynapse, VClamp and IntFire cells, bad NetCon ends and bad
 * globals: an {@link IllegalArgumentException} naming the thing, the value and the allowed range;
 * nothing changes, and the model runs on once the value is fixed.
 */
class BuiltinBadInputTest {
    /** A small network with one of each new built-in, run to 5 ms. */
    private final class Model {
        final Simulation h = new Simulation();
        final Section soma = BuiltinReferenceTest.hhSoma(h);
        final NetStim ns = BuiltinReferenceTest.stim(h, 0.5, 1, 100);
        final IntFire1 c1 = h.IntFire1();
        final IntFire2 c2 = h.IntFire2();
        final IntFire4 c4 = h.IntFire4();
        final AlphaSynapse syn = h.AlphaSynapse(soma.at(0.5));
        final APCount apc = h.APCount(soma.at(0.5));
        final VClamp vc = h.VClamp(soma.at(0.5));
        final Vector spikes = h.Vector();
        final Vector v = h.Vector();

        Model() {
            h.NetCon(ns, c1, 10, 0, 0.6);
            h.NetCon(ns, c2, 10, 0, 0.8);
            h.NetCon(ns, c4, 10, 0, 0.7);
            h.NetCon(c1, null).record(spikes);
            syn.onset = 1;
            syn.gmax = 0.02;
            v.record(soma.at(0.5).ref("v"));
            BuiltinReferenceTest.run(h, 5);
        }

        double[] state() {
            return new double[] {h.t, c1.m, c2.m, c2.i, c4.m, c4.e, apc.n, syn.i, vc.i, vc.vo, v.size(), spikes.size(),
                v.get(v.size() - 1)};
        }
    }

    static void assertRejected(Executable action, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "message \"" + e.getMessage() + "\" does not mention \"" + part + "\"");
        }
    }

    /** Sets a bad value, checks that fadvance and finitialize refuse it and change nothing, fixes it, runs on. */
    private void rejected(Consumer<Model> bad, Consumer<Model> fix, String... parts) {
        Model m = new Model();
        double[] before = m.state();
        bad.accept(m);
        assertRejected(m.h::fadvance, parts);
        assertRejected(() -> m.h.finitialize(-65), parts);
        assertRejected(() -> m.h.batchRun(10, 1), parts);
        assertArrayEquals(before, m.state(), "nothing changed");
        fix.accept(m);
        m.h.fadvance();
        assertEquals(before[0] + m.h.dt, m.h.t, 1e-12);
    }

    @Test
    void intFire1TauNotPositive() {
        rejected(m -> m.c1.tau = -1, m -> m.c1.tau = 10, "IntFire1[0].tau", "-1", "positive");
        rejected(m -> m.c1.tau = 0, m -> m.c1.tau = 10, "IntFire1[0].tau", "0", "positive");
        rejected(m -> m.c1.tau = Double.NaN, m -> m.c1.tau = 10, "IntFire1[0].tau", "NaN");
    }

    @Test
    void intFire1RefracNegative() {
        rejected(m -> m.c1.refrac = -0.5, m -> m.c1.refrac = 0, "IntFire1[0].refrac", "-0.5", "allowed is 0 to");
    }

    @Test
    void intFire2TimeConstantsAndBias() {
        rejected(m -> m.c2.taus = 0, m -> m.c2.taus = 20, "IntFire2[0].taus", "0", "positive");
        rejected(m -> m.c2.taum = -2, m -> m.c2.taum = 10, "IntFire2[0].taum", "-2", "positive");
        rejected(m -> m.c2.ib = Double.POSITIVE_INFINITY, m -> m.c2.ib = 0, "IntFire2[0].ib", "Infinity", "finite");
    }

    @Test
    void intFire4TimeConstants() {
        rejected(m -> m.c4.taue = -1, m -> m.c4.taue = 5, "IntFire4[0].taue", "-1", "allowed is 0 to 1000000000 ms");
        rejected(m -> m.c4.taum = 2e9, m -> m.c4.taum = 50, "IntFire4[0].taum", "2000000000", "allowed is 0 to");
        rejected(m -> m.c4.taui1 = Double.NaN, m -> m.c4.taui1 = 10, "IntFire4[0].taui1", "NaN");
    }

    @Test
    void alphaSynapseTauAndGmax() {
        rejected(m -> m.syn.tau = 0, m -> m.syn.tau = 0.1, "AlphaSynapse[soma(0.5)].tau", "= 0 ms", "allowed is 0.001 to 1000000 ms");
        rejected(m -> m.syn.gmax = -0.1, m -> m.syn.gmax = 0, "AlphaSynapse[soma(0.5)].gmax", "-0.1", "allowed is 0 to");
        rejected(m -> m.syn.onset = Double.NaN, m -> m.syn.onset = 0, "AlphaSynapse[soma(0.5)].onset", "NaN");
    }

    @Test
    void vClampParameters() {
        rejected(m -> m.vc.dur[1] = -1, m -> m.vc.dur[1] = 0, "VClamp[soma(0.5)].dur[1]", "-1", "allowed is 0 to 1000000000 ms");
        rejected(m -> m.vc.amp[2] = Double.NaN, m -> m.vc.amp[2] = 0, "VClamp[soma(0.5)].amp[2]", "NaN");
        rejected(m -> m.vc.rstim = 0, m -> m.vc.rstim = 1, "VClamp[soma(0.5)].rstim", "= 0 MOhm", "allowed is 1.0E-9 to");
        rejected(m -> m.vc.gain = -5, m -> m.vc.gain = 1e5, "VClamp[soma(0.5)].gain", "-5", "allowed is 0 to");
        rejected(m -> m.vc.fac = 11, m -> m.vc.fac = 0, "VClamp[soma(0.5)].fac", "11", "allowed is 0 to 10");
        rejected(m -> m.vc.tau1 = Double.POSITIVE_INFINITY, m -> m.vc.tau1 = .001, "VClamp[soma(0.5)].tau1", "Infinity");
        assertEquals("rstim parameter MOhm 1 1e-09 to 1e+09 resistance of the current electrode",
                row(new Simulation().help("VClamp"), "rstim"));
    }

    @Test
    void apCountThresholdNotFinite() {
        rejected(m -> m.apc.thresh = Double.NaN, m -> m.apc.thresh = -20, "APCount[soma(0.5)].thresh", "NaN");
    }

    @Test
    void apCountRecordIntoNull() {
        Model m = new Model();
        assertRejected(() -> m.apc.record(null), "record vector", "null");
    }

    @Test
    void netConToSomethingWithoutNetReceive() {
        Model m = new Model();
        var ic = m.h.IClamp(m.soma.at(0.5));
        assertRejected(() -> m.h.NetCon(m.c1, ic), "NetCon target", "IClamp", "cannot receive events", "IntFire1");
        assertRejected(() -> m.h.NetCon(m.c1, m.apc), "NetCon target", "APCount", "cannot receive events");
        assertRejected(() -> m.h.NetCon(m.c1, m.syn), "NetCon target", "AlphaSynapse", "cannot receive events");
        assertRejected(() -> m.h.NetCon(m.syn, m.c1), "NetCon source", "AlphaSynapse", "not supported");
        assertRejected(() -> m.h.NetCon("soma", m.c1), "NetCon source", "soma", "not supported");
    }

    @Test
    void netConBetweenSimulations() {
        Model a = new Model();
        Model b = new Model();
        assertRejected(() -> a.h.NetCon(b.c1, a.c2), "NetCon source IntFire1[0]", "another simulation");
        assertRejected(() -> a.h.NetCon(a.c1, b.c4), "NetCon target IntFire4[0]", "another simulation");
        var syn = b.h.ExpSyn(b.soma.at(0.5));
        assertRejected(() -> a.h.NetCon(a.c1, syn), "NetCon target ExpSyn", "another simulation");
    }

    @Test
    void intFire4Globals() {
        Model m = new Model();
        assertEquals(1e-6, m.h.get("eps_IntFire4"));
        assertEquals(0.01, m.h.get("taueps_IntFire4"));
        assertRejected(() -> m.h.set("eps_IntFire4", 0.5), "eps_IntFire4", "0.5", "allowed is 1.0E-9 to 0.01");
        assertRejected(() -> m.h.set("taueps_IntFire4", 0), "taueps_IntFire4", "0", "allowed is");
        assertEquals(1e-6, m.h.get("eps_IntFire4"));
        m.h.set("eps_IntFire4", 1e-4);
        assertEquals(1e-4, m.h.get("eps_IntFire4"));
        assertEquals(1e-4, m.h.ref("eps_IntFire4").get());
        assertTrue(io.github.neuronkernel.engine.api.Names.globals(m.h).stream().anyMatch(g -> g.name().equals("taueps_IntFire4")));
    }

    @Test
    void helpDescribesTheNewBuiltIns() {
        var h = new Simulation();
        String apc = h.help("APCount");
        assertTrue(apc.contains("h.APCount(seg)"), apc);
        assertEquals("thresh parameter mV -20 finite threshold v must rise above", row(apc, "thresh"));
        assertEquals("tau parameter ms 0.1 0.001 to 1e+06 time to peak", row(h.help("AlphaSynapse"), "tau"));
        String if4 = h.help("IntFire4");
        assertTrue(if4.contains("h.IntFire4()"), if4);
        assertEquals("taum parameter ms 50 0 to 1e+09 membrane time constant", row(if4, "taum"));
        assertEquals("eps_IntFire4 global 1e-06 1e-09 to 0.01 tolerance of the firing-time search",
                row(if4, "eps_IntFire4"));
        assertTrue(row(if4, "taueps_IntFire4").startsWith("taueps_IntFire4 global ms 0.01 "), if4);
        assertEquals("refrac parameter ms 5 >= 0 refractory period", row(h.help("IntFire1"), "refrac"));
        assertEquals("ib parameter 0 finite bias current", row(h.help("IntFire2"), "ib"));
    }

    /** @return the line of help's table that describes {@code name}, its columns joined by single spaces */
    static String row(String help, String name) {
        for (String line : help.split("\n")) {
            if (line.startsWith("  " + name + " ")) {
                return line.strip().replaceAll(" {2,}", " ");
            }
        }
        throw new AssertionError("no row " + name + " in\n" + help);
    }

    @Test
    void insertingABuiltInCellOrPointProcessSaysHowToCreateIt() {
        var h = new Simulation();
        Section soma = h.Section("soma");
        assertRejected(() -> soma.insert("IntFire2"), "IntFire2 is an artificial cell: create it with h.IntFire2()");
        assertRejected(() -> soma.insert("APCount"), "APCount is a point process: create it with h.APCount(seg)");
        assertRejected(() -> h.help("IntFire3"), "IntFire3");
    }

    @Test
    void unknownVariableOfACell() {
        Model m = new Model();
        assertRejected(() -> m.c1.ref("v"), "IntFire1 has no variable \"v\"", "tau, refrac, m");
        assertRejected(() -> m.c4.ref("flag"), "IntFire4 has no variable \"flag\"");
    }
}
