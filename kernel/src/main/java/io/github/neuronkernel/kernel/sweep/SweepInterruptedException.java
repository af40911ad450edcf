package io.github.neuronkernel.kernel.sweep;

/**
 * Thrown by a sweep whose thread was interrupted (the kernel's interrupt button, a headless
 * runner's cell timeout): the cell fails as any interrupted cell does, so cells queued behind it do
 * not run. The points that finished are not lost: the table so far has been shown, and is {@link
 * #table()} for code that catches this.
 *
 * <pre>{@code
 * SweepTable fi;
 * try { fi = sweep(grid, run); } catch (SweepInterruptedException e) { fi = e.table(); }
 * }</pre>
 */
public final class SweepInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SweepTable table;

    SweepInterruptedException(SweepTable table) {
        super("sweep interrupted: " + table.summary() + "; the table so far is shown above"
                + " (catch SweepInterruptedException and call table() to keep it)");
        this.table = table;
    }

    /**
     * @return every point's row: those that finished as they ended, those that were running {@value
     *     SweepTable#INTERRUPTED}, the rest {@value SweepTable#CANCELLED}
     */
    public SweepTable table() {
        return table;
    }
}
