package io.github.neuronkernel.kernel.headless;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the runner again in a new JVM whose working directory is the one the cells must run in:
 * Java cannot change its own, and every relative path a cell uses (a batchRun file, a CSV, a
 * {@code %%writefile}, its own {@code Path.of("x")}) must land there. The new JVM gets this one's
 * java, options and class path; its messages pass through this JVM's terminal, which decides
 * about colour, and its exit status becomes this one's.
 */
final class InDirectory {
    /** Tells the new JVM to keep colour codes: this JVM's terminal takes them out where needed. */
    static final String COLOUR_PROPERTY = "neuron.terminal.colour";

    private InDirectory() {}

    /**
     * @param dir the working directory of the new JVM
     * @param args the runner's arguments for it (paths absolute), {@code run} excluded
     * @param terminal where its messages go
     * @return its exit status
     */
    static int run(Path dir, List<String> args, PrintStream terminal) throws IOException {
        RunnerCommand.useFullClassPath();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + COLOUR_PROPERTY + "=true");
        command.add("-cp");
        command.add(WorkerCommand.absoluteClassPath());
        command.add("io.github.neuronkernel.kernel.Main");
        command.add("run");
        command.addAll(args);
        Process child = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread err = pump(child.getErrorStream(), terminal);
        Thread out = pump(child.getInputStream(), System.out);
        // Ctrl-C reaches both JVMs; this one ends the child too, after its last words
        Thread waitForChild = new Thread(() -> awaitQuietly(child, err, out), "run-child-exit");
        Runtime.getRuntime().addShutdownHook(waitForChild);
        try {
            int status = child.waitFor();
            err.join();
            out.join();
            return status;
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(waitForChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the child
            }
        }
    }

    private static Thread pump(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "run-child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * This JVM is ending (Ctrl-C, which the child got too, or a signal to this one alone): the child
     * is asked to end as well, given a few seconds to say its last words, then ended.
     */
    private static void awaitQuietly(Process child, Thread err, Thread out) {
        try {
            child.destroy();
            if (child.waitFor(5, TimeUnit.SECONDS)) {
                err.join(1000);
                out.join(1000);
            } else {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
