package io.github.neuronkernel.kernel.headless;

import io.github.neuronkernel.engine.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code --on slurm[:PARTITION]}: writes {@code DIR/sweep.sbatch}, a job array with one task per
 * point to run and a throttle ({@code %K}), submits it with {@code sbatch}, and follows it with a
 * progress line (from {@code squeue} and the points' outcome files) until no task is left. Each
 * task runs the same worker as a local sweep, in its point's directory. Leaving (Ctrl-C, or {@code
 * --no-wait}) does not stop the job: {@code sweep --gather DIR} gathers later.
 */
final class SlurmSweep {
    /** Slurm's default MaxArraySize is 1001, so task ids go up to 1000. */
    static final int MAX_ARRAY_INDEX = 1000;
    /** How often the job is polled. */
    private static final long POLL_MILLIS = 2000;

    /** Stands for the class-data archive options in the job script, which the task chooses at run time. */
    private static final String CDS_WORDS = "\"${cds[@]}\"";

    private final String partition;
    private final List<String> sbatchOptions;
    private final List<String> jvmOptions;
    private final int throttle;
    private final boolean wait;
    private final PrintStream terminal;

    /**
     * @param partition the partition, or null for the cluster's default
     * @param sbatchOptions passed to sbatch as they are (e.g. {@code --time=0:10:00}, {@code --mem=2G})
     * @param jvmOptions more options for each task's JVM ({@code --jvm-option})
     * @param throttle how many tasks may run at once
     * @param wait follow the job until it ends (else return once submitted)
     */
    SlurmSweep(String partition, List<String> sbatchOptions, List<String> jvmOptions, int throttle, boolean wait,
            PrintStream terminal) {
        this.partition = partition;
        this.sbatchOptions = List.copyOf(sbatchOptions);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.throttle = throttle;
        this.wait = wait;
        this.terminal = terminal;
    }

    /** @throws IllegalArgumentException if sbatch is not on the PATH */
    static void requireSbatch() {
        if (onPath("sbatch") == null) {
            throw new IllegalArgumentException("--on slurm: sbatch is not on the PATH (" + System.getenv("PATH")
                    + "); run the sweep on a Slurm login node, or use --on local");
        }
    }

    /**
     * Submits the points {@code todo} and, unless told not to wait, follows the job to its end.
     *
     * @return true if the job ran to its end here (gather now), false if it was left running
     * @throws IOException if sbatch refuses the job (its message is kept)
     */
    boolean run(SweepPlan plan, List<Integer> todo) throws IOException, InterruptedException {
        if (todo.get(todo.size() - 1) > MAX_ARRAY_INDEX) {
            throw new IllegalArgumentException("--on slurm: point " + todo.get(todo.size() - 1) + " is beyond Slurm's"
                    + " usual job-array limit (task ids 0 to " + MAX_ARRAY_INDEX + ", MaxArraySize); split the sweep"
                    + " into sweeps of at most " + (MAX_ARRAY_INDEX + 1) + " points");
        }
        Path script = plan.dir().resolve("sweep.sbatch");
        Files.createDirectories(plan.dir().resolve("slurm"));
        AtomicFile.writeString(script, script(plan, todo));
        String jobId = submit(script);
        AtomicFile.writeString(plan.dir().resolve("slurm").resolve("job-id"), jobId + "\n");
        terminal.println("submitted Slurm job " + jobId + ": " + todo.size() + " tasks, at most " + throttle
                + " at a time (" + script + ")");
        String later = "the job goes on; follow it with squeue -j " + jobId + ", stop it with scancel " + jobId
                + ", and gather its results with: java -jar neuron-kernel.jar sweep --gather " + plan.dir();
        if (!wait) {
            terminal.println(later);
            return false;
        }
        Thread onLeave = new Thread(() -> terminal.println(System.lineSeparator() + later), "sweep-leave-note");
        Runtime.getRuntime().addShutdownHook(onLeave);
        follow(plan, todo, jobId);
        Runtime.getRuntime().removeShutdownHook(onLeave);
        return true;
    }

