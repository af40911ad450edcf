package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What the morphology tests share: their test files, NEURON's reference files, one assertion. */
final class TestSupport {
    private TestSupport() {
    }

    /** @return the path of a morphology file under the test resources' {@code morphology/} */
    static Path resource(String name) {
        try {
            return Path.of(TestSupport.class.getResource("/morphology/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource morphology/" + name, e);
        }
    }

    /** @return the text of a file NEURON wrote, under the test resources' {@code reference/morphology/} */
    static String reference(String name) throws IOException {
        try (InputStream in = TestSupport.class.getResourceAsStream("/reference/morphology/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource reference/morphology/" + name
                        + " (written by the script named in the test's Javadoc)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Fails unless the exception's message contains every one of {@code parts}. */
    static void assertMentions(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
        }
    }
}
