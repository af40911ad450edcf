package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Import3d rules on tiny inline files (each checked against NEURON 8.2.2 while writing them; the
 * full comparisons are in {@link Import3dMatchesNeuronTest}).
 */
class Import3dTest {
    private static Morphology of(String text) {
        return Morphology.of(SwcReader.parse("t.swc", text));
    }

    private static List<String> names(Morphology m) {
        return m.sections().stream().map(MorphologySection::name).toList();
    }

    @Test
    void singlePointIsASphereDrawnAsACylinderAlongX() {
        Morphology m = of("1 1 0.1 2 3 5 -1\n");
        MorphologySection soma = m.section("soma[0]");
        // 0.1f - 5 etc. in double, passed on as %.8g text: -4.9, 0.1, 5.1
        assertArrayEquals(new double[] {-4.9, 0.1, 5.1}, soma.x());
        assertArrayEquals(new double[] {10, 10, 10}, soma.diam());
        assertEquals(List.of(), m.connectOrder());
    }

    @Test
    void threePointSomaBecomesASphereAndDendritesAttachToItsMiddleByAWire() {
        Morphology m = of("1 1 0 0 0 5 -1\n2 1 0 -5 0 5 1\n3 1 0 5 0 5 1\n"
                + "4 3 0 5 0 1 1\n5 3 0 15 0 1 4\n6 3 0 25 0 1 5\n");
        MorphologySection dend = m.section("dend[0]");
        assertEquals(3, m.section("soma[0]").n3d());
        assertEquals(0.5, dend.parentX());
        assertEquals(0, dend.childEnd());
        assertArrayEquals(new double[] {0, 0, 0}, dend.logicalConnection());
        assertArrayEquals(new double[] {5, 15, 25}, dend.y()); // the soma centre is left out
    }

    @Test
    void twoPointDendriteOnASphereKeepsTheCentreAsFirstPointWithItsOwnDiameter() {
        Morphology m = of("1 1 0 0 0 5 -1\n2 3 0 7 0 1 1\n");
        MorphologySection dend = m.section("dend[0]");
        assertNull(dend.logicalConnection());
        assertArrayEquals(new double[] {0, 7}, dend.y());
        assertArrayEquals(new double[] {2, 2}, dend.diam());
    }

    @Test
    void sectionsAreCreatedByTypeButConnectedInFileOrder() {
        Morphology m = of("1 1 0 0 0 5 -1\n2 4 0 5 0 1 1\n3 4 0 9 0 1 2\n"
                + "4 3 0 -5 0 1 1\n5 3 0 -9 0 1 4\n6 2 5 0 0 1 1\n7 2 9 0 0 1 6\n");
        assertEquals(List.of("soma[0]", "axon[0]", "dend[0]", "apic[0]"), names(m));
        assertEquals(List.of(3, 2, 1), m.connectOrder());
    }

    @Test
    void typeChangeAlongAPathStartsANewSectionAtTheEndOfThePrevious() {
        Morphology m = of("1 1 0 0 0 5 -1\n2 1 0 5 0 5 1\n3 3 0 10 0 1 2\n4 3 0 20 0 1 3\n"
                + "5 4 0 30 0 1 4\n6 4 0 40 0 1 5\n");
        MorphologySection apic = m.section("apic[0]");
        assertEquals("dend[0]", m.sections().get(apic.parentIndex()).name());
        assertEquals(1, apic.parentX());
        assertArrayEquals(new double[] {20, 30, 40}, apic.y());
    }

    @Test
    void otherTypesGetNeuronsNames() {
        assertEquals("dend_5", Instantiate.typeName(5));
        assertEquals("dend_0", Instantiate.typeName(0));
        assertEquals("minus_2", Instantiate.typeName(-2));
        assertEquals("apic", Instantiate.typeName(4));
    }

    @Test
    void zeroLengthTwoPointSectionIsDroppedAndItsChildrenMoveToItsParent() {
        // point 5 sits on its parent, point 3, and is a section of its own (it branches)
        Morphology m = of("1 1 0 0 0 5 -1\n2 3 0 5 0 1 1\n3 3 0 9 0 1 2\n4 3 4 12 0 1 3\n"
                + "5 3 0 9 0 1 3\n6 3 4 16 0 1 5\n7 3 -4 16 0 1 5\n");
        assertEquals(List.of("soma[0]", "dend[0]", "dend[1]", "dend[2]", "dend[3]"), names(m));
        for (String child : List.of("dend[1]", "dend[2]", "dend[3]")) {
            assertEquals(0, m.section(child).parentIndex() - 1, child + " hangs from dend[0]");
            assertEquals(1, m.section(child).parentX());
        }
        assertArrayEquals(new double[] {9, 16}, m.section("dend[3]").y()); // starts at point 3
        assertEquals(1, m.notices().size());
    }
}
