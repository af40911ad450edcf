package io.github.neuronkernel.kernel.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code sweep --point K DIR}: runs one point of a sweep, in its own process and working directory
 * (a local worker or a Slurm array task), and always leaves {@code point.json}: {@code ok} or
 * {@code failed} when the notebook ends, {@code timeout} when the per-point limit passes (the
 * process then stops itself), {@code cancelled} when a signal stops it (Slurm's scancel, Ctrl-C).
 */
final class PointWorker {
    /** Exit status of a point that ran past its time limit, as timeout(1) uses. */
    static final int TIMED_OUT = 124;

    private final SweepPlan plan;
    private final int index;
    private final PrintStream terminal;
    /** Set by whoever writes point.json first: the run, the time limit or the signal. */
    private final AtomicBoolean settled = new AtomicBoolean();
    private final long started = System.nanoTime();

    PointWorker(SweepPlan plan, int index, PrintStream terminal) {
        if (index < 0 || index >= plan.points().size()) {
            throw new IllegalArgumentException("--point " + index + ": the sweep in " + plan.dir() + " has points 0 to "
                    + (plan.points().size() - 1));
        }
        this.plan = plan;
        this.index = index;
        this.terminal = terminal;
    }

    /** @return the exit status: 0 ok, 1 failed */
    int run() throws IOException {
        Path dir = plan.pointDir(index);
        Files.createDirectories(dir);
        Files.deleteIfExists(plan.pointFile(index)); // a rerun (--resume) starts from no outcome
        Thread onSignal = new Thread(() -> settle(PointOutcome.CANCELLED,
                "stopped by a signal (Slurm's scancel or time limit, or Ctrl-C) after " + seconds() + " s", Map.of()),
                "point-cancelled");
        Runtime.getRuntime().addShutdownHook(onSignal);
        startTimeLimit();
        terminal.println("point " + index + ": " + plan.describe(index) + " on " + host() + " in " + dir);
        Parameters parameters = new Parameters();
        plan.points().get(index).forEach((name, value) -> parameters.add(name + "=" + value));
        NotebookRunner.Result result;
        try {
            result = new NotebookRunner(terminal, 0).run(plan.notebook(), dir, parameters);
        } catch (IllegalArgumentException | IOException e) {
            settle(PointOutcome.FAILED, e.getMessage(), Map.of());
            return 1;
        }
        String error = result.ok() ? null : "cell " + result.failedCell() + " of " + result.codeCells() + ": "
                + result.failure().ename() + ": " + result.failure().evalue();
        settle(result.ok() ? PointOutcome.OK : PointOutcome.FAILED, error, result.glued());
        return result.ok() ? 0 : 1;
    }

    private void startTimeLimit() {
        double limit = plan.timeoutSeconds();
        if (limit <= 0) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((long) (limit * 1000));
            } catch (InterruptedException e) {
                return;
            }
            settle(PointOutcome.TIMEOUT, "still running after the per-point limit of "
                    + (limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit))
                    + " s (--timeout); stopped",
                    Map.of());
            terminal.println("point " + index + ": stopped after the limit of " + limit + " s");
            terminal.flush();
            Runtime.getRuntime().halt(TIMED_OUT);
        }, "point-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void settle(String status, String error, Map<String, Object> glued) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        try {
            new PointOutcome(status, seconds(), error, host(), glued).write(plan.pointFile(index));
        } catch (IOException e) {
            terminal.println("point " + index + ": cannot write " + plan.pointFile(index) + ": " + e.getMessage());
        }
    }

    private double seconds() {
        return Math.round((System.nanoTime() - started) / 1e6) / 1e3;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
