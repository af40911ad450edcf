package io.github.neuronkernel.engine.run;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.BatchWriter;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.solver.FixedStep;
import io.github.neuronkernel.engine.state.Clock;
import java.nio.file.Path;
import java.util.List;

/**
 * NEURON's {@code batch_run(tstop, tstep, file, comment)}: writes the current state, then steps
 * until {@code tstop}, writing a line whenever t has passed the next output time. Stop and step
 * are shifted down by dt/4 as in NEURON (fadvance.cpp), which fixes exactly which steps print. It
 * does not call finitialize and does not reset t.
 *
 * <p>The file is replaced only when the run completes: lines go to a temporary file beside it,
 * renamed over it at the end. A run that fails (a numerical instability, a full disk) or is
 * interrupted (an interrupt of the running thread stops it after the current step with a {@link
 * RunInterruptedException}) leaves the old file as it was, keeps the complete lines it wrote in
 * {@code NAME.partial}, and says so in its exception's message. Listeners hear {@code finished}
 * however the run ends.
 */
public final class BatchRun {
    /** NEURON's chkarg bound for tstop and tstep (ms). */
    public static final double MAX_TIME = 1e20;

    private final FixedStep stepper;
    private final Clock clock;
    private final Probe[] columns;
    private final List<RunListener> listeners;
    private final RunStart start;
    private final ColumnBuffer kept;

    /**
     * @param stepper the stepper, attached to the current runtime
     * @param clock the globals (t is advanced)
     * @param columns what each output line prints
     * @param start the run's parameters and column names
     * @param listeners who hears about the run (may be empty)
     */
    public BatchRun(FixedStep stepper, Clock clock, Probe[] columns, RunStart start, List<RunListener> listeners) {
        validate(start.tstop(), start.tstep());
        this.stepper = stepper;
        this.clock = clock;
        this.columns = columns;
        this.start = start;
        this.listeners = List.copyOf(listeners);
        this.kept = listeners.isEmpty() ? null : new ColumnBuffer(columns.length, expectedLines(start));
    }

    /**
     * Checks tstop and tstep before anything happens.
     *
     * @throws IllegalArgumentException if either is negative, NaN or above 1e20 ms
     */
    public static void validate(double tstop, double tstep) {
        Validate.inRange("batchRun: tstop", tstop, 0, MAX_TIME, "ms");
        Validate.inRange("batchRun: tstep", tstep, 0, MAX_TIME, "ms");
    }

    /**
     * Runs and writes the file.
     *
     * @return what was written
     * @throws IllegalArgumentException if the file cannot be opened (before any step)
     * @throws RunInterruptedException if the thread is interrupted
     * @throws java.io.UncheckedIOException if the file cannot be written (e.g. the disk is full)
     */
    public RunRecord run() {
        Throwable failure = null;
        BatchWriter out = start.file() == null ? null : BatchWriter.open(Path.of(start.file()));
        try {
            for (RunListener l : listeners) {
                l.started(start);
            }
            if (out != null) {
                out.header(start.comment(), clock.t, start.tstop(), start.tstep(), clock.dt);
            }
            loop(out);
            if (out != null) {
                out.commit();
            }
        } catch (RuntimeException e) {
            failure = out == null ? e : FailureNote.add(e, out.abandon());
            throw (RuntimeException) failure;
        } catch (Error e) {
            failure = e;
            if (out != null) {
                out.abandon();
            }
            throw e;
        } finally {
            // always, however the run ended: the kernel's progress line waits for this to go away
            notifyFinished(failure);
        }
        return kept == null ? new RunRecord(start, new double[columns.length][0], 0, clock.t, null)
                : new RunRecord(start, kept.values(), kept.rows(), clock.t, null);
    }

    private void notifyFinished(Throwable failure) {
        RunRecord record = kept == null ? null : new RunRecord(start, kept.values(), kept.rows(), clock.t, failure);
        for (RunListener l : listeners) {
            try {
                l.finished(record);
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                // the run's own failure is the one to report; one listener must not silence the rest
                failure.addSuppressed(e);
            }
        }
    }

    private void loop(BatchWriter out) {
        output(out);
        double dt = clock.dt;
        double step = start.tstep() - dt / 4.;
        double stop = start.tstop() - dt / 4.;
        double tnext = clock.t + step;
        Thread self = Thread.currentThread();
        while (clock.t < stop) {
            stepper.advance();
            if (clock.t > tnext) {
                output(out);
                tnext = clock.t + step;
            }
            if (self.isInterrupted()) {
                throw new RunInterruptedException(clock.t, start.tstop());
            }
        }
    }

    private void output(BatchWriter out) {
        if (out != null) {
            out.line(columns);
        }
        if (kept != null) {
            kept.add(columns);
            for (RunListener l : listeners) {
                l.progress(clock.t, start.tstop());
            }
        }
    }

    private static int expectedLines(RunStart s) {
        double lines = (s.tstop() - s.tstart()) / Math.max(s.tstep(), s.dt()) + 2;
        return lines > 0 && lines < 1e7 ? (int) lines : 16;
    }
}
