package io.github.neuronkernel.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewTest {
    @Test
    void planesDropOneCoordinate() {
        assertEquals(1, View.XY.u(1, 2, 3));
        assertEquals(2, View.XY.v(1, 2, 3));
        View xz = View.XY.onPlane("xz");
        assertEquals(1, xz.u(1, 2, 3));
        assertEquals(3, xz.v(1, 2, 3));
        View zy = View.XY.onPlane("zy");
        assertEquals(3, zy.u(1, 2, 3));
        assertEquals(2, zy.v(1, 2, 3));
    }

    @Test
    void rotationTurnsTheCellBeforeProjecting() {
        View z90 = View.XY.rotated(0, 0, 90); // x axis onto y
        assertEquals(0, z90.u(1, 0, 0), 1e-15);
        assertEquals(1, z90.v(1, 0, 0), 1e-15);
        View x90 = View.XY.rotated(90, 0, 0); // z axis onto -y, so seen from the side
        assertEquals(-1, x90.v(0, 0, 1), 1e-15);
        assertTrue(x90.toString().contains("rotated 90, 0, 0"));
    }

    @Test
    void anUnknownPlaneOrAngleIsRefusedWithWhatIsAllowed() {
        var e = assertThrows(IllegalArgumentException.class, () -> View.XY.onPlane("xx"));
        assertTrue(e.getMessage().contains("\"xx\"") && e.getMessage().contains("\"xz\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> View.XY.rotated(Double.NaN, 0, 0));
        assertTrue(e.getMessage().contains("about x"), e.getMessage());
    }
}
