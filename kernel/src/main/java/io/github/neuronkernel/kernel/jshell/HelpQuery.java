package io.github.neuronkernel.kernel.jshell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell that asks for help as IPython users ask: {@code name?} (what it is and its documentation)
 * or {@code name??} (also the source of what the notebook itself declared under that name).
 * {@code name} is a variable, a field chain or a method name ({@code h.batchRun}, {@code soma.L},
 * {@code Vector}); nothing is called to answer, so asking has no side effect.
 *
 * @param name the dotted name asked about
 * @param more whether {@code ??} asked for the source too
 */
record HelpQuery(String name, boolean more) {
    private static final Pattern QUERY = Pattern.compile(
            "\\s*(\\?{1,2})?\\s*([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*(?:\\(\\s*\\))?\\s*(\\?{1,2})?\\s*;?\\s*");

    /** @return the query a cell asks, or null if the cell is not a help query */
    static HelpQuery parse(String cell) {
        Matcher m = QUERY.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        String marks = m.group(3) != null ? m.group(3) : m.group(1); // name? or ?name, as IPython
        if (marks == null || (m.group(1) != null && m.group(3) != null)) {
            return null;
        }
        return new HelpQuery(m.group(2).replaceAll("\\s+", ""), marks.length() == 2);
    }

    /** @return the last identifier of the name ({@code batchRun} of {@code h.batchRun}) */
    String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
