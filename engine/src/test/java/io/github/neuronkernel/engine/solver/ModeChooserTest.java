package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The choice between one and two threads, on a clock the test moves. */
class ModeChooserTest {
    private long now;
    private final ModeChooser chooser = new ModeChooser(() -> now);

    /** Runs one block of 32 steps that take {@code alone} or {@code both} µs in all; @return the mode it ran in */
    private boolean block(long aloneMicros, long bothMicros) {
        boolean together = false;
        for (int s = 0; s < 32; s++) {
            together = chooser.together();
            now += (together ? bothMicros : aloneMicros) * 1000 / 32;
            chooser.stepped();
        }
        return together;
    }

    /** Runs blocks until the chooser has timed both ways; @return the mode of the block after */
    private boolean settle(long aloneMicros, long bothMicros) {
        for (int b = 0; b < 6; b++) {
            block(aloneMicros, bothMicros);
        }
        return block(aloneMicros, bothMicros);
    }

    @Test
    void twoThreadsAreChosenOnlyWhenClearlyFaster() {
        assertTrue(settle(1000, 600), "two threads 40 % faster");
        ModeChooserTest t = new ModeChooserTest();
        assertFalse(t.settle(1000, 950), "5 % faster is within the noise of two blocks");
    }

    @Test
    void oneSlowBlockDoesNotEndTwoThreadsButTwoInARowDo() {
        assertTrue(settle(1000, 600));
        block(1000, 600);
        assertTrue(block(1000, 2500), "a block three times slow, now and then, on a virtual machine");
        assertTrue(block(1000, 600), "one slow block is not enough to go back to one thread");
        assertTrue(block(1000, 2500));
        block(1000, 2500); // the second slow block in a row
        assertFalse(block(1000, 2500), "a processor kept busy by another process: one thread");
    }
}
