package io.github.neuronkernel.kernel.sweep;

import static io.github.neuronkernel.kernel.display.Html.escape;

import java.util.List;

/** Writes a {@link SweepTable} as an HTML table; rows that did not end ok are tinted. */
final class SweepHtml {
    private static final String FAILED_ROW = "background:#fde8e8";
    private static final String OTHER_ROW = "background:#eeeeee;color:#555555";
    private static final String BAD_STATUS = "font-weight:bold;color:#b00020";

    private SweepHtml() {}

    static String write(SweepTable table) {
        StringBuilder out = new StringBuilder("<table class=\"neuron-sweep\">\n<caption>")
                .append(escape(table.summary())).append("</caption>\n<thead><tr>");
        for (String name : SweepCells.header(table)) {
            out.append("<th>").append(escape(name)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        boolean[] numeric = SweepCells.numericColumns(table);
        int statusColumn = numeric.length - 3;
        for (int i = 0; i < SweepCells.shown(table); i++) {
            SweepTable.Row row = table.rows().get(i);
            out.append(rowStart(row));
            List<String> cells = SweepCells.cells(table, i);
            for (int c = 0; c < cells.size(); c++) {
                String style = numeric[c] ? "text-align:right" : "text-align:left";
                if (c == statusColumn && !row.ok()) {
                    style += ";" + BAD_STATUS;
                }
                out.append("<td style=\"").append(style).append("\">").append(escape(cells.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        String note = SweepCells.cutNote(table);
        if (note != null) {
            out.append("<p>").append(escape(note)).append("</p>\n");
        }
        return out.toString();
    }

    private static String rowStart(SweepTable.Row row) {
        if (row.ok()) {
            return "<tr>";
        }
        boolean failed = SweepTable.FAILED.equals(row.status());
        return "<tr class=\"neuron-sweep-" + escape(row.status()) + "\" style=\"" + (failed ? FAILED_ROW : OTHER_ROW) + "\">";
    }
}
