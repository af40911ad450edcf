package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table as people read it, for the HTML and text views: a {@code #} column, parameters
 * exactly, results briefly, seconds to the millisecond. At most {@link #SHOWN_ROWS} rows: a sweep
 * of thousands of points is read from its CSV or charts, not from a page of rows.
 */
final class SweepCells {
    /** The most rows a view shows; the rest are counted in a note. */
    static final int SHOWN_ROWS = 200;

    private SweepCells() {}

    /** @return the column titles */
    static List<String> header(SweepTable table) {
        List<String> names = new ArrayList<>();
        names.add("#");
        names.addAll(table.parameterNames());
        names.addAll(table.resultNames());
        names.addAll(SweepTable.STATUS_COLUMNS);
        return names;
    }

    /** @return the texts of the row at {@code index}, column by column; "" where a value is missing */
    static List<String> cells(SweepTable table, int index) {
        SweepTable.Row row = table.rows().get(index);
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(index));
        table.parameterNames().forEach(p -> cells.add(text(row.parameters().get(p), false)));
        table.resultNames().forEach(r -> cells.add(text(row.results().get(r), true)));
        cells.add(row.status());
        cells.add(String.format(Locale.ROOT, "%.3f", row.seconds()));
        cells.add(row.error() == null ? "" : row.error());
        return cells;
    }

    /** @return for each column, whether it holds numbers only (shown right-aligned) */
    static boolean[] numericColumns(SweepTable table) {
        int p = table.parameterNames().size();
        int r = table.resultNames().size();
        boolean[] numeric = new boolean[1 + p + r + SweepTable.STATUS_COLUMNS.size()];
        numeric[0] = true;
        for (int i = 0; i < p; i++) {
            String name = table.parameterNames().get(i);
            numeric[1 + i] = table.rows().stream().allMatch(row -> isNumberOrAbsent(row.parameters().get(name)));
        }
        for (int i = 0; i < r; i++) {
            String name = table.resultNames().get(i);
            numeric[1 + p + i] = table.rows().stream().allMatch(row -> isNumberOrAbsent(row.results().get(name)));
        }
        numeric[1 + p + r + 1] = true; // seconds
        return numeric;
    }

    /** @return how many rows a view shows */
    static int shown(SweepTable table) {
        return Math.min(SHOWN_ROWS, table.rows().size());
    }

    /** @return the note under a cut table, or null if every row shows */
    static String cutNote(SweepTable table) {
        int hidden = table.rows().size() - shown(table);
        return hidden <= 0 ? null : String.format(Locale.ROOT, "... %,d more rows (all of them are in toCsv() and writeCsv(path))", hidden);
    }

    private static boolean isNumberOrAbsent(Object value) {
        return value == null || SweepValues.numeric(value);
    }

    private static String text(Object value, boolean brief) {
        if (value == null) {
            return "";
        }
        return brief ? SweepValues.brief(value) : SweepValues.label(value);
    }
}
