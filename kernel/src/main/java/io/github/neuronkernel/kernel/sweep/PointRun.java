package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs one point's function and makes its row: the results it returned, checked, or why it did
 * not return any. Nothing a point does escapes, so the other points go on.
 */
final class PointRun {
    private PointRun() {}

    /**
     * @param point the point
     * @param run the sweep's function
     * @param interrupted whether the sweep has been interrupted (a point that fails then was stopped,
     *     it did not fail by itself)
     * @return the point's row
     */
    @SuppressWarnings("deprecation") // ThreadDeath: how a point that ignored its interrupt is stopped
    static SweepTable.Row run(SweepPoint point, Function<? super SweepPoint, ? extends Map<String, ?>> run,
            BooleanSupplier interrupted) {
        long start = System.nanoTime();
        try {
            Map<String, Object> results = checked(point, run.apply(point));
            return new SweepTable.Row(point.values(), results, SweepTable.OK, seconds(start), null);
        } catch (ThreadDeath stopped) {
            return new SweepTable.Row(point.values(), Map.of(), SweepTable.INTERRUPTED, seconds(start),
                    "stopped by force: it went on " + SweepWorkers.GRACE_MS + " ms after the interrupt");
        } catch (Throwable t) { // StackOverflowError and the like too: one point's failure, not the sweep's
            String status = interrupted.getAsBoolean() ? SweepTable.INTERRUPTED : SweepTable.FAILED;
            return new SweepTable.Row(point.values(), Map.of(), status, seconds(start), describe(t));
        }
    }

    /** @return e.g. "IllegalArgumentException: diam = -1 um ...", on one line */
    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? name : name + ": " + message.strip();
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * @return the results, in the map's own order for a LinkedHashMap or SortedMap and sorted by
     *     name otherwise (Map.of's order changes from one JVM to the next; columns must not)
     * @throws IllegalArgumentException for a null map, name or value, a value that is not a number,
     *     string or boolean, or a name a parameter or a status column has
     */
    static Map<String, Object> checked(SweepPoint point, Map<String, ?> results) {
        if (results == null) {
            throw new IllegalArgumentException("the function returned null for point " + point.index() + " (" + point
                    + "); return the results as a map, e.g. Map.of(\"spikes\", n)");
        }
        List<String> names = new ArrayList<>();
        results.forEach((name, value) -> names.add(checkedName(point, name, value)));
        if (!(results instanceof LinkedHashMap || results instanceof SortedMap)) {
            names.sort(null);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        names.forEach(name -> ordered.put(name, results.get(name)));
        return ordered;
    }

    private static String checkedName(SweepPoint point, String name, Object value) {
        String where = "point " + point.index() + " (" + point + ")";
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a result of " + where + " has " + (name == null ? "a null" : "a blank") + " name");
        }
        if (point.values().containsKey(name) || SweepTable.STATUS_COLUMNS.contains(name)) {
            throw new IllegalArgumentException("result \"" + name + "\" of " + where + " has the name of "
                    + (point.values().containsKey(name) ? "a parameter" : "a status column") + "; name it differently");
        }
        if (!SweepValues.allowed(value)) {
            throw new IllegalArgumentException("result \"" + name + "\" of " + where + " is "
                    + (value == null ? "null" : SweepValues.kind(value)) + ", not a number, string or boolean"
                    + (value instanceof Collection<?> || value != null && value.getClass().isArray()
                            ? "; return a single value such as its size, its first element or its mean" : ""));
        }
        return name;
    }

    private static double seconds(long start) {
        // to the microsecond: the digits beyond are noise, and the CSV keeps every digit it is given
        return Math.round((System.nanoTime() - start) / 1e3) / 1e6;
    }
}
