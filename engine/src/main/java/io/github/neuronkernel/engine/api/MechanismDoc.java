package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * One mechanism as {@code h.help(name)} and {@code docs/mechanisms.md} describe it: a header saying
 * what it is and how to use it, then a table of its variables (name as users write it, kind, unit,
 * default, allowed range, meaning) and one of its globals.
 *
 * @param name its name, e.g. {@code hh}
 * @param kind what it is, e.g. {@code density mechanism}
 * @param usage how to use it, e.g. {@code sec.insert("hh")}
 * @param source the file it was loaded from, or empty for a built-in
 * @param about what it does (a loaded one's TITLE), or empty
 * @param variables its variables, in NEURON's order
 * @param globals its globals
 */
record MechanismDoc(String name, String kind, String usage, String source, String about, List<Row> variables,
        List<Row> globals) {
    /**
     * One line of a table.
     *
     * @param name as users write it, e.g. {@code gnabar_hh}
     * @param kind parameter, assigned, state or global
     * @param unit e.g. {@code S/cm2}, empty for none
     * @param value the default (a global's present value in help), empty for a computed value
     * @param allowed the range users may set, e.g. {@code >= 0}, empty for a computed value
     * @param meaning what it is
     */
    record Row(String name, String kind, String unit, String value, String allowed, String meaning) {
        /** @return the row of variable {@code v}, whose users' name is {@code v.name() + suffix} */
        static Row of(Variable v, String suffix) {
            boolean settable = v.kind() == Variable.Kind.PARAMETER;
            return new Row(v.name() + suffix, v.kind().name().toLowerCase(), unit(v.unit()),
                    settable ? CFormat.g(v.defaultValue()) : "", settable ? allowed(v) : "", v.meaning());
        }

        /** @return the row of a global, with its value */
        static Row global(Variable v, String name, double value) {
            return new Row(name, "global", unit(v.unit()), CFormat.g(value), allowed(v), v.meaning());
        }

        private static String unit(String unit) {
            return unit.equals("1") ? "" : unit;
        }

        /** @return the range in words: {@code > 0}, {@code >= 0}, {@code 0 to 1e9}, {@code finite} or {@code any} */
        static String allowed(Variable v) {
            if (v.allowsInfinity()) {
                return "any";
            }
            if (v.isUnbounded()) {
                return "finite";
            }
            if (v.mustBePositive()) {
                return "> 0";
            }
            if (v.max() == Double.MAX_VALUE) {
                return ">= " + CFormat.g(v.min());
            }
            if (v.min() == -Double.MAX_VALUE) {
                return "<= " + CFormat.g(v.max());
            }
            return CFormat.g(v.min()) + " to " + CFormat.g(v.max());
        }

        String[] cells() {
            return new String[] {name, kind, unit, value, allowed, meaning};
        }
    }

    private static final String[] HEAD = {"variable", "kind", "unit", "default", "allowed", "meaning"};
    private static final String[] GLOBAL_HEAD = {"global", "kind", "unit", "value", "allowed", "meaning"};

    /** @return the description as aligned plain text, as {@code h.help} prints it */
    String text() {
        StringBuilder out = new StringBuilder(name).append(" (").append(kind).append(": ").append(usage).append(")");
        if (!source.isEmpty()) {
            out.append(", from ").append(source);
        }
        if (!about.isEmpty()) {
            out.append("\n").append(sentence(about));
        }
        table(out, HEAD, variables);
        table(out, GLOBAL_HEAD, globals);
        return out.toString();
    }

    private static void table(StringBuilder out, String[] head, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (head == GLOBAL_HEAD) {
            out.append("\n");
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(head);
        rows.forEach(r -> lines.add(r.cells()));
        int[] width = new int[head.length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder b = new StringBuilder("  ");
            for (int c = 0; c < line.length; c++) {
                b.append(line[c]).append(c + 1 < line.length ? " ".repeat(width[c] - line[c].length() + 2) : "");
            }
            out.append("\n").append(b.toString().stripTrailing());
        }
    }

    /** @return the description as a Markdown section: a heading, the header, and its tables */
    String markdown() {
        StringBuilder out = new StringBuilder("## ").append(name).append("\n\n").append(capitalised(kind))
                .append(": `").append(usage).append("`.");
        if (!about.isEmpty()) {
            out.append(" ").append(sentence(about));
        }
        out.append("\n");
        markdownTable(out, HEAD, variables);
        markdownTable(out, GLOBAL_HEAD, globals);
        return out.toString();
    }

    private static void markdownTable(StringBuilder out, String[] head, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n| ").append(String.join(" | ", head)).append(" |\n|");
        out.append(" --- |".repeat(head.length)).append("\n");
        for (Row r : rows) {
            String[] cells = r.cells();
            for (int c = 0; c < cells.length; c++) {
                cells[c] = c == 0 ? "`" + cells[c] + "`" : cells[c].replace("|", "\\|");
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
    }

    /** @return {@code s} as a sentence: capitalised, ending in a full stop */
    private static String sentence(String s) {
        String c = capitalised(s.strip());
        return c.endsWith(".") ? c : c + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
