package io.github.neuronkernel.engine.solver;

/** Something sampled once at the end of finitialize and once after every step (Vector.record). */
public interface Sampler {
    /** Called by finitialize before its first sample: forget earlier samples and rebind. */
    void restart(Runtime runtime);

    /**
     * Called when the model is discretised again between runs (a changed nseg, a new section):
     * bind to the new runtime; what was sampled so far may stay. By default {@link #restart}.
     */
    default void rebind(Runtime runtime) {
        restart(runtime);
    }

    /** Takes one sample; must not allocate in steady state. */
    void sample();

    /**
     * NEURON's {@code play_init}: called by finitialize right after the event queue is emptied
     * and before v is set; events it sends at t = 0 are delivered before the INITIAL blocks.
     */
    default void playInit() {}

    /**
     * NEURON's {@code record_init}: called by finitialize after every {@link #restart} and before
     * the first {@link #sample}; events it sends at t = 0 are delivered at the end of finitialize.
     */
    default void recordInit() {}

    /**
     * NEURON's {@code fixed_play_continuous}: called twice in every step, at t + dt/2 before the
     * currents and at t + dt before the states, to set continuously played values. Must not allocate.
     */
    default void playContinuous() {}
}
