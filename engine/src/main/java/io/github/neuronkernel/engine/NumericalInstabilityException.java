package io.github.neuronkernel.engine;

/**
 * Thrown when a membrane potential becomes NaN or infinite during a run. The message names the
 * simulation time and the section where it happened; the simulation stays usable (reinitialise with
 * {@code finitialize}).
 */
public class NumericalInstabilityException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final double time;
    private final String section;

    /**
     * @param time the simulation time (ms) at the end of the step that diverged
     * @param section the name of the section holding the first non-finite node
     * @param value the non-finite value found
     */
    public NumericalInstabilityException(double time, String section, double value) {
        super("membrane potential became " + value + " mV in section " + section + " at t = " + time
                + " ms; the model is numerically unstable (try a smaller dt, or check parameters)");
        this.time = time;
        this.section = section;
    }

    /**
     * @param message what went wrong, where and when
     * @param time the simulation time (ms) at which it happened
     * @param where the section or mechanism where it happened
     */
    public NumericalInstabilityException(String message, double time, String where) {
        super(message);
        this.time = time;
        this.section = where;
    }

    /** @return the simulation time (ms) at which the run stopped */
    public double time() {
        return time;
    }

    /** @return the name of the section where v stopped being finite */
    public String section() {
        return section;
    }
}
