package io.github.neuronkernel.kernel.jshell;

import java.util.Set;

/**
 * Tells, from its first tokens only, whether a snippet can be an expression: it does not start
 * with a keyword that begins a declaration or a statement, nor with a type followed by a name
 * ({@code String s = ...}, {@code List<Double> f()}), nor with a label. A "yes" may be wrong (the
 * evaluator then falls back to giving JShell the snippet as written); a "no" only costs speed.
 */
final class ExpressionShape {
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "char", "class", "continue",
            "default", "do", "double", "else", "enum", "exports", "final", "float", "for", "if",
            "import", "int", "interface", "long", "module", "native", "non", "package", "private",
            "protected", "public", "record", "requires", "return", "sealed", "short", "static",
            "strictfp", "switch", "synchronized", "throw", "transient", "try", "var", "void",
            "volatile", "while", "yield");

    private final String s;
    private int i;

    private ExpressionShape(String source) {
        this.s = source;
    }

    /** @return whether {@code source} may be a Java expression */
    static boolean mayBeExpression(String source) {
        return new ExpressionShape(source).check();
    }

    private boolean check() {
        skipBlanksAndComments();
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '@' || c == '{' || c == ';') {
            return false;
        }
        if (!Character.isJavaIdentifierStart(c)) {
            return true; // a literal, a cast, a unary operator, a parenthesis
        }
        String first = identifier();
        if (STATEMENT_KEYWORDS.contains(first)) {
            return false;
        }
        if (first.equals("new")) {
            return true;
        }
        // A type then a name is a declaration: Name(.Name)* <...>? ([])* Name
        while (true) {
            skipBlanksAndComments();
            if (peek() == ':' && peekAt(1) != ':') {
                return false; // a label: outer: for (...)
            }
            if (peek() != '.') {
                break;
            }
            i++;
            skipBlanksAndComments();
            if (i >= s.length() || !Character.isJavaIdentifierStart(s.charAt(i))) {
                return true; // a.<T>m(), a.new B(), a.class
            }
            identifier();
        }
        if (peek() == '<' && !skipTypeArguments()) {
            return true; // a < b
        }
        skipBlanksAndComments();
        while (peek() == '[') {
            i++;
            skipBlanksAndComments();
            if (peek() != ']') {
                return true; // an index: a[0]
            }
            i++;
            skipBlanksAndComments();
        }
        if (i < s.length() && Character.isJavaIdentifierStart(s.charAt(i))) {
            return identifier().equals("instanceof"); // else a type and a name
        }
        return true;
    }

    /** Skips balanced angle brackets; @return false if they do not close (so not type arguments) */
    private boolean skipTypeArguments() {
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                if (--depth == 0) {
                    i++;
                    return true;
                }
            } else if (!(Character.isJavaIdentifierPart(c) || c == '.' || c == ',' || c == '?'
                    || c == '[' || c == ']' || c == '&' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return false;
    }

    private String identifier() {
        int start = i;
        while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }

    private void skipBlanksAndComments() {
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekAt(int ahead) {
        return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
    }
}
