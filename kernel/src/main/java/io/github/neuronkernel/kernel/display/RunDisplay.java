package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.run.RunInterruptedException;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.engine.run.RunStart;
import io.github.neuronkernel.kernel.jshell.Unstoppable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Listens to a simulation's runs and shows each as a chart when it ends. A run that goes on for
 * more than {@link #PROGRESS_AFTER_NANOS} gets a progress bar while it runs, which is taken away
 * when the chart is shown; a run that fails (an error, an interrupt, a full disk) takes it away
 * too and shows the chart of the lines it had, so no progress bar outlives its run.
 *
 * <p>The chart is a display of its own rather than an update of the progress bar: terminal clients
 * ({@code jupyter console}) ignore {@code update_display_data}, so they would never see the run's
 * result, and they would keep the bar's first value on screen. For them the bar's first display
 * says only what is running, which stays true.
 */
public final class RunDisplay implements RunListener {
    /** A run is "long" once it has taken this long; then progress shows. */
    static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;
    /** Progress updates at most this often. */
    static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    private static final AtomicInteger IDS = new AtomicInteger();

    private final DisplaySink sink;
    private final LongSupplier nanoTime;
    private long startedAt;
    private long lastProgress;
    private String progressId;

    /** @param sink where charts go */
    public RunDisplay(DisplaySink sink) {
        this(sink, System::nanoTime);
    }

    /** @param nanoTime the clock (ns), so that tests can make a short run "long" */
    RunDisplay(DisplaySink sink, LongSupplier nanoTime) {
        this.sink = sink;
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(RunStart start) {
        startedAt = nanoTime.getAsLong();
        progressId = null;
    }

    @Override
    public void progress(double t, double tstop) {
        long now = nanoTime.getAsLong();
        if (now - startedAt < PROGRESS_AFTER_NANOS || now - lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastProgress = now;
        double seconds = (now - startedAt) / 1e9;
        if (progressId == null) {
            progressId = "neuron-run-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
            sink.display(Progress.first(t, tstop, seconds), progressId);
        } else {
            sink.update(Progress.bundle(t, tstop, seconds), progressId);
        }
    }

    /**
     * Shows the run's chart. A run stopped by an interrupt has had its interrupt: the chart of its
     * lines is still drawn, and the thread is interrupted again afterwards. An interrupt while the
     * chart is drawn stops the drawing at once: the run's text is shown alone, and a run that had
     * completed then ends with a {@link ChartInterruptedException}, so that the cell stops there.
     */
    @Override
    public void finished(RunRecord record) {
        boolean answered = record != null && record.failure() instanceof RunInterruptedException && Thread.interrupted();
        try {
            Unstoppable.run(() -> show(record));
        } catch (ChartInterruptedException e) {
            clearProgress();
            sink.display(MimeBundle.text(RunChart.summary(record) + " (chart not drawn: interrupted)"), null);
            if (record.completed()) {
                throw new ChartInterruptedException("the chart of \"" + RunChart.title(record) + "\" was not drawn:"
                        + " interrupted while drawing it (the run itself completed)");
            }
        } catch (RuntimeException | LinkageError e) {
            // A chart that cannot be drawn must not hide how the run itself ended.
            System.err.println("could not draw the run's chart: " + e);
            clearProgress(); // the run is over either way: its progress bar must not stay up
        } finally {
            if (answered) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void clearProgress() {
        if (progressId != null) {
            sink.clear(progressId);
            progressId = null;
        }
    }

    private void show(RunRecord record) {
        MimeBundle result;
        if (RunChart.drawable(record)) {
            result = RunChart.bundle(record);
        } else if (record != null && record.rows() > 0 && record.start().file() != null) {
            result = MimeBundle.text(RunChart.summary(record)
                    + " (save at least two variables, e.g. h.ref(\"t\") and a voltage, to get a chart)");
        } else if (record != null && record.columns().isEmpty() && record.failure() == null) {
            // a run that saved nothing is legal (it only advances), but the notebook should say why no chart came
            result = MimeBundle.text("batchRun ran to t = " + io.github.neuronkernel.engine.io.CFormat.g(record.endTime()) + " ms and saved nothing: h.batchSave(h.ref(\"t\"),"
                    + " soma.at(0.5).ref(\"v\")) before a run saves and draws t and v");
        } else {
            result = null;
        }
        clearProgress();
        if (result != null) {
            sink.display(result, null);
        }
    }
}
