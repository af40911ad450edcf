package io.github.neuronkernel.kernel.jshell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries a cell's value out of the snippet that computed it. The evaluator runs a value
 * expression {@code e} as the void call {@code CellValue.keep(e)} rather than letting JShell store
 * it in a new variable {@code $N}: JShell compiles such a temporary variable with an extra type
 * analysis, and imports every earlier one into every later snippet, which made a trivial cell take
 * about twice as long. Values are kept per cell thread, so evaluators in one JVM do not mix them.
 *
 * <p>Public only because the snippets JShell compiles call {@link #keep}; not an API for cells.
 */
public final class CellValue {
    /** The call a wrapped expression starts with: fully qualified, so cells' imports cannot hide it. */
    static final String KEEP_CALL = CellValue.class.getName() + ".keep(";

    private static final Map<Thread, Kept> KEPT = new ConcurrentHashMap<>();

    /** A kept value (the map cannot hold null itself). */
    record Kept(Object value) {}

    private CellValue() {}

    /**
     * Keeps the value of the expression a snippet was wrapped around, for the thread running it.
     *
     * @param value the expression's value, boxed if primitive
     */
    public static void keep(Object value) {
        KEPT.put(Thread.currentThread(), new Kept(value));
    }

    /** @return the source that evaluates {@code expression} and keeps its value */
    static String wrap(String expression) {
        // The closing parenthesis on a line of its own: the expression may end in a // comment.
        return KEEP_CALL + expression + "\n)";
    }

    /** @return and forgets what {@code thread} kept, or null if it kept nothing */
    static Kept take(Thread thread) {
        return KEPT.remove(thread);
    }
}
