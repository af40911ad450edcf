package io.github.neuronkernel.engine.run;

import io.github.neuronkernel.engine.solver.FixedStep;
import io.github.neuronkernel.engine.state.Clock;

/**
 * NEURON's standard run system (stdrun.hoc) for the fixed step: how {@code setdt} fits dt to
 * {@code steps_per_ms}, and how {@code continuerun} steps.
 *
 * <p>{@code continuerun(tstop)} repeats a "step" of {@code nstep} fadvances while {@code t < tstop -
 * dt/2}, so it stops at the step nearest tstop when nstep is 1, and may pass tstop by up to nstep-1
 * steps otherwise, exactly as NEURON does.
 */
public final class StandardRun {
    private StandardRun() {}

    /**
     * NEURON's {@code setdt}: the number of fadvances per 1/steps_per_ms, at least 1.
     *
     * @param stepsPerMs steps_per_ms (1/ms)
     * @param dt the time step (ms)
     */
    public static int stepsPerPlot(double stepsPerMs, double dt) {
        int n = (int) ((1 / stepsPerMs) / dt);
        return n == 0 ? 1 : n;
    }

    /**
     * NEURON's {@code setdt}: the time step (ms) it runs with, {@code 1/(steps_per_ms nstep)} when
     * dt does not already divide 1/steps_per_ms (to 1e-6), otherwise dt unchanged.
     */
    public static double fittedDt(double stepsPerMs, double dt) {
        int n = stepsPerPlot(stepsPerMs, dt);
        return Math.abs(dt * n * stepsPerMs - 1) > 1e-6 ? (1 / stepsPerMs) / n : dt;
    }

    /**
     * Steps until {@code t >= tstop - dt/2}, {@code nstep} fadvances at a time.
     *
     * @throws RunInterruptedException if the thread is interrupted (after the current step)
     */
    public static void continueRun(FixedStep stepper, Clock clock, int nstep, double tstop) {
        double ts = tstop - clock.dt / 2;
        Thread self = Thread.currentThread();
        while (clock.t < ts) {
            for (int i = 0; i < nstep; i++) {
                stepper.advance();
            }
            if (self.isInterrupted()) {
                throw new RunInterruptedException("continuerun interrupted at t = " + clock.t + " ms (of " + tstop
                        + " ms); h.continuerun(" + tstop + ") goes on from there", clock.t);
            }
        }
    }
}
