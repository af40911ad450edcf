package io.github.neuronkernel.kernel.widgets;

import java.util.List;

/**
 * How a model function failed, as a cell's failure is shown.
 *
 * @param ename the exception's class
 * @param evalue its message
 * @param traceback the lines to show, pointing at cell lines (they may hold ANSI colours)
 */
public record Failure(String ename, String evalue, List<String> traceback) {
    public Failure {
        evalue = evalue == null ? "" : evalue;
        traceback = List.copyOf(traceback);
    }
}
