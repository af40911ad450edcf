package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep recursion's repeated frames are folded in a cell's traceback. */
class TracebackFoldTest {
    @Test
    void aRepeatedFrameOrCycleIsFolded() {
        List<String> one = new ArrayList<>(List.of("a"));
        one.addAll(Collections.nCopies(1000, "f"));
        one.add("z");
        assertEquals(List.of("a", "f", "        ... 999 more times the frame above", "z"), TracebackFormatter.fold(one));
        List<String> cycle = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            cycle.add("g");
            cycle.add("h");
        }
        assertEquals(List.of("g", "h", "        ... 3 more times the 2 frames above"), TracebackFormatter.fold(cycle));
        assertEquals(List.of("x", "x", "y"), TracebackFormatter.fold(List.of("x", "x", "y")));
    }

    @Test
    void aStackOverflowInACellShowsAShortTraceback() {
        try (Evaluator evaluator = new Evaluator(new PrintStream(new ByteArrayOutputStream()))) {
            evaluator.runStartup(Startup.SCRIPT);
            evaluator.eval("int down(int n) { return down(n + 1) + 1; }", 1);
            CellOutcome o = evaluator.eval("down(0)", 2);
            assertEquals("java.lang.StackOverflowError", o.error().ename());
            assertTrue(o.error().traceback().size() < 20, String.join("\n", o.error().traceback()));
            assertTrue(String.join("\n", o.error().traceback()).contains("more times the frame above"),
                    String.join("\n", o.error().traceback()));
        }
    }
}
