package io.github.neuronkernel.kernel.sweep;

import java.util.List;

/** The sweeps' worker threads still alive in this JVM. */
final class SweepThreads {
    private SweepThreads() {}

    /** @return their names (a sweep joins its workers before it returns, so there should be none) */
    static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("sweep-") && t.isAlive()).map(Thread::getName).toList();
    }
}
