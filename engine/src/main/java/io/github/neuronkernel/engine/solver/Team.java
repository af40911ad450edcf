package io.github.neuronkernel.engine.solver;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The caller's thread plus one helper thread, for running part 0 and part 1 of a step's phase at
 * the same time. A phase lasts tens of microseconds, so the hand-off is a volatile counter: the
 * helper spins on it for a short while after each phase, then parks, and after {@link #IDLE_NANOS}
 * without work it ends (so an abandoned simulation leaves no thread behind; the next phase starts
 * a new one).
 *
 * <p>Helpers are daemon threads and there are at most (processors - 1) of them in the whole JVM:
 * when none is free, or a helper cannot be started, the caller runs both parts itself, one after
 * the other, which gives the same results.
 */
final class Team {
    /** A phase: {@code run(part)} for part 0 and 1. */
    interface Work {
        void run(int part);
    }

    private static final Semaphore HELPERS =
            new Semaphore(Math.max(0, java.lang.Runtime.getRuntime().availableProcessors() - 1));
    /** How long a helper spins for the next phase before parking (ns). */
    private static final long SPIN_NANOS = 100_000;
    /** How long a parked helper waits for work before it ends (ns). */
    private static final long IDLE_NANOS = 1_000_000_000L;

    private final Object lock = new Object();
    private volatile int posted;
    private volatile int done;
    private volatile boolean parked;
    private volatile boolean alive;
    private Thread helper;
    private Work work;
    private Throwable failure;
    /**
     * The last generation whose part 1 someone took: the helper, or the caller if the helper had
     * not started it by the time part 0 was done (a descheduled helper, on a busy machine, would
     * otherwise stall the caller for a time slice of milliseconds).
     */
    private final AtomicInteger claimed = new AtomicInteger();

    /**
     * Runs {@code work.run(0)} on this thread and {@code work.run(1)} on the helper (or here, if
     * the helper has not started it when part 0 is done), and returns when both are done.
     *
     * @throws RuntimeException or Error, whatever either part threw
     */
    void run(Work w) {
        if (!post(w)) {
            w.run(0);
            w.run(1);
            return;
        }
        int g = posted;
        Throwable thrown = null;
        try {
            w.run(0);
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
        boolean mine = claimed.compareAndSet(g - 1, g);
        if (mine) {
            done = g;
        } else {
            await(g);
        }
        // Read and cleared here, whoever ran part 1, so that no failure outlives its own step.
        Throwable helpers = failure;
        failure = null;
        if (thrown == null && mine) {
            w.run(1);
            return;
        }
        if (thrown != null && helpers != null) {
            thrown.addSuppressed(helpers);
        }
        Throwable f = thrown != null ? thrown : helpers;
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    /** @return whether the helper took the work */
    private boolean post(Work w) {
        if (!alive && !start()) {
            return false;
        }
        work = w;
        int g = done + 1;
        posted = g; // publishes work
        if (parked) {
            synchronized (lock) {
                if (alive) {
                    LockSupport.unpark(helper);
                } else if (!start()) {
                    claimed.set(g);
                    done = g; // nobody will take it: the caller runs both parts
                    return false;
                }
            }
        }
        return true;
    }

    private boolean start() {
        synchronized (lock) {
            if (alive) {
                return true;
            }
            if (!HELPERS.tryAcquire()) {
                return false;
            }
            try {
                Thread t = new Thread(this::loop, "neuron-step-helper");
                t.setDaemon(true);
                parked = false;
                alive = true;
                helper = t;
                t.start();
                return true;
            } catch (RuntimeException | OutOfMemoryError e) {
                alive = false;
                HELPERS.release();
                return false;
            }
        }
    }

    private void await(int g) {
        int spins = 0;
        while (done != g) {
            if (++spins < 1_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield(); // lets the helper (or the JIT compiler) have this core on a busy machine
            }
        }
    }

    private void loop() {
        int seen = done;
        while (true) {
            if (!waitForWork(seen)) {
                return;
            }
            seen = posted;
            if (!claimed.compareAndSet(seen - 1, seen)) {
                continue; // the caller took it
            }
            try {
                work.run(1);
            } catch (Throwable t) {
                failure = t;
            }
            done = seen;
        }
    }

    /** @return false if the helper should end (no work for IDLE_NANOS) */
    private boolean waitForWork(int seen) {
        long begin = System.nanoTime();
        int spins = 0;
        while (posted == seen) {
            if (++spins < 1_000) {
                Thread.onSpinWait();
                continue;
            }
            if ((spins & 15) != 0 || System.nanoTime() - begin < SPIN_NANOS) {
                Thread.yield(); // a busy machine's other threads, such as the JIT compiler, may run
                continue;
            }
            parked = true; // written before posted is read again, so post() sees one or the other
            long idleFrom = System.nanoTime();
            while (posted == seen) {
                LockSupport.parkNanos(this, IDLE_NANOS);
                if (posted == seen && System.nanoTime() - idleFrom >= IDLE_NANOS) {
                    synchronized (lock) {
                        if (posted == seen) {
                            alive = false;
                            helper = null;
                            HELPERS.release();
                            return false;
                        }
                    }
                }
            }
            parked = false;
        }
        return true;
    }
}
