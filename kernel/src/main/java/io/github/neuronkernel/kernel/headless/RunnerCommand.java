package io.github.neuronkernel.kernel.headless;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * {@code java -jar neuron-kernel.jar run NOTEBOOK [--out DIR] [-p name=value ...] [--cell-timeout S]}:
 * runs a notebook headless and says where the results are. Exit status 0 when every cell ran, 1
 * when a cell failed (its error is shown), 2 for a usage error.
 */
public final class RunnerCommand {
    static final String USAGE = "usage: java -jar neuron-kernel.jar run NOTEBOOK.ipynb [--out DIR] [-p name=value ...]"
            + " [--cell-timeout SECONDS]";

    private RunnerCommand() {}

    /** @return where the runner's messages go: {@code err}, without colour codes unless it is a terminal */
    public static PrintStream terminal(PrintStream err) {
        return PlainTerminal.of(err);
    }

    /**
     * @param args the arguments after {@code run}
     * @return the exit status
     */
    public static int main(String[] args, PrintStream terminal) {
        Path notebook = null;
        Path out = null;
        double timeout = 0;
        Parameters parameters = new Parameters();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out", "-o" -> out = Path.of(value(args, ++i, "--out"));
                    case "-p", "--parameter" -> parameters.add(value(args, ++i, "-p"));
                    case "--cell-timeout" -> timeout = seconds(value(args, ++i, "--cell-timeout"));
                    case "-h", "--help" -> {
                        terminal.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("-") || notebook != null) {
                            throw new IllegalArgumentException("unexpected argument \"" + args[i] + "\"");
                        }
                        notebook = Path.of(args[i]);
                    }
                }
            }
            if (notebook == null) {
                throw new IllegalArgumentException("no notebook given");
            }
        } catch (IllegalArgumentException e) {
            terminal.println("run: " + e.getMessage());
            terminal.println(USAGE);
            return 2;
        }
        if (out == null) {
            out = notebook.toAbsolutePath().getParent().resolve(
                    notebook.getFileName().toString().replaceFirst("\\.ipynb$", "") + "-run");
        }
        return run(notebook, out, parameters, timeout, terminal);
    }

    private static int run(Path notebook, Path out, Parameters parameters, double timeout, PrintStream terminal) {
        useFullClassPath();
        NotebookRunner.Result result;
        try {
            result = new NotebookRunner(terminal, timeout).run(notebook, out, parameters);
        } catch (IllegalArgumentException e) {
            terminal.println("run: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            terminal.println("run: cannot write results to " + out + ": " + e.getMessage());
            return 2;
        }
        terminal.println();
        terminal.println((result.ok() ? "all " + result.cellsRun() + " code cells ran"
                : "stopped at code cell " + result.failedCell() + " of " + result.codeCells()
                        + ": " + result.failure().ename() + ": " + result.failure().evalue()));
        terminal.println("executed notebook: " + result.notebook().toAbsolutePath());
        terminal.println("HTML report:       " + result.html().toAbsolutePath());
        terminal.println("charts:            " + (result.charts().isEmpty() ? "none"
                : result.charts().size() + " PNG files in " + result.charts().get(0).getParent().toAbsolutePath()));
        if (!result.glued().isEmpty()) {
            terminal.println("glued values:      " + result.notebook().resolveSibling(GluedValues.FILE).toAbsolutePath() + " ("
                    + String.join(", ", result.glued().keySet()) + ")");
        }
        return result.ok() ? 0 : 1;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static double seconds(String text) {
        try {
            double s = Double.parseDouble(text);
            if (s >= 0 && Double.isFinite(s)) {
                return s;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--cell-timeout " + text + ": expected seconds, 0 or more");
    }

    /**
     * With {@code java -jar}, the class path property names only the jar, while its manifest adds
     * the libraries; JShell compiles cells against the property, so it is widened to include them.
     */
    static void useFullClassPath() {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(File.pathSeparator)) {
            return;
        }
        try {
            Path jar = Path.of(RunnerCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return;
            }
            List<String> entries = new ArrayList<>(List.of(jar.toString()));
            try (JarFile file = new JarFile(jar.toFile())) {
                String manifestPath = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestPath != null) {
                    for (String entry : manifestPath.trim().split("\\s+")) {
                        entries.add(jar.getParent().resolve(entry).toString());
                    }
                }
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        } catch (IOException | URISyntaxException | SecurityException e) {
            // leave the class path as it is; cells will say what they cannot find
        }
    }
}
