package io.github.neuronkernel.engine.morphology;

import io.github.neuronkernel.engine.morphology.NeurolucidaToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Neurolucida ASCII text into tokens the way NEURON 8.2.2's {@code Import3d_Neurolucida3}
 * does, line by line, so that the parser sees the same tokens NEURON's parser sees.
 *
 * <p>NEURON tries, at each position: a number as C's {@code scanf("%lf")} reads one (so {@code 1e}
 * is 1, {@code inf} and {@code nan} are numbers and {@code 12ab} is 12 followed by {@code ab}),
 * then {@code ( ) , | < >}, then {@code set} (any case of the first letter, or {@code SET}) and
 * {@code RGB} when more text follows on the line, a string in double quotes that ends on its
 * line, and a label of letters, digits and underscores. A {@code ;} starts a comment to the end of
 * the line. Unlike NEURON, which stops at a tab before the end of a line, every kind of white
 * space separates tokens.
 */
final class NeurolucidaLexer {
    private final String text;
    private final List<NeurolucidaToken> out = new ArrayList<>();
    private int lineNo;
    private int lineStart;
    private int lineEnd;

    private NeurolucidaLexer(String text) {
        this.text = text;
    }

    /** @return the tokens of {@code text}, ending with one {@link Kind#EOF} */
    static List<NeurolucidaToken> tokens(String text) {
        NeurolucidaLexer lexer = new NeurolucidaLexer(text);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            lineEnd = nl < 0 ? text.length() : nl;
            lineStart = pos;
            lineNo++;
            line();
            pos = lineEnd + 1;
        }
        out.add(new NeurolucidaToken(Kind.EOF, "", 0, Math.max(lineNo, 1), 1));
    }

    private void line() {
        int i = lineStart;
        while (true) {
            while (i < lineEnd && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == lineEnd || text.charAt(i) == ';') {
                return;
            }
            i = token(i);
        }
    }

    /** Reads the token at {@code i}; @return where the next one may start. */
    private int token(int i) {
        int end = NumberScan.end(text, i, lineEnd);
        if (end > i) {
            add(Kind.NUMBER, i, end, NumberScan.value(text.substring(i, end)));
            return end;
        }
        char c = text.charAt(i);
        Kind single = switch (c) {
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case ',' -> Kind.COMMA;
            case '|' -> Kind.BAR;
            case '<' -> Kind.SPINE_OPEN;
            case '>' -> Kind.SPINE_CLOSE;
            default -> null;
        };
        if (single != null) {
            add(single, i, i + 1, 0);
            return i + 1;
        }
        if ((startsWith(i, "set") || startsWith(i, "Set") || startsWith(i, "SET")) && moreOnLine(i + 3)) {
            add(Kind.SET, i, i + 3, 0);
            return i + 3;
        }
        if (startsWith(i, "RGB") && moreOnLine(i + 3)) {
            add(Kind.RGB, i, i + 3, 0);
            return i + 3;
        }
        if (c == '"') {
            return string(i);
        }
        int j = i;
        while (j < lineEnd && isLabelChar(text.charAt(j))) {
            j++;
        }
        if (j > i) {
            add(Kind.LABEL, i, j, 0);
            return j;
        }
        add(Kind.ERROR, i, i + 1, 0);
        return i + 1;
    }

    /** A string ends at the next quote on its line; NEURON drops the rest of a line without one. */
    private int string(int i) {
        int close = text.indexOf('"', i + 1);
        if (close < 0 || close >= lineEnd) {
            add(Kind.ERROR, i, lineEnd, 0);
            return lineEnd;
        }
        out.add(new NeurolucidaToken(Kind.STRING, text.substring(i + 1, close), 0, lineNo, i - lineStart + 1));
        return close + 1;
    }

    private void add(Kind kind, int start, int end, double value) {
        String s = text.substring(start, end);
        if (kind == Kind.ERROR) {
            s = s.strip();
        }
        out.add(new NeurolucidaToken(kind, s, value, lineNo, start - lineStart + 1));
    }

    private boolean startsWith(int i, String word) {
        return text.startsWith(word, i) && i + word.length() <= lineEnd;
    }

    /** NEURON's {@code " set %[^@]"} needs something after the white space that follows. */
    private boolean moreOnLine(int i) {
        while (i < lineEnd && isSpace(text.charAt(i))) {
            i++;
        }
        return i < lineEnd;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isLabelChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
