package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.run.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws what a batchRun wrote: x is the first saved column, every other column a series named after
 * its reference, one panel per unit (in the order the columns meet them) sharing the x axis, the
 * title from the comment, axes labelled with variables and units. Same rules as {@code plot(...)}:
 * one {@link Figure}, thinned by pixel column whatever the order of x, one tick format per axis.
 */
public final class RunChart {
    private RunChart() {}

    /** @return whether the run saved something to draw (an x column and at least one more) */
    public static boolean drawable(RunRecord record) {
        return record != null && record.columns().size() >= 2 && record.rows() > 0;
    }

    /**
     * @param record a run with at least two saved columns
     * @return its chart as PNG with {@link #summary} as text
     * @throws ChartInterruptedException if the thread is interrupted while drawing
     */
    public static MimeBundle bundle(RunRecord record) {
        return FigurePainter.bundle(figure(record), summary(record));
    }

    /**
     * @param record a run with at least two saved columns
     * @return its figure: a panel per unit, each titled with its variables and unit
     */
    public static Figure figure(RunRecord record) {
        List<String> columns = record.columns();
        List<String> units = record.start().units();
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int c = 1; c < columns.size(); c++) {
            byUnit.computeIfAbsent(units.get(c), u -> new ArrayList<>()).add(c);
        }
        double[] x = record.column(0);
        List<Figure.Panel> panels = new ArrayList<>();
        for (List<Integer> group : byUnit.values()) {
            Set<String> labels = new LinkedHashSet<>();
            List<Figure.Trace> traces = new ArrayList<>();
            for (int c : group) {
                labels.add(label(columns.get(c), units.get(c)));
                traces.add(new Figure.Trace(columns.get(c), x, record.column(c), LineStyle.SOLID, MarkerShape.NONE, null));
            }
            panels.add(new Figure.Panel(null, String.join(", ", labels), null, traces, traces.size() > 1, false));
        }
        return new Figure(title(record), label(columns.get(0), units.get(0)), null, List.of(), panels,
                Figure.DEFAULT_WIDTH, Figure.defaultHeight(panels.size()), Figure.DEFAULT_SCALE);
    }

    /**
     * @return {@code v (mV)} for {@code soma(0.5).v} in mV, {@code g (uS)} for {@code
     *     ExpSyn[soma(0.5)].g}; the bare variable when it has no unit
     */
    static String label(String column, String unit) {
        int dot = column.lastIndexOf('.');
        String variable = dot > column.lastIndexOf(')') && dot > column.lastIndexOf(']') ? column.substring(dot + 1) : column;
        return unit == null || unit.isEmpty() ? variable : variable + " (" + unit + ")";
    }

    /** @return the text shown beside the chart, and alone where images are not shown */
    public static String summary(RunRecord record) {
        StringBuilder s = new StringBuilder();
        s.append(title(record)).append(": ").append(record.rows()).append(" lines of ");
        for (int c = 0; c < record.columns().size(); c++) {
            String unit = record.start().units().get(c);
            s.append(c == 0 ? "" : ", ").append(record.columns().get(c)).append(unit.isEmpty() ? "" : " (" + unit + ")");
        }
        if (record.start().file() != null && record.completed()) {
            // a failed run did not write the file; its message says where the lines are
            s.append(" written to ").append(record.start().file());
        }
        s.append(", t = ").append(fmt(record.start().tstart())).append(" to ").append(fmt(record.endTime())).append(" ms");
        if (!record.completed()) {
            s.append(" (stopped early: ").append(record.failure().getMessage()).append(")");
        }
        return s.toString();
    }

    /** @return the run's comment, else its file, else "batchRun" */
    static String title(RunRecord record) {
        String comment = record.start().comment();
        if (comment != null && !comment.isBlank()) {
            return comment.strip();
        }
        return record.start().file() != null ? record.start().file() : "batchRun";
    }

    private static String fmt(double v) {
        return CFormat.g(v); // as the file prints it: 2, not 1.999999999999995
    }
}
