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
 *
 * <p>The compiler's management bean takes some tens of milliseconds to load (the management
 * classes), so a daemon thread loads it as soon as a simulation may use a helper ({@link #prepare});
 * until it has, steps count as cold and the caller never waits for it.
 */
final class JitWarmth {
    /** Steps between two looks at the compiler's total time. */
    private static final int INTERVAL = 64;
    /** After this many steps in the JVM, two threads are used whatever the compiler does. */
    private static final long MAX_COLD_STEPS = 200_000;
    /** How long the compiler must have finished nothing (ns). */
    private static final long QUIET_NANOS = 300_000_000L;
    /** The compiler's bean, once the loader thread has it. */
    private static volatile CompilationMXBean compiler;
    private static boolean loading;

    /** {@code -Dneuronkernel.jitGate=false} turns the gate off (for measuring its effect). */
    private static volatile boolean warm = !Boolean.parseBoolean(System.getProperty("neuronkernel.jitGate", "true"));
    private static long steps;
    private static long lastCompileMillis = -1;
    private static long quietSince;

    private JitWarmth() {}

    /** Starts loading the compiler's bean on a daemon thread, once per JVM. */
    static synchronized void prepare() {
        if (loading || warm) {
            return;
        }
        loading = true;
        Thread loader = new Thread(JitWarmth::load, "neuronkernel-jit-watch");
        loader.setDaemon(true);
        try {
            loader.start();
        } catch (OutOfMemoryError | SecurityException e) {
            warm = true; // no way to watch the compiler: no gate
        }
    }

    private static void load() {
        try {
            CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
            if (bean != null && bean.isCompilationTimeMonitoringSupported()) {
                compiler = bean;
                return;
            }
        } catch (RuntimeException | LinkageError e) {
            // fall through: no gate
        }
        warm = true;
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
        if (steps >= MAX_COLD_STEPS) {
            warm = true;
            return true;
        }
        CompilationMXBean bean = compiler;
        if (bean == null) {
            prepare();
            return false;
        }
        long compiled = bean.getTotalCompilationTime();
        long now = System.nanoTime();
        if (compiled != lastCompileMillis) {
            lastCompileMillis = compiled;
            quietSince = now;
        } else if (now - quietSince >= QUIET_NANOS) {
            warm = true;
        }
        return warm;
    }
}
