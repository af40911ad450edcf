package io.github.neuronkernel.kernel.sweep;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link SweepTable} as CSV (see {@link SweepTable#toCsv()} for the format). */
final class SweepCsv {
    private SweepCsv() {}

    static String write(SweepTable table) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(table.parameterNames());
        header.addAll(table.resultNames());
        header.addAll(SweepTable.STATUS_COLUMNS);
        line(out, header.stream().map(SweepCsv::quote).toList());
        for (SweepTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            table.parameterNames().forEach(p -> fields.add(field(row.parameters().get(p))));
            table.resultNames().forEach(r -> fields.add(field(row.results().get(r))));
            fields.add(quote(row.status()));
            fields.add(Double.toString(row.seconds()));
            // an error is never an empty string worth keeping apart from none
            fields.add(row.error() == null || row.error().isEmpty() ? "" : quote(row.error()));
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append('\n');
    }

    /** @return a value's field: empty if missing, {@code ""} for an empty string, else its exact text */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = SweepValues.exact(value);
        return text.isEmpty() ? "\"\"" : quote(text);
    }

    /** RFC 4180: quote a field with a separator, quote or line break; blanks at an end too, as readers trim them. */
    static String quote(String text) {
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
