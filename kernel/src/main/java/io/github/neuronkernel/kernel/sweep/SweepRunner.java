package io.github.neuronkernel.kernel.sweep;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.jshell.Unstoppable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a sweep on this machine: the grid's points on a fixed number of threads, each point's
 * function in one of them, progress shown from the calling thread, and the rows gathered in point
 * order whatever order they finished in. Cells call it through {@code Notebook.sweep}.
 *
 * <p>An interrupt of the calling thread (the kernel's interrupt button) ends the sweep: points not
 * yet started are {@value SweepTable#CANCELLED}, running ones are interrupted (and stopped by force
 * if they go on for {@value SweepWorkers#GRACE_MS} ms) and become {@value SweepTable#INTERRUPTED};
 * the table so far is shown and the call throws {@link SweepInterruptedException}, which carries
 * it, with the thread's interrupt status set again. Throwing rather than returning makes the cell
 * fail as an interrupted cell should, so that Jupyter does not go on to run the cells queued
 * behind it (which might, say, write the partial table over a file of full results). No worker
 * thread outlives the call.
 */
public final class SweepRunner {
    /** How often the calling thread looks at the clock for progress when no point finishes (ms). */
    private static final long POLL_MS = 100;

    private SweepRunner() {}

    /**
     * @param grid each parameter's name and values (see {@link SweepGrid#of} for the order and what
     *     is allowed)
     * @param threads how many points run at once, 1 or more (no more threads than points are
     *     started)
     * @param run the function that runs one point and returns its results by name
     * @param displays where progress shows ({@link DisplaySink#NONE} for nowhere)
     * @return one row per point, in point order
     * @throws IllegalArgumentException for a bad grid, thread count or function
     * @throws SweepInterruptedException if the calling thread is interrupted before every point ran
     */
    public static SweepTable run(Map<String, ? extends List<?>> grid, int threads,
            Function<? super SweepPoint, ? extends Map<String, ?>> run, DisplaySink displays) {
        SweepGrid points = SweepGrid.of(grid);
        check(threads, run);
        SweepWorkers workers = new SweepWorkers(points, threads, run);
        SweepProgress progress = new SweepProgress(displays == null ? DisplaySink.NONE : displays, points.size(),
                workers.threadCount(), System::nanoTime);
        SweepTable[] table = new SweepTable[1];
        boolean[] complete = new boolean[1];
        try {
            progress.start();
            if (!Thread.currentThread().isInterrupted()) { // interrupted already: no point starts
                workers.start();
            }
            complete[0] = awaitAll(points.size(), workers, progress);
        } finally {
            // protected from the kernel's forced stop, which follows an interrupt after 0.3 s:
            // stopping the workers and making the table of what finished must not be cut short
            Unstoppable.run(() -> {
                workers.end();
                table[0] = table(points, workers);
                progress.finish(table[0], !complete[0]);
            });
        }
        if (!complete[0]) {
            Thread.currentThread().interrupt();
            throw new SweepInterruptedException(table[0]);
        }
        return table[0];
    }

    private static void check(int threads, Object run) {
        if (threads < 1) {
            throw new IllegalArgumentException("sweep: threads = " + threads + "; use 1 or more (this machine has "
                    + Runtime.getRuntime().availableProcessors() + " processors, which sweep(grid, run) uses)");
        }
        if (run == null) {
            throw new IllegalArgumentException("sweep: the function is null; pass one that runs a point, e.g."
                    + " p -> Map.of(\"twice\", 2 * p.get(\"amp\"))");
        }
    }

    /** @return true when every point finished, false if the calling thread was interrupted first */
    private static boolean awaitAll(int total, SweepWorkers workers, SweepProgress progress) {
        int done = 0;
        int failed = 0;
        while (done < total) {
            Integer finished;
            try {
                finished = workers.awaitNext(POLL_MS);
            } catch (InterruptedException e) {
                return false;
            }
            if (finished != null) {
                done++;
                failed += workers.row(finished).ok() ? 0 : 1;
            }
            progress.update(done, failed);
        }
        return true;
    }

    /**
     * @return the rows in point order; a point without a row is {@value SweepTable#CANCELLED} if it
     *     never started, {@value SweepTable#INTERRUPTED} if its thread was stopped around it; the
     *     results' columns in the order the rows, in point order, first name them
     */
    private static SweepTable table(SweepGrid grid, SweepWorkers workers) {
        List<SweepTable.Row> rows = new ArrayList<>(grid.size());
        Set<String> resultNames = new LinkedHashSet<>();
        for (int i = 0; i < grid.size(); i++) {
            SweepTable.Row row = workers.row(i);
            if (row == null) {
                boolean started = workers.started(i);
                row = new SweepTable.Row(grid.point(i).values(), Map.of(),
                        started ? SweepTable.INTERRUPTED : SweepTable.CANCELLED, 0,
                        started ? "stopped by force after the interrupt" : null);
            }
            rows.add(row);
            resultNames.addAll(row.results().keySet());
        }
        return new SweepTable(grid.parameterNames(), List.copyOf(resultNames), rows);
    }
}
