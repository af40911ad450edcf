package io.github.neuronkernel.kernel.display;

/**
 * Thrown when the thread drawing a chart is interrupted (a notebook's interrupt button): the chart
 * is given up at once rather than finished, and the thread stays interrupted.
 */
public final class ChartInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was not drawn, and why */
    public ChartInterruptedException(String message) {
        super(message);
    }

    /** Throws if the current thread has been interrupted; drawing calls it between its steps. */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ChartInterruptedException("the chart was not drawn: interrupted while drawing it");
        }
    }
}