    /** @return the job script: one array task per point, each running the worker in its point's directory */
    String script(SweepPlan plan, List<Integer> todo) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# A neuron-kernel sweep of ").append(plan.notebook().getFileName()).append(": one array task per")
                .append(" point;\n# the points are in ").append(plan.dir().resolve(SweepPlan.FILE)).append('\n');
        s.append("#SBATCH --job-name=sweep-").append(plan.notebook().getFileName().toString().replaceFirst(
                "\\.ipynb$", "").replaceAll("[^A-Za-z0-9_.-]", "_")).append('\n');
        s.append("#SBATCH --array=").append(ranges(todo)).append('%').append(throttle).append('\n');
        s.append("#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=1\n");
        s.append("#SBATCH --output=").append(plan.dir().resolve("slurm")).append("/%A_%a.out\n");
        if (partition != null) {
            s.append("#SBATCH --partition=").append(partition).append('\n');
        }
        for (String option : sbatchOptions) {
            s.append("#SBATCH ").append(option).append('\n');
        }
        s.append("point_dir=").append(quote(plan.dir().resolve("points").toString())).append("/$(printf '%0")
                .append(plan.width()).append("d' \"$SLURM_ARRAY_TASK_ID\")\n");
        s.append("mkdir -p \"$point_dir\" && cd \"$point_dir\" || exit 1\n");
        String[] archive = new WorkerArchive(plan.dir()).slurmLines(todo.get(0));
        s.append(archive[0]);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(CDS_WORDS);
        String sep = "";
        for (String word : WorkerCommand.prefix(options)) {
            s.append(sep).append(word.equals(CDS_WORDS) ? word : quote(word));
            sep = " ";
        }
        s.append(" \"$SLURM_ARRAY_TASK_ID\" ").append(quote(plan.dir().toString())).append(" > run.log 2>&1 &\n");
        // Slurm's cancel and time limit signal this shell, not its children: pass the signal on, so the
        // worker marks its point cancelled before Slurm's SIGKILL, and wait for it to finish doing so
        s.append("worker=$!\n");
        s.append("trap 'kill -TERM \"$worker\" 2>/dev/null' TERM INT\n");
        s.append("wait \"$worker\"; status=$?\n");
        s.append("while kill -0 \"$worker\" 2>/dev/null; do wait \"$worker\"; status=$?; done\n");
        s.append(archive[1]);
        return s.toString();
    }

    private String submit(Path script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable", script.toString()));
        Output out = execute(command, 120);
        if (out.status != 0 || !out.stdout.strip().matches("\\d+(;.*)?")) {
            throw new IOException("sbatch could not submit " + script + " (exit status " + out.status + "): "
                    + (out.stderr + out.stdout).strip() + System.lineSeparator()
                    + "Is Slurm up? sinfo shows the cluster's partitions and nodes.");
        }
        return out.stdout.strip().split(";")[0];
    }

    private void follow(SweepPlan plan, List<Integer> todo, String jobId) throws IOException, InterruptedException {
        ProgressLine progress = new ProgressLine(terminal, todo.size(), "Slurm job " + jobId);
        int quietPolls = 0;
        // an outcome, once written, stays: each poll reads only the points still without one
        PointOutcome[] settled = new PointOutcome[todo.size()];
        int done = 0;
        int notOk = 0;
        while (true) {
            Output queue = execute(List.of("squeue", "-h", "-r", "-j", jobId, "-o", "%T"), 60);
            int inQueue = 0;
            int running = 0;
            if (queue.status == 0) {
                for (String state : queue.stdout.split("\n")) {
                    if (!state.isBlank()) {
                        inQueue++;
                        running += state.strip().equals("RUNNING") ? 1 : 0;
                    }
                }
            }
            for (int k = 0; k < settled.length; k++) {
                if (settled[k] == null && (settled[k] = PointOutcome.read(plan.pointFile(todo.get(k)))) != null) {
                    done++;
                    notOk += settled[k].ok() ? 0 : 1;
                }
            }
            progress.show(done, notOk, running);
            // squeue forgets a job soon after it ends ("Invalid job id"); an empty answer twice in a row
            // (not once: a task between states may be missing) means nothing is left to run
            quietPolls = inQueue == 0 ? quietPolls + 1 : 0;
            if (quietPolls >= 2 || done == todo.size()) {
                progress.end(done, notOk);
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** @return e.g. {@code 0-5,7,9-12} */
    static String ranges(List<Integer> sorted) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            s.append(s.length() == 0 ? "" : ",").append(sorted.get(i));
            if (j > i) {
                s.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return s.toString();
    }

    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=+,@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private record Output(int status, String stdout, String stderr) {}

    private static Output execute(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path err = Files.createTempFile("sweep-slurm", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] stdout = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Output(-1, "", String.join(" ", command) + " did not answer in " + timeoutSeconds + " s");
            }
            return new Output(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
