package io.github.neuronkernel.engine.nmodl.syntax;

/**
 * The text of one {@code .mod} file and the name to show in messages. Line endings may be LF,
 * CRLF or CR; {@link #line(int)} returns a line without its ending.
 *
 * @param name the file's name as the user gave it (a path, or {@code cell [3]} for a notebook cell)
 * @param text its contents
 * @param firstLine the line number of the text's first line in what the user sees (1 for a file;
 *     2 for a {@code %%nmodl} cell, whose first line is the magic)
 */
public record Source(String name, String text, int firstLine) {
    /** A file's text, numbered from line 1. */
    public Source(String name, String text) {
        this(name, text, 1);
    }

    /** @return the text of line {@code number} (as the user numbers it), or null */
    public String line(int number) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = number - firstLine;
        return i >= 0 && i < lines.length ? lines[i] : null;
    }
}
