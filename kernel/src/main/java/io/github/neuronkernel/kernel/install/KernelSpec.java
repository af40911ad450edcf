package io.github.neuronkernel.kernel.install;

import com.google.gson.GsonBuilder;
import io.github.neuronkernel.engine.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the kernelspec's {@code kernel.json} with absolute paths: the java binary, the jar and its
 * libraries, and (when present) the class-data archive that makes start-up fast.
 */
public final class KernelSpec {
    /** The kernel's name in {@code jupyter kernelspec list}. */
    public static final String NAME = "neuron-java";
    /** What front ends show. */
    public static final String DISPLAY_NAME = "Neuron (Java)";

    private KernelSpec() {}

    /**
     * Builds the command Jupyter runs.
     *
     * @param java absolute path of the java binary
     * @param jar absolute path of neuron-kernel.jar
     * @param lib absolute path of its library folder
     * @param cds absolute path of a class-data archive, or null
     * @return argv with {@code {connection_file}} last
     */
    public static List<String> argv(Path java, Path jar, Path lib, Path cds) {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        if (cds != null) {
            argv.add("-XX:SharedArchiveFile=" + cds);
            argv.add("-Xlog:cds=off");
            argv.add("-Xlog:cds+dynamic=off");
        }
        argv.add("-XX:+UseSerialGC");
        argv.add("-Xss16m");
        argv.add("-Djava.awt.headless=true");
        argv.add("-cp");
        argv.add(jar + File.pathSeparator + lib.resolve("*"));
        argv.add("io.github.neuronkernel.kernel.Main");
        argv.add("{connection_file}");
        return argv;
    }

    /** @return the kernel.json content */
    public static String json(List<String> argv) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * {@code DIR --jar JAR --lib LIBDIR [--java JAVA] [--cds FILE]}: writes DIR/kernel.json.
     *
     * @throws IllegalArgumentException for a missing or unknown option
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("kernelspec: no directory given; usage: DIR --jar JAR --lib DIR [--java JAVA] [--cds FILE]");
        }
        Path dir = Path.of(args[0]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length || !List.of("--jar", "--lib", "--java", "--cds").contains(args[i])) {
                throw new IllegalArgumentException("kernelspec: option " + args[i]
                        + " is unknown or lacks a value; allowed are --jar, --lib, --java, --cds, each with a value");
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--jar", "--lib")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("kernelspec: " + required + " is required");
            }
        }
        Path java = Path.of(options.getOrDefault("--java",
                Path.of(System.getProperty("java.home"), "bin", "java").toString())).toAbsolutePath();
        Path cds = options.containsKey("--cds") ? Path.of(options.get("--cds")).toAbsolutePath() : null;
        List<String> argv = argv(java, Path.of(options.get("--jar")).toAbsolutePath(),
                Path.of(options.get("--lib")).toAbsolutePath(), cds);
        Files.createDirectories(dir);
        AtomicFile.writeString(dir.resolve("kernel.json"), json(argv));
    }
}
