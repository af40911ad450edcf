package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/** The texts of {@code name?}: what a value is, and the notebook's own declarations of a name. */
final class HelpText {
    private HelpText() {}

    /**
     * @return for a section its psection (geometry, mechanisms, point processes); for a segment its
     *     section, position and membrane area; else the value's text and type
     */
    static String describe(String name, Object value, String valueText) {
        if (value instanceof Section sec) {
            return name + ": Section " + sec.name() + "\n" + sec.psection().strip();
        }
        if (value instanceof Segment seg) {
            return name + ": Segment " + seg + ", x = " + seg.x + " of " + seg.sec().name() + " (nseg "
                    + seg.sec().nseg + "), area " + seg.area() + " um2, ri " + seg.ri() + " MOhm, v = " + seg.v() + " mV";
        }
        String type = value == null ? "null" : value.getClass().getSimpleName();
        return name + " = " + valueText + "  (" + type + ")";
    }

    /** @return the source of the notebook's active declarations named {@code name}, or empty */
    static String declarations(JShell shell, String name) {
        return shell.snippets()
                .filter(s -> shell.status(s).isActive())
                .filter(s -> s instanceof jdk.jshell.DeclarationSnippet d && d.name().equals(name))
                .map(Snippet::source)
                .map(String::strip)
                .collect(Collectors.joining("\n\n"));
    }
}
