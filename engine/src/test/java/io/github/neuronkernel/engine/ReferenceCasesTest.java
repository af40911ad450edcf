package io.github.neuronkernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of {@code reference/} (made with real NEURON 8.2.2, scripts beside the files), built
 * through the Java API; the written file must equal NEURON's byte for byte.
 */
class ReferenceCasesTest {
    @TempDir
    Path dir;

    @Test
    void seed() throws IOException {
        var h = new Simulation();
        var soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        var iclamp = h.IClamp(soma.at(0.5));
        iclamp.dur = 0.2;
        iclamp.delay = 0.3;
        iclamp.amp = 0.5;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(2, 0.1, out("seed"), "My HH sim");
        assertSameAsNeuron("seed");
    }

    @Test
    void pasSoma() throws IOException {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("pas");
        for (var seg : soma) {
            seg.set("g_pas", 0.0002).set("e_pas", -65);
        }
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = 1;
        ic.dur = 5;
        ic.amp = 0.1;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), ic.ref("i"));
        h.finitialize(-65);
        h.batchRun(10, 0.25, out("pas_soma"), "passive soma");
        assertSameAsNeuron("pas_soma");
    }

    @Test
    void hhCable() throws IOException {
        var h = new Simulation();
        Section ax = h.Section("axon");
        ax.L = 500;
        ax.diam = 2;
        ax.nseg = 21;
        ax.Ra = 100;
        ax.insert("hh");
        IClamp ic = h.IClamp(ax.at(0));
        ic.delay = 0.5;
        ic.dur = 0.5;
        ic.amp = 1;
        h.batchSave();
        h.batchSave(h.ref("t"), ax.at(0).ref("v"), ax.at(0.5).ref("v"), ax.at(1).ref("v"));
        h.finitialize(-65);
        h.batchRun(8, 0.2, out("hh_cable"), "propagation along an axon");
        assertSameAsNeuron("hh_cable");
    }

    @Test
    void branched() throws IOException {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 15;
        soma.diam = 15;
        soma.insert("hh");
        Section d1 = h.Section("d1");
        d1.L = 200;
        d1.diam = 2;
        d1.nseg = 9;
        d1.insert("pas");
        d1.connect(soma.at(1));
        Section d2 = h.Section("d2");
        d2.L = 120;
        d2.diam = 1.2;
        d2.nseg = 4;
        d2.Ra = 150;
        d2.cm = 2;
        d2.insert("pas");
        d2.connect(d1.at(1));
        Section d3 = h.Section("d3");
        d3.L = 80;
        d3.diam = 0.8;
        d3.nseg = 5;
        d3.insert("hh");
        d3.connect(soma.at(0));
        for (Section s : new Section[] {d1, d2}) {
            for (var seg : s) {
                seg.set("g_pas", 1e-4).set("e_pas", -65);
            }
        }
        IClamp ic = h.IClamp(d2.at(0.7));
        ic.delay = 1;
        ic.dur = 3;
        ic.amp = 0.4;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), d1.at(0.5).ref("v"), d2.at(0.7).ref("v"), d3.at(1).ref("v"));
        h.finitialize(-65);
        h.batchRun(10, 0.25, out("branched"), "branched cell");
        assertSameAsNeuron("branched");
    }

    @Test
    void hhStates() throws IOException {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 18.8;
        soma.diam = 18.8;
        soma.insert("hh");
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = 2;
        ic.dur = 100;
        ic.amp = 0.15;
        var seg = soma.at(0.5);
        h.batchSave();
        h.batchSave(h.ref("t"), seg.ref("v"), seg.ref("m_hh"), seg.ref("h_hh"), seg.ref("n_hh"),
                seg.ref("ina"), seg.ref("ik"), seg.ref("il_hh"), ic.ref("i"));
        h.finitialize(-65);
        h.batchRun(30, 0.5, out("hh_states"), "repetitive firing: hh states and currents");
        assertSameAsNeuron("hh_states");
    }

    @Test
    void warm() throws IOException {
        var h = new Simulation();
        h.celsius = 16.3;
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = 1;
        ic.dur = 1;
        ic.amp = 0.3;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(6, 0.1, out("warm"), "hh at 16.3 degC");
        assertSameAsNeuron("warm");
    }

    @Test
    void fineDt() throws IOException {
        var h = new Simulation();
        h.dt = 0.01;
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = 0.3;
        ic.dur = 0.2;
        ic.amp = 0.5;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(3, 0.05, out("fine_dt"));
        assertSameAsNeuron("fine_dt");
    }

    @Test
    void synapse() throws IOException {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        var syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 2;
        syn.e = 0;
        var ns = h.NetStim();
        ns.start = 2;
        ns.interval = 10;
        ns.number = 3;
        ns.noise = 0;
        var nc = h.NetCon(ns, syn);
        nc.delay = 1;
        nc.weight[0] = 0.005;
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("g"), syn.ref("i"));
        h.finitialize(-65);
        h.batchRun(40, 0.5, out("synapse"), "ExpSyn driven by NetStim");
        assertSameAsNeuron("synapse");
    }

    /** Equal dendrites are solved four at a time in lockstep; with one thread and with two. */
    @Test
    void dendrites() throws IOException {
        for (int threads = 1; threads <= 2; threads++) {
            var h = new Simulation();
            h.threads(threads);
            Section soma = h.Section("soma");
            soma.L = 20;
            soma.diam = 20;
            soma.insert("hh");
            List<Section> dends = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                Section d = h.Section("d" + i);
                d.L = 100 + 15 * i;
                d.diam = 0.6 + 0.25 * i;
                d.nseg = 5;
                d.Ra = 80 + 10 * i;
                d.insert(i % 4 == 3 ? "hh" : "pas");
                d.connect(i == 9 ? dends.get(2).at(0.6) : soma.at(i % 2 == 1 ? 1 : 0));
                dends.add(d);
            }
            IClamp ic = h.IClamp(dends.get(5).at(1));
            ic.delay = 0.5;
            ic.dur = 2;
            ic.amp = 0.3;
            IClamp ic2 = h.IClamp(soma.at(0.5));
            ic2.delay = 1;
            ic2.dur = 1;
            ic2.amp = 1;
            h.batchSave();
            h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
            for (Section d : dends) {
                h.batchSave(d.at(0.1).ref("v"), d.at(1).ref("v"));
            }
            h.finitialize(-65);
            h.batchRun(6, 0.1, out("dendrites"), "equal dendrites in lockstep");
            assertSameAsNeuron("dendrites");
        }
    }

    private String out(String name) {
        return dir.resolve(name + ".dat").toString();
    }

    private void assertSameAsNeuron(String name) throws IOException {
        String expected = reference(name + ".dat");
        String actual = Files.readString(dir.resolve(name + ".dat"), StandardCharsets.UTF_8);
        assertEquals(expected, actual, name + ".dat differs from NEURON's");
    }

    /** @return a reference file's text */
    static String reference(String file) throws IOException {
        try (InputStream in = ReferenceCasesTest.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource reference/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
