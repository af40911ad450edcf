package io.github.neuronkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} and the kernel's implementation_version say the Maven project's version. */
class VersionTest {
    @Test
    void isTheProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher m = Pattern.compile("<artifactId>neuron-kernel-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        m.find();
        assertEquals(m.group(1), Version.get());
    }
}
