package io.github.neuronkernel.kernel.jshell;

import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Remembers which cell threads had a read of {@code System.in} interrupted, so that the cell's error
 * can say so.
 *
 * <p>Needed because {@link java.util.Scanner}, the usual way cells read input, catches the {@link
 * InterruptedIOException} that the kernel's stdin throws and answers as if input had ended: {@code
 * nextLine()} fails with {@code NoSuchElementException: No line found}, which reads like a bug in
 * the cell rather than the interrupt the user asked for. Readers that pass the exception on (such as
 * {@link java.io.BufferedReader}) already show it.
 */
public final class InputInterrupts {
    /** What a cell stopped while waiting for input reports. */
    public static final String MESSAGE = "input interrupted: the cell was stopped while waiting for input";

    /** Weak: a thread that is never asked about (one the cell started itself) is not kept alive. */
    private static final Set<Thread> INTERRUPTED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private InputInterrupts() {}

    /**
     * Records that the current thread's wait for input was interrupted.
     *
     * @return the exception for the interrupted read to throw
     */
    public static InterruptedIOException interrupted() {
        INTERRUPTED.add(Thread.currentThread());
        return new InterruptedIOException(MESSAGE);
    }

    /**
     * Forgets the cell thread and says how its failure should be shown: a Scanner's "no line found"
     * after its input was interrupted becomes an {@link InterruptedIOException} with {@link
     * #MESSAGE}, at the same place in the cell; anything else is shown as it is.
     *
     * @param cell the thread that ran the cell, which has ended
     * @param failure what the cell threw, or null if it completed
     * @return the failure to report (null if none)
     */
    static Throwable explain(Thread cell, Throwable failure) {
        boolean inputInterrupted = INTERRUPTED.remove(cell);
        if (!inputInterrupted || !(failure instanceof NoSuchElementException) || !thrownByScanner(failure)) {
            return failure;
        }
        InterruptedIOException e = new InterruptedIOException(MESSAGE);
        // The Scanner's frames and the cell line that called it: where the cell was waiting.
        e.setStackTrace(failure.getStackTrace());
        return e;
    }

    /** Only the Scanner's own "no more input": a NoSuchElementException from elsewhere is the cell's. */
    private static boolean thrownByScanner(Throwable failure) {
        return Arrays.stream(failure.getStackTrace()).limit(8)
                .anyMatch(f -> f.getClassName().equals("java.util.Scanner"));
    }
}
