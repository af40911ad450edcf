package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Completion and help inside the string arguments that name the model's parts, which Java's own
 * completion cannot see: mechanisms in {@code insert("} and {@code h.PointProcess("}, range
 * variables in {@code get("}, {@code set("} and {@code ref("}, globals in {@code h.get("} and its
 * kin, sections in {@code h.section("}, {@code .mod} files and folders in {@code loadMechanisms("}
 * and {@code .swc} files in {@code importSwc("}.
 */
final class StringCompletion {
    /** What a string at the cursor names. */
    enum Kind { MECHANISM, VARIABLE, GLOBAL, SECTION, MOD_FILE, SWC_FILE }

    /**
     * The string the cursor is in and what it names.
     *
     * @param kind what the string names
     * @param start where the string's text starts (after the quote)
     * @param prefix the text from there to the cursor
     */
    record Context(Kind kind, int start, String prefix) {}

    private StringCompletion() {}

    /** @return the context at {@code cursor}, or null if the cursor is not in such a string */
    static Context at(String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        int quote = -1;
        boolean inside = false;
        for (int i = lineStart; i < cursor; i++) {
            char c = code.charAt(i);
            if (c == '\\' && inside) {
                i++;
            } else if (c == '"') {
                inside = !inside;
                quote = i;
            }
        }
        if (!inside) {
            return null;
        }
        String before = code.substring(lineStart, quote).stripTrailing();
        String prefix = code.substring(quote + 1, cursor);
        Kind kind;
        if (before.endsWith("insert(") || before.endsWith("uninsert(") || before.endsWith("PointProcess(")
                || before.endsWith("help(")) {
            kind = Kind.MECHANISM;
        } else if (before.endsWith("loadMechanisms(")) {
            kind = Kind.MOD_FILE;
        } else if (before.endsWith("importSwc(")) {
            kind = Kind.SWC_FILE;
        } else if (before.endsWith("h.section(")) {
            kind = Kind.SECTION;
        } else if (before.endsWith("h.get(") || before.endsWith("h.set(") || before.endsWith("h.ref(")) {
            kind = Kind.GLOBAL;
        } else if (before.endsWith(".get(") || before.endsWith(".set(") || before.endsWith(".ref(")) {
            kind = Kind.VARIABLE;
        } else {
            return null;
        }
        return new Context(kind, quote + 1, prefix);
    }

    /** @return the names that complete the context's prefix */
    static List<String> complete(Context context, Simulation h) {
        List<String> names = switch (context.kind()) {
            case MECHANISM -> h == null ? List.of() : h.mechanismNames();
            case VARIABLE -> h == null ? List.of() : h.rangeVariableNames();
            case GLOBAL -> h == null ? List.of() : h.globalNames();
            case SECTION -> h == null ? List.of() : h.allsec().stream().map(s -> s.name()).toList();
            case MOD_FILE -> files(context.prefix(), ".mod");
            case SWC_FILE -> files(context.prefix(), ".swc");
        };
        List<String> matches = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(context.prefix()) && !matches.contains(n)) {
                matches.add(n);
            }
        }
        return matches;
    }

    /** @return files ending in {@code suffix}, and folders, whose path starts with the prefix, relative as typed */
    private static List<String> files(String prefix, String suffix) {
        int slash = prefix.lastIndexOf('/');
        String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
        Path dir = Path.of(folder.isEmpty() ? "." : folder);
        List<String> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    out.add(folder + name + "/");
                } else if (name.endsWith(suffix)) {
                    out.add(folder + name);
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of(); // a folder that cannot be read offers nothing
        }
        return out;
    }
}
