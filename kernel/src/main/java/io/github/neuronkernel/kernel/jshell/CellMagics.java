package io.github.neuronkernel.kernel.jshell;

/**
 * The cell magics, IPython's {@code %%name} first lines: a magic cell is turned into the Java that
 * does its work, so it runs, fails and is interrupted like any cell.
 *
 * <ul>
 *   <li>{@code %%nmodl}: the rest of the cell is a {@code .mod} file, loaded into {@code h} (its
 *       mistakes name the cell and its line: {@code cell [3]:4:7}); the cell's value is the list of
 *       mechanisms loaded.
 *   <li>{@code %%writefile FILE} (or {@code %%writefile -a FILE} to append): writes the rest of the
 *       cell to FILE, as IPython does, saying {@code Writing FILE} or {@code Overwriting FILE}.
 * </ul>
 */
final class CellMagics {
    /** The magics there are, for messages. */
    static final String NAMES = "%%nmodl, %%writefile FILE";

    private CellMagics() {}

    /** @return whether the cell starts with a cell magic */
    static boolean isMagic(String cell) {
        return cell.startsWith("%%");
    }

    /**
     * @param cell a cell whose first line is a magic
     * @param executionCount the cell's number, which names it in messages
     * @return the Java to run instead
     * @throws IllegalArgumentException for an unknown magic or a missing file name
     */
    static String toJava(String cell, int executionCount) {
        int eol = cell.indexOf('\n');
        String first = (eol < 0 ? cell : cell.substring(0, eol)).strip();
        String body = eol < 0 ? "" : cell.substring(eol + 1);
        String[] words = first.substring(2).strip().split("\\s+", 2);
        String args = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case "nmodl":
                return "h.loadMechanismText(" + literal("cell [" + executionCount + "]") + ", " + literal(body)
                        + ", 2)";
            case "writefile":
                return writeFile(args, body);
            default:
                throw new IllegalArgumentException("unknown cell magic " + first + ": the cell magics are " + NAMES);
        }
    }

    private static String writeFile(String args, String body) {
        boolean append = args.startsWith("-a ") || args.equals("-a");
        String file = append ? args.substring(2).strip() : args;
        if (file.length() >= 2 && (file.startsWith("\"") && file.endsWith("\"") || file.startsWith("'")
                && file.endsWith("'"))) {
            file = file.substring(1, file.length() - 1);
        }
        if (file.isEmpty()) {
            throw new IllegalArgumentException("%%writefile needs a file name: %%writefile FILE (or -a FILE to"
                    + " append)");
        }
        String path = "java.nio.file.Path.of(" + literal(file) + ")";
        // AtomicFile: a cell stopped or failing mid-write (a full disk) leaves the old file whole
        String write = "io.github.neuronkernel.engine.io.AtomicFile." + (append ? "appendString" : "writeString");
        String verb = append ? "\"Appending to \"" : "(java.nio.file.Files.exists(" + path
                + ") ? \"Overwriting \" : \"Writing \")";
        return "{ System.out.println(" + verb + " + " + literal(file) + "); " + write + "(" + path + ", "
                + literal(body) + "); }";
    }

    /** @return s as a Java string literal */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
