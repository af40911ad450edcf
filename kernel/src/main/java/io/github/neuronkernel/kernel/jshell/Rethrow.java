package io.github.neuronkernel.kernel.jshell;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a failure of cell code that ran outside a cell (a widget's function) back to JShell, so that
 * JShell translates its stack frames as it does a cell's: only JShell knows which snippet a wrapper
 * class such as {@code REPL.$JShell$12} holds and how its lines map to the cell's lines. The
 * failure is thrown again, unchanged, by one throwaway statement ({@link #SNIPPET}).
 *
 * <p>Public only because that statement runs in JShell's own package; not for cells.
 */
public final class Rethrow {
    /** The statement that throws the held failure. */
    static final String SNIPPET = Rethrow.class.getName() + ".held();";

    private static final AtomicReference<Throwable> HELD = new AtomicReference<>();

    private Rethrow() {}

    /** Keeps {@code failure} for the next {@link #held()}. */
    static void hold(Throwable failure) {
        HELD.set(failure);
    }

    /**
     * Throws the failure kept by {@link #hold}, as it was (its own stack trace, not this method's).
     *
     * @throws Throwable the held failure
     */
    public static void held() throws Throwable {
        Throwable failure = HELD.getAndSet(null);
        if (failure == null) {
            throw new IllegalStateException("no failure to rethrow");
        }
        throw failure;
    }
}
