package io.github.neuronkernel.kernel.sweep;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.Progress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Shows a sweep's progress as one display: a bar while points run ("12/64 points, 2 failed, 8.1
 * s"), updated at most every {@link #EVERY_NANOS}, then replaced by a summary line. Terminal
 * clients show only the first display, so its text says what runs, which stays true. Called from
 * the sweep's own thread only. A display that fails is reported, never the sweep's failure.
 */
final class SweepProgress {
    /** The bar changes at most this often (ns): a few times a second is enough to see it move. */
    static final long EVERY_NANOS = 250_000_000L;
    private static final AtomicInteger IDS = new AtomicInteger();

    private final DisplaySink sink;
    private final int total;
    private final int threads;
    private final LongSupplier nanoTime;
    private final String id = "neuron-sweep-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
    private long startedAt;
    private long shownAt;
    private boolean broken;

    SweepProgress(DisplaySink sink, int total, int threads, LongSupplier nanoTime) {
        this.sink = sink;
        this.total = total;
        this.threads = threads;
        this.nanoTime = nanoTime;
    }

    void start() {
        startedAt = nanoTime.getAsLong();
        shownAt = startedAt;
        show(true, bar(0, 0, 0).put("text/plain", "sweep of " + points(total) + " on " + threads(threads) + " running ..."));
    }

    void update(int done, int failed) {
        long now = nanoTime.getAsLong();
        if (now - shownAt >= EVERY_NANOS) {
            shownAt = now;
            show(false, bar(done, failed, (now - startedAt) / 1e9));
        }
    }

    /**
     * Replaces the bar with a line saying how the sweep ended; an interrupted sweep's table is
     * shown too, as its call throws instead of returning it.
     */
    void finish(SweepTable table, boolean interrupted) {
        double seconds = (nanoTime.getAsLong() - startedAt) / 1e9;
        String line = String.format(Locale.ROOT, "sweep%s: %s; %.1f s on %s", interrupted ? " interrupted" : "",
                table.summary(), seconds, threads(threads));
        if (!interrupted && seconds > 0) {
            line += String.format(Locale.ROOT, ", %.1f points/s", total / seconds);
        }
        show(false, new MimeBundle().put("text/html", "<div>" + io.github.neuronkernel.kernel.display.Html.escape(line) + "</div>").put("text/plain", line));
        if (interrupted) {
            show(true, new MimeBundle().put("text/html", table.toHtml()).put("text/plain", table.toString()), null);
        }
    }

    private MimeBundle bar(int done, int failed, double seconds) {
        String text = String.format(Locale.ROOT, "%d/%d points, %d failed, %.1f s", done, total, failed, seconds);
        return Progress.bar(total == 0 ? 1 : (double) done / total, text);
    }

    private void show(boolean first, MimeBundle bundle) {
        show(first, bundle, id);
    }

    private void show(boolean first, MimeBundle bundle, String displayId) {
        if (broken) {
            return;
        }
        try {
            if (first) {
                sink.display(bundle, displayId);
            } else {
                sink.update(bundle, displayId);
            }
        } catch (RuntimeException e) {
            broken = true; // once is enough to say; the points go on and the table comes back
            System.err.println("sweep: could not show its progress: " + e);
        }
    }

    private static String points(int n) {
        return n + (n == 1 ? " point" : " points");
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }
}
