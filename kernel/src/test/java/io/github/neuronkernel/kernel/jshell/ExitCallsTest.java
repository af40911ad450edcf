package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cell cannot end the JVM it runs in: every way of calling exit is refused with a message, in
 * this very JVM (were one let through, the test run would end).
 */
class ExitCallsTest {
    private static Evaluator evaluator;
    private static int count;

    @BeforeAll
    static void start() {
        evaluator = new Evaluator(new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "System.exit(3);",
        "Runtime.getRuntime().exit(4);",
        "Runtime.getRuntime().halt(5);",
        "java.util.function.IntConsumer quit = System::exit; quit.accept(6);",
        "java.util.function.IntConsumer stop = Runtime.getRuntime()::halt; stop.accept(7);",
        "Runnable r = () -> System.exit(8); r.run();",
        "class Quitter { void quit() { System.exit(9); } }\nnew Quitter().quit();",
        "void leave() { System.exit(10); }\nleave();",
    })
    void exitIsRefusedAndTheNextCellRuns(String cell) {
        CellOutcome outcome = evaluator.eval(cell, ++count);
        assertTrue(outcome.failed(), cell);
        assertEquals("java.lang.SecurityException", outcome.error().ename(), cell);
        assertTrue(outcome.error().evalue().contains("would end the kernel"), outcome.error().evalue());
        assertEquals("2", evaluator.eval("1 + 1", ++count).valueText());
    }
}
