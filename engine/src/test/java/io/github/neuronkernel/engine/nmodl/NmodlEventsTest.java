package io.github.neuronkernel.engine.nmodl;

import static io.github.neuronkernel.engine.nmodl.NmodlReferenceTest.load;
import static io.github.neuronkernel.engine.nmodl.NmodlReferenceTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlPointProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loaded point processes and artificial cells against NEURON 8.2.2 (the cases of {@code nmodl/}):
 * NET_RECEIVE, several instances at one node (NEURON runs them newest first), net_send with flags,
 * net_event and spike times to 17 digits.
 */
class NmodlEventsTest {
    @TempDir
    Path dir;

    @Test
    void aSynapseDrivenByANetStim() throws IOException {
        var h = new Simulation();
        load(h, "cascsyn");
        Section soma = soma(h);
        NmodlPointProcess syn = h.PointProcess("CascSyn", soma.at(0.5)).set("tau1", 0.8).set("tau2", 5).set("e", 0);
        NetStim ns = stim(h, 2, 6, 5);
        var nc = h.NetCon(ns, syn);
        nc.delay = 1;
        nc.weight[0] = 0.004;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("xmit"), syn.ref("cond"), syn.ref("g"), syn.ref("i"));
        h.finitialize(-65);
        h.batchRun(40, 0.25, out("cascsyn"), "CascSyn (NET_RECEIVE, two-stage cascade) driven by NetStim");
        assertSameAsNeuron("cascsyn");
    }

    @Test
    void twoSynapsesOfOneTypeAtOneNodeAreSummedNewestFirst() throws IOException {
        var h = new Simulation();
        load(h, "cascsyn");
        Section soma = soma(h);
        Section dend = h.Section("dend");
        dend.L = 100;
        dend.diam = 1.5;
        dend.nseg = 3;
        dend.insert("pas");
        dend.connect(soma.at(1));
        var s1 = h.PointProcess("CascSyn", soma.at(0.5)).set("tau1", 0.3).set("tau2", 3);
        var s2 = h.PointProcess("CascSyn", soma.at(0.5)).set("tau1", 2).set("tau2", 8).set("e", -75);
        var s3 = h.PointProcess("CascSyn", dend.at(0.8)).set("tau1", 0.5).set("tau2", 4);
        NetStim ns1 = stim(h, 1, 5, 6);
        NetStim ns2 = stim(h, 3.5, 7, 4);
        h.NetCon(ns1, s1, 10, 0.5, 0.003);
        h.NetCon(ns2, s2, 10, 1, 0.004);
        h.NetCon(ns1, s3, 10, 2, 0.006);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), dend.at(0.8).ref("v"), s1.ref("g"), s2.ref("g"), s3.ref("g"),
                s1.ref("i"), s2.ref("i"), s3.ref("i"));
        var t = h.Vector().record(h.ref("t"));
        var vSoma = h.Vector().record(soma.at(0.5).ref("v"));
        var vDend = h.Vector().record(dend.at(0.8).ref("v"));
        h.finitialize(-65);
        h.batchRun(35, 0.25, out("cascsyn_three"), "two CascSyn on one segment, a third on the dendrite");
        assertSameAsNeuron("cascsyn_three");
        // at 17 digits, where summing the two soma synapses oldest first would differ in the last bits
        NmodlReferenceTest.assertTable("cascsyn_three", NmodlReferenceTest.table("t soma_v dend_v", t, vSoma, vDend));
    }

    @Test
    void integrateAndFireCellsWithSelfEventsAndSpikes() throws IOException {
        var h = new Simulation();
        load(h, "cascsyn", "ifref");
        NetStim ns = stim(h, 1, 2, 30);
        var c1 = h.PointProcess("IFRef").set("tau", 8).set("refrac", 4).set("kick", 0.45).set("kickdel", 6);
        var c2 = h.PointProcess("IFRef").set("tau", 15).set("refrac", 3).set("kick", 0.2).set("kickdel", 5);
        h.NetCon(ns, c1, 10, 0.5, 0.4);
        h.NetCon(c1, c2, 10, 1.5, 0.7);
        Section soma = soma(h);
        var syn = h.PointProcess("CascSyn", soma.at(0.5)).set("tau1", 0.5).set("tau2", 3);
        h.NetCon(c2, syn, 10, 1, 0.01);
        var sp1 = h.Vector();
        var sp2 = h.Vector();
        h.NetCon(c1, null).record(sp1);
        h.NetCon(c2, null).record(sp2);
        h.batchSave(h.ref("t"), c1.ref("m"), c2.ref("m"), c1.ref("nspike"), c2.ref("nspike"),
                soma.at(0.5).ref("v"), syn.ref("g"));
        h.finitialize(-65);
        h.batchRun(60, 0.5, out("ifref"), "IFRef (net_send flags 1 and 2) -> IFRef -> CascSyn on an hh soma");
        assertSameAsNeuron("ifref");
        StringBuilder spikes = new StringBuilder("cell spike_time\n");
        for (double t : sp1.toArray()) {
            spikes.append("1 ").append(NmodlReferenceTest.g17(t)).append('\n');
        }
        for (double t : sp2.toArray()) {
            spikes.append("2 ").append(NmodlReferenceTest.g17(t)).append('\n');
        }
        assertEquals(reference("ifref.txt"), spikes.toString());
    }

    @Test
    void pointProcessesWritingAnIonCurrentFillAPool() throws IOException {
        var h = new Simulation();
        load(h, "capool", "casyn");
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("pas");
        soma.insert("capool");
        soma.set("g_pas", 1e-4);
        soma.set("e_pas", -65);
        soma.set("taur_capool", 80);
        var syn = h.PointProcess("CaSyn", soma.at(0.5)).set("tau", 8).set("pca", 0.2);
        var syn2 = h.PointProcess("CaSyn", soma.at(0.5)).set("tau", 3).set("pca", 0.05).set("e", -10);
        NetStim ns = stim(h, 2, 7, 5);
        h.NetCon(ns, syn, 10, 1, 0.003);
        h.NetCon(ns, syn2, 10, 2, 0.002);
        var s = soma.at(0.5);
        h.batchSave(h.ref("t"), s.ref("v"), syn.ref("g"), syn.ref("i"), s.ref("ica"), s.ref("cai"), s.ref("eca"));
        var rec = new io.github.neuronkernel.engine.api.Vector[] {h.Vector().record(h.ref("t")),
            h.Vector().record(s.ref("v")), h.Vector().record(s.ref("cai")), h.Vector().record(s.ref("eca"))};
        h.finitialize(-65);
        h.batchRun(40, 0.25, out("casyn"), "two CaSyn (USEION ca WRITE ica in a point process) filling a pool");
        assertSameAsNeuron("casyn");
        NmodlReferenceTest.assertTable("casyn", NmodlReferenceTest.table("t v cai eca", rec));
    }

    @Test
    void netReceiveInitialSetsEachNetConsOwnWeights() throws IOException {
        var h = new Simulation();
        load(h, "depsyn");
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("pas");
        soma.set("g_pas", 1e-4);
        soma.set("e_pas", -65);
        var syn = h.PointProcess("DepSyn", soma.at(0.5)).set("tau", 4).set("use", 0.5).set("trec", 30);
        var nc1 = h.NetCon(stim(h, 2, 4, 8), syn, 10, 1, 0.004);
        var nc2 = h.NetCon(stim(h, 5, 15, 3), syn, 10, 0.5, 0.006);
        nc1.weight[1] = 7; // overwritten by NET_RECEIVE's INITIAL at finitialize
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("g"), syn.ref("i"));
        h.finitialize(-65);
        h.batchRun(50, 0.25, out("depsyn"), "DepSyn: per-NetCon resources set by NET_RECEIVE INITIAL");
        assertSameAsNeuron("depsyn");
        String weights = "netcon avail tlast\n";
        int n = 1;
        for (var nc : new io.github.neuronkernel.engine.event.NetCon[] {nc1, nc2}) {
            weights += n++ + " " + NmodlReferenceTest.g17(nc.weight[1]) + " " + NmodlReferenceTest.g17(nc.weight[2])
                    + "\n";
        }
        assertEquals(reference("depsyn.txt"), weights);
    }

    @Test
    void watchConditionsDetectSpikesWithHysteresis() throws IOException {
        var h = new Simulation();
        load(h, "cascsyn", "vwatch");
        Section soma = soma(h);
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 2;
        ic.dur = 40;
        ic.amp = 0.15;
        var det = h.PointProcess("VWatch", soma.at(0.5)).set("thresh", -10);
        var det2 = h.PointProcess("VWatch", soma.at(0.5)).set("thresh", 0);
        var spikes = h.Vector();
        h.NetCon(det, null).record(spikes);
        var syn = h.PointProcess("CascSyn", soma.at(0.5)).set("tau1", 0.5).set("tau2", 2).set("e", -80);
        h.NetCon(det2, syn, 10, 2, 0.002);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), det.ref("n"), det.ref("tlast"), det2.ref("n"), syn.ref("g"));
        h.finitialize(-65);
        h.batchRun(50, 0.25, out("vwatch"), "VWatch (WATCH with hysteresis) detecting spikes, one inhibiting back");
        assertSameAsNeuron("vwatch");
        StringBuilder times = new StringBuilder("spike_time\n");
        for (double t : spikes.toArray()) {
            times.append(NmodlReferenceTest.g17(t)).append('\n');
        }
        assertEquals(reference("vwatch.txt"), times.toString());
    }

    @Test
    void unknownPointProcessesAndVariablesAreNamed() {
        var h = new Simulation();
        load(h, "cascsyn", "ifref");
        Section soma = soma(h);
        String m = assertThrows(IllegalArgumentException.class, () -> h.PointProcess("Cascsyn", soma.at(0.5)))
                .getMessage();
        assertTrue(m.contains("no loaded POINT_PROCESS named \"Cascsyn\": the loaded point processes are CascSyn"), m);
        m = assertThrows(IllegalArgumentException.class, () -> h.PointProcess("IFRef", soma.at(0.5))).getMessage();
        assertTrue(m.contains("an artificial cell has no location: h.PointProcess(name)"), m);
        var syn = h.PointProcess("CascSyn", soma.at(0.5));
        m = assertThrows(IllegalArgumentException.class, () -> syn.set("tau", 1)).getMessage();
        assertTrue(m.contains("CascSyn[0] has no variable \"tau\"; its variables are tau1, tau2, e"), m);
        m = assertThrows(IllegalArgumentException.class, () -> syn.set("tau1", -1)).getMessage();
        assertTrue(m.contains("CascSyn[0].tau1 = -1 ms is out of range"), m);
    }

    private static Section soma(Simulation h) {
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        return soma;
    }

    private static NetStim stim(Simulation h, double start, double interval, double number) {
        NetStim ns = h.NetStim();
        ns.start = start;
        ns.interval = interval;
        ns.number = number;
        ns.noise = 0;
        return ns;
    }

    private String out(String name) {
        return dir.resolve(name + ".dat").toString();
    }

    private void assertSameAsNeuron(String name) throws IOException {
        String actual = Files.readString(dir.resolve(name + ".dat"), StandardCharsets.UTF_8);
        if (!reference(name + ".dat").equals(actual)) {
            Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "nmodl-" + name + ".dat"), actual);
        }
        assertEquals(reference(name + ".dat"), actual, name + ".dat differs from NEURON's");
    }
}
