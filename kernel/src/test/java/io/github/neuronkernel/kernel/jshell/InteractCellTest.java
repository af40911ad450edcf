package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.notebook.Notebook;
import io.github.neuronkernel.kernel.sweep.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * interact and its controls as cells write them, where no front end moves a control (the headless
 * runner): each form compiles as written and runs its model once; mistakes are the cell's errors.
 */
class InteractCellTest {
    @RegisterExtension
    static final CellSession SESSION = new CellSession();
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void attach() {
        Notebook.attach(sink);
    }

    @AfterEach
    void detach() {
        Notebook.attach(DisplaySink.NONE);
    }

    private String shown(String cell) {
        sink.events.clear();
        CellOutcome o = SESSION.run(cell);
        assertFalse(o.failed(), () -> o.error().ename() + ": " + o.error().evalue() + "\n" + String.join("\n", o.error().traceback()));
        assertFalse(o.hasValue(), "interact has shown its output; the cell shows nothing more");
        assertEquals(1, sink.events.size(), sink.events::toString);
        String event = sink.events.get(0);
        assertTrue(event.startsWith("display neuron-interact-"), event);
        return event.substring(event.indexOf(": ") + 2);
    }

    private CellError error(String cell) {
        CellOutcome o = SESSION.run(cell);
        assertTrue(o.failed(), "expected a failure");
        return o.error();
    }

    @Test
    void eachFormRunsItsModelOnceWithTheInitialValues() {
        assertEquals("amp 0.3", shown("interact(amp -> \"amp \" + amp, slider(\"amp\", 0, 1, 0.1, 0.3))"));
        assertEquals("6", shown("interact(n -> n * 2, slider(\"n\", 1, 10, 1, 3))"), "all ints: an int slider");
        assertEquals("0.5 hh", shown("interact((a, m) -> a + \" \" + m, slider(\"a\", 0, 1, 0.1), dropdown(\"m\", \"hh\", \"pas\"))"));
        assertEquals("0.5 pas true {a=0.5, m=pas, n=true}", shown(
                "interact(p -> p.get(\"a\") + \" \" + p.value(\"m\") + \" \" + p.value(\"n\") + \" \" + p.values(),"
                + " slider(\"a\", 0, 1, 0.1), dropdown(\"m\", \"pas\"), checkbox(\"n\", true))"));
        assertTrue(shown("interact(amp -> plot(new double[] {0, 1}, new double[] {0, amp}), slider(\"amp\", 0, 1, 0.1))")
                .startsWith("Plot"), "an expression lambda calling a method: no ambiguity");
        assertTrue(shown("var ia = interact(amp -> { System.out.println(\"printed\"); return amp; }, slider(\"amp\", 0, 1, 0.1));\nia")
                .startsWith("0.5"));
        assertEquals("interact(amp = 0.5)", SESSION.run("ia.toString()").value());
    }

    @Test
    void aModelThatReturnsNothingIsAskedToReturnSomething() {
        CellError e = error("interact(amp -> { System.out.println(amp); }, slider(\"amp\", 0, 1, 0.1))");
        assertEquals("CompilationError", e.ename());
        assertTrue(e.evalue().contains("missing return value") || e.evalue().contains("bad return type"), e.evalue());
    }

    @Test
    void mistakesAreTheCellsErrorsAndNameWhatIsWrong() {
        CellError range = error("slider(\"amp\", 0.5, 0.1, 0.01)");
        assertEquals("java.lang.IllegalArgumentException", range.ename());
        assertEquals("slider \"amp\": min 0.5 must be less than max 0.1", range.evalue());
        assertEquals("slider \"amp\": step 0 must be positive and at most max - min = 1",
                error("slider(\"amp\", 0, 1, 0.0)").evalue());
        assertEquals("slider \"amp\": value 2 is outside the range 0 to 1", error("slider(\"amp\", 0, 1, 0.1, 2)").evalue());
        assertEquals("interact: two controls are named \"a\"; give each its own name",
                error("interact((x, y) -> x, slider(\"a\", 0, 1, 0.1), slider(\"a\", 0, 2, 1))").evalue());
        assertTrue(error("interact(null, slider(\"a\", 0, 1, 0.1))").evalue().startsWith("interact: the model is null"));
        CellError failing = error("interact(amp -> { if (amp > 0.2) throw new IllegalStateException(\"too big\"); return amp; },\n"
                + "    slider(\"amp\", 0, 1, 0.1))");
        assertEquals("java.lang.IllegalStateException", failing.ename());
        assertTrue(String.join("\n", failing.traceback()).contains("line 1"), failing.traceback()::toString);
    }
}
