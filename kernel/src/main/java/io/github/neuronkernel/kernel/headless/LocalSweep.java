package io.github.neuronkernel.kernel.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --on local[:N]}: runs a sweep's points as N worker processes at a time on this machine
 * (N defaults to its processors), each in its point's directory with its output in {@code
 * run.log}, and shows one progress line. A worker stops itself at the per-point limit; one that
 * does not (hung in native code) is killed a minute later. Ctrl-C stops the workers, which mark
 * their points cancelled; {@code --resume} runs them again.
 */
final class LocalSweep {
    /** How long past its own limit a worker may take to stop itself before it is killed. */
    private static final long GRACE_SECONDS = 60;

    private final int workers;
    private final List<String> jvmOptions;
    private final PrintStream terminal;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    /** Set when the sweep is stopped (Ctrl-C): no new worker starts after that. */
    private volatile boolean stopping;

    /**
     * @param workers how many points run at once
     * @param jvmOptions more options for each worker's JVM ({@code --jvm-option})
     */
    LocalSweep(int workers, List<String> jvmOptions, PrintStream terminal) {
        this.workers = workers;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.terminal = terminal;
    }

    /** @return the default number of workers: this machine's processors */
    static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs the points {@code todo} and returns when all have ended. */
    void run(SweepPlan plan, List<Integer> todo) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread stopWorkers = new Thread(() -> {
            stopAll();
            terminal.println(System.lineSeparator() + "sweep stopped: " + done.get() + " of " + todo.size()
                    + " points had ended; run the rest with: java -jar neuron-kernel.jar sweep --resume --out " + plan.dir());
        }, "sweep-stop-workers");
        Runtime.getRuntime().addShutdownHook(stopWorkers);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, todo.size()), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        WorkerArchive archive = new WorkerArchive(plan.dir());
        ProgressLine progress = new ProgressLine(terminal, todo.size(), "local, " + workers + " at a time");
        for (int index : todo) {
            pool.execute(() -> {
                boolean ok = runPoint(plan, index, archive);
                if (!ok && stopping) {
                    return; // stopped: the note on leaving says what to do
                }
                done.incrementAndGet();
                if (!ok) {
                    failed.incrementAndGet();
                    terminal.println(progress.clearing() + "point " + index + " (" + plan.describe(index) + ") did not"
                            + " finish ok: see " + plan.pointDir(index).resolve("run.log"));
                }
                progress.show(done.get(), failed.get(), running.size());
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            progress.show(done.get(), failed.get(), running.size());
        }
        progress.end(done.get(), failed.get());
        try {
            Runtime.getRuntime().removeShutdownHook(stopWorkers);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs
        }
    }

    /** @return true if the point ended ok */
    private boolean runPoint(SweepPlan plan, int index, WorkerArchive archive) {
        Path dir = plan.pointDir(index);
        List<String> cds = archive.nextOptions();
        List<String> options = new java.util.ArrayList<>(jvmOptions);
        options.addAll(cds);
        try {
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder(WorkerCommand.forPoint(index, plan.dir(), options))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("run.log").toFile());
            Process process;
            synchronized (running) {
                if (stopping) {
                    return false;
                }
                process = builder.start();
                running.add(process);
            }
            try {
                double limit = plan.timeoutSeconds();
                if (limit > 0) {
                    if (!process.waitFor((long) Math.ceil(limit) + GRACE_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                        new PointOutcome(PointOutcome.TIMEOUT, limit, "killed: still running " + GRACE_SECONDS
                                + " s after the per-point limit of " + limit + " s", "", java.util.Map.of())
                                .write(plan.pointFile(index));
                        return false;
                    }
                } else {
                    process.waitFor();
                }
                if (process.exitValue() != 0 && !Files.exists(plan.pointFile(index))) {
                    // killed from outside (the OOM killer, kill -9): say so rather than "not run"
                    new PointOutcome(PointOutcome.FAILED, 0, "the worker process ended with status "
                            + process.exitValue() + " and no result; see " + dir.resolve("run.log"), "",
                            java.util.Map.of()).write(plan.pointFile(index));
                }
                return process.exitValue() == 0;
            } finally {
                running.remove(process);
                archive.workerEnded(cds);
            }
        } catch (IOException e) {
            terminal.println("point " + index + ": cannot start a worker: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Ctrl-C: a worker's own shutdown marks its point cancelled, so it gets a polite signal first. */
    private void stopAll() {
        synchronized (running) {
            stopping = true;
        }
        for (Process p : running) {
            p.destroy();
        }
        for (Process p : running) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
    }
}
