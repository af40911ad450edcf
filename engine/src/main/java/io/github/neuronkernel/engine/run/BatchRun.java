package io.github.neuronkernel.engine.run;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.BatchWriter;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.solver.FixedStep;
import io.github.neuronkernel.engine.state.Clock;
import java.nio.file.Path;

/**
 * NEURON's {@code batch_run(tstop, tstep, file, comment)}: writes the current state, then steps
 * until {@code tstop}, writing a line whenever t has passed the next output time. Stop and step
 * are shifted down by dt/4 as in NEURON (fadvance.cpp), which fixes exactly which steps print. It
 * does not call finitialize and does not reset t.
 */
public final class BatchRun {
    /** NEURON's chkarg bound for tstop and tstep (ms). */
    public static final double MAX_TIME = 1e20;

    private BatchRun() {}

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
     * @param stepper the stepper, already attached to the current runtime
     * @param clock the globals (t is advanced)
     * @param columns what to print on each line
     * @param tstop the time to stop (ms)
     * @param tstep the output interval (ms)
     * @param file the output file, or null to run without writing
     * @param comment the first line of the file
     */
    public static void run(FixedStep stepper, Clock clock, Probe[] columns, double tstop, double tstep, Path file,
            String comment) {
        validate(tstop, tstep);
        try (BatchWriter out = file == null ? null : BatchWriter.open(file)) {
            if (out != null) {
                out.header(comment, clock.t, tstop, tstep, clock.dt);
                out.line(columns);
            }
            double dt = clock.dt;
            double step = tstep - dt / 4.;
            double stop = tstop - dt / 4.;
            double tnext = clock.t + step;
            while (clock.t < stop) {
                stepper.advance();
                if (clock.t > tnext) {
                    if (out != null) {
                        out.line(columns);
                    }
                    tnext = clock.t + step;
                }
            }
        }
    }
}
