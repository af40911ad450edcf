package io.github.neuronkernel.kernel.headless;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Papermill-style parameters: {@code -p name=value} on the command line become Java assignments in
 * a cell injected after the cell tagged {@code parameters}, so they override its defaults.
 */
final class Parameters {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?[dDfFlL]?");

    private final Map<String, String> values = new LinkedHashMap<>();
    /** Names the parameters cell declares as String: their values are quoted even when they look like numbers. */
    private final java.util.Set<String> texts = new java.util.HashSet<>();

    /**
     * @param assignment {@code name=value}
     * @throws IllegalArgumentException if it is not of that form or the name is not a Java identifier
     */
    void add(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("-p " + assignment + ": expected name=value, e.g. -p maxAmp=0.5");
        }
        String name = assignment.substring(0, eq).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("-p " + assignment + ": \"" + name + "\" is not a Java variable name");
        }
        values.put(name, assignment.substring(eq + 1));
    }

    /**
     * Checks every value against the notebook's parameters cell: the name must be declared there and
     * the value fit its type.
     *
     * @throws IllegalArgumentException naming the parameter, its value and what is allowed
     */
    void checkAgainst(ParameterCell cell) {
        values.forEach((name, value) -> {
            if (cell.check("-p", name, value).kind() == ParameterCell.Kind.TEXT) {
                texts.add(name);
            }
        });
    }

    /** @return the value given for {@code name}, as written, or null */
    String value(String name) {
        return values.get(name);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return the names given, in order */
    Iterable<String> names() {
        return values.keySet();
    }

    /** @return Java source assigning every parameter: numbers and booleans as they are, others as strings */
    String injectedSource() {
        StringBuilder src = new StringBuilder("// injected by the headless runner (-p)\n");
        values.forEach((name, value) -> src.append(name).append(" = ")
                .append(texts.contains(name) ? quoted(value) : literal(value)).append(";\n"));
        return src.toString().stripTrailing();
    }

    static String literal(String value) {
        String v = value.strip();
        if (NUMBER.matcher(v).matches() || v.equals("true") || v.equals("false")) {
            return v;
        }
        return quoted(value);
    }

    static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
