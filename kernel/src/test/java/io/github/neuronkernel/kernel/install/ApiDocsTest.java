package io.github.neuronkernel.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --javadoc DIR}, which install.sh runs: the API's HTML Javadoc from the sources the jars
 * carry, public members only, so the engine's protected machinery stays out of it too.
 */
class ApiDocsTest {
    @TempDir
    Path dir;

    @Test
    void writesTheJavadocOfWhatCellsUse() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, ApiDocs.main(new String[] {dir.toString()}, new PrintStream(err, true)), err.toString());
        assertTrue(Files.readString(dir.resolve("index.html")).contains("neuron-kernel API"));
        String simulation = Files.readString(dir.resolve("io/github/neuronkernel/engine/api/Simulation.html"));
        assertTrue(simulation.contains("batchRun") && simulation.contains("help"), "h's methods are documented");
        String iclamp = Files.readString(dir.resolve("io/github/neuronkernel/engine/mechanism/builtin/IClamp.html"));
        assertTrue(iclamp.contains("getSegment"), "a point process's own API is documented");
        assertFalse(iclamp.contains("jacobian"), "the engine's machinery is not");
        assertTrue(Files.isRegularFile(dir.resolve("io/github/neuronkernel/kernel/notebook/Notebook.html")),
                "the notebook's helpers are documented");
        assertEquals(2, ApiDocs.main(new String[0], new PrintStream(err, true)), "no directory: a usage error");
    }
}
