package io.github.neuronkernel.kernel.widgets;

import java.util.function.Supplier;

/**
 * Runs a model function again when its controls change, outside any cell, the way a cell runs:
 * never alongside a cell, stoppable by an interrupt, its failure shown as a cell's.
 */
@FunctionalInterface
public interface CellRunner {
    /**
     * @param work the call
     * @return its value or its failure
     */
    Outcome call(Supplier<Object> work);

    /**
     * @param value what the call returned (null if it failed)
     * @param failure how it failed, or null
     */
    record Outcome(Object value, Failure failure) {}
}
