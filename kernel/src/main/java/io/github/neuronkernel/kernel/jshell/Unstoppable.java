package io.github.neuronkernel.kernel.jshell;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks short sections of a cell's thread that an interrupt must not cut by force, such as drawing
 * the chart of a run that was just interrupted: the kernel waits for them (a bounded time) before
 * it stops the thread.
 */
public final class Unstoppable {
    private static final Set<Thread> PROTECTED = ConcurrentHashMap.newKeySet();

    private Unstoppable() {}

    /** Runs {@code section} on this thread, protected from a forced stop. */
    public static void run(Runnable section) {
        Thread self = Thread.currentThread();
        boolean added = PROTECTED.add(self);
        try {
            section.run();
        } finally {
            if (added) {
                PROTECTED.remove(self);
            }
        }
    }

    static boolean isProtected(Thread thread) {
        return PROTECTED.contains(thread);
    }
}
