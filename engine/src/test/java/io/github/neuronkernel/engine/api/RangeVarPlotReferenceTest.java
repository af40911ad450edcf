package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.Digits17;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Space plots against NEURON 8.2.2 ({@code shape/rangevarplot_cases.py}): after the same run, every
 * (distance, value) pair of {@code rvp.to_vector(y, x)}, printed with 17 digits, must be the same
 * text. Each test builds the model its part of the script builds.
 */
class RangeVarPlotReferenceTest {
    private final Simulation h = new Simulation();

    @Test
    void ballAndStickPathsMatchNeuron() throws IOException {
        Section soma = section("soma", 12.6157, 12.6157, 1);
        soma.insert("hh");
        Section dend = section("dend", 200, 1, 101);
        dend.insert("pas");
        dend.connect(soma.at(1));
        IClamp stim = h.IClamp(soma.at(0.5));
        stim.delay = 0.5;
        stim.dur = 1;
        stim.amp = 0.3;
        h.tstop = 3;
        h.run();
        assertCase("bs_soma_dend", "v", soma.at(0.5), dend.at(1));
        assertCase("bs_dend_soma", "v", dend.at(1), soma.at(0));
        assertCase("bs_within", "v", dend.at(0.3), dend.at(0.7));
        assertCase("bs_within_back", "v", dend.at(0.7), dend.at(0.3));
        assertCase("bs_m_hh", "m_hh", soma.at(0), dend.at(0.05));
        assertCase("bs_point", "v", dend.at(0.5), dend.at(0.5));
    }

    @Test
    void branchedCellPathsMatchNeuronIncludingWhereAMechanismIsMissing() throws IOException {
        Section soma = section("soma", 12.6157, 12.6157, 3);
        List<Section> dends = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Section d = section("dend" + k, 200 + 10 * k, 1 + 0.25 * k, 5 + 2 * k);
            d.connect(soma.at(1));
            d.insert("pas");
            dends.add(d);
        }
        Section mid = section("mid", 80, 0.7, 3);
        mid.connect(soma.at(0.5));
        Section rev = section("rev", 40, 0.5, 2);
        rev.connect(dends.get(0).at(0.7), 1);
        Section tip = section("tip", 30, 0.4, 2);
        tip.connect(rev.at(0));
        Section axon = section("axon", 300, 1.5, 9);
        axon.connect(soma.at(0));
        for (Section s : List.of(soma, dends.get(1), axon)) {
            s.insert("hh");
        }
        IClamp stim = h.IClamp(soma.at(0.5));
        stim.delay = 0.2;
        stim.dur = 1;
        stim.amp = 0.5;
        h.tstop = 2;
        h.run();
        assertCase("tree_d1_d2", "v", dends.get(1).at(0.9), dends.get(2).at(0.2));
        assertCase("tree_tip_axon", "v", tip.at(1), axon.at(1));
        assertCase("tree_axon_mid", "v", axon.at(0.5), mid.at(1));
        assertCase("tree_rev_d0", "v", rev.at(0.25), dends.get(0).at(0.1));
        assertCase("tree_tip_d0", "v", tip.at(0.75), dends.get(0).at(1));
        assertCase("tree_m_hh", "m_hh", axon.at(1), dends.get(2).at(1));
        assertCase("tree_m_hh_d1", "m_hh", dends.get(1).at(1), dends.get(2).at(0.5));
        assertCase("tree_diam", "diam", tip.at(1), axon.at(0.5));
    }

    private Section section(String name, double length, double diam, int nseg) {
        Section s = h.Section(name);
        s.L = length;
        s.diam = diam;
        s.nseg = nseg;
        return s;
    }

    /** Compares one case: the script's case() lines, "name i x y". */
    private void assertCase(String name, String variable, Segment begin, Segment end) throws IOException {
        Vector xs = h.Vector();
        Vector ys = h.Vector();
        int n = h.RangeVarPlot(variable, begin, end).to_vector(ys, xs);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(name + " " + i + " " + Digits17.g17(xs.get(i)) + " " + Digits17.g17(ys.get(i)));
        }
        assertEquals(String.join("\n", expected(name)), String.join("\n", lines), name);
    }

    private static List<String> expected(String name) throws IOException {
        try (InputStream in = RangeVarPlotReferenceTest.class.getResourceAsStream("/shape/rangevarplot_cases.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.startsWith(name + " ")).toList();
        }
    }
}
