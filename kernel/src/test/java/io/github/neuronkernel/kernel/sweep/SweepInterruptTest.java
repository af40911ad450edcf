package io.github.neuronkernel.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.display.DisplaySink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * An interrupt of the sweep's thread (the kernel's interrupt button) ends it at once: running
 * points are interrupted, or stopped by force if they ignore it, the rest cancelled, the table so
 * far shown and thrown with a SweepInterruptedException, and no worker thread is left.
 */
class SweepInterruptTest {
    private static final Map<String, List<?>> EIGHT = Map.of("i", List.of(0, 1, 2, 3, 4, 5, 6, 7));

    /** What the interrupted sweep's thread saw. */
    private record Outcome(SweepTable table, boolean interruptKept, long millisAfterInterrupt, RecordingSink sink) {}

    private static Outcome interruptAfterTwoStart(Function<SweepPoint, Map<String, ?>> point, CountDownLatch started)
            throws InterruptedException {
        AtomicReference<SweepTable> table = new AtomicReference<>();
        AtomicBoolean kept = new AtomicBoolean();
        RecordingSink sink = new RecordingSink();
        Thread cell = new Thread(() -> {
            try {
                SweepRunner.run(EIGHT, 2, point, sink);
            } catch (SweepInterruptedException e) {
                table.set(e.table());
                kept.set(Thread.currentThread().isInterrupted());
            }
        }, "test-cell");
        cell.start();
        assertTrue(started.await(10, TimeUnit.SECONDS), "two points started");
        long t0 = System.nanoTime();
        cell.interrupt();
        cell.join(10_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(!cell.isAlive(), "the sweep returned");
        return new Outcome(table.get(), kept.get(), ms, sink);
    }

    @Test
    void interruptedPointsAndCancelledOnesAreMarkedAndTheFinishedKept() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        Outcome o = interruptAfterTwoStart(p -> {
            if (p.index() < 2) {
                return Map.of("n", p.index()); // the first two finish at once
            }
            started.countDown();
            SweepRunnerTest.sleep(60_000); // interrupted: throws
            return Map.of("n", p.index());
        }, started);
        assertEquals(List.of(), SweepThreads.alive());
        assertTrue(o.interruptKept(), "code that catches the exception must still see the interrupt");
        assertTrue(o.millisAfterInterrupt() < SweepWorkers.GRACE_MS, o.millisAfterInterrupt() + " ms");
        List<String> statuses = o.table().rows().stream().map(SweepTable.Row::status).toList();
        assertEquals(List.of("ok", "ok", "interrupted", "interrupted", "cancelled", "cancelled", "cancelled", "cancelled"), statuses);
        assertEquals("IllegalStateException: interrupted", o.table().rows().get(2).error());
        assertEquals(Map.of("n", 1), o.table().rows().get(1).results());
        List<String> events = o.sink().events;
        String summary = events.get(events.size() - 2);
        assertTrue(summary.startsWith("update neuron-sweep-") && summary.contains(": sweep interrupted: 8 points: 2 ok,"
                + " 2 interrupted, 4 cancelled;"), summary);
        assertTrue(events.get(events.size() - 1).startsWith("display null: 8 points: 2 ok, 2 interrupted, 4 cancelled\n#"),
                "the table so far is shown: " + events);
    }

    @Test
    void pointsThatIgnoreTheInterruptAreStoppedByForce() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        Outcome o = interruptAfterTwoStart(p -> {
            started.countDown();
            double x = 1;
            while (x > 0) { // a loop that never looks at its interrupt, as a cell's fadvance loop
                x = Math.sqrt(x + 1);
            }
            return Map.of("x", x);
        }, started);
        assertEquals(List.of(), SweepThreads.alive());
        assertTrue(o.millisAfterInterrupt() < SweepWorkers.GRACE_MS + SweepWorkers.STOP_WAIT_MS, o.millisAfterInterrupt() + " ms");
        List<String> statuses = o.table().rows().stream().map(SweepTable.Row::status).toList();
        assertEquals(List.of("interrupted", "interrupted", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled"),
                statuses);
        assertTrue(o.table().rows().get(0).error().startsWith("stopped by force"), o.table().rows().get(0).error());
    }

    @Test
    void aThreadInterruptedBeforeTheSweepRunsNoPoint() {
        Thread.currentThread().interrupt();
        SweepTable table;
        try {
            SweepRunner.run(EIGHT, 2, p -> Map.of("n", 1), DisplaySink.NONE);
            throw new AssertionError("an interrupted sweep throws");
        } catch (SweepInterruptedException e) {
            table = e.table();
            assertTrue(e.getMessage().startsWith("sweep interrupted: 8 points: 8 cancelled; the table so far is shown above"),
                    e.getMessage());
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
        }
        assertEquals(List.of(), SweepThreads.alive());
        assertEquals(8, table.count(SweepTable.CANCELLED), table.toString());
    }
}
