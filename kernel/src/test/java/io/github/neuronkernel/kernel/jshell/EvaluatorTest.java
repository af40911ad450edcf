package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cell's value, as the kernel shows it: JShell's text and the object itself. */
class EvaluatorTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();

    private static CellOutcome run(String cell) {
        return SESSION.run(cell);
    }

    /** @return what a failed cell shows: the error's message and its traceback */
    private static String shown(CellOutcome failed) {
        return failed.error().evalue() + "\n" + String.join("\n", failed.error().traceback());
    }

    @Test
    void valuesAreShownAsJShellWritesThem() {
        assertValue("2", 2, run("1 + 1"));
        assertValue("\"abc\"", "abc", run("\"ab\" + 'c'"));
        assertValue("'q'", 'q', run("'q'"));
        assertValue("null", null, run("(String) null"));
        assertEquals("int[3] { 1, 2, 3 }", run("new int[] {1, 2, 3}").valueText());
        assertValue("2.5", 2.5, run("5 / 2.0 // a comment after the expression"));
    }

    @Test
    void valuesLeaveNoTemporaryVariablesBehind() {
        run("1 + 2");
        long before = SESSION.evaluator().shell().variables().count();
        assertValue("6", 6, run("2 * 3"));
        assertValue("\"x\"", "x", run("\"x\""));
        assertEquals(before, SESSION.evaluator().shell().variables().count(), "JShell's $N variables slow every later cell");
        assertTrue(SESSION.evaluator().shell().variables().noneMatch(v -> v.name().startsWith(CellValue.PREFIX)),
                "the value's own variable is dropped once read");
    }

    @Test
    void aValueThatNeedsANameDefinedLaterIsNeverRunLater() {
        CellOutcome o = run("laterDefined()");
        assertTrue(o.failed(), "laterDefined does not exist yet");
        assertTrue(SESSION.evaluator().shell().snippets()
                        .filter(sn -> SESSION.evaluator().shell().status(sn).isActive())
                        .noneMatch(sn -> sn.source().contains(CellValue.PREFIX)),
                "no value variable may wait for laterDefined");
        run("int laterCalls = 0;");
        run("int laterDefined() { return ++laterCalls; }");
        assertValue("0", 0, run("laterCalls"));
    }

    @Test
    void aTrailingSemicolonHidesTheValue() {
        CellOutcome o = run("1 + 1;");
        assertFalse(o.hasValue());
        assertFalse(o.failed());
    }

    @Test
    void onlyTheLastExpressionShows() {
        assertValue("7", 7, run("int a7 = 3;\na7 + 1;\na7 + 4"));
    }

    @Test
    void declarationsAndVoidCallsShowNothing() {
        assertFalse(run("int d = 4").hasValue());
        assertValue("4", 4, run("d"));
        CellOutcome voidCall = run("System.out.print(\"\")");
        assertFalse(voidCall.failed());
        assertFalse(voidCall.hasValue());
        assertValue("9", 9, run("d = 9"));
        assertValue("10", 10, run("d + 1"));
    }

    @Test
    void engineObjectsComeBackAsObjects() {
        CellOutcome o = run("var sec = h.Section(\"valueTest\");\nsec.L = 12.5;\nsec");
        assertTrue(o.hasValue());
        assertTrue(o.value() instanceof io.github.neuronkernel.engine.model.Section, String.valueOf(o.value()));
        assertValue("12.5", 12.5, run("sec.L"));
    }

    /** A method or class that cannot compile fails the cell that defines it, at its line, not a later call. */
    @Test
    void aMethodOrClassThatDoesNotCompileIsReportedWhenDefined() {
        CellOutcome method = run("double half(double x) {\n    return x / two;\n}\nvoid bad() {\n    int n = \"x\";\n}");
        assertTrue(method.failed(), "bad() does not compile");
        String all = shown(method);
        assertTrue(all.contains("incompatible types: java.lang.String cannot be converted to int"), all);
        assertTrue(all.contains("line 5"), all);
        CellOutcome cls = run("class Cell {\n    void build() {\n        h.finitialise(-65);\n    }\n}");
        assertTrue(cls.failed(), "a misspelled engine call inside a class");
        assertTrue(shown(cls).contains("finitialise") && shown(cls).contains("line 3"), shown(cls));
    }

    /** A method that names something not declared yet is defined, with a note saying what it waits for. */
    @Test
    void aMethodWaitingForANameSaysSoWhenDefined() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        CellOutcome o;
        try {
            o = run("double scaled(double x) {\n    return x * factorDefinedLater;\n}");
        } finally {
            System.setErr(saved);
        }
        assertFalse(o.failed());
        assertEquals("note: scaled is defined but cannot be used until variable factorDefinedLater is declared\n",
                err.toString());
        CellOutcome early = run("scaled(2)");
        assertTrue(early.failed());
        assertTrue(shown(early).contains("scaled cannot be used until variable factorDefinedLater is declared"),
                shown(early));
        run("double factorDefinedLater = 3;");
        assertValue("6.0", 6.0, run("scaled(2)"));
    }

    /** {@code seg.x} is the segment's position, as NEURON's {@code seg.x}; a section's segments are at their centres. */
    @Test
    void segmentXReadsAsInNeuron() {
        run("var xs = h.Section(\"xs\"); xs.nseg = 5;");
        assertValue("0.25", 0.25, run("xs.at(0.25).x"));
        assertEquals(java.util.List.of(0.1, 0.3, 0.5, 0.7, 0.9),
                run("java.util.stream.StreamSupport.stream(xs.spliterator(), false).map(seg -> seg.x).toList()").value());
    }

    @Test
    void compileErrorsNameTheCellsOwnSource() {
        CellOutcome o = run("nosuchName + 1");
        assertTrue(o.failed());
        String all = shown(o);
        assertTrue(all.contains("nosuchName"), all);
        assertFalse(all.contains(CellValue.PREFIX), "the wrapped form must not show: " + all);
        assertTrue(all.contains("symbol:   variable nosuchName"), all);
        assertFalse(all.contains("location: class"), "a location naming no class must not show: " + all);
    }

    @Test
    void aLocationThatNamesAClassStays() {
        CellOutcome o = run("\"text\".noSuchMethod()");
        assertTrue(o.failed());
        String all = shown(o);
        assertTrue(all.contains("location: class java.lang.String"), all);
    }

    @Test
    void lambdasWithoutATargetAreJShellsError() {
        CellOutcome o = run("() -> 1");
        assertTrue(o.failed());
        assertFalse(shown(o).contains(CellValue.PREFIX), shown(o));
    }

    @Test
    void runtimeErrorsPointAtTheCellLine() {
        CellOutcome o = run("int[] arr = new int[1];\narr[3]");
        assertTrue(o.failed());
        assertEquals("java.lang.ArrayIndexOutOfBoundsException", o.error().ename());
        String trace = shown(o);
        assertTrue(trace.contains("line 2"), trace);
    }

    @Test
    void statementsRunInOrderAndStopAtARuntimeErrorOnItsLine() {
        CellOutcome o = run("int[] arr2 = new int[2];\narr2[0] = 1;\narr2[5] = 2;\narr2[1] = 3;");
        assertTrue(o.failed());
        assertEquals("java.lang.ArrayIndexOutOfBoundsException", o.error().ename());
        String trace = shown(o);
        assertTrue(trace.contains("line 3"), trace);
        assertValue("1", 1, run("arr2[0]"));
        assertValue("0", 0, run("arr2[1]"));
    }

    @Test
    void aCompileErrorAmongStatementsIsReportedAtItsLineAfterTheOnesBeforeRan() {
        CellOutcome o = run("int c1 = 0;\nc1 = 1;\nc1 = missingName;\nc1 = 3;");
        assertTrue(o.failed());
        String all = shown(o);
        assertTrue(all.contains("missingName"), all);
        assertTrue(all.contains("line 3"), all);
        assertValue("1", 1, run("c1"));
    }

    @Test
    void statementsWithValuesLeaveNoVariablesBehind() {
        run("var sec2 = h.Section(\"statementTest\");");
        long before = SESSION.evaluator().shell().variables().count();
        CellOutcome o = run("sec2.L = 3;\nsec2.insert(\"pas\");\nSystem.out.print(\"\");\nsec2.nseg = 3;");
        assertFalse(o.failed(), () -> o.error().ename() + ": " + o.error().evalue());
        assertFalse(o.hasValue());
        assertEquals(before, SESSION.evaluator().shell().variables().count());
        assertValue("3", 3, run("sec2.nseg"));
    }

    @Test
    void warmUpSnippetsLeaveTheSessionAsItWas() {
        run("int kept9 = 9;");
        run("1 + 1");
        long variables = SESSION.evaluator().shell().variables().count();
        for (int i = 0; i < 3; i++) {
            assertTrue(SESSION.evaluator().warmUpOnce(i));
        }
        assertEquals(variables, SESSION.evaluator().shell().variables().count());
        assertValue("10", 10, run("kept9 + 1"));
    }

    private static void assertValue(String text, Object value, CellOutcome o) {
        assertFalse(o.failed(), () -> o.error().ename() + ": " + o.error().evalue());
        assertTrue(o.hasValue());
        assertEquals(text, o.valueText());
        if (value == null) {
            assertNull(o.value());
        } else {
            assertEquals(value, o.value());
        }
    }
}
