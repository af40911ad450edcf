package io.github.neuronkernel.engine.morphology;

/**
 * A morphology file that cannot be read or makes no sense as a neuron tree. The message names the
 * file, the line (when there is one), the offending value and what is allowed.
 */
public final class MorphologyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message the complete, user-facing description of the problem */
    public MorphologyException(String message) {
        super(message);
    }

    /**
     * @param message the complete, user-facing description of the problem
     * @param cause the underlying I/O error
     */
    public MorphologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
