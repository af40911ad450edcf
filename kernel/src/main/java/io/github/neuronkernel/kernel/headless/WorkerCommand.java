package io.github.neuronkernel.kernel.headless;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs one point ({@code sweep --point K DIR}) in a new JVM: this JVM's own
 * java and class path, so a worker runs exactly the code of the sweep that started it. A Slurm task
 * runs the same line, which assumes (as clusters do) that java and the jar are on a file system
 * every node sees.
 */
final class WorkerCommand {
    /** Workers are short-lived and single-threaded per simulation: the serial collector starts fastest. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Djava.awt.headless=true");

    private WorkerCommand() {}

    /**
     * @param jvmOptions more options for the worker's JVM (the user's {@code --jvm-option}s, a
     *     class-data archive)
     * @return java, its options and the class path, up to the main class's arguments
     */
    static List<String> prefix(List<String> jvmOptions) {
        RunnerCommand.useFullClassPath();
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add("io.github.neuronkernel.kernel.Main");
        command.add("sweep");
        command.add("--point");
        return command;
    }

    /** @return the full command for point {@code index} of the sweep in {@code dir} */
    static List<String> forPoint(int index, Path dir, List<String> jvmOptions) {
        List<String> command = prefix(jvmOptions);
        command.add(Integer.toString(index));
        command.add(dir.toAbsolutePath().toString());
        return command;
    }

    /** A worker runs in its point's directory, so relative class-path entries must be made absolute. */
    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
