package io.github.neuronkernel.kernel.jshell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One JShell session with the kernel's startup script, shared by a test class's tests (starting
 * one takes about a second): {@code @RegisterExtension static final CellSession SESSION = new
 * CellSession();}. Cells are numbered as the kernel numbers them.
 */
final class CellSession implements BeforeAllCallback, AfterAllCallback {
    private final String[] setupCells;
    private Evaluator evaluator;
    private int count;

    /** @param setupCells cells run after the startup script, e.g. an import */
    CellSession(String... setupCells) {
        this.setupCells = setupCells.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        evaluator = new Evaluator(new PrintStream(new ByteArrayOutputStream()));
        evaluator.runStartup(Startup.SCRIPT);
        for (String cell : setupCells) {
            evaluator.eval(cell, 0);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        evaluator.close();
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** @return the number the next cell gets */
    int next() {
        return ++count;
    }

    /** @return the number the last cell got */
    int count() {
        return count;
    }

    CellOutcome run(String cell) {
        return evaluator.eval(cell, next());
    }
}
