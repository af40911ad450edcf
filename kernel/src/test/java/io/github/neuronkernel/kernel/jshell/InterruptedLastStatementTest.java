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
 * a large plot does), fails as interrupted instead of giving its value: the kernel would otherwise
 * go on to draw that value, with the interrupt already spent.
 */
class InterruptedLastStatementTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();
    private static final String SPINNING = "neuron.test.spinning";

    @Test
    void aValueWhoseStatementWasInterruptedIsNotGiven() throws Exception {
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
        assertTrue(o.failed() && !o.hasValue(), "interrupted, no value: " + o);
        assertEquals("java.lang.InterruptedException", o.error().ename());
        assertEquals("the cell was interrupted", o.error().evalue());
        CellOutcome next = SESSION.run("spin(1) >= 0");
        assertFalse(next.failed(), "the next cell runs: " + next);
        assertEquals("true", next.valueText());
    }
}
