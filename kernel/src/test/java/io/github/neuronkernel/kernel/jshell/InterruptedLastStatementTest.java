package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cell interrupted in its last statement, which ignores the interrupt and ends anyway (building
 * a large plot does), gives its value, and the evaluator says the cell was interrupted, so that the
 * kernel does not then spend long drawing that value with the interrupt forgotten. The next cell,
 * not interrupted, is not marked.
 */
class InterruptedLastStatementTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();
    private static final String SPINNING = "neuron.test.spinning";

    @Test
    void aCellInterruptedInItsLastStatementIsMarkedInterrupted() throws Exception {
        assertFalse(SESSION.run("long spin(long ms) {\n"
                + "    System.setProperty(\"" + SPINNING + "\", \"yes\");\n"
                + "    long end = System.nanoTime() + ms * 1_000_000, n = 0;\n"
                + "    while (System.nanoTime() < end) n++;\n"
                + "    return n;\n"
                + "}").failed());
        System.clearProperty(SPINNING);
        CompletableFuture<CellOutcome> outcome = CompletableFuture.supplyAsync(() -> SESSION.run("spin(200)"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.getProperty(SPINNING) == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(SESSION.evaluator().interrupt(), "the cell was running");
        CellOutcome o = outcome.get(30, TimeUnit.SECONDS);
        assertTrue(!o.failed() && o.hasValue(), "the statement ended, with its value: " + o);
        assertEquals(true, SESSION.evaluator().callAfterCell(() -> Thread.currentThread().isInterrupted()).value(),
                "the cell is marked interrupted: what finishes it sees the interrupt");
        CellOutcome next = SESSION.run("spin(1) >= 0");
        assertEquals("true", next.valueText());
        assertEquals(false, SESSION.evaluator().callAfterCell(() -> Thread.currentThread().isInterrupted()).value(),
                "the next cell is not");
    }
}
