package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An interrupt that lands after a cell ended and before its value is drawn (the kernel publishes
 * the cell's output in between) still stops the drawing, though no cell thread was there to take
 * it; the next cell runs, and is drawn, as if it had never come.
 */
class InterruptBeforeDrawingTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();

    @Test
    void anInterruptBetweenTheCellAndItsDrawingReachesTheDrawing() {
        CellOutcome cell = SESSION.run("1 + 1");
        assertEquals("2", cell.valueText());
        assertFalse(SESSION.evaluator().interrupt(), "no cell was running");
        assertEquals(true, SESSION.evaluator().callAfterCell(() -> Thread.currentThread().isInterrupted()).value(),
                "the drawing sees the interrupt");

        CellOutcome next = SESSION.run("Thread.currentThread().isInterrupted()");
        assertEquals("false", next.valueText(), "the next cell's own run is not interrupted");
        assertEquals(false, SESSION.evaluator().callAfterCell(() -> Thread.currentThread().isInterrupted()).value(),
                "nor is its drawing");
    }
}
