package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.api.Names;
import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Completion and help inside the string arguments that name the model's parts, which Java's own
 * completion cannot see: density mechanisms in {@code insert("}, loaded point processes in {@code
 * h.PointProcess("}, everything {@code h.help} describes in {@code help("}, the variables of what
 * {@code get("}, {@code set("} and {@code ref("} are called on (a section's or segment's v, its
 * mechanisms' and ions' variables; a point process's), globals in {@code h.get("} and its kin,
 * sections in {@code h.section("}, {@code .mod} files and folders in {@code loadMechanisms("},
 * {@code .swc} files in {@code importSwc("} and Neurolucida {@code .asc} files in {@code
 * importAsc("}. Each match comes with its unit and kind.
 */
final class StringCompletion {
    /** What a string at the cursor names. */
    enum Kind { DENSITY, POINT, HELP, VARIABLE, GLOBAL, SECTION, MOD_FILE, SWC_FILE, ASC_FILE }

    /**
     * The string the cursor is in and what it names.
     *
     * @param kind what the string names
     * @param start where the string's text starts (after the quote)
     * @param prefix the text from there to the cursor
     * @param receiver for a variable, the expression {@code get}, {@code set} or {@code ref} is
     *     called on ({@code soma.at(0.5)}), else empty
     */
    record Context(Kind kind, int start, String prefix, String receiver) {
        /** @return whether the string names a mechanism */
        boolean namesMechanism() {
            return kind == Kind.DENSITY || kind == Kind.POINT || kind == Kind.HELP;
        }
    }

    /**
     * One completion.
     *
     * @param text what replaces the string's text up to the cursor
     * @param unit its unit, e.g. {@code S/cm2}, or empty
     * @param kind what it is, e.g. {@code parameter} or {@code density mechanism}
     */
    record Match(String text, String unit, String kind) {}

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
        String receiver = "";
        if (before.endsWith("insert(")) { // uninsert( too
            kind = Kind.DENSITY;
        } else if (before.endsWith("PointProcess(")) {
            kind = Kind.POINT;
        } else if (before.endsWith("help(")) {
            kind = Kind.HELP;
        } else if (before.endsWith("loadMechanisms(")) {
            kind = Kind.MOD_FILE;
        } else if (before.endsWith("importSwc(")) {
            kind = Kind.SWC_FILE;
        } else if (before.endsWith("importAsc(")) {
            kind = Kind.ASC_FILE;
        } else if (before.endsWith("h.section(")) {
            kind = Kind.SECTION;
        } else if (before.endsWith("h.get(") || before.endsWith("h.set(") || before.endsWith("h.ref(")) {
            kind = Kind.GLOBAL;
        } else if (before.endsWith(".get(") || before.endsWith(".set(") || before.endsWith(".ref(")) {
            kind = Kind.VARIABLE;
            receiver = Receiver.expressionAtEnd(before.substring(0, before.length() - ".get(".length()));
        } else {
            return null;
        }
        return new Context(kind, quote + 1, prefix, receiver);
    }

    /**
     * @param h the notebook's simulation (null: only files are offered)
     * @param variables the cells' variables by name, to follow a receiver (see {@link Receiver})
     * @param base the folder relative file names start from
     * @return the names that complete the context's prefix, with their units and kinds
     */
    static List<Match> complete(Context context, Simulation h, Function<String, Object> variables, Path base) {
        List<Match> names = switch (context.kind()) {
            case MOD_FILE -> files(base, context.prefix(), ".mod", false);
            case SWC_FILE -> files(base, context.prefix(), ".swc", false);
            case ASC_FILE -> files(base, context.prefix(), ".asc", true); // Neurolucida writes .ASC too
            default -> h == null ? List.of() : model(context, h, variables);
        };
        List<Match> matches = new ArrayList<>();
        for (Match m : names) {
            if (m.text().startsWith(context.prefix()) && matches.stream().noneMatch(x -> x.text().equals(m.text()))) {
                matches.add(m);
            }
        }
        return matches;
    }

    private static List<Match> model(Context context, Simulation h, Function<String, Object> variables) {
        List<Names.Name> names = switch (context.kind()) {
            case DENSITY -> Names.mechanisms(h).stream().filter(n -> n.kind().equals("density mechanism")).toList();
            case POINT -> Names.mechanisms(h).stream().filter(n -> !n.kind().equals("density mechanism")).toList();
            case HELP -> Names.documented(h);
            case VARIABLE -> variablesOf(context.receiver(), h, variables);
            case GLOBAL -> Names.globals(h);
            default -> Names.sections(h).stream().map(s -> new Names.Name(s, "", "section")).toList();
        };
        return names.stream().map(n -> new Match(n.name(), n.unit(), n.kind())).toList();
    }

    /** @return what the receiver has, if it can be followed; else every range variable */
    private static List<Names.Name> variablesOf(String receiver, Simulation h, Function<String, Object> variables) {
        Object owner = receiver.isEmpty() ? null : Receiver.resolve(receiver, variables);
        if (owner instanceof Simulation sim) {
            return Names.globals(sim);
        }
        List<Names.Name> known = owner == null ? null : Names.variablesOf(h, owner);
        return known != null ? known : Names.rangeVariables(h);
    }

    /**
     * @return files ending in {@code suffix} (in any case if {@code anyCase}), and folders, whose
     *     path starts with the prefix, written as typed (relative to {@code base}, where the cells'
     *     relative paths start)
     */
    private static List<Match> files(Path base, String prefix, String suffix, boolean anyCase) {
        int slash = prefix.lastIndexOf('/');
        String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
        Path dir = base.resolve(folder.isEmpty() ? "." : folder);
        List<Match> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    out.add(new Match(folder + name + "/", "", "folder"));
                } else if (name.regionMatches(anyCase, name.length() - suffix.length(), suffix, 0, suffix.length())) {
                    out.add(new Match(folder + name, "", "file"));
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of(); // a folder that cannot be read offers nothing
        }
        return out;
    }
}
