package io.github.neuronkernel.engine.discretize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import org.junit.jupiter.api.Test;

/**
 * The geometry check values of {@code docs/neuron-numerics.md} sections 4 and 7.1 (NEURON 8.2.2,
 * printed with {@code %.17g}): areas, ri and the matrix coefficients a and b. Compared exactly: the
 * engine follows NEURON's arithmetic operation for operation.
 */
class GeometryCheckValuesTest {
    private final Simulation h = new Simulation();

    private Section soma() {
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        return soma;
    }

    /** dend L=300, nseg=3, diam 3/2/1 per segment, Ra=100, a root section. */
    private Section dend() {
        Section dend = h.Section("dend");
        dend.L = 300;
        dend.nseg = 3;
        dend.Ra = 100;
        double[] diam = {3, 2, 1};
        int j = 0;
        for (var seg : dend) {
            seg.set("diam", diam[j++]);
        }
        return dend;
    }

    @Test
    void somaAreaAndRi() {
        Section soma = soma();
        assertEquals(314.15926535897933, soma.at(0.5).area());
        assertEquals(0.022536339941812381, soma.at(0.5).ri());
    }

    @Test
    void areaIsZeroAtTheEnds() {
        Section soma = soma();
        assertEquals(0.0, soma.at(0).area());
        assertEquals(0.0, soma.at(1).area());
    }

    @Test
    void dendAreasPerSegmentDiameter() {
        Section dend = dend();
        assertEquals(3.0, dend.at(1. / 6).diam());
        assertEquals(2.0, dend.at(0.5).diam());
        assertEquals(1.0, dend.at(5. / 6).diam());
        assertEquals(942.47779607693792, dend.at(1. / 6).area());
        assertEquals(628.31853071795865, dend.at(0.5).area());
        assertEquals(314.15926535897933, dend.at(5. / 6).area());
    }

    @Test
    void dendRi() {
        Section dend = dend();
        assertEquals(7.0735530263064597, dend.at(1. / 6).ri());
        assertEquals(22.989047335495993, dend.at(0.5).ri());
        assertEquals(79.577471545947674, dend.at(5. / 6).ri());
        assertEquals(63.661977236758133, dend.at(1).ri());
        assertEquals(1e30, dend.at(0).ri(), "a root section's x = 0 node has no axial resistance");
    }

    @Test
    void dendRiIsTheSameWhenAttachedToAParentsOneEnd() {
        Section soma = soma();
        Section dend = dend();
        dend.connect(soma.at(1));
        assertEquals(7.0735530263064597, dend.at(1. / 6).ri());
        assertEquals(22.989047335495993, dend.at(0.5).ri());
        assertEquals(79.577471545947674, dend.at(5. / 6).ri());
        assertEquals(63.661977236758133, dend.at(1).ri());
        assertEquals(942.47779607693792, dend.at(1. / 6).area());
    }

    @Test
    void childAtARootParentsZeroEndHasNoResistanceToIt() {
        Section soma = soma();
        Section axon = h.Section("axon");
        axon.connect(soma.at(0));
        assertEquals(1e30, axon.at(0).ri(), "axon(0) is soma's root node (numerics doc section 4)");
    }

    @Test
    void segmentRuleWithTwoSegments() {
        Section s = h.Section("s");
        s.L = 100;
        s.nseg = 2;
        s.at(0.25).set("diam", 1);
        s.at(0.75).set("diam", 3);
        // x = 0.5 is in the second segment: int(nseg*x) = 1
        assertEquals(3.0, s.at(0.5).diam());
        assertEquals(s.at(0.75).area(), s.at(0.5).area());
        assertEquals(3.14159265358979323846 * 3 * 50, s.at(0.5).area());
    }

    /** Matrix coefficients of the soma (numerics doc section 7.1, NEURON's {@code h.fmatrix}). */
    @Test
    void somaMatrixCoefficients() {
        Section soma = soma();
        soma.insert("hh");
        NodeLayout layout = Discretizer.build(SectionInternals.model(soma));
        int root = layout.attachNode(soma);
        int centre = layout.centerNode(soma, 0);
        int end = layout.endNode(soma);
        assertEquals(3, layout.size());
        assertEquals(-1, layout.parent()[root]);
        assertEquals(root, layout.parent()[centre]);
        assertEquals(centre, layout.parent()[end]);
        assertEquals(-44.372777593076172, layout.a()[centre]);
        assertEquals(-14.124293785310734, layout.b()[centre]);
        assertEquals(-14.124293785310734, layout.a()[end]);
        assertEquals(-44.372777593076172, layout.b()[end]);
        assertEquals(0.0, layout.a()[root]);
        assertEquals(0.0, layout.b()[root]);
        assertEquals(0.0, layout.rinv()[root]);
        assertEquals(100.0, layout.area()[root], "end and root nodes have area 100 in the matrix");
        assertEquals(100.0, layout.area()[end]);
        assertEquals(314.15926535897933, layout.area()[centre]);
        assertEquals(1.0, layout.cm()[centre]);
        assertEquals(0.0, layout.cm()[end]);
        assertEquals(0.0, layout.cm()[root]);
    }

    /** Node order: roots first, then sections breadth first, children by x, ties most recent first. */
    @Test
    void hinesOrder() {
        Section soma = soma();
        Section a = h.Section("a");
        Section b = h.Section("b");
        Section c = h.Section("c");
        Section other = h.Section("other");
        a.connect(soma.at(1));
        b.connect(soma.at(0));
        c.connect(soma.at(1));
        other.nseg = 2;
        NodeLayout layout = Discretizer.build(SectionInternals.model(soma));
        assertEquals(2, layout.rootCount());
        Section[] order = layout.sections();
        assertEquals("soma other b c a", String.join(" ",
                java.util.Arrays.stream(order).map(Section::name).toArray(String[]::new)));
        assertEquals(0, layout.attachNode(soma));
        assertEquals(1, layout.attachNode(other));
        int[] parent = layout.parent();
        for (int i = layout.rootCount(); i < layout.size(); i++) {
            assertEquals(true, parent[i] < i, "node " + i + " comes before its parent " + parent[i]);
        }
        assertEquals(0, layout.attachNode(b), "b at soma(0) attaches to soma's root node");
        assertEquals(layout.endNode(soma), layout.attachNode(a));
        assertEquals(layout.endNode(soma), layout.attachNode(c));
    }
}
