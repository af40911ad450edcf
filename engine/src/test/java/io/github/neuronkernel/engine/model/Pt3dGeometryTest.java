package io.github.neuronkernel.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Geometry from 3-D points against NEURON 8.2.2 ({@code morphology/pt3d_cases.py}): every point
 * (x, y, z, diam, arc) and every segment's L, diam, area and ri, printed with 17 digits, must be
 * the same text. Each test builds the model its case builds in the script.
 */
class Pt3dGeometryTest {
    private final Simulation h = new Simulation();

    private Section tapered(String name) {
        Section s = h.Section(name);
        double[][] pts = {{0, 0, 0, 4}, {3.3, 1.1, 0.2, 3.7}, {7.9, 2.5, -0.4, 3.1}, {12.05, 2.75, 0.1, 2.2},
            {20.5, 4.1, 1.7, 1.3}, {21, 4.1, 1.7, 1.25}};
        for (double[] p : pts) {
            s.pt3dadd(p[0], p[1], p[2], p[3]);
        }
        s.Ra = 123.4;
        return s;
    }

    @Test
    void taperedSectionForSeveralNseg() throws IOException {
        for (int nseg : new int[] {1, 3, 7, 20}) {
            Section s = tapered("taper");
            s.nseg = nseg;
            assertCase("taper" + nseg, List.of(s));
        }
    }

    @Test
    void assigningLRescalesThePoints() throws IOException {
        Section s = tapered("lscale");
        s.nseg = 3;
        s.L = 50;
        assertCase("lscale", List.of(s));
    }

    @Test
    void assigningDiamRedrawsThePointDiameters() throws IOException {
        Section s = tapered("diamset");
        s.nseg = 3;
        s.diam = 2.5;
        assertCase("diamset", List.of(s));
        Section t = tapered("segdiam");
        t.nseg = 3;
        t.at(0.5).set("diam", 6);
        assertCase("segdiam", List.of(t));
    }

    @Test
    void editingAndClearingPoints() throws IOException {
        Section s = tapered("edit");
        s.nseg = 2;
        s.pt3dchange(1, 5.0);
        s.pt3dchange(3, 11, 3, 0, 2.5);
        s.pt3dinsert(2, 6, 2, 0, 3.3);
        s.pt3dremove(4);
        assertCase("edit", List.of(s));
        s.pt3dclear();
        assertCase("cleared", List.of(s));
    }

    @Test
    void defineShapeLaysOutACell() throws IOException {
        Section soma = h.Section("soma");
        soma.L = soma.diam = 12.6157;
        List<Section> all = new ArrayList<>(List.of(soma));
        for (int k = 0; k < 3; k++) {
            Section d = h.Section("dend" + k);
            d.L = 200 + 10 * k;
            d.diam = 1 + 0.25 * k;
            d.nseg = 5;
            d.connect(soma.at(1));
            all.add(d);
        }
        Section mid = section("mid", 80, 0.7, 3);
        mid.connect(soma.at(0.5));
        Section rev = section("rev", 40, 0.5, 2);
        rev.connect(all.get(1).at(0.7), 1);
        Section tip = section("tip", 30, 0.4, 2);
        tip.connect(rev.at(0));
        Section other = section("other", 20, 3, 1);
        all.addAll(List.of(mid, rev, tip, other));
        h.define_shape();
        assertCase("shape", all);
    }

    private Section section(String name, double length, double diam, int nseg) {
        Section s = h.Section(name);
        s.L = length;
        s.diam = diam;
        s.nseg = nseg;
        return s;
    }

    private static void assertCase(String name, List<Section> sections) throws IOException {
        assertEquals(String.join("\n", expected(name)), String.join("\n", dump(name, sections)));
    }

    /** The same lines as pt3d_cases.py's dump(). */
    private static List<String> dump(String name, List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            for (int i = 0; i < s.n3d(); i++) {
                out.add(String.format(Locale.ROOT, "%s pt %s %d %s %s %s %s %s", name, s.name(), i, g(s.x3d(i)),
                        g(s.y3d(i)), g(s.z3d(i)), g(s.diam3d(i)), g(s.arc3d(i))));
            }
            for (Segment seg : s) {
                out.add(String.format(Locale.ROOT, "%s seg %s %s %s %s %s %s", name, s.name(), g(seg.x()), g(s.L),
                        g(seg.diam()), g(seg.area()), g(seg.ri())));
            }
            out.add(String.format(Locale.ROOT, "%s end %s %s %s", name, s.name(), g(s.at(1).ri()), g(s.diam)));
        }
        return out;
    }

    private static List<String> expected(String name) throws IOException {
        try (InputStream in = Pt3dGeometryTest.class.getResourceAsStream("/morphology/pt3d_cases.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.startsWith(name + " ")).toList();
        }
    }

    static String g(double v) {
        return io.github.neuronkernel.engine.Digits17.g17(v);
    }
}
