package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A cell run again shares its lines with its earlier runs; only the recent texts are remembered. */
class CellLinesTest {
    @Test
    void aRerunSharesTheArrayUntilItIsForgotten() {
        CellLines lines = new CellLines();
        String[] first = lines.of("var soma = h.Section(\"soma\");\nsoma.L = 10;");
        assertArrayEquals(new String[] {"var soma = h.Section(\"soma\");", "soma.L = 10;"}, first);
        assertSame(first, lines.of(new String("var soma = h.Section(\"soma\");\nsoma.L = 10;")));
        for (int i = 0; i < CellLines.REMEMBERED; i++) {
            lines.of("int x" + i + " = " + i + ";");
        }
        assertNotSame(first, lines.of("var soma = h.Section(\"soma\");\nsoma.L = 10;"));
    }
}
