package io.github.neuronkernel.kernel.jshell;

/**
 * What a cell's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} call instead:
 * {@link ExitCalls} points those calls here when it loads the cell's classes. The cell fails with a
 * message; the kernel stays up.
 *
 * <p>Public because the cells' classes, in a class loader of their own, call it.
 */
public final class CellExit {
    private CellExit() {}

    /**
     * Stands for {@code System.exit(status)}.
     *
     * @throws SecurityException always
     */
    public static void exit(int status) {
        throw refused("System.exit(" + status + ")");
    }

    /**
     * Stands for {@code runtime.exit(status)}.
     *
     * @throws SecurityException always
     */
    public static void exit(Runtime runtime, int status) {
        throw refused("Runtime.exit(" + status + ")");
    }

    /**
     * Stands for {@code runtime.halt(status)}.
     *
     * @throws SecurityException always
     */
    public static void halt(Runtime runtime, int status) {
        throw refused("Runtime.halt(" + status + ")");
    }

    private static SecurityException refused(String call) {
        // SecurityException, as the JDK's own refusal of an exit would be: it is a permission, not a bug
        return new SecurityException(call + " would end the kernel; it is not allowed in a cell"
                + " (to start afresh, restart the kernel from the front end)");
    }
}
