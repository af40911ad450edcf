package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.shape.ShapePicture;
import io.github.neuronkernel.engine.shape.ShapeSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotShapeTest {
    private final Simulation h = new Simulation();
    private final Section soma = h.Section("soma");
    private final Section dend = h.Section("dend");

    PlotShapeTest() {
        soma.L = soma.diam = 12.6157;
        soma.insert("hh");
        dend.L = 200;
        dend.diam = 1;
        dend.nseg = 101;
        dend.insert("pas");
        dend.connect(soma.at(1));
    }

    @Test
    void aBallAndStickIsLaidOutAndEverySegmentCarriesItsValue() {
        h.finitialize(-65);
        soma.at(0.5).set("v", -20);
        ShapePicture p = h.PlotShape("v").picture();
        assertEquals(102, p.segments().size());
        assertTrue(soma.n3d() > 0 && dend.n3d() > 0, "define_shape gave both sections points");
        ShapeSegment s = p.segments().get(0);
        assertEquals(soma, s.segment().sec());
        assertEquals(-20, s.value());
        assertEquals(12.6157, s.diam(), 1e-5);
        ShapeSegment last = p.segments().get(101);
        assertEquals(-65, last.value());
        assertEquals(1, last.diam(), 1e-6);
        // define_shape lays the cell along +x: the dendrite ends 12.6157 + 200 um from the soma's start
        double[] b = p.bounds();
        assertEquals(212.6157, b[2] - b[0], 1e-3);
        assertEquals(-65, p.scale().lo(), "by default the colours span the values");
        assertEquals(-20, p.scale().hi());
        assertEquals("mV", p.unit());
        assertTrue(p.title().startsWith("v at t = 0"), p.title());
    }

    @Test
    void theMorphologyAloneHasNoValuesAndNoScale() {
        ShapePicture p = h.PlotShape().picture();
        assertNull(p.variable());
        assertNull(p.scale());
        assertFalse(p.segments().get(0).hasValue());
        assertTrue(h.PlotShape().toString().contains("morphology only"), h.PlotShape().toString());
    }

    @Test
    void aSectionWithoutTheVariableIsDrawnWithoutColourAndNamed() {
        h.finitialize(-65);
        PlotShape ps = h.PlotShape("m_hh");
        ShapePicture p = ps.picture();
        assertTrue(p.segments().get(0).hasValue());
        assertFalse(p.segments().get(1).hasValue());
        assertEquals(List.of("dend"), p.sectionsWithout());
        assertTrue(ps.toString().contains("without m_hh (drawn grey): dend"), ps.toString());
    }

    @Test
    void optionsAreKeptAndShown() {
        h.finitialize(-65);
        ShapePicture p = h.PlotShape("v").scale(-80, 40).view("xz").rotate(0, 0, 90).title("t1").size(300, 200)
                .lineWidth(2).picture();
        assertEquals(-80, p.scale().lo());
        assertEquals(40, p.scale().hi());
        assertEquals("xz", p.view().plane());
        assertEquals("t1", p.title());
        assertEquals(300, p.widthPx());
        assertEquals(200, p.heightPx());
        assertEquals(2, p.lineWidthPx());
        // rotated 90 degrees about z, the cell that ran along x now runs along y: nothing along x
        double[] b = p.bounds();
        assertEquals(0, b[2] - b[0], 1e-9);
    }

    @Test
    void wrongInputIsRefusedNamingTheValueAndWhatIsAllowed() {
        var e = assertThrows(IllegalArgumentException.class, () -> h.PlotShape("vv"));
        assertTrue(e.getMessage().contains("no section has a variable \"vv\"") && e.getMessage().contains("m_hh"),
                e.getMessage());
        PlotShape ps = h.PlotShape("v");
        e = assertThrows(IllegalArgumentException.class, () -> ps.scale(1, 1));
        assertTrue(e.getMessage().contains("lo must be less than hi"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ps.scale(Double.NaN, 1));
        assertTrue(e.getMessage().contains("scale: lo"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ps.size(20, 300));
        assertTrue(e.getMessage().contains("width") && e.getMessage().contains("20"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ps.lineWidth(-1));
        assertTrue(e.getMessage().contains("lineWidth"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ps.variable("nope"));
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
        assertEquals("v", ps.picture().variable(), "a refused variable leaves the previous one");
    }
}
