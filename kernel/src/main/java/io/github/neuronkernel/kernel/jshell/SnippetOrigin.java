package io.github.neuronkernel.kernel.jshell;

/**
 * Where a JShell snippet came from, so that stack frames and javac's messages can name the cell and
 * its line.
 *
 * @param cell the execution count of the cell
 * @param firstLine the cell line (from 1) on which the snippet's source starts
 * @param cellLines the cell's lines
 */
record SnippetOrigin(int cell, int firstLine, String[] cellLines) {
    /** @return the text of a cell line (from 1), or "" when out of range */
    String line(int cellLine) {
        return cellLine >= 1 && cellLine <= cellLines.length ? cellLines[cellLine - 1] : "";
    }
}
