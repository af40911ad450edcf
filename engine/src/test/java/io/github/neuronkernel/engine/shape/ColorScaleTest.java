package io.github.neuronkernel.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorScaleTest {
    @Test
    void valuesMapLinearlyAndClampOutside() {
        ColorScale s = new ColorScale(-80, 40);
        assertEquals(0, s.fraction(-80));
        assertEquals(0.5, s.fraction(-20));
        assertEquals(1, s.fraction(40));
        assertEquals(0, s.fraction(-100));
        assertEquals(1, s.fraction(1e9));
    }

    @Test
    void equalValuesGetASmallRangeAroundThem() {
        ColorScale s = ColorScale.spanning(-65, -65);
        assertEquals(0.5, s.fraction(-65), 1e-12);
        assertTrue(s.lo() < -65 && s.hi() > -65);
        assertEquals(0.5, ColorScale.spanning(0, 0).fraction(0));
    }

    @Test
    void limitsMustBeFiniteAndIncreasing() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ColorScale(40, -80));
        assertTrue(e.getMessage().contains("scale(40, -80)") && e.getMessage().contains("lo must be less than hi"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ColorScale(1, 1));
        e = assertThrows(IllegalArgumentException.class, () -> new ColorScale(Double.NEGATIVE_INFINITY, 1));
        assertTrue(e.getMessage().contains("scale: lo"), e.getMessage());
    }
}
