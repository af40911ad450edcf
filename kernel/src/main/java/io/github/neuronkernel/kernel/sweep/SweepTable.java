package io.github.neuronkernel.kernel.sweep;

import io.github.neuronkernel.engine.io.AtomicFile;
import io.github.neuronkernel.kernel.display.HtmlValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;

/**
 * A sweep's results: one row per point, with the point's parameter values, the results it
 * returned, how it ended and how long it took. As a cell's value it shows as an HTML table (text in
 * a terminal); {@code plot(table)} draws it.
 *
 * <pre>{@code
 * var table = sweep(Map.of("amp", List.of(0.1, 0.2, 0.3)), p -> { ...; return Map.of("spikes", n); });
 * table.writeCsv(Path.of("fi.csv"));
 * plot(table)                         // spikes against amp
 * }</pre>
 *
 * <p>Columns: the parameters in their order (the first is x in charts), then the results in the
 * order they were first met, then {@code status} ({@value #OK}, {@value #FAILED}, {@value
 * #INTERRUPTED}, {@value #CANCELLED}), {@code seconds} and {@code error}. A table is immutable.
 */
public final class SweepTable implements HtmlValue {
    /** Status of a point that returned its results. */
    public static final String OK = "ok";
    /** Status of a point whose run threw or returned something that is not a result. */
    public static final String FAILED = "failed";
    /** Status of a point that was running when the sweep was interrupted and did not finish. */
    public static final String INTERRUPTED = "interrupted";
    /** Status of a point that never started because the sweep was interrupted. */
    public static final String CANCELLED = "cancelled";
    /** The columns every table ends with; no parameter or result may take their names. */
    public static final List<String> STATUS_COLUMNS = List.of("status", "seconds", "error");

    /**
     * One point's outcome.
     *
     * @param parameters the point's values by parameter name
     * @param results its results by name (numbers, strings or booleans); empty unless it ran
     * @param status {@value #OK}, {@value #FAILED}, {@value #INTERRUPTED}, {@value #CANCELLED}, or
     *     another word the producer of the table chose
     * @param seconds how long the point ran (wall clock); 0 if it never started
     * @param error why it did not end {@value #OK} (an exception's simple class name and message), or
     *     null
     */
    public record Row(Map<String, Object> parameters, Map<String, Object> results, String status, double seconds,
            String error) {
        /** Copies the maps (keeping their order), read-only; refuses null names and values. */
        public Row {
            parameters = readOnlyCopy("parameters", parameters);
            results = readOnlyCopy("results", results);
            if (status == null || status.isBlank()) {
                throw new IllegalArgumentException("SweepTable.Row: status is " + (status == null ? "null" : "blank")
                        + "; use \"" + OK + "\", \"" + FAILED + "\", \"" + INTERRUPTED + "\" or \"" + CANCELLED + "\"");
            }
        }

        /** @return whether the point returned its results */
        public boolean ok() {
            return OK.equals(status);
        }
    }

    private final List<String> parameterNames;
    private final List<String> resultNames;
    private final List<Row> rows;

    /**
     * @param parameterNames the parameters, in column order (the first is x in charts, the second
     *     tells series apart)
     * @param resultNames the results, in column order
     * @param rows the points, in the order to show them
     * @throws IllegalArgumentException for a null or repeated name, a name of {@link
     *     #STATUS_COLUMNS}, or a row with a name not among the columns
     */
    public SweepTable(List<String> parameterNames, List<String> resultNames, List<Row> rows) {
        this.parameterNames = List.copyOf(nonNull("parameterNames", parameterNames));
        this.resultNames = List.copyOf(nonNull("resultNames", resultNames));
        this.rows = List.copyOf(nonNull("rows", rows));
        checkColumns();
    }

    /** @return the parameters' names, in column order */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** @return the results' names, in column order */
    public List<String> resultNames() {
        return resultNames;
    }

    /** @return the rows, one per point */
    public List<Row> rows() {
        return rows;
    }

    /** @return how many rows have this status */
    public int count(String status) {
        return (int) rows.stream().filter(r -> r.status().equals(status)).count();
    }

    /** @return e.g. "64 points: 62 ok, 2 failed" (statuses in the order first met) */
    public String summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status));
        return rows.size() + (rows.size() == 1 ? " point" : " points") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    /**
     * The table as CSV: a header (parameters, results, status, seconds, error) and one line per row,
     * each ended by {@code \n}. Fields with a comma, a quote, a line break or blanks at an end are
     * quoted as RFC 4180 says (quotes doubled); a missing value is an empty field, an empty string
     * {@code ""}. Numbers read back exactly: doubles as {@link Double#toString} (digits that
     * parse back to the same bits, e.g. {@code 0.1}, {@code 1.0E-7}; {@code NaN}, {@code
     * Infinity}), integers as written.
     */
    public String toCsv() {
        return SweepCsv.write(this);
    }

    /**
     * Writes {@link #toCsv()} to a file, atomically: the file is replaced whole or not at all.
     *
     * @throws IOException naming the file and why (the old file is then unchanged)
     */
    public void writeCsv(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("writeCsv: file is null; pass a path such as Path.of(\"sweep.csv\")");
        }
        AtomicFile.writeString(file, toCsv());
    }

    /**
     * The table as HTML (every value escaped): rows that did not end ok are tinted and their status
     * is bold; results show {@value SweepValues#BRIEF_DIGITS} significant digits (the CSV has all).
     */
    @Override
    public String toHtml() {
        return SweepHtml.write(this);
    }

    /** @return the summary and the table as aligned plain text, for terminals */
    @Override
    public String toString() {
        return SweepText.write(this);
    }

    /**
     * One chart per numeric result: the result against the first parameter, one series per value
     * of the other parameters (legend "tau = 2"), or a single series if there is one parameter.
     * Points that did not end ok, or lack the result, are left out; each series runs in increasing
     * x. Empty if the first parameter is not numeric.
     *
     * @return the charts, in result column order
     */
    public List<XYChart> charts() {
        return SweepCharts.all(this);
    }

    /**
     * @param resultName a numeric result
     * @return its chart, as {@link #charts()} draws it
     * @throws IllegalArgumentException if there is no such numeric result, or the first parameter
     *     is not numeric
     */
    public XYChart chart(String resultName) {
        return SweepCharts.of(this, resultName);
    }

    private void checkColumns() {
        Set<String> seen = new HashSet<>(STATUS_COLUMNS);
        for (String name : concat(parameterNames, resultNames)) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("SweepTable: column \"" + name + "\" "
                        + (STATUS_COLUMNS.contains(name) ? "is reserved for the status columns " + STATUS_COLUMNS
                                : "appears twice") + "; give each parameter and result its own name");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = nonNull("rows[" + i + "]", rows.get(i));
            checkKeys(i, "parameter", row.parameters().keySet(), parameterNames);
            checkKeys(i, "result", row.results().keySet(), resultNames);
        }
    }

    private static void checkKeys(int row, String kind, Set<String> keys, List<String> columns) {
        for (String key : keys) {
            if (!columns.contains(key)) {
                throw new IllegalArgumentException("SweepTable: row " + row + " has " + kind + " \"" + key
                        + "\", which is not a column; the " + kind + " columns are " + columns);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T nonNull(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException("SweepTable: " + what + " is null");
        }
        return value;
    }

    private static Map<String, Object> readOnlyCopy(String what, Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        nonNull("Row." + what, map).forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException("SweepTable.Row: " + what + " has a null " + (k == null ? "name" : "value for \"" + k + "\"")
                        + "; leave a missing value out of the map");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
