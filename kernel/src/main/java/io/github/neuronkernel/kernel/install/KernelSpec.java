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
 * Writes the kernelspec's {@code kernel.json} with absolute paths: the launcher script that sets the
 * heap cap ({@code kernel.sh}, beside kernel.json), the java binary, the jar and its libraries, and
 * (when present) the class-data archive that makes start-up fast.
 *
 * <p>The JVM runs G1 with a periodic collection: G1 gives memory back to the operating system after a
 * collection that leaves much of the heap free, and the periodic one makes that happen in a kernel
 * that sits idle after a cell that used a lot of memory (see {@link #PERIODIC_GC_MS}).
 */
public final class KernelSpec {
    /** The kernel's name in {@code jupyter kernelspec list}. */
    public static final String NAME = "neuron-java";
    /** What front ends show. */
    public static final String DISPLAY_NAME = "Neuron (Java)";

    /** The launcher script's name in the kernelspec folder. */
    public static final String LAUNCHER = "kernel.sh";
    /** The launcher's first argument when install.sh had no {@code --heap}: the default cap. */
    public static final String DEFAULT_HEAP = "default";
    /**
     * A collection after this many milliseconds without one (ms). It gives back the memory of a heap
     * that has emptied, so an idle kernel shrinks back within about this long after a cell that used
     * much memory. Its cost is lost in the idle kernel's own: 0.64 s of processor time in a minute idle
     * with it, 0.78 s with the Serial collector before (bench/kernel_memory.py, 2-core VM).
     */
    static final int PERIODIC_GC_MS = 10_000;

    private KernelSpec() {}

    /**
     * Builds the command Jupyter runs.
     *
     * @param launcher absolute path of kernel.sh, which adds the heap cap and starts java
     * @param heap install.sh's {@code --heap} size (e.g. {@code 4g}), or {@link #DEFAULT_HEAP}
     * @param java absolute path of the java binary
     * @param jar absolute path of neuron-kernel.jar
     * @param lib absolute path of its library folder
     * @param cds absolute path of a class-data archive, or null
     * @return argv with {@code {connection_file}} last
     */
    public static List<String> argv(Path launcher, String heap, Path java, Path jar, Path lib, Path cds) {
        List<String> argv = new ArrayList<>();
        argv.add("/bin/sh");
        argv.add(launcher.toString());
        argv.add(heap);
        argv.add(java.toString());
        if (cds != null) {
            argv.add("-XX:SharedArchiveFile=" + cds);
            argv.add("-Xlog:cds=off");
            argv.add("-Xlog:cds+dynamic=off");
        }
        argv.add("-XX:+UseG1GC");
        argv.add("-XX:G1PeriodicGCInterval=" + PERIODIC_GC_MS);
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
     * {@code DIR --jar JAR --lib LIBDIR [--java JAVA] [--cds FILE] [--heap SIZE]}: writes DIR/kernel.json,
     * whose command is DIR/kernel.sh (install.sh puts it there; it checks SIZE).
     *
     * @throws IllegalArgumentException for a missing or unknown option, or no DIR/kernel.sh
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("kernelspec: no directory given; usage: DIR --jar JAR --lib DIR [--java JAVA] [--cds FILE] [--heap SIZE]");
        }
        Path dir = Path.of(args[0]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length || !List.of("--jar", "--lib", "--java", "--cds", "--heap").contains(args[i])) {
                throw new IllegalArgumentException("kernelspec: option " + args[i]
                        + " is unknown or lacks a value; allowed are --jar, --lib, --java, --cds, --heap, each with a value");
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
        Path launcher = dir.resolve(LAUNCHER).toAbsolutePath();
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalArgumentException("kernelspec: " + launcher + " is missing; install/install.sh copies install/"
                    + LAUNCHER + " there");
        }
        List<String> argv = argv(launcher, options.getOrDefault("--heap", DEFAULT_HEAP), java,
                Path.of(options.get("--jar")).toAbsolutePath(), Path.of(options.get("--lib")).toAbsolutePath(), cds);
        Files.createDirectories(dir);
        AtomicFile.writeString(dir.resolve("kernel.json"), json(argv));
    }
}
