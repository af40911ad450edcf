package io.github.neuronkernel.engine.nmodl.syntax;

/**
 * One token of a {@code .mod} file.
 *
 * @param kind what it is
 * @param text its text as written (for {@link Kind#TITLE}, the rest of the line)
 * @param start its offset in the source text
 * @param line its line as the user numbers it
 * @param column its column, from 1
 */
public record Token(Kind kind, String text, int start, int line, int column) {
    /** The kinds of token. */
    public enum Kind {
        /** A name or keyword: letters, digits and underscores, not starting with a digit. */
        NAME,
        /** A number: {@code 12}, {@code .5}, {@code 1e-3}. */
        NUMBER,
        /** A double-quoted string (printf's format). */
        STRING,
        /** An operator or punctuation: {@code ( ) { } , = + - * / ^ < <= <-> << -> ' ~} and so on. */
        PUNCT,
        /** A TITLE line: the text is the title. */
        TITLE,
        /** The end of the text. */
        END
    }

    /** @return whether this is the punctuation or name {@code s} */
    public boolean is(String s) {
        return (kind == Kind.PUNCT || kind == Kind.NAME) && text.equals(s);
    }

    /** @return how the token reads in a message */
    public String describe() {
        return switch (kind) {
            case END -> "the end of the file";
            case STRING -> "a string";
            case TITLE -> "TITLE";
            default -> "\"" + text + "\"";
        };
    }
}
