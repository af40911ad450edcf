package io.github.neuronkernel.kernel.jshell;

/**
 * What running a cell gave.
 *
 * @param hasValue whether the cell ended with an expression whose value should be shown
 * @param value that value as an object (may be null)
 * @param valueText JShell's text for that value
 * @param error the failure, or null if the cell ran to its end
 */
public record CellOutcome(boolean hasValue, Object value, String valueText, CellError error) {
    static CellOutcome nothing() {
        return new CellOutcome(false, null, null, null);
    }

    static CellOutcome failed(CellError error) {
        return new CellOutcome(false, null, null, error);
    }

    /** @return whether the cell failed */
    public boolean failed() {
        return error != null;
    }
}
