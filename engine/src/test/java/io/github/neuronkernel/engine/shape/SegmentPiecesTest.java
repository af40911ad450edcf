package io.github.neuronkernel.engine.shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import org.junit.jupiter.api.Test;

class SegmentPiecesTest {
    private final Simulation h = new Simulation();

    @Test
    void eachSegmentGetsThePartBetweenItsArcsWithInterpolatedEnds() {
        Section s = h.Section("bent");
        s.pt3dadd(0, 0, 0, 2);
        s.pt3dadd(30, 0, 0, 2);   // arc 30
        s.pt3dadd(30, 50, 0, 1);  // arc 80
        s.nseg = 4;               // pieces of 20 um
        double[][][] p = SegmentPieces.of(s);
        assertEquals(4, p.length);
        assertArrayEquals(new double[] {0, 20}, p[0][0], 1e-12);
        assertArrayEquals(new double[] {20, 30, 30}, p[1][0], 1e-12); // the corner point inside
        assertArrayEquals(new double[] {0, 0, 10}, p[1][1], 1e-12);
        assertArrayEquals(new double[] {30, 30}, p[2][0], 1e-12);
        assertArrayEquals(new double[] {10, 30}, p[2][1], 1e-12);
        assertArrayEquals(new double[] {30, 50}, p[3][1], 1e-12);
        for (int j = 0; j + 1 < p.length; j++) { // consecutive pieces meet
            int last = p[j][0].length - 1;
            assertEquals(p[j][0][last], p[j + 1][0][0], 1e-12);
            assertEquals(p[j][1][last], p[j + 1][1][0], 1e-12);
        }
    }

    @Test
    void aPointOnAPieceBoundaryEndsOnePieceAndStartsTheNext() {
        Section s = h.Section("straight");
        s.pt3dadd(0, 0, 0, 1);
        s.pt3dadd(0, 0, 50, 1);
        s.pt3dadd(0, 0, 100, 1);
        s.nseg = 2;
        double[][][] p = SegmentPieces.of(s);
        assertArrayEquals(new double[] {0, 50}, p[0][2], 1e-12);
        assertArrayEquals(new double[] {50, 100}, p[1][2], 1e-12);
    }

    @Test
    void manySegmentsOnTwoPointsSplitTheLineEvenly() {
        Section s = h.Section("dend");
        s.pt3dadd(0, 0, 0, 1);
        s.pt3dadd(200, 0, 0, 1);
        s.nseg = 101;
        double[][][] p = SegmentPieces.of(s);
        assertEquals(101, p.length);
        for (int j = 0; j < 101; j++) {
            assertArrayEquals(new double[] {200. * j / 101, 200. * (j + 1) / 101}, p[j][0], 1e-9);
        }
    }
}
