package io.github.neuronkernel.engine.state;

/**
 * The globals mechanisms read during a step. The facade copies the user's {@code h.dt}, {@code
 * h.celsius}, ... in here before each step and copies {@link #t} back after it.
 */
public final class Clock {
    /** Simulation time (ms); during current evaluation this is the step's midpoint. */
    public double t;
    /**
     * NEURON's hoc global {@code t} during a step (ms): the time the step started from, since
     * fadvance updates it only on return. A {@code Vector.record(t, tvec)} reads this.
     */
    public double stepStart;
    /** Time step (ms). */
    public double dt = 0.025;
    /** Temperature (degC), read by temperature-dependent rates such as hh's q10. */
    public double celsius = 6.3;
    /** 0 for backward Euler; 1 or 2 for Crank-Nicolson (2 also corrects ion currents). */
    public int secondorder;
    /** Whether hh uses its rate table (NEURON's usetable_hh). */
    public boolean useTableHh = true;

    /** @return NEURON's cj: 1/dt, or 2/dt with secondorder (1/ms) */
    public double cj() {
        return secondorder != 0 ? 2.0 / dt : 1.0 / dt;
    }
}
