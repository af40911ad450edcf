package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The {@link Morphology} value: lookups and immutability. */
class MorphologyTest {
    private final Morphology cell =
            Morphology.read(TestSupport.resource("c91662.swc"));

    @Test
    void realCellHasNeuronsSectionCountsPerType() {
        assertEquals(194, cell.sections().size());
        assertEquals("soma[0]", cell.sections().get(0).name());
        assertEquals("axon[0]", cell.sections().get(1).name());
        assertEquals("dend[57]", cell.sections().get(59).name());
        assertEquals("apic[133]", cell.sections().get(193).name());
        assertEquals(193, cell.connectOrder().size());
        assertEquals(59, cell.indexOf("dend[57]"));
        assertEquals(-1, cell.indexOf("dend[58]"));
    }

    @Test
    void unknownSectionNameIsReportedWithWhatExists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cell.section("dend[58]"));
        assertTrue(e.getMessage().contains("no section dend[58]"), e.getMessage());
        assertTrue(e.getMessage().contains("194 sections, soma[0] to apic[133]"), e.getMessage());
    }

    @Test
    void pointArraysAreCopies() {
        MorphologySection axon = cell.section("axon[0]");
        double first = axon.x()[0];
        axon.x()[0] = 1e9;
        axon.logicalConnection()[0] = 1e9;
        assertEquals(first, axon.x()[0]);
        assertEquals(0, axon.logicalConnection()[0]);
        assertThrows(UnsupportedOperationException.class, () -> cell.sections().remove(0));
    }
}
