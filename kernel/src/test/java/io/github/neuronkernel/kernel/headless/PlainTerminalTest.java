package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runner's messages to a file or pipe carry no colour codes. */
class PlainTerminalTest {
    @Test
    void colourCodesAreTakenOutAndTextKept() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream plain = PlainTerminal.strip(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        plain.print("\u001b[0;31m\u001b[1mCompilation error\u001b[0m at cell [1] line 1: µm ^\n");
        assertEquals("Compilation error at cell [1] line 1: µm ^\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
