package io.github.neuronkernel.engine.nmodl.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code .mod} file into tokens on demand. Comments ({@code : ...}, {@code ? ...} and
 * {@code COMMENT ... ENDCOMMENT}) and white space, line ends included, are skipped: NMODL's grammar
 * does not need them. Units in parentheses are not tokens of their own: the parser asks for the
 * raw text between parentheses where a unit may stand ({@link #rawParenthesised}).
 */
final class Lexer {
    private static final String[] MULTI = {"<->", "<<", "->", "<=", ">=", "==", "!=", "&&", "||"};
    private static final String SINGLE = "(){}[],=+-*/^<>!'~";
    private final Source source;
    private final String text;
    private final int[] lineStarts;
    private int pos;

    Lexer(Source source) {
        this.source = source;
        this.text = source.text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    Source source() {
        return source;
    }

    /** @return the next token */
    Token next() {
        skipBlank();
        if (pos >= text.length()) {
            return token(Token.Kind.END, "", pos);
        }
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            return name(start);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number(start);
        }
        if (c == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) {
                throw error(start, "a string that never ends: add the closing \"");
            }
            pos = end + 1;
            return token(Token.Kind.STRING, text.substring(start + 1, end), start);
        }
        for (String op : MULTI) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return token(Token.Kind.PUNCT, op, start);
            }
        }
        if (SINGLE.indexOf(c) >= 0) {
            pos++;
            return token(Token.Kind.PUNCT, String.valueOf(c), start);
        }
        throw error(start, "unexpected character '" + c + "'");
    }

    private Token name(int start) {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "COMMENT" -> {
                int end = text.indexOf("ENDCOMMENT", pos);
                if (end < 0) {
                    throw error(start, "COMMENT without ENDCOMMENT");
                }
                pos = end + "ENDCOMMENT".length();
                return next();
            }
            case "TITLE" -> {
                int end = lineEnd(pos);
                String title = text.substring(pos, end).strip();
                pos = end;
                return token(Token.Kind.TITLE, title, start);
            }
            case "VERBATIM" -> throw error(start, "VERBATIM blocks (C code inside a .mod file) are not supported:"
                    + " the engine runs no C; write the computation in NMODL statements");
            default -> {
                return token(Token.Kind.NAME, word, start);
            }
        }
    }

    private Token number(int start) {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark; // "2e" is the number 2 followed by the name e
            }
        }
        return token(Token.Kind.NUMBER, text.substring(start, pos), start);
    }

    /**
     * Reads the text between the parenthesis at {@code open} and its partner, and continues after
     * it: a unit such as {@code (mA/cm2)} or {@code (/ms)}.
     */
    String rawParenthesised(Token open) {
        int depth = 0;
        for (int i = open.start(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                pos = i + 1;
                return text.substring(open.start() + 1, i).strip();
            } else if (c == '\n' || c == '\r') {
                break;
            }
        }
        throw error(open.start(), "a parenthesis that is not closed on its line");
    }

    /** Moves back to just before {@code token}, so that it is read again. */
    void reset(Token token) {
        pos = token.start();
    }

    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ':' || c == '?') {
                pos = lineEnd(pos);
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private Token token(Token.Kind kind, String s, int start) {
        int line = lineOf(start);
        return new Token(kind, s, start, line + source.firstLine(), start - lineStarts[line] + 1);
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    NmodlException error(int offset, String message) {
        int line = lineOf(offset);
        return new NmodlException(source, line + source.firstLine(), offset - lineStarts[line] + 1, message);
    }
}
