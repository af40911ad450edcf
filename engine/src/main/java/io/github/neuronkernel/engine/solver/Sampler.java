package io.github.neuronkernel.engine.solver;

/** Something sampled once at the end of finitialize and once after every step (Vector.record). */
public interface Sampler {
    /** Called by finitialize before its first sample: forget earlier samples and rebind. */
    void restart(Runtime runtime);

    /** Takes one sample; must not allocate in steady state. */
    void sample();
}
