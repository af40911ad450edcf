package io.github.neuronkernel.engine.nmodl.syntax;

/**
 * A mistake in a {@code .mod} file: it names the file, the line and column, shows the line with a
 * caret under the place, and says what is wrong and what is allowed. An {@link
 * IllegalArgumentException}, as every user mistake in the engine is.
 */
public final class NmodlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    /**
     * @param source the file the mistake is in
     * @param line its line, from 1
     * @param column its column, from 1
     * @param message what is wrong and what is allowed
     */
    public NmodlException(Source source, int line, int column, String message) {
        super(source.name() + ":" + line + ":" + column + ": " + message + caret(source, line, column));
        this.file = source.name();
        this.line = line;
        this.column = column;
    }

    private static String caret(Source source, int line, int column) {
        String text = source.line(line);
        if (text == null) {
            return "";
        }
        String shown = text.replace('\t', ' ');
        return "\n    " + shown + "\n    " + " ".repeat(Math.max(0, Math.min(column - 1, shown.length()))) + "^";
    }

    /** @return the file's name as given to the loader */
    public String file() {
        return file;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }
}
