package io.github.neuronkernel.engine.nmodl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in .mod files and in loading them: each a clear IllegalArgumentException naming the
 * file, the line and column, and what is allowed; nothing is registered and the simulation stays
 * usable.
 */
class NmodlBadInputTest {
    @TempDir
    Path dir;

    private static final String LEAK = "NEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g, e }\n"
            + "PARAMETER { g = .001 (S/cm2) <0, 1e9> e = -70 (mV) }\n"
            + "ASSIGNED { v (mV) i (mA/cm2) }\n"
            + "BREAKPOINT { i = g*(v - e) }\n";

    private String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aParseErrorNamesFileLineColumnAndShowsACaret() throws IOException {
        Path f = write("bad.mod", "NEURON { SUFFIX bad }\nBREAKPOINT {\n  x = (1 + \n}\n");
        var h = new Simulation();
        NmodlException e = assertThrows(NmodlException.class, () -> h.loadMechanisms(f.toString()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(f + ":4:1: expected a number, a name or (, found \"}\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("\n    }\n    ^"), e.getMessage());
    }

    @Test
    void crlfLineEndingsAndCommentsAreRead() throws IOException {
        Path f = write("leak.mod", ("TITLE a leak\r\nCOMMENT\r\nany text\r\nENDCOMMENT\r\n: a comment\r\n" + LEAK)
                .replace("\n", "\r\n"));
        var h = new Simulation();
        assertEquals(List.of("leak"), h.loadMechanisms(f.toString()));
        var s = h.Section("s");
        s.insert("leak");
        assertEquals(-70, s.at(0.5).get("e_leak"));
    }

    @Test
    void anUnknownNameIsReportedWhereItIsUsed() throws IOException {
        Path f = write("u.mod", LEAK.replace("i = g*(v - e)", "i = gg*(v - e)"));
        String m = message(() -> new Simulation().loadMechanisms(f.toString()));
        assertTrue(m.contains("u.mod:4:18: unknown name \"gg\""), m);
    }

    @Test
    void whatTheEngineCannotProvideIsRefusedWhereItIsWritten() throws IOException {
        assertRefused("a.mod", LEAK.replace("i = g*(v - e)", "i = g*(v - e)*area"), "a.mod:4:28: area is not available");
        assertRefused("p.mod", LEAK.replace("i = g*(v - e)", "i = g*pow(v - e)"),
                "p.mod:4:20: pow takes 2 argument(s), given 1");
        assertRefused("w.mod", LEAK + "FUNCTION f(x) {\n  TABLE DEPEND e FROM 0 TO 1 WITH 2.5\n  f = x\n}\n",
                "w.mod:6:35: TABLE ... WITH takes a whole number of intervals");
    }

    private void assertRefused(String file, String text, String expected) throws IOException {
        Path f = write(file, text);
        String m = message(() -> new Simulation().loadMechanisms(f.toString()));
        assertTrue(m.contains(expected), m);
    }

    @Test
    void verbatimIsRefused() throws IOException {
        Path f = write("v.mod", LEAK + "VERBATIM\nreturn 0;\nENDVERBATIM\n");
        String m = message(() -> new Simulation().loadMechanisms(f.toString()));
        assertTrue(m.contains("v.mod:5:1: VERBATIM blocks (C code inside a .mod file) are not supported"), m);
    }

    @Test
    void aNameThatClashesWithABuiltInOrLoadedMechanismIsRefused() throws IOException {
        Path hh = write("hh.mod", LEAK.replace("SUFFIX leak", "SUFFIX hh"));
        String m = message(() -> new Simulation().loadMechanisms(hh.toString()));
        assertTrue(m.contains("a mechanism named \"hh\" already exists"), m);
        Path leak = write("leak.mod", LEAK);
        var h = new Simulation();
        h.loadMechanisms(leak.toString());
        m = message(() -> h.loadMechanisms(leak.toString()));
        assertTrue(m.contains("\"leak\" already exists"), m);
    }

    @Test
    void aBadFileInADirectoryLoadsNothing() throws IOException {
        write("a.mod", LEAK.replace("leak", "leaka"));
        write("b.mod", LEAK.replace("leak", "leakb").replace("BREAKPOINT {", "BREAKPOINT { ~"));
        var h = new Simulation();
        message(() -> h.loadMechanisms(dir.toString()));
        var s = h.Section("s");
        String m = message(() -> s.insert("leaka"));
        assertTrue(m.contains("unknown mechanism \"leaka\""), m);
        s.insert("hh");
        h.finitialize(-65);
        h.fadvance(); // still usable
    }

    @Test
    void emptyDirectoryAndMissingPathAreRefused() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertTrue(message(() -> new Simulation().loadMechanisms(empty.toString())).contains("holds no .mod file"));
        assertTrue(message(() -> new Simulation().loadMechanisms(dir.resolve("nope.mod").toString()))
                .contains("no such .mod file or directory"));
    }

    @Test
    void unknownGlobalsAndValuesOutOfRangeAreRefused() throws IOException {
        var h = new Simulation();
        h.loadMechanisms(write("leak.mod", LEAK).toString());
        String m = message(() -> h.get("vhalf_leak"));
        assertTrue(m.contains("unknown global \"vhalf_leak\": the globals are t, dt, celsius"), m);
        var s = h.Section("s");
        s.insert("leak");
        m = message(() -> s.set("g_leak", -1));
        assertTrue(m.contains("g_leak = -1 S/cm2 is out of range: allowed is 0 to 1000000000 S/cm2"), m);
    }

    @Test
    void twoSimulationsLoadDifferentMechanisms() throws IOException {
        var a = new Simulation();
        var b = new Simulation();
        a.loadMechanisms(write("leak.mod", LEAK).toString());
        a.Section("s").insert("leak");
        String m = message(() -> b.Section("s").insert("leak"));
        assertTrue(m.contains("unknown mechanism \"leak\""), m);
    }
}
