package io.github.neuronkernel.engine.morphology;

/**
 * One token of a Neurolucida ASCII file, as NEURON 8.2.2's {@code Import3d_Neurolucida3} lexer
 * splits the text.
 *
 * @param kind what it is
 * @param text the characters it came from (a string's without the quotes)
 * @param value a number's value, else 0
 * @param line its 1-based line
 * @param column its 1-based column (a tab counts one)
 */
record NeurolucidaToken(Kind kind, String text, double value, int line, int column) {
    /** The token kinds of NEURON's lexer. */
    enum Kind {
        NUMBER, OPEN, CLOSE, COMMA, BAR, SPINE_OPEN, SPINE_CLOSE, SET, RGB, STRING, LABEL,
        /** A character the format has no use for, or a string not closed on its line. */
        ERROR,
        EOF
    }

    /** @return the token as a message names it, e.g. {@code the number 1.5} or {@code 'Dendrite'} */
    String describe() {
        return switch (kind) {
            case NUMBER -> "the number " + text;
            case STRING -> "the string \"" + text + "\"";
            // an unclosed string is also an ERROR token, but NeurolucidaParser refuses those first
            case ERROR -> "the character '" + text + "'";
            case EOF -> "the end of the file";
            default -> "'" + text + "'";
        };
    }
}
