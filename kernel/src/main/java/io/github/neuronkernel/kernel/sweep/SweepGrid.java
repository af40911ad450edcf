package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The points of a sweep: every combination of the parameters' values (the Cartesian product), the
 * first parameter varying slowest and the last fastest, as nested loops in parameter order would
 * visit them.
 *
 * <p>Parameter order: a {@link LinkedHashMap}'s or a {@link SortedMap}'s own order; for any other
 * map (such as {@code Map.of}, whose order changes from one JVM to the next) the names sorted
 * alphabetically, so that the same grid always gives the same points, columns and charts.
 */
public final class SweepGrid {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<String> names;
    private final List<List<Object>> values;
    private final int size;

    private SweepGrid(List<String> names, List<List<Object>> values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /**
     * @param grid each parameter's name (letters, digits and _, not starting with a digit) and its
     *     values (numbers, strings or booleans; at least one)
     * @return the checked grid
     * @throws IllegalArgumentException naming the parameter and the value that is wrong, and what is
     *     allowed
     */
    public static SweepGrid of(Map<String, ? extends List<?>> grid) {
        if (grid == null || grid.isEmpty()) {
            throw new IllegalArgumentException("sweep: the grid is " + (grid == null ? "null" : "empty")
                    + "; pass each parameter's name and values, e.g. Map.of(\"amp\", List.of(0.1, 0.2))");
        }
        List<String> names = new ArrayList<>(grid.keySet());
        if (names.contains(null)) { // not grid.containsKey(null): Map.of throws for that
            throw new IllegalArgumentException("sweep: a parameter name is null; names are like amp or tau_ms");
        }
        if (!(grid instanceof LinkedHashMap || grid instanceof SortedMap)) {
            names.sort(null);
        }
        List<List<Object>> values = new ArrayList<>();
        long size = 1;
        for (String name : names) {
            values.add(checked(name, grid.get(name)));
            size *= values.get(values.size() - 1).size();
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("sweep: the grid has more than " + Integer.MAX_VALUE + " points; sweep fewer values");
            }
        }
        return new SweepGrid(List.copyOf(names), List.copyOf(values), (int) size);
    }

    /** @return the parameters' names, in parameter order */
    public List<String> parameterNames() {
        return names;
    }

    /** @return how many points there are (the product of the lists' sizes) */
    public int size() {
        return size;
    }

    /**
     * @param index from 0 to {@link #size()} - 1
     * @return the point there: the last parameter's value changes from one index to the next
     */
    public SweepPoint point(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("sweep: point " + index + " does not exist; there are " + size + " (0 to " + (size - 1) + ")");
        }
        Object[] picked = new Object[names.size()];
        int rest = index;
        for (int i = names.size() - 1; i >= 0; i--) {
            List<Object> list = values.get(i);
            picked[i] = list.get(rest % list.size());
            rest /= list.size();
        }
        Map<String, Object> point = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            point.put(names.get(i), picked[i]);
        }
        return new SweepPoint(index, point);
    }

    private static List<Object> checked(String name, List<?> list) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("sweep: parameter name \"" + name + "\" is not allowed; use letters,"
                    + " digits and _, not starting with a digit (like amp or tau_ms)");
        }
        if (SweepTable.STATUS_COLUMNS.contains(name)) {
            throw new IllegalArgumentException("sweep: parameter name \"" + name + "\" is taken by the table's "
                    + SweepTable.STATUS_COLUMNS + " columns; choose another");
        }
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("sweep: parameter " + name + " has " + (list == null ? "no list (null)" : "an empty list")
                    + "; give it at least one value, e.g. List.of(0.1, 0.2)");
        }
        List<Object> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object value = list.get(i);
            if (!SweepValues.allowed(value)) {
                throw new IllegalArgumentException("sweep: parameter " + name + ", value " + (i + 1) + " of " + list.size()
                        + ", is " + (value == null ? "null" : value + " (" + SweepValues.kind(value) + ")")
                        + "; values are numbers, strings or booleans");
            }
            copy.add(value);
        }
        return copy;
    }
}
