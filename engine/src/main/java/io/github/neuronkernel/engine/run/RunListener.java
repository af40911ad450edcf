package io.github.neuronkernel.engine.run;

/**
 * Hears what a simulation's {@code batchRun} is doing: registered with {@code
 * h.addRunListener(listener)}. Called on the thread that runs; keep the work short (the kernel's
 * display layer uses it to draw charts).
 */
public interface RunListener {
    /** A run is about to take its first step. */
    default void started(RunStart start) {}

    /**
     * Called after each output line.
     *
     * @param t the simulation time of the line (ms)
     * @param tstop where the run will stop (ms)
     */
    default void progress(double t, double tstop) {}

    /** The run ended: normally, interrupted or by an error; the record says which. */
    default void finished(RunRecord record) {}
}
