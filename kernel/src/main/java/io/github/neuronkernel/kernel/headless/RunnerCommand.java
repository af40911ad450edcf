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
 * {@code java -jar neuron-kernel.jar run NOTEBOOK [--out DIR] [--cwd DIR] [-p name=value ...]
 * [--cell-timeout S]}: runs a notebook headless and says where the results are. The cells run in
 * the output directory, so that the files they write (a batchRun's, a CSV, {@code %%writefile})
 * stay with the run's notebook, report and charts; {@code --cwd} names another. Exit status 0 when
 * every cell ran, 1 when a cell failed (its error is shown), 2 for a usage error.
 */
public final class RunnerCommand {
    static final String USAGE = "usage: java -jar neuron-kernel.jar run NOTEBOOK.ipynb [--out DIR] [--cwd DIR]"
            + " [-p name=value ...] [--cell-timeout SECONDS]\n"
            + "  --out DIR   where the executed notebook, the HTML report and the charts go (default: NOTEBOOK-run\n"
            + "              beside the notebook); the cells run there too, so the files they write stay with them\n"
            + "  --cwd DIR   run the cells in DIR instead (e.g. --cwd . for the current directory)\n"
            + "  -p name=value  sets a variable of the cell tagged \"parameters\"\n"
            + "  --cell-timeout SECONDS  interrupts a cell that runs longer";

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
        Path cwd = null;
        double timeout = 0;
        Parameters parameters = new Parameters();
        List<String> assignments = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out", "-o" -> out = Path.of(value(args, ++i, "--out"));
                    case "--cwd" -> cwd = Path.of(value(args, ++i, "--cwd"));
                    case "-p", "--parameter" -> {
                        assignments.add(value(args, ++i, "-p"));
                        parameters.add(assignments.get(assignments.size() - 1));
                    }
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
            if (cwd != null && !Files.isDirectory(cwd)) {
                throw new IllegalArgumentException("--cwd " + cwd + ": no such directory");
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
        out = out.toAbsolutePath().normalize();
        Path dir = cwd == null ? out : cwd.toAbsolutePath().normalize();
        if (dir.equals(Path.of("").toAbsolutePath().normalize())) {
            return run(notebook, out, parameters, timeout, terminal);
        }
        return elsewhere(dir, notebook, out, assignments, timeout, terminal);
    }

    /** Runs the notebook in a JVM whose working directory is {@code dir} (Java cannot change its own). */
    private static int elsewhere(Path dir, Path notebook, Path out, List<String> assignments, double timeout,
            PrintStream terminal) {
        if (!Files.isRegularFile(notebook)) {
            terminal.println("run: notebook " + notebook + " does not exist");
            return 2;
        }
        List<String> args = new ArrayList<>(List.of(notebook.toAbsolutePath().toString(), "--out", out.toString(),
                "--cwd", "."));
        for (String a : assignments) {
            args.add("-p");
            args.add(a);
        }
        if (timeout > 0) {
            args.add("--cell-timeout");
            args.add(Double.toString(timeout));
        }
        try {
            Files.createDirectories(dir);
            return InDirectory.run(dir, args, terminal);
        } catch (IOException e) {
            terminal.println("run: cannot start the run in " + dir + ": " + e.getMessage());
            return 2;
        }
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
    public static void useFullClassPath() {
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
