package io.github.neuronkernel.kernel.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a notebook's {@code parameters} cell declares: each variable's name and Java type, read from
 * its declarations ({@code double amp = 0.1;}, {@code int steps = 12, n = 3;}, {@code var name =
 * "x";}), so that a run or a sweep refuses an unknown name or a value of the wrong type before any
 * cell runs. Statements that are not declarations are ignored.
 */
final class ParameterCell {
    /** The kinds of value a declared type accepts. */
    enum Kind {
        REAL("a number"), INTEGER("a whole number"), BOOLEAN("true or false"), TEXT("any text"), ANY("a Java literal");

        final String allowed;

        Kind(String allowed) {
            this.allowed = allowed;
        }
    }

    /** A declared parameter. */
    record Declared(String name, String type, Kind kind) {}

    private static final Pattern DECLARATION = Pattern.compile(
            "(?:final\\s+)?([A-Za-z_$][\\w$.]*(?:<[^=]*>)?(?:\\s*\\[\\s*])*)\\s+([A-Za-z_$][\\w$]*)\\s*(?:=.*)?",
            Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+[lL]?");
    private static final Pattern REAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?[dDfF]?");

    private final Map<String, Declared> declared = new LinkedHashMap<>();

    /** @param source the cell's Java source */
    ParameterCell(String source) {
        for (String statement : topLevel(stripComments(source), ';')) {
            String s = statement.strip();
            if (s.startsWith("import ") || s.isEmpty()) {
                continue;
            }
            // "int a = 1, b = 2": the type comes once, then declarators separated by commas
            java.util.List<String> declarators = topLevel(s, ',');
            Matcher first = DECLARATION.matcher(declarators.get(0).strip());
            if (!first.matches() || first.group(1).equals("return")) {
                continue;
            }
            String type = first.group(1).replaceAll("\\s+", "");
            add(first.group(2), type);
            for (String more : declarators.subList(1, declarators.size())) {
                Matcher m = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:=.*)?", Pattern.DOTALL).matcher(more.strip());
                if (m.matches()) {
                    add(m.group(1), type);
                }
            }
        }
    }

    private void add(String name, String type) {
        declared.put(name, new Declared(name, type, kindOf(type)));
    }

    /** @return the declarations in order */
    Map<String, Declared> declared() {
        return declared;
    }

    /**
     * Checks a value given for a parameter.
     *
     * @param option how the user gave it, for the message (e.g. {@code -p})
     * @throws IllegalArgumentException for a name the cell does not declare, or a value its type
     *     cannot hold
     */
    Declared check(String option, String name, String value) {
        Declared d = declared.get(name);
        if (d == null) {
            throw new IllegalArgumentException(option + " " + name + "=" + value + ": the parameters cell declares no \""
                    + name + "\"; it declares " + describe());
        }
        String v = value.strip();
        boolean fits = switch (d.kind) {
            case REAL -> REAL.matcher(v).matches() || INTEGER.matcher(v).matches();
            case INTEGER -> INTEGER.matcher(v).matches();
            case BOOLEAN -> v.equals("true") || v.equals("false");
            case TEXT, ANY -> true;
        };
        if (!fits) {
            throw new IllegalArgumentException(option + " " + name + "=" + value + ": \"" + name + "\" is declared "
                    + d.type + " in the parameters cell, so its value must be " + d.kind.allowed);
        }
        return d;
    }

    /** @return e.g. {@code amp (double), tau (double)}, or "nothing" */
    String describe() {
        if (declared.isEmpty()) {
            return "nothing (no variable declarations found in it)";
        }
        StringBuilder s = new StringBuilder();
        for (Declared d : declared.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(d.name).append(" (").append(d.type).append(')');
        }
        return s.toString();
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "double", "float", "Double", "Float" -> Kind.REAL;
            case "int", "long", "short", "byte", "Integer", "Long", "Short", "Byte" -> Kind.INTEGER;
            case "boolean", "Boolean" -> Kind.BOOLEAN;
            case "String", "java.lang.String" -> Kind.TEXT;
            default -> Kind.ANY;
        };
    }

    /** Removes // and block comments, leaving string literals alone. */
    static String stripComments(String src) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, src.length());
                out.append(src, i, j);
                i = j;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Splits on {@code separator} outside brackets, braces, parentheses and string literals. */
    static java.util.List<String> topLevel(String src, char separator) {
        java.util.List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j, src.length() - 1);
            } else if (c == '(' || c == '[' || c == '{' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                parts.add(src.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(src.substring(start));
        return parts;
    }
}
