package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ListScheduleTest {
    private static final int[] NONE = {};

    /** A chain 0 -> 1 -> 2 beside three free nodes: the chain's links are spread by the gap. */
    @Test
    void spreadsAChainAmongFreeNodes() {
        int[][] waitsFor = {NONE, {0}, {1}, NONE, NONE, NONE};
        int[] urgency = {2, 1, 0, 0, 0, 0};
        assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, ListSchedule.order(6, waitsFor, urgency, 2));
    }

    /** With nothing else to run, a node waiting for a recent one still comes next (the gap is a wish). */
    @Test
    void aLoneChainKeepsItsOrder() {
        int[][] waitsFor = {NONE, {0}, {1}, {2}};
        assertArrayEquals(new int[] {0, 1, 2, 3}, ListSchedule.order(4, waitsFor, new int[] {3, 2, 1, 0}, 5));
    }

    /** The most urgent ready node goes first; equal urgency by number. */
    @Test
    void urgencyThenNumber() {
        int[][] waitsFor = {NONE, NONE, NONE};
        assertArrayEquals(new int[] {2, 0, 1}, ListSchedule.order(3, waitsFor, new int[] {1, 1, 4}, 1));
    }

    @Test
    void everyNodeOnceAndAfterWhatItWaitsFor() {
        Random random = new Random(12);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            int[][] waitsFor = new int[n][];
            int[] urgency = new int[n];
            for (int k = 0; k < n; k++) {
                waitsFor[k] = k == 0 ? NONE : random.ints(random.nextInt(3), 0, k).distinct().toArray();
                urgency[k] = random.nextInt(10);
            }
            int[] order = ListSchedule.order(n, waitsFor, urgency, 1 + random.nextInt(6));
            int[] place = new int[n];
            java.util.Arrays.fill(place, -1);
            for (int p = 0; p < n; p++) {
                assertEquals(-1, place[order[p]], "node placed twice");
                place[order[p]] = p;
            }
            for (int k = 0; k < n; k++) {
                for (int x : waitsFor[k]) {
                    assertTrue(place[x] < place[k], "node " + k + " before " + x + " it waits for");
                }
            }
        }
    }

    @Test
    void noNodesAndRepeatedInputs() {
        assertArrayEquals(new int[0], ListSchedule.order(0, new int[0][], new int[0], 5));
        int[][] waitsFor = {NONE, {0, 0}, NONE};
        assertArrayEquals(new int[] {0, 2, 1}, ListSchedule.order(3, waitsFor, new int[3], 2));
    }

    @Test
    void aCycleIsRefused() {
        int[][] waitsFor = {{1}, {0}};
        assertThrows(IllegalArgumentException.class, () -> ListSchedule.order(2, waitsFor, new int[2], 1));
    }
}
