package io.github.neuronkernel.kernel.headless;

import io.github.neuronkernel.kernel.sweep.SweepGrid;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's points: the product of {@code -p name=a,b,c} lists and {@code -p name=start:stop:count}
 * ranges, in the order the options were given (the last parameter varies fastest), optionally
 * times the rows of a {@code --points} CSV file. Values stay text, as written, until they are
 * injected into the notebook.
 */
final class GridOptions {
    /** More points than this is almost certainly a typing mistake in a range. */
    static final int MAX_POINTS = 100_000;

    private final Map<String, List<String>> axes = new LinkedHashMap<>();
    private final List<Map<String, String>> fileRows = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();

    /**
     * Adds {@code name=v1,v2,...} or {@code name=start:stop:count}.
     *
     * @throws IllegalArgumentException naming the option, the value and what is allowed
     */
    void add(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("-p " + option + ": expected name=v1,v2,... or name=start:stop:count,"
                    + " e.g. -p amp=0.1,0.2 or -p amp=0:0.5:11");
        }
        String name = option.substring(0, eq).strip();
        String values = option.substring(eq + 1).strip();
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("-p " + option + ": \"" + name + "\" is not a Java variable name");
        }
        refuseTableColumn("-p " + option, name);
        if (axes.containsKey(name) || fileNames.contains(name)) {
            throw new IllegalArgumentException("-p " + option + ": \"" + name + "\" is given twice");
        }
        axes.put(name, values.matches("[^,]*:[^,]*:[^,]*") ? range(name, values) : list(name, values));
    }

    /** status, seconds and error are the gathered table's own columns. */
    private static void refuseTableColumn(String where, String name) {
        if (SweepTable.STATUS_COLUMNS.contains(name)) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" is the name of one of the table's own"
                    + " columns " + SweepTable.STATUS_COLUMNS + "; rename that variable in the notebook");
        }
    }

    private static List<String> list(String name, String values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("-p " + name + "=: the list of values is empty;"
                    + " give one or more, separated by commas (e.g. -p " + name + "=0.1,0.2)");
        }
        List<String> list = new ArrayList<>();
        for (String v : values.split(",", -1)) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("-p " + name + "=" + values + ": an empty value in the list;"
                        + " separate values by single commas");
            }
            list.add(v.strip());
        }
        return list;
    }

    /** {@code start:stop:count}: count evenly spaced values from start to stop inclusive, in decimal. */
    private static List<String> range(String name, String text) {
        String[] parts = text.split(":");
        String what = "-p " + name + "=" + text + ": ";
        BigDecimal start;
        BigDecimal stop;
        int count;
        try {
            start = new BigDecimal(parts[0].strip());
            stop = new BigDecimal(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + "a range is start:stop:count with numbers for start and stop");
        }
        try {
            count = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + "the count \"" + parts[2].strip() + "\" is not a whole number");
        }
        if (count < 2 || count > MAX_POINTS) {
            throw new IllegalArgumentException(what + "the count is " + count + "; a range needs 2 to " + MAX_POINTS
                    + " values (for one value write -p " + name + "=" + parts[0].strip() + ")");
        }
        // Decimal steps, so 0:0.5:11 gives 0.05, not 0.05000000000000000277
        BigDecimal step = stop.subtract(start).divide(BigDecimal.valueOf(count - 1), MathContext.DECIMAL64);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal v = i == count - 1 ? stop : start.add(step.multiply(BigDecimal.valueOf(i)), MathContext.DECIMAL64);
            values.add(plain(v));
        }
        return values;
    }

    private static String plain(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Reads points from a CSV file: a header of parameter names, then one point per row.
     *
     * @throws IllegalArgumentException naming the file, line and what is wrong
     */
    void addFile(Path file) throws IOException {
        if (!fileNames.isEmpty()) {
            throw new IllegalArgumentException("--points is given twice; put all points in one file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--points " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = Csv.parseLine(line, file + ":" + lineNo);
            if (fileNames.isEmpty()) {
                for (String n : cells) {
                    String name = n.strip();
                    if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*") || fileNames.contains(name) || axes.containsKey(name)) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": header \"" + name + "\" is not a Java"
                                + " variable name, or is given twice; the first line names the parameters, e.g. amp,tau");
                    }
                    refuseTableColumn(file + ":" + lineNo, name);
                    fileNames.add(name);
                }
                continue;
            }
            if (cells.size() != fileNames.size()) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + cells.size() + " values, but the header"
                        + " names " + fileNames.size() + " parameters (" + String.join(",", fileNames) + ")");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).isBlank()) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": the value of " + fileNames.get(i)
                            + " is empty");
                }
                row.put(fileNames.get(i), cells.get(i).strip());
            }
            fileRows.add(row);
        }
        if (fileNames.isEmpty() || fileRows.isEmpty()) {
            throw new IllegalArgumentException("--points " + file + ": no points; the file needs a header line of"
                    + " parameter names and at least one line of values");
        }
    }

    /** @return the parameter names: the file's columns first, then the -p options in order */
    List<String> names() {
        List<String> names = new ArrayList<>(fileNames);
        names.addAll(axes.keySet());
        return names;
    }

    /** @return every point, as name to value text; the last parameter varies fastest */
    List<Map<String, String>> points() {
        if (axes.isEmpty() && fileRows.isEmpty()) {
            throw new IllegalArgumentException("no parameters to sweep; give -p name=v1,v2,... or --points FILE.csv");
        }
        long n = fileRows.isEmpty() ? 1 : fileRows.size();
        for (List<String> values : axes.values()) {
            n *= values.size();
            if (n > MAX_POINTS) {
                throw new IllegalArgumentException("the sweep has more than " + MAX_POINTS + " points; split it");
            }
        }
        // the -p lists' product is the in-notebook sweep's grid (last parameter fastest), in option order
        SweepGrid grid = axes.isEmpty() ? null : SweepGrid.of(new LinkedHashMap<>(axes));
        List<Map<String, String>> points = new ArrayList<>();
        for (Map<String, String> row : fileRows.isEmpty() ? List.of(Map.<String, String>of()) : fileRows) {
            for (int i = 0; i < (grid == null ? 1 : grid.size()); i++) {
                Map<String, String> point = new LinkedHashMap<>(row);
                if (grid != null) {
                    grid.point(i).values().forEach((name, value) -> point.put(name, (String) value));
                }
                points.add(point);
            }
        }
        return points;
    }
}
