package io.github.neuronkernel.engine.model;

import static io.github.neuronkernel.engine.Digits17.g17;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Trees against NEURON 8.2.2 ({@code morphology/tree_cases.py}): subtree, wholetree, children,
 * parentseg and h.distance (17 digits); then names of cell-owned sections, lookup and deletion.
 */
class TreeTest {
    private final Simulation h = new Simulation();

    private Section sec(String name, double length, int nseg) {
        Section s = h.Section(name);
        s.L = length;
        s.nseg = nseg;
        s.diam = 1;
        return s;
    }

    private List<Section> tree() {
        Section soma = sec("soma", 20, 1);
        Section a = sec("a", 100, 3).connect(soma.at(1));
        Section b = sec("b", 150, 4).connect(soma.at(0));
        Section c = sec("c", 80, 5).connect(a.at(1));
        Section d = sec("d", 60, 2).connect(a.at(0.5));
        Section e = sec("e", 40, 3).connect(a.at(1));
        Section f = sec("f", 30, 1).connect(c.at(0.3), 1);
        Section g = sec("g", 50, 2);
        return List.of(soma, a, b, c, d, e, f, g);
    }

    @Test
    void treeOrdersAndDistancesAreNeurons() throws IOException {
        List<Section> all = tree();
        List<String> out = new ArrayList<>();
        for (Section s : all) {
            out.add("subtree " + s + " " + names(s.subtree()));
            out.add("wholetree " + s + " " + names(s.wholetree()));
            out.add("children " + s + " " + names(s.children()));
            Segment ps = s.parentseg();
            out.add("parentseg " + s + " " + (ps == null ? "-" : ps.sec() + " " + g17(ps.x)));
        }
        double[] xs = {0, 0.1, 0.3, 0.5, 0.77, 1};
        for (Section s1 : all.subList(0, all.size() - 1)) {
            for (double x1 : new double[] {0, 0.5, 1}) {
                for (Section s2 : all.subList(0, all.size() - 1)) {
                    for (double x2 : xs) {
                        out.add("distance " + s1 + " " + g17(x1) + " " + s2 + " " + g17(x2) + " "
                                + g17(h.distance(s1.at(x1), s2.at(x2))));
                    }
                }
            }
        }
        assertEquals(reference(), String.join("\n", out));
        var e = assertThrows(IllegalArgumentException.class, () -> h.distance(all.get(0).at(0.5), all.get(7).at(0.5)));
        assertTrue(e.getMessage().contains("different trees"), e.getMessage());
    }

    private static String names(List<Section> secs) {
        return secs.stream().map(Section::name).collect(Collectors.joining(" "));
    }

    private static String reference() throws IOException {
        try (InputStream in = TreeTest.class.getResourceAsStream("/morphology/tree_cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }

    /** A cell object whose name changes after its sections exist, as in NEURON's tutorials. */
    static final class Cell {
        int gid;

        @Override
        public String toString() {
            return "BallAndStick[" + gid + "]";
        }
    }

    @Test
    void cellOwnedSectionsAreNamedAfterTheirOwner() {
        Cell cell = new Cell();
        Section soma = h.Section("soma", cell);
        cell.gid = 3;
        assertEquals("BallAndStick[3].soma", soma.name());
        assertSame(cell, soma.cell());
        assertSame(soma, h.section("BallAndStick[3].soma"));
        assertNull(h.Section("plain").cell());
    }

    @Test
    void sectionLookupNamesWhatExists() {
        sec("dend", 10, 1);
        sec("dend", 10, 1);
        sec("axon", 10, 1);
        var unknown = assertThrows(IllegalArgumentException.class, () -> h.section("soma"));
        assertTrue(unknown.getMessage().startsWith("no section named \"soma\""), unknown.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> h.section("dend"));
        assertTrue(twice.getMessage().startsWith("2 sections are named \"dend\""), twice.getMessage());
        assertEquals(3, h.allsec().size());
    }

    @Test
    void deletingASectionDetachesWhatReferredToItAndSaysSo() {
        Section soma = sec("soma", 20, 1);
        soma.insert("hh");
        Section dend = sec("dend", 100, 3).connect(soma.at(1));
        var syn = h.ExpSyn(soma.at(0.5));
        var toSoma = h.NetCon(dend.at(0.5).ref("v"), syn, -100, 1, 0.5); // would fire at once
        Vector spikes = h.Vector();
        h.NetCon(soma.at(0.5).ref("v"), null).record(spikes);
        var stim = h.IClamp(soma.at(0.5));
        stim.amp = 1;
        Vector v = h.Vector().record(soma.at(0.5).ref("v"));
        Vector w = h.Vector().record(dend.at(0.5).ref("v"));
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        var said = new java.io.ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new java.io.PrintStream(said, true));
        try {
            soma.delete();
        } finally {
            System.setOut(out);
        }
        String notice = said.toString();
        assertTrue(notice.startsWith("deleting soma: removed ExpSyn[soma(0.5)]; removed IClamp[soma(0.5)];"
                + " stopped the Vector recording soma(0.5).v; dropped batchSave column soma(0.5).v; detached"), notice);
        assertTrue(soma.isDeleted());
        assertNull(dend.parent());
        assertEquals(List.of(dend), h.allsec());
        var use = assertThrows(IllegalStateException.class, () -> soma.at(0.5));
        assertEquals("section soma was deleted: it can no longer be used", use.getMessage());
        int recorded = v.size();
        h.finitialize(-65);
        for (int i = 0; i < 100; i++) {
            h.fadvance();
        }
        assertEquals(101, w.size()); // the dendrite runs on alone
        assertEquals(recorded, v.size()); // the soma's recording stopped at the deletion
        assertEquals(0, spikes.size());
        assertEquals(-65.0, w.get(100), 1e-9); // nothing was delivered, nothing injected
        assertThrows(IllegalStateException.class, () -> h.IClamp(soma.at(0.5)));
    }

    @Test
    void deletingAWholeCell() {
        Section soma = sec("soma", 20, 1);
        Section dend = sec("dend", 100, 3).connect(soma.at(1));
        Section other = sec("other", 10, 1);
        h.delete(soma.wholetree());
        assertTrue(dend.isDeleted());
        assertEquals(List.of(other), h.allsec());
        h.batchSave(other.at(0.5).ref("v"));
        h.finitialize(-65);
    }
}
