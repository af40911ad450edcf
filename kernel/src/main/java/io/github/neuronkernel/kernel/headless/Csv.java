package io.github.neuronkernel.kernel.headless;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of comma-separated values, with RFC 4180 double quotes ({@code "a, b"}, {@code ""}). */
final class Csv {
    private Csv() {}

    /**
     * @param where the file and line, for the message
     * @throws IllegalArgumentException for an unclosed quote or text after a closing quote
     */
    static List<String> parseLine(String line, String where) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException(where + ": a quoted value is not closed (\")");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException(where + ": text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (i >= line.length()) {
                return cells;
            }
            i++; // the comma
        }
    }
}
