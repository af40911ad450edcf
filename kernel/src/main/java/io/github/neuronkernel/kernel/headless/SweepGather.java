package io.github.neuronkernel.kernel.headless;

import static io.github.neuronkernel.kernel.display.Html.escape;

import io.github.neuronkernel.engine.io.AtomicFile;
import io.github.neuronkernel.kernel.display.ChartImages;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;

/**
 * Gathers a sweep: every point's parameters, glued values and outcome into one table, written as
 * {@code DIR/sweep.csv} and {@code DIR/sweep.html} (the table, and a chart of each glued number
 * against the first parameter, one series per value of the second). Points that have not run yet
 * appear as {@code not run}, so gathering a sweep still under way is safe.
 */
final class SweepGather {
    static final String CSV = "sweep.csv";
    static final String HTML = "sweep.html";

    private SweepGather() {}

    /** @return the table of {@code plan}'s points as they stand now */
    static SweepTable table(SweepPlan plan) throws IOException {
        List<SweepTable.Row> rows = new ArrayList<>();
        Set<String> resultNames = new LinkedHashSet<>();
        for (int i = 0; i < plan.points().size(); i++) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            plan.points().get(i).forEach((name, text) -> parameters.put(name, number(text)));
            PointOutcome outcome = PointOutcome.read(plan.pointFile(i));
            if (outcome == null) {
                rows.add(new SweepTable.Row(parameters, Map.of(), PointOutcome.NOT_RUN, Double.NaN, null));
                continue;
            }
            resultNames.addAll(outcome.glued().keySet());
            rows.add(new SweepTable.Row(parameters, outcome.glued(), outcome.status(), outcome.seconds(),
                    outcome.error()));
        }
        return new SweepTable(plan.names(), new ArrayList<>(resultNames), rows);
    }

    /** Writes sweep.csv and sweep.html, each replaced whole. */
    static SweepTable write(SweepPlan plan) throws IOException {
        SweepTable table = table(plan);
        table.writeCsv(plan.dir().resolve(CSV));
        AtomicFile.writeString(plan.dir().resolve(HTML), html(plan, table));
        return table;
    }

    private static String html(SweepPlan plan, SweepTable table) {
        String title = "Sweep of " + plan.notebook().getFileName();
        long ok = table.rows().stream().filter(r -> PointOutcome.OK.equals(r.status())).count();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em; line-height: 1.4; }\n")
                .append("table { border-collapse: collapse; } td, th { padding: .2em .6em; border-bottom: 1px solid #ddd;"
                        + " text-align: right; }\n")
                .append("img { max-width: 100%; }\n</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>").append(table.rows().size()).append(" points over ")
                .append(escape(String.join(", ", plan.names()))).append(": ").append(ok).append(" ok, ")
                .append(table.rows().size() - ok).append(" not. Notebook: <code>").append(escape(plan.source()))
                .append("</code>. Gathered ")
                .append(escape(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(". Each point's executed notebook and report are in <code>points/NNNN/</code>; the table is also"
                        + " in <code>").append(CSV).append("</code>.</p>\n");
        for (XYChart chart : table.charts()) {
            html.append("<p><img alt=\"").append(escape(chart.getTitle())).append("\" src=\"data:image/png;base64,")
                    .append(ChartImages.png(chart)).append("\"></p>\n");
        }
        html.append(table.toHtml()).append("\n</body></html>\n");
        return html.toString();
    }

    /** @return the value as a Long or Double when it is a plain number, else the text */
    static Object number(String text) {
        if (text.matches("[-+]?\\d{1,18}")) {
            return Long.valueOf(text);
        }
        try {
            if (text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return Double.valueOf(text);
            }
        } catch (NumberFormatException e) {
            // not a number: kept as text
        }
        return text;
    }
}
