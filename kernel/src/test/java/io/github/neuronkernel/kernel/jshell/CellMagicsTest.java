package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code %%nmodl} and {@code %%writefile} cells, run by the evaluator as the kernel and the runner run them. */
class CellMagicsTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();

    @TempDir
    Path dir;

    private static final String LEAK = "NEURON { SUFFIX leak\n NONSPECIFIC_CURRENT i\n RANGE g, e }\n"
            + "PARAMETER { g = .001 (S/cm2) e = -70 (mV) }\n"
            + "ASSIGNED { v (mV) i (mA/cm2) }\n"
            + "BREAKPOINT { i = g*(v - e) }\n";

    private static CellOutcome run(String cell) {
        return SESSION.run(cell);
    }

    @Test
    void anNmodlCellLoadsItsMechanismIntoH() {
        CellOutcome loaded = run("%%nmodl\n" + LEAK.replace("leak", "leak1"));
        assertEquals(List.of("leak1"), loaded.value(), String.valueOf(loaded.error()));
        CellOutcome used = run("var s = h.Section(\"s\"); s.insert(\"leak1\");\ns.at(0.5).get(\"e_leak1\")");
        assertEquals(-70.0, used.value(), String.valueOf(used.error()));
    }

    @Test
    void anNmodlMistakeNamesTheCellAndItsLine() {
        CellOutcome failed = run("%%nmodl\n" + LEAK.replace("leak", "leak2").replace("g*(v - e)", "g*(v - ee)"));
        assertTrue(failed.failed());
        String m = failed.error().evalue();
        assertTrue(m.startsWith("cell [" + SESSION.count() + "]:7:25: unknown name \"ee\""), m);
        assertTrue(m.contains("BREAKPOINT { i = g*(v - ee) }\n" + " ".repeat(4 + 24) + "^"), m);
    }

    @Test
    void writefileWritesTheRestOfTheCellAndSaysSo() throws IOException {
        Path f = dir.resolve("leak.mod");
        assertEquals(false, run("%%writefile " + f + "\n" + LEAK).failed());
        assertEquals(LEAK, Files.readString(f));
        run("%%writefile -a " + f + "\n: more\n");
        assertEquals(LEAK + ": more\n", Files.readString(f));
    }

    @Test
    void anUnknownMagicOrAMissingFileNameIsAUsageError() {
        CellOutcome unknown = run("%%time\n1 + 1");
        assertEquals("UsageError", unknown.error().ename());
        assertTrue(unknown.error().evalue().contains("the cell magics are %%nmodl, %%writefile FILE"));
        assertTrue(run("%%writefile\nx").error().evalue().contains("%%writefile needs a file name"));
    }

    @Test
    void javaStringLiteralsKeepEveryCharacter() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u00e9\"", CellMagics.literal("a\"b\\c\n\r\té"));
    }
}
