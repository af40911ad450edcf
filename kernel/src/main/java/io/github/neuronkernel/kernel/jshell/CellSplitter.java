package io.github.neuronkernel.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts a cell into JShell snippets, keeping where each starts in the cell. */
final class CellSplitter {
    /**
     * One snippet of a cell.
     *
     * @param source the snippet's source as JShell wants it (a missing semicolon added)
     * @param start offset in the cell of the snippet's first character
     * @param end offset in the cell just past the snippet
     * @param completeness how complete JShell judged it
     */
    record Piece(String source, int start, int end, Completeness completeness) {}

    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** @return the cell's snippets, in order; blank pieces and lone comments are left out */
    List<Piece> split(String cell) {
        List<Piece> pieces = new ArrayList<>();
        String remaining = cell;
        while (!remaining.isBlank()) {
            int consumedBefore = cell.length() - remaining.length();
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String next = info.remaining();
            int consumedAfter = cell.length() - next.length();
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            int start = skipBlank(cell, consumedBefore, cell.length());
            // JShell counts javac's positions from the source as given but stack-trace lines from
            // its first non-blank line; leading blanks go, so that both count from the same line.
            String source = (info.source() != null ? info.source() : remaining).stripLeading();
            if (!info.completeness().isComplete()) {
                // Incomplete or unknown: hand JShell the rest as is, so javac reports the problem.
                pieces.add(new Piece(remaining.stripLeading(), start, cell.length(), info.completeness()));
                break;
            }
            pieces.add(new Piece(source, start, consumedAfter, info.completeness()));
            if (next.length() >= remaining.length()) {
                break;
            }
            remaining = next;
        }
        return pieces;
    }

    private static int skipBlank(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
