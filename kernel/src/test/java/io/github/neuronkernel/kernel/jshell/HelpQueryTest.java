package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code name?} and {@code name??} cells, as IPython users type them. */
class HelpQueryTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void start() {
        evaluator = new Evaluator(new PrintStream(new ByteArrayOutputStream()));
        evaluator.runStartup(Startup.SCRIPT);
        CellOutcome made = evaluator.eval("var soma = h.Section(\"soma\"); soma.insert(\"hh\");\n"
                + "class Cell { int spikes() { return 3; } }", 1);
        assertNull(made.error());
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static String help(String cell) {
        CellOutcome o = evaluator.eval(cell, 2);
        assertNull(o.error(), () -> String.valueOf(o.error()));
        return o.valueText();
    }

    @Test
    void aMethodShowsItsSignaturesAndJavadoc() {
        String text = help("h.batchRun?");
        assertTrue(text.contains("batchRun(double tstop, double tstep"), text);
        assertTrue(text.contains("tstop"), text);
        assertEquals(text, help("?h.batchRun"));
    }

    @Test
    void aSectionShowsWhatItIs() {
        String text = help("soma?");
        assertTrue(text.startsWith("soma: Section soma\n"), text);
        assertTrue(text.contains("hh"), text);
        assertNull(evaluator.eval("var mid = soma.at(0.5);", 2).error());
        String seg = help("mid?");
        assertTrue(seg.startsWith("mid: Segment soma(0.5), x = 0.5 of soma (nseg 1), area "), seg);
    }

    @Test
    void aFieldShowsItsValue() {
        String text = help("soma.L?");
        assertTrue(text.startsWith("soma.L = 100.0  (Double)"), text);
    }

    @Test
    void twoQuestionMarksAddTheNotebooksOwnSource() {
        String text = help("Cell??");
        assertTrue(text.contains("Declared in this notebook:\nclass Cell { int spikes() { return 3; } }"), text);
    }

    @Test
    void anUnknownNameSaysSoAndTernariesAreNotQueries() {
        CellOutcome o = evaluator.eval("nothingHere?", 3);
        assertEquals("NameError", o.error().ename());
        assertTrue(o.error().evalue().contains("nothingHere"), o.error().evalue());
        assertNull(HelpQuery.parse("x > 0 ? 1 : 2"));
        assertNull(HelpQuery.parse("?a?"));
        assertEquals(new HelpQuery("h.batchRun", true), HelpQuery.parse("h.batchRun??"));
    }
}
