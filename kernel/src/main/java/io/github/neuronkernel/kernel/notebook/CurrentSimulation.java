package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;

/**
 * The simulation a notebook made last with {@code newSimulation()} (at start, {@code h}): the one
 * whose mechanisms and variables completion and inspection offer inside strings. Cells run in the
 * kernel's own JVM, so the kernel sees the object itself.
 */
public final class CurrentSimulation {
    private static volatile Simulation current;

    private CurrentSimulation() {}

    static void set(Simulation h) {
        current = h;
    }

    /** @return the simulation made last, or null before the first */
    public static Simulation get() {
        return current;
    }
}
