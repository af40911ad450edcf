package io.github.neuronkernel.kernel.jshell;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lines of recently run cells, one array per distinct text. Every snippet's {@link
 * SnippetOrigin} keeps its cell's lines for tracebacks for as long as the session lives; a cell run
 * again (a notebook re-run from the top, a cell tweaked back and forth) shares the array of its
 * earlier runs rather than adding a copy of its text each time.
 */
final class CellLines {
    /** Distinct cell texts remembered, the least recently run forgotten first. */
    static final int REMEMBERED = 64;

    private final Map<String, String[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @return the cell's lines, the same array as an earlier run's of the same text if remembered */
    String[] of(String cell) {
        return recent.computeIfAbsent(cell, c -> c.split("\n", -1));
    }
}
