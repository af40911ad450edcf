package io.github.neuronkernel.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kernel.json: the launcher sets the heap cap, the JVM runs G1 with a periodic collection. */
class KernelSpecTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherStartsJavaWithTheInstalledHeapAndG1() throws Exception {
        Files.writeString(dir.resolve("kernel.sh"), "# launcher\n");
        KernelSpec.main(new String[] {dir.toString(), "--jar", "/k/neuron-kernel.jar", "--lib", "/k/lib",
            "--java", "/usr/bin/java", "--heap", "4g"});
        List<String> argv = argv();
        assertEquals(List.of("/bin/sh", dir.resolve("kernel.sh").toAbsolutePath().toString(), "4g", "/usr/bin/java"),
                argv.subList(0, 4));
        assertTrue(argv.contains("-XX:+UseG1GC") && argv.contains("-XX:G1PeriodicGCInterval=10000"), argv.toString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1));
    }

    @Test
    void withoutHeapTheLauncherIsToldToUseTheDefault() throws Exception {
        Files.writeString(dir.resolve("kernel.sh"), "# launcher\n");
        KernelSpec.main(new String[] {dir.toString(), "--jar", "/k/neuron-kernel.jar", "--lib", "/k/lib"});
        assertEquals(KernelSpec.DEFAULT_HEAP, argv().get(2));
    }

    @Test
    void aMissingLauncherIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> KernelSpec.main(new String[] {
            dir.toString(), "--jar", "/k/neuron-kernel.jar", "--lib", "/k/lib"}));
        assertTrue(e.getMessage().contains("kernel.sh is missing"), e.getMessage());
    }

    private List<String> argv() throws Exception {
        var array = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject().getAsJsonArray("argv");
        return array.asList().stream().map(e -> e.getAsString()).toList();
    }
}
