package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.api.Names;
import io.github.neuronkernel.kernel.notebook.CurrentSimulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion, inspection and completeness from JShell's source analysis, for a whole cell and a
 * cursor offset in it: the analysis works on one snippet, so the cell is first cut at the snippet
 * holding the cursor.
 */
public final class CodeAssist {
    /**
     * Completion candidates.
     *
     * @param matches the texts that may replace the range
     * @param start start of the replaced range in the cell
     * @param end end of the replaced range in the cell
     * @param details for matches inside a string (a variable's name), each one's kind and unit, in
     *     the order of {@code matches}; empty for Java completion
     */
    public record Completions(List<String> matches, int start, int end, List<Detail> details) {
        /** Java completion: no details. */
        public Completions(List<String> matches, int start, int end) {
            this(matches, start, end, List.of());
        }
    }

    /**
     * What a completion inside a string is, as Jupyter's {@code _jupyter_types_experimental} has it.
     *
     * @param text the match
     * @param type its kind, e.g. {@code parameter}, {@code state}, {@code global}
     * @param signature its unit, e.g. {@code S/cm2}, or empty
     */
    public record Detail(String text, String type, String signature) {}

    /** How complete a cell is, as the Jupyter protocol asks. */
    public enum Status {
        /** Runs as it is. */
        COMPLETE,
        /** Needs more lines. */
        INCOMPLETE,
        /** Cannot compile however it goes on. */
        INVALID,
        /** Cannot tell. */
        UNKNOWN
    }

    /** Shared: parsed sources are cached across requests. */
    private static final SourceDocs SOURCE_DOCS = new SourceDocs();

    private final SourceCodeAnalysis analysis;
    private final Evaluator owner;

    /** @param owner whose JShell this analyses: each request holds it, as a cell would (JShell is not thread-safe) */
    CodeAssist(SourceCodeAnalysis analysis, Evaluator owner) {
        this.analysis = analysis;
        this.owner = owner;
    }

    /** @return the completions at {@code cursor} (a character offset in {@code code}) */
    public Completions complete(String code, int cursor) {
        return owner.exclusive(() -> completeNow(code, cursor));
    }

    private Completions completeNow(String code, int cursor) {
        cursor = clamp(cursor, code);
        StringCompletion.Context inString = StringCompletion.at(code, cursor);
        if (inString != null) {
            List<StringCompletion.Match> found = StringCompletion.complete(inString, CurrentSimulation.get(),
                    owner::variable, Path.of(""));
            return new Completions(found.stream().map(StringCompletion.Match::text).toList(), inString.start(), cursor,
                    found.stream().map(m -> new Detail(m.text(), m.kind(), m.unit())).toList());
        }
        int snippetStart = snippetStart(code, cursor);
        String snippet = code.substring(snippetStart, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(snippet, snippet.length(), anchor);
        Set<String> matches = new LinkedHashSet<>();
        // JShell lists the type-matching suggestions first; keep that order, drop repeats (overloads).
        for (Suggestion s : suggestions) {
            if (s.matchesType()) {
                matches.add(s.continuation());
            }
        }
        for (Suggestion s : suggestions) {
            matches.add(s.continuation());
        }
        return new Completions(new ArrayList<>(matches), snippetStart + anchor[0], cursor);
    }

    /**
     * @return the signatures and Javadoc of what is at {@code cursor}, as plain text, or null when
     *     nothing is known there
     */
    public String inspect(String code, int cursor) {
        return owner.exclusive(() -> inspectNow(code, cursor));
    }

    private String inspectNow(String code, int cursor) {
        cursor = clamp(cursor, code);
        String named = namedAt(code, cursor);
        if (named != null) {
            return named;
        }
        int snippetStart = snippetStart(code, cursor);
        int end = identifierEnd(code, cursor);
        String snippet = code.substring(snippetStart, end);
        List<Documentation> docs = analysis.documentation(snippet, snippet.length(), true);
        if (docs.isEmpty() && !snippet.endsWith("(")) {
            // JShell documents a method at its open parenthesis: h.batchRun gives nothing, h.batchRun( all overloads
            docs = analysis.documentation(snippet + "(", snippet.length() + 1, true);
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Documentation d : docs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(d.signature());
            String javadoc = d.javadoc() != null && !d.javadoc().isBlank() ? d.javadoc() : SOURCE_DOCS.javadoc(d.signature());
            if (javadoc != null && !javadoc.isBlank()) {
                out.append("\n").append(javadoc.strip());
            }
        }
        return out.toString();
    }

    /**
     * @return the help of what a string at the cursor names: a mechanism's table (in
     *     insert("kadt"), h.PointProcess("AMPA"), help("hh")), a variable's or global's line (in
     *     get("gnabar_hh"), h.set("celsius")), or null
     */
    private static String namedAt(String code, int cursor) {
        StringCompletion.Context context = StringCompletion.at(code, cursor);
        var h = CurrentSimulation.get();
        if (context == null || h == null) {
            return null;
        }
        int end = code.indexOf('"', context.start());
        String name = code.substring(context.start(), end < 0 ? cursor : end);
        if (context.namesMechanism()) {
            return Names.documented(h).stream().anyMatch(n -> n.name().equals(name)) ? h.help(name) : null;
        }
        return context.kind() == StringCompletion.Kind.VARIABLE || context.kind() == StringCompletion.Kind.GLOBAL
                ? Names.describe(h, name) : null;
    }

    /** @return whether the cell is ready to run; for INCOMPLETE, {@link #indent(String)} says how to go on */
    public Status isComplete(String code) {
        return owner.exclusive(() -> isCompleteNow(code));
    }

    private Status isCompleteNow(String code) {
        String remaining = code;
        while (true) {
            if (remaining.isBlank()) {
                return Status.COMPLETE;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness c = info.completeness();
            switch (c) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    if (info.remaining().length() >= remaining.length()) {
                        return Status.COMPLETE;
                    }
                    remaining = info.remaining();
                }
                case EMPTY -> {
                    return Status.COMPLETE;
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return Status.INCOMPLETE;
                }
                default -> {
                    return Status.INVALID;
                }
            }
        }
    }

    /** @return the indent to continue an incomplete cell with: one level deeper than its open braces */
    public String indent(String code) {
        int depth = 0;
        for (char ch : code.toCharArray()) {
            if (ch == '{' || ch == '(') {
                depth++;
            } else if ((ch == '}' || ch == ')') && depth > 0) {
                depth--;
            }
        }
        return "    ".repeat(Math.max(0, depth));
    }

    private int snippetStart(String code, int cursor) {
        int start = 0;
        String remaining = code;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                return start;
            }
            int consumed = code.length() - info.remaining().length();
            // The cursor belongs to this snippet unless the snippet ended before it, or ends right
            // at it with its own ';' or '}' (then the cursor starts the next one).
            boolean endsBefore = consumed < cursor
                    || (consumed == cursor && endsWithTerminator(code, consumed));
            if (consumed <= start || !endsBefore) {
                return start;
            }
            start = consumed;
            remaining = info.remaining();
        }
    }

    private static boolean endsWithTerminator(String code, int end) {
        String before = code.substring(0, end).stripTrailing();
        return before.endsWith(";") || before.endsWith("}");
    }

    private static int identifierEnd(String code, int cursor) {
        int i = cursor;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int clamp(int cursor, String code) {
        return Math.max(0, Math.min(cursor, code.length()));
    }
}
