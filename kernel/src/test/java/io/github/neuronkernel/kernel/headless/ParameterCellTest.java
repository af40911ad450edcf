package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a parameters cell declares, and the values it refuses. */
class ParameterCellTest {
    private final ParameterCell cell = new ParameterCell(String.join("\n",
            "double maxAmp = 0.3;   // nA; a comment with int fake = 1;",
            "int steps = 12, repeats = 2;",
            "/* boolean hidden = true; */ boolean noisy = false;",
            "String label = \"a; b\";",
            "var mode = \"fast\";",
            "double[] amps = {0.1, 0.2};",
            "System.out.println(\"not a declaration\");"));

    @Test
    void readsNamesAndTypes() {
        assertEquals(List.of("maxAmp", "steps", "repeats", "noisy", "label", "mode", "amps"),
                List.copyOf(cell.declared().keySet()));
        assertEquals("double[]", cell.declared().get("amps").type());
        assertEquals(ParameterCell.Kind.INTEGER, cell.declared().get("repeats").kind());
    }

    @Test
    void acceptsValuesTheTypeHolds() {
        cell.check("-p", "maxAmp", "1e-3");
        cell.check("-p", "maxAmp", "2");
        cell.check("-p", "steps", "-4");
        cell.check("-p", "noisy", "true");
        cell.check("-p", "label", "12");
        cell.check("-p", "mode", "anything");
    }

    @Test
    void refusesUnknownNamesAndWrongTypes() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> cell.check("-p", "maxamp", "0.1"));
        assertTrue(unknown.getMessage().contains("declares no \"maxamp\"; it declares maxAmp (double), steps (int)"),
                unknown.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> cell.check("-p", "steps", "2.5"));
        assertEquals("-p steps=2.5: \"steps\" is declared int in the parameters cell, so its value must be a whole number",
                wrong.getMessage());
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> cell.check("-p", "maxAmp", "big"));
        assertTrue(notNumber.getMessage().endsWith("so its value must be a number"), notNumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> cell.check("-p", "noisy", "yes"));
    }

    @Test
    void aStringParameterIsQuotedEvenWhenItLooksLikeANumber() {
        Parameters p = new Parameters();
        p.add("label=12");
        p.add("maxAmp=0.5");
        p.checkAgainst(cell);
        assertEquals("// injected by the headless runner (-p)\nlabel = \"12\";\nmaxAmp = 0.5;", p.injectedSource());
    }
}
