package io.github.neuronkernel.engine.run;

/**
 * Thrown when the thread running a batchRun is interrupted. The output file keeps its previous
 * contents, the lines written before the interrupt are in {@code NAME.partial}, and the simulation
 * can continue from {@link #time()} with another batchRun.
 */
public class RunInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final double time;

    /** @param time the simulation time reached (ms) */
    public RunInterruptedException(double time, double tstop) {
        super("batchRun interrupted at t = " + time + " ms (of " + tstop + " ms)");
        this.time = time;
    }

    /**
     * @param message what was interrupted and how to go on
     * @param time the simulation time reached (ms)
     */
    public RunInterruptedException(String message, double time) {
        super(message);
        this.time = time;
    }

    /** @return the simulation time reached (ms) */
    public double time() {
        return time;
    }
}
