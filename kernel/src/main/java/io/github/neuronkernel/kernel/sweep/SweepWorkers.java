package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A fixed team of threads that take a sweep's points in index order, one at a time, until none
 * is left, and report each finished point. Threads of their own rather than an executor's, so
 * that {@link #end()} knows each one and can stop it: no thread outlives the sweep.
 */
final class SweepWorkers {
    /** How long points get to stop after an interrupt before they are stopped by force. */
    static final long GRACE_MS = 500;
    /** How long a point stopped by force gets to unwind. */
    static final long STOP_WAIT_MS = 1000;
    private static final AtomicInteger SWEEPS = new AtomicInteger();

    private final SweepGrid grid;
    private final Function<? super SweepPoint, ? extends Map<String, ?>> run;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray started;
    private final AtomicReferenceArray<SweepTable.Row> rows;
    private final BlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
    private final AtomicInteger finishedCount = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean cancelled;

    /** @param count how many threads (at most one per point) */
    SweepWorkers(SweepGrid grid, int count, Function<? super SweepPoint, ? extends Map<String, ?>> run) {
        this.grid = grid;
        this.run = run;
        this.started = new AtomicIntegerArray(grid.size());
        this.rows = new AtomicReferenceArray<>(grid.size());
        int sweep = SWEEPS.incrementAndGet();
        for (int i = 0; i < Math.min(count, grid.size()); i++) {
            Thread t = new Thread(this::work, "sweep-" + sweep + "-worker-" + (i + 1));
            t.setDaemon(true); // never what keeps a JVM from exiting, should one escape end()
            threads.add(t);
        }
    }

    /** @return how many threads run the points */
    int threadCount() {
        return threads.size();
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /**
     * @return the index of a point that finished since the last call, or null if none did within
     *     the timeout
     * @throws InterruptedException if the calling thread is interrupted
     */
    Integer awaitNext(long timeoutMs) throws InterruptedException {
        return finished.poll(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** @return point {@code i}'s row, or null if it has none (never started, or stopped by force) */
    SweepTable.Row row(int i) {
        return rows.get(i);
    }

    /** @return whether point {@code i} was taken by a worker */
    boolean started(int i) {
        return started.get(i) != 0;
    }

    /**
     * Ends the team: no point starts from now on; if points are still running they are
     * interrupted, given {@link #GRACE_MS} to stop, then stopped by force. Returns when every
     * thread has ended (or, for a point that survives even that, after {@link #STOP_WAIT_MS}).
     * Ignores interrupts of the calling thread, and keeps them for it.
     */
    @SuppressWarnings({"deprecation", "removal"})
    void end() {
        cancelled = true; // before the interrupts: see work()
        if (finishedCount.get() < grid.size()) {
            threads.forEach(Thread::interrupt);
        }
        boolean interrupted = joinAll(GRACE_MS);
        for (Thread t : threads) {
            if (t.isAlive()) {
                // a point that ignores interrupts (a loop of fadvance) would otherwise run on unseen
                t.stop();
            }
        }
        interrupted |= joinAll(STOP_WAIT_MS);
        threads.stream().filter(Thread::isAlive).forEach(t ->
                System.err.println("sweep: " + t.getName() + " did not stop; it is left running"));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the calling thread was interrupted while it waited */
    private boolean joinAll(long ms) {
        long deadline = System.nanoTime() + ms * 1_000_000;
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return interrupted;
                }
                try {
                    t.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        return interrupted;
    }

    private void work() {
        while (true) {
            // Cleared before cancelled is read, as end() sets cancelled before it interrupts: a
            // point either is never taken or sees the interrupt. A point's own leftover interrupt
            // must not reach the next one.
            Thread.interrupted();
            if (cancelled) {
                return;
            }
            int i = next.getAndIncrement();
            if (i >= grid.size()) {
                return;
            }
            started.set(i, 1);
            rows.set(i, PointRun.run(grid.point(i), run, () -> cancelled));
            finishedCount.incrementAndGet();
            finished.add(i);
        }
    }
}
