package io.github.neuronkernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of {@code reference/core/cases_core.py} (batch_run's corner cases, secondorder,
 * usetable, reversed and mid-segment connections, nseg changes, several roots), each built through
 * the Java API as the NEURON script builds it; the written file must equal NEURON's byte for byte.
 */
class CoreCasesTest {
    @TempDir
    Path dir;

    private Simulation h;
    private Section soma;
    private IClamp ic;

    private void hhSoma(double amp, double delay, double dur) {
        h = new Simulation();
        soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        ic = h.IClamp(soma.at(0.5));
        ic.delay = delay;
        ic.dur = dur;
        ic.amp = amp;
    }

    private void seedSavingTV() {
        hhSoma(0.5, 0.3, 0.2);
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
    }

    @Test
    void tstepNotAMultipleOfDt() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        h.batchRun(0.5, 0.06, out("corner_tstep"), "tstep not a multiple of dt");
        assertSameAsNeuron("corner_tstep");
    }

    @Test
    void dtTenthTstepQuarter() throws IOException {
        h = new Simulation();
        h.dt = 0.1;
        soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        ic = h.IClamp(soma.at(0.5));
        ic.delay = 0.3;
        ic.dur = 0.2;
        ic.amp = 0.5;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(1, 0.25, out("corner_dt01"), "dt 0.1, tstep 0.25");
        assertSameAsNeuron("corner_dt01");
    }

    @Test
    void tstopNotAMultipleOfTstep() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        h.batchRun(0.25, 0.1, out("corner_tstop"), "tstop not a multiple of tstep");
        assertSameAsNeuron("corner_tstop");
    }

    @Test
    void tstepZeroWritesEveryStep() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        h.batchRun(0.2, 0, out("corner_tstep0"), "tstep 0: a line every step");
        assertSameAsNeuron("corner_tstep0");
    }

    @Test
    void tstopBeforeT() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        for (int i = 0; i < 4; i++) {
            h.fadvance();
        }
        h.batchRun(0.05, 0.1, out("corner_tstop_before_t"), "tstop before t: header and one line");
        assertSameAsNeuron("corner_tstop_before_t");
    }

    @Test
    void secondRunWithoutFinitializeTruncates() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        h.batchRun(0.2, 0.1, out("corner_second_run"), "first");
        h.batchRun(0.6, 0.1, out("corner_second_run"), "second batch_run without finitialize truncates the file");
        assertSameAsNeuron("corner_second_run");
    }

    @Test
    void emptySaveList() throws IOException {
        hhSoma(0.5, 0.3, 0.2);
        h.batchSave();
        h.finitialize(-65);
        h.batchRun(0.1, 0.025, out("corner_empty_save"), "empty save list");
        assertSameAsNeuron("corner_empty_save");
    }

    @Test
    void runWithoutFileThenWithLiteralPercentComment() throws IOException {
        seedSavingTV();
        h.finitialize(-65);
        h.batchRun(1, 0.1);
        h.batchRun(2, 0.1, out("corner_no_file"), "after a run without a file: %d %s %g literal");
        assertSameAsNeuron("corner_no_file");
    }

    @Test
    void batchSaveAppends() throws IOException {
        seedSavingTV();
        h.batchSave(soma.at(0.5).ref("m_hh"));
        h.batchSave(soma.at(0.5).ref("ina"), ic.ref("i"));
        h.finitialize(-65);
        h.batchRun(1, 0.1, out("corner_append_save"), "batch_save appends");
        assertSameAsNeuron("corner_append_save");
    }

    @Test
    void secondOrderTwoCorrectsIonCurrents() throws IOException {
        hhSoma(0.5, 0.3, 0.2);
        h.secondorder = 2;
        var seg = soma.at(0.5);
        h.batchSave(h.ref("t"), seg.ref("v"), seg.ref("ina"), seg.ref("ik"), seg.ref("m_hh"));
        h.finitialize(-65);
        h.batchRun(3, 0.1, out("secondorder2"), "secondorder 2");
        assertSameAsNeuron("secondorder2");
    }

    @Test
    void secondOrderOne() throws IOException {
        hhSoma(0.5, 0.3, 0.2);
        h.secondorder = 1;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("ina"));
        h.finitialize(-65);
        h.batchRun(3, 0.1, out("secondorder1"), "secondorder 1");
        assertSameAsNeuron("secondorder1");
    }

    @Test
    void rateTableOff() throws IOException {
        hhSoma(0.5, 0.3, 0.2);
        h.usetable_hh = 0;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("m_hh"));
        h.finitialize(-65);
        h.batchRun(3, 0.1, out("usetable0"), "usetable_hh 0");
        assertSameAsNeuron("usetable0");
    }

    @Test
    void childAttachedByItsOneEnd() throws IOException {
        h = new Simulation();
        soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        Section dend = h.Section("dend");
        dend.L = 150;
        dend.nseg = 3;
        dend.insert("pas");
        dend.connect(soma.at(1), 1);
        double[] diams = {1.0, 2.0, 3.0};
        int j = 0;
        for (var seg : dend) {
            seg.set("diam", diams[j++]);
        }
        ic = h.IClamp(dend.at(0.2));
        ic.delay = 0.5;
        ic.dur = 1;
        ic.amp = 0.3;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), dend.at(0).ref("v"), dend.at(0.2).ref("v"),
                dend.at(0.5).ref("v"), dend.at(1).ref("v"));
        h.finitialize(-65);
        h.batchRun(5, 0.25, out("reversed_child"), "child attached by its 1 end, per-segment diam");
        assertSameAsNeuron("reversed_child");
    }

    @Test
    void childrenInsideASegmentAndAtAChildsZeroEnd() throws IOException {
        h = new Simulation();
        soma = h.Section("soma");
        soma.L = 30;
        soma.diam = 10;
        soma.nseg = 4;
        soma.insert("hh");
        Section a = section("a", 100, 1, 2, "pas");
        a.connect(soma.at(0.3));
        Section b = section("b", 50, 0.5, 1, "pas");
        b.connect(a.at(0));
        Section c = section("c", 60, 0.7, 3, "hh");
        c.connect(soma.at(0.3));
        ic = h.IClamp(c.at(1));
        ic.delay = 0.5;
        ic.dur = 2;
        ic.amp = 0.2;
        h.batchSave(h.ref("t"), soma.at(0.3).ref("v"), a.at(0.5).ref("v"), b.at(1).ref("v"), c.at(1).ref("v"),
                soma.at(0).ref("v"));
        h.finitialize(-65);
        h.batchRun(6, 0.25, out("mid_attach"), "children at 0.3, at a child 0 end, siblings at equal x");
        assertSameAsNeuron("mid_attach");
    }

    @Test
    void nsegChangeKeepsValuesByPosition() throws IOException {
        h = new Simulation();
        Section ax = section("axon", 200, 2, 3, "hh");
        double[] g = {0.10, 0.20, 0.30};
        int j = 0;
        for (var seg : ax) {
            seg.set("gnabar_hh", g[j++]);
        }
        ic = h.IClamp(ax.at(0.5));
        ic.delay = 0.5;
        ic.dur = 1;
        ic.amp = 0.4;
        h.finitialize(-65);
        for (int i = 0; i < 10; i++) {
            h.fadvance();
        }
        ax.nseg = 5;
        h.batchSave(h.ref("t"), ax.at(0.1).ref("v"), ax.at(0.5).ref("v"), ax.at(0.9).ref("v"),
                ax.at(0.3).ref("gnabar_hh"), ax.at(0.7).ref("gnabar_hh"));
        h.finitialize(-65);
        h.batchRun(5, 0.25, out("nseg_change"), "nseg 3 -> 5 keeps per-segment gnabar by position");
        assertSameAsNeuron("nseg_change");
    }

    @Test
    void twoCellsAndClampsAtEndNodes() throws IOException {
        h = new Simulation();
        Section s1 = section("s1", 10, 10, 1, "hh");
        Section s2 = section("s2", 12, 8, 1, "pas");
        Section d2 = section("d2", 40, 1, 2, "hh");
        d2.connect(s2.at(0.5));
        clamp(s1.at(0.5), 0.2, 0.5, 0.3);
        clamp(d2.at(1), 0.1, 1, 0.1);
        clamp(s2.at(0), 1, 1, -0.05);
        h.batchSave(h.ref("t"), s1.at(0.5).ref("v"), s2.at(0.5).ref("v"), d2.at(0.75).ref("v"), s2.at(0).ref("v"));
        h.finitialize(-70);
        h.batchRun(4, 0.2, out("two_roots"), "two cells, clamps at end nodes");
        assertSameAsNeuron("two_roots");
    }

    @Test
    void finitializeWithoutVKeepsV() throws IOException {
        hhSoma(0.1, 0, 1e9);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("n_hh"));
        h.finitialize(-65);
        h.batchRun(1, 0.5);
        h.finitialize();
        h.batchRun(2, 0.1, out("reinit_keep_v"), "finitialize() without v keeps v");
        assertSameAsNeuron("reinit_keep_v");
    }

    @Test
    void reversalPotentialsAndParametersSetByUser() throws IOException {
        hhSoma(0.5, 0.3, 0.2);
        var seg = soma.at(0.5);
        seg.set("ena", 45).set("ek", -80).set("el_hh", -60).set("gkbar_hh", 0.03);
        soma.cm = 1.5;
        soma.Ra = 80;
        h.batchSave(h.ref("t"), seg.ref("v"), seg.ref("ina"), seg.ref("ik"));
        h.finitialize(-65);
        h.batchRun(3, 0.1, out("set_ena"), "ena, ek, el, gkbar and cm set");
        assertSameAsNeuron("set_ena");
    }

    private Section section(String name, double length, double diam, int nseg, String mechanism) {
        Section s = h.Section(name);
        s.L = length;
        s.diam = diam;
        s.nseg = nseg;
        s.insert(mechanism);
        return s;
    }

    private void clamp(io.github.neuronkernel.engine.model.Segment at, double delay, double dur, double amp) {
        IClamp c = h.IClamp(at);
        c.delay = delay;
        c.dur = dur;
        c.amp = amp;
    }

    private String out(String name) {
        return dir.resolve(name + ".dat").toString();
    }

    private void assertSameAsNeuron(String name) throws IOException {
        String expected = ReferenceCasesTest.reference("core/" + name + ".dat");
        String actual = Files.readString(dir.resolve(name + ".dat"), StandardCharsets.UTF_8);
        assertEquals(expected, actual, name + ".dat differs from NEURON's");
    }
}
