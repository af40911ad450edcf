package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cell interrupted while it waits for input says so, whichever reader it used. */
class InputInterruptTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();
    private final InputStream savedIn = System.in;

    @AfterEach
    void restoreIn() {
        System.setIn(savedIn);
    }

    /** Waits for a reply that never comes, as the kernel's stdin does until the cell is interrupted. */
    private static final class UnansweredInput extends InputStream {
        final CompletableFuture<Void> waiting = new CompletableFuture<>();

        @Override
        public int read() throws InterruptedIOException {
            return read(new byte[1], 0, 1);
        }

        @Override
        public int read(byte[] b, int off, int len) throws InterruptedIOException {
            waiting.complete(null);
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw InputInterrupts.interrupted();
            }
            throw new AssertionError("the test's interrupt did not come");
        }
    }

    private static CellOutcome interruptedWhileReading(String cell) throws Exception {
        UnansweredInput in = new UnansweredInput();
        System.setIn(in);
        CompletableFuture<CellOutcome> outcome = CompletableFuture.supplyAsync(() -> SESSION.run(cell));
        in.waiting.get(30, TimeUnit.SECONDS);
        assertTrue(SESSION.evaluator().interrupt(), "a cell was running");
        return outcome.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aScannerInterruptedWhileWaitingSaysTheInputWasInterrupted() throws Exception {
        CellOutcome o = interruptedWhileReading("String line = new java.util.Scanner(System.in).nextLine();");
        assertTrue(o.failed());
        assertEquals("java.io.InterruptedIOException", o.error().ename());
        assertEquals("input interrupted: the cell was stopped while waiting for input", o.error().evalue());
        String traceback = String.join("\n", o.error().traceback());
        assertTrue(traceback.contains("Scanner.nextLine") && traceback.contains("line 1"), traceback);
        assertTrue(!traceback.contains("NoSuchElementException"), traceback);
    }

    @Test
    void aBufferedReaderInterruptedWhileWaitingSaysTheSame() throws Exception {
        CellOutcome o = interruptedWhileReading(
                "new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine()");
        assertEquals("java.io.InterruptedIOException", o.error().ename());
        assertEquals(InputInterrupts.MESSAGE, o.error().evalue());
    }

    @Test
    void inputThatEndedIsStillNoSuchElementAndTheNextCellIsUntouched() throws Exception {
        interruptedWhileReading("new java.util.Scanner(System.in).nextLine()");
        System.setIn(new ByteArrayInputStream(new byte[0]));
        CellOutcome o = SESSION.evaluator().eval("new java.util.Scanner(System.in).nextLine()", SESSION.next());
        assertEquals("java.util.NoSuchElementException", o.error().ename(), "no interrupt: input really ended");
        assertEquals("No line found", o.error().evalue());
    }
}
