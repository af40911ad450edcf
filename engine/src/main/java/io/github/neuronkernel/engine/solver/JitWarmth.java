package io.github.neuronkernel.engine.solver;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JIT compiler has finished with the stepping code, JVM-wide. While it is still
 * compiling, its thread needs the second processor more than a helper thread does (a fresh JVM's
 * first run is otherwise slower with two threads than with one), so steps use one thread until the
 * compiler has finished nothing for {@link #QUIET_NANOS} of stepping (its total time only grows when
 * a compilation ends, so a short quiet spell may just be one long compilation), or at most
 * {@link #MAX_COLD_STEPS} steps.
 * This changes only who computes what, never the results.
 */
final class JitWarmth {
    /** Steps between two looks at the compiler's total time. */
    private static final int INTERVAL = 64;
    /** After this many steps in the JVM, two threads are used whatever the compiler does. */
    private static final long MAX_COLD_STEPS = 200_000;
    /** How long the compiler must have finished nothing (ns). */
    private static final long QUIET_NANOS = 300_000_000L;
    private static final CompilationMXBean COMPILER = compiler();

    /** {@code -Dneuronkernel.jitGate=false} turns the gate off (for measuring its effect). */
    private static volatile boolean warm = COMPILER == null
            || !Boolean.parseBoolean(System.getProperty("neuronkernel.jitGate", "true"));
    private static long steps;
    private static long lastCompileMillis = -1;
    private static long quietSince;

    private JitWarmth() {}

    private static CompilationMXBean compiler() {
        try {
            CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
            return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Counts a step; @return whether a helper thread may be used for it */
    static boolean warm() {
        if (warm) {
            return true;
        }
        return check();
    }

    private static synchronized boolean check() {
        if (warm) {
            return true;
        }
        if (++steps % INTERVAL != 0) {
            return false;
        }
        long compiled = COMPILER.getTotalCompilationTime();
        long now = System.nanoTime();
        if (compiled != lastCompileMillis) {
            lastCompileMillis = compiled;
            quietSince = now;
        } else if (now - quietSince >= QUIET_NANOS) {
            warm = true;
        }
        if (steps >= MAX_COLD_STEPS) {
            warm = true;
        }
        return warm;
    }
}
