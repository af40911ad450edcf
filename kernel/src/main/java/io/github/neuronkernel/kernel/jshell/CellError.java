package io.github.neuronkernel.kernel.jshell;

import java.util.List;

/**
 * A cell's failure as the front end shows it.
 *
 * @param ename the real exception class (or {@code CompilationError} when javac rejected the cell)
 * @param evalue the exception's message, or javac's first message
 * @param traceback lines to show, pointing at the cell's lines, without kernel frames
 */
public record CellError(String ename, String evalue, List<String> traceback) {
    public CellError {
        evalue = evalue == null ? "" : evalue;
        traceback = List.copyOf(traceback);
    }
}
