package io.github.neuronkernel.kernel;

import io.github.neuronkernel.kernel.headless.RunnerCommand;
import io.github.neuronkernel.kernel.headless.SweepCommand;
import io.github.neuronkernel.kernel.install.ApiDocs;
import io.github.neuronkernel.kernel.install.KernelSpec;
import io.github.neuronkernel.kernel.jupyter.KernelLauncher;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kernel's command line.
 *
 * <pre>
 * java -cp neuron-kernel.jar:lib/* io.github.neuronkernel.kernel.Main CONNECTION_FILE
 * java ... Main --kernelspec DIR --jar JAR --lib LIBDIR [--java JAVA] [--cds ARCHIVE] [--heap SIZE] (writes DIR/kernel.json)
 * java -jar neuron-kernel.jar run NOTEBOOK [--out DIR] [--cwd DIR] [-p name=value ...]    (headless run)
 * java -jar neuron-kernel.jar sweep NOTEBOOK [--out DIR] -p name=v1,v2 [--on local|slurm]  (a sweep)
 * java ... Main --warmup                                                               (for a class-data archive)
 * java -jar neuron-kernel.jar --javadoc DIR                                             (the API's Javadoc)
 * java -jar neuron-kernel.jar --version | --help
 * </pre>
 */
public final class Main {
    private static final String USAGE = String.join(System.lineSeparator(),
            "usage:",
            "  java -jar neuron-kernel.jar run NOTEBOOK.ipynb [--out DIR] [--cwd DIR] [-p name=value ...] [--cell-timeout SECONDS]",
            "      runs a notebook without Jupyter: the executed notebook, an HTML report and the charts go to DIR,",
            "      where the cells run too (--cwd DIR: they run in DIR instead); run --help for all options",
            "  java -jar neuron-kernel.jar sweep NOTEBOOK.ipynb [--out DIR] -p name=v1,v2,... [--on local[:N] | --on slurm[:PARTITION]]",
            "      runs the notebook over a parameter grid, each point headless, and gathers the glued values",
            "      into DIR/sweep.csv and DIR/sweep.html (sweep --help for all options)",
            "  java -jar neuron-kernel.jar CONNECTION_FILE",
            "      the Jupyter kernel itself, as Jupyter starts it (install it with install/install.sh)",
            "  java -jar neuron-kernel.jar --kernelspec DIR --jar JAR --lib DIR [--java JAVA] [--cds FILE] [--heap SIZE]",
            "      writes DIR/kernel.json",
            "  java -jar neuron-kernel.jar --warmup",
            "      runs a warm-up, for a class-data archive",
            "  java -jar neuron-kernel.jar --javadoc DIR",
            "      writes the HTML Javadoc of the API cells use (h, sections, mechanisms, the notebook helpers) to DIR",
            "  java -jar neuron-kernel.jar --version",
            "      prints the version",
            "  java -jar neuron-kernel.jar --help",
            "      prints this",
            "");

    private Main() {}

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Logger.getLogger("").setLevel(Level.WARNING);
        if (args.length >= 1 && args[0].equals("--kernelspec")) {
            KernelSpec.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length >= 1 && args[0].equals("run")) {
            System.exit(RunnerCommand.main(Arrays.copyOfRange(args, 1, args.length), RunnerCommand.terminal(System.err)));
            return;
        }
        if (args.length >= 1 && args[0].equals("sweep")) {
            System.exit(SweepCommand.main(Arrays.copyOfRange(args, 1, args.length), RunnerCommand.terminal(System.err)));
            return;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("neuron-kernel " + Version.get());
            return;
        }
        if (args.length >= 1 && args[0].equals("--javadoc")) {
            System.exit(ApiDocs.main(Arrays.copyOfRange(args, 1, args.length), System.err));
            return;
        }
        if (args.length == 1 && args[0].equals("--warmup")) {
            WarmupRun.run();
            return;
        }
        if (args.length > 1 && !args[0].startsWith("-")) {
            // Some front ends (jupyter run) append their own arguments to the kernel's command.
            System.err.println("note: ignoring extra arguments " + Arrays.toString(Arrays.copyOfRange(args, 1, args.length)));
            args = new String[] {args[0]};
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            boolean asked = args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
            (asked ? System.out : System.err).print(USAGE);
            System.exit(asked ? 0 : 2);
            return;
        }
        // A halt: shutdown hooks (ZMQ's, AWT's) could hold the exit up; the kernel has flushed already.
        KernelLauncher.run(Path.of(args[0]), Runtime.getRuntime()::halt);
        // The request loops run on their own threads; main has nothing left to do. The JVM stays up
        // through the cell threads (non-daemon) until shutdown halts it.
        Thread.currentThread().join();
    }
}
