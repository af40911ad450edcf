package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link SweepTable} as aligned plain text: numbers to the right, words to the left. */
final class SweepText {
    private static final String GAP = "  ";

    private SweepText() {}

    static String write(SweepTable table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(SweepCells.header(table));
        for (int i = 0; i < SweepCells.shown(table); i++) {
            lines.add(SweepCells.cells(table, i));
        }
        boolean[] numeric = SweepCells.numericColumns(table);
        int[] widths = new int[numeric.length];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(table.summary());
        for (List<String> line : lines) {
            out.append('\n').append(line(line, widths, numeric));
        }
        String note = SweepCells.cutNote(table);
        if (note != null) {
            out.append('\n').append(note);
        }
        return out.toString();
    }

    private static String line(List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder out = new StringBuilder();
        int last = cells.size() - 1;
        for (int c = 0; c <= last; c++) {
            String cell = oneLine(cells.get(c));
            if (c > 0) {
                out.append(GAP);
            }
            // the last column (error) is not padded: no trailing blanks
            out.append(numeric[c] ? pad(cell, widths[c], true) : c == last ? cell : pad(cell, widths[c], false));
        }
        return out.toString().stripTrailing();
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String pad(String text, int width, boolean right) {
        String blanks = " ".repeat(Math.max(0, width - text.length()));
        return right ? blanks + text : text + blanks;
    }
}
