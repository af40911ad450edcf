package io.github.neuronkernel.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad 3-D points and SWC files: a clear message naming the thing and the value, and nothing changed. */
class MorphologyBadInputTest {
    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    @Test
    void negativeOrNonFiniteDiameterIsRefusedAndNothingIsAdded() {
        Section s = h.Section("dend");
        s.pt3dadd(0, 0, 0, 2);
        var neg = assertThrows(IllegalArgumentException.class, () -> s.pt3dadd(10, 0, 0, -1));
        assertTrue(neg.getMessage().startsWith("dend.pt3dadd: diam = -1"), neg.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> s.pt3dadd(Double.NaN, 0, 0, 1));
        assertTrue(nan.getMessage().startsWith("dend.pt3dadd: x = NaN"), nan.getMessage());
        var bulk = assertThrows(IllegalArgumentException.class,
                () -> s.pt3dadd(new double[] {1, 2}, new double[] {0, 0}, new double[] {0, 0}, new double[] {1, -3}));
        assertTrue(bulk.getMessage().contains("point 1: diam = -3"), bulk.getMessage());
        assertEquals(1, s.n3d());
    }

    @Test
    void pointIndexOutOfRangeNamesTheRange() {
        Section s = h.Section("dend");
        var none = assertThrows(IllegalArgumentException.class, () -> s.x3d(0));
        assertEquals("dend.x3d: point index 0 is not allowed: dend has no 3-D points", none.getMessage());
        s.pt3dadd(0, 0, 0, 1).pt3dadd(5, 0, 0, 1);
        var out = assertThrows(IllegalArgumentException.class, () -> s.pt3dchange(2, 1.0));
        assertEquals("dend.pt3dchange: point index 2 is not allowed: it must be 0 to 1", out.getMessage());
    }

    @Test
    void swcErrorsNameTheFileAndLineAndCreateNothing() throws IOException {
        Path swc = dir.resolve("bad.swc");
        Files.writeString(swc, "# a cell\n1 1 0 0 0 5 -1\n2 3 0 10 0 -1 1\n");
        var e = assertThrows(IllegalArgumentException.class, () -> h.importSwc(swc.toString()));
        assertTrue(e.getMessage().contains("bad.swc") && e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(h.allsec().isEmpty());
        var missing = assertThrows(IllegalArgumentException.class, () -> h.importSwc(dir.resolve("no.swc").toString()));
        assertTrue(missing.getMessage().contains("no.swc"), missing.getMessage());
    }
}
