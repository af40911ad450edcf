package io.github.neuronkernel.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;

/**
 * Turns javac's diagnostics and snippet stack traces into tracebacks that point at cell lines:
 * JShell's wrapper classes, reflection and the kernel's own frames are left out, and a frame of
 * cell code reads {@code at cell [3] line 2: h.batchRun(...)}.
 */
final class TracebackFormatter {
    private static final String RED = "\u001b[0;31m";
    private static final String GREEN = "\u001b[0;32m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";
    /** Frames of library code shown above the cell's own frames before the rest are elided. */
    private static final int LIBRARY_FRAMES = 4;

    private final Map<String, SnippetOrigin> origins;

    TracebackFormatter(Map<String, SnippetOrigin> origins) {
        this.origins = origins;
    }

    CellError compileError(String source, List<Diag> diags, SnippetOrigin origin) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : diags) {
            String message = withoutWrapperLocation(d.getMessage(null));
            if (first == null) {
                first = message;
            }
            long pos = Math.max(0, Math.min(d.getPosition() < 0 ? d.getStartPosition() : d.getPosition(), source.length()));
            int lineInSnippet = 1;
            int lineStart = 0;
            for (int i = 0; i < pos; i++) {
                if (source.charAt(i) == '\n') {
                    lineInSnippet++;
                    lineStart = i + 1;
                }
            }
            int column = (int) pos - lineStart;
            int cellLine = origin.firstLine() + lineInSnippet - 1;
            String text = lineText(source, lineStart);
            lines.add(RED + BOLD + "Compilation error" + RESET + " at " + where(origin.cell(), cellLine) + ": " + message);
            lines.add("    " + text);
            lines.add("    " + " ".repeat(Math.max(0, Math.min(column, text.length()))) + GREEN + "^" + RESET);
        }
        return new CellError("CompilationError", first, lines);
    }

    /**
     * @return javac's message without its {@code location: class} line when JShell has blanked the
     *     class's name (it is the snippet's wrapper), a line that would only read "location: class"
     */
    static String withoutWrapperLocation(String message) {
        return message.replaceAll("(?m)\\R?^[ \\t]*location: class[ \\t]*$", "");
    }

    private static String lineText(String source, int lineStart) {
        int end = source.indexOf('\n', lineStart);
        return source.substring(lineStart, end < 0 ? source.length() : end).replace("\t", " ");
    }

    CellError runtimeError(EvalException e) {
        String ename = readableClass(e.getExceptionClassName());
        List<String> lines = new ArrayList<>();
        lines.add(RED + BOLD + ename + RESET + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        lines.addAll(frames(e.getStackTrace()));
        Throwable cause = e.getCause();
        int depth = 0;
        while (cause != null && depth++ < 5) {
            String name = cause instanceof EvalException ce ? readableClass(ce.getExceptionClassName()) : cause.getClass().getName();
            lines.add("Caused by: " + name + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            lines.addAll(frames(cause.getStackTrace()));
            cause = cause.getCause();
        }
        return new CellError(ename, e.getMessage(), lines);
    }

    /** Stack frames down to the cell's outermost one; kernel, reflection and JShell frames dropped. */
    List<String> frames(StackTraceElement[] trace) {
        int lastCell = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isCellFrame(trace[i])) {
                lastCell = i;
            }
        }
        int end = lastCell >= 0 ? lastCell + 1 : trace.length;
        List<String> lines = new ArrayList<>();
        int library = 0;
        int elided = 0;
        for (int i = 0; i < end; i++) {
            StackTraceElement f = trace[i];
            if (isCellFrame(f)) {
                if (elided > 0) {
                    lines.add("        ... " + elided + " more");
                    elided = 0;
                }
                lines.add(cellFrame(f));
            } else if (!isHidden(f)) {
                if (library++ < LIBRARY_FRAMES) {
                    lines.add("    at " + f);
                } else {
                    elided++;
                }
            }
        }
        if (elided > 0) {
            lines.add("        ... " + elided + " more");
        }
        return fold(lines);
    }

    /** The longest cycle of frames folded: deep recursion repeats a cycle of a few frames. */
    private static final int MAX_CYCLE = 8;

    /**
     * Folds a cycle of frames repeated three times or more into its first occurrence and a line
     * that says how many more times it came: a StackOverflowError's traceback was 1,025 lines.
     */
    static List<String> fold(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int bestPeriod = 0;
            int bestRepeats = 1;
            for (int p = 1; p <= MAX_CYCLE && i + 2 * p <= lines.size(); p++) {
                int r = 1;
                while (i + (r + 1) * p <= lines.size() && lines.subList(i, i + p).equals(lines.subList(i + r * p, i + (r + 1) * p))) {
                    r++;
                }
                if (r >= 3 && r * p > bestRepeats * Math.max(bestPeriod, 1)) {
                    bestPeriod = p;
                    bestRepeats = r;
                }
            }
            if (bestPeriod == 0) {
                out.add(lines.get(i++));
                continue;
            }
            out.addAll(lines.subList(i, i + bestPeriod));
            int more = bestRepeats - 1;
            out.add("        ... " + String.format(java.util.Locale.ROOT, "%,d", more) + " more "
                    + (more == 1 ? "time" : "times") + (bestPeriod == 1 ? " the frame above" : " the " + bestPeriod + " frames above"));
            i += bestPeriod * bestRepeats;
        }
        return out;
    }

    private String cellFrame(StackTraceElement f) {
        String file = f.getFileName();
        SnippetOrigin origin = file == null ? null : origins.get(file.substring(1));
        String method = f.getMethodName().isEmpty() || f.getMethodName().equals("do_it$") ? "" : " in " + userMethodName(f);
        if (origin == null) {
            return "    at " + GREEN + "cell" + RESET + method;
        }
        int line = origin.firstLine() + Math.max(1, f.getLineNumber()) - 1;
        return "    at " + GREEN + where(origin.cell(), line) + RESET + method + ": " + origin.line(line).strip();
    }

    private static String userMethodName(StackTraceElement f) {
        String cls = f.getClassName();
        boolean topLevel = cls.isEmpty() || cls.matches("REPL\\.\\$JShell\\$\\d+[A-Z]?");
        return (topLevel ? "" : readableClass(cls) + ".") + f.getMethodName() + "()";
    }

    private static String where(int cell, int line) {
        return cell > 0 ? "cell [" + cell + "] line " + line : "line " + line;
    }

    private static boolean isCellFrame(StackTraceElement f) {
        // JShell rewrites snippet frames to name the snippet ("#12") as their file.
        return f.getFileName() != null && f.getFileName().startsWith("#");
    }

    private static boolean isHidden(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("jdk.internal.") || c.startsWith("java.lang.reflect.") || c.startsWith("jdk.jshell.")
                || c.startsWith("io.github.neuronkernel.kernel.") || c.startsWith("sun.reflect.");
    }

    /** {@code REPL.$JShell$12$Oops} becomes {@code Oops}; other names stay as they are. */
    static String readableClass(String name) {
        if (name == null) {
            return "Exception";
        }
        if (name.startsWith("REPL.$JShell$")) {
            int dollar = name.indexOf('$', "REPL.$JShell$".length());
            return dollar < 0 ? name : name.substring(dollar + 1).replace('$', '.');
        }
        return name;
    }
}
