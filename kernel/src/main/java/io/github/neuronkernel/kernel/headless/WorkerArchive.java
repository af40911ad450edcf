package io.github.neuronkernel.kernel.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class-data archive shared by a sweep's workers ({@code DIR/.workers.jsa}): the first worker
 * dumps the classes it loaded when it exits (JDK's {@code -XX:ArchiveClassesAtExit}); workers
 * started after that map them instead of loading and verifying them again, which takes about a
 * quarter off a short point's CPU time. Workers started while the archive is not ready run without
 * it. The archive is written under a temporary name and renamed when complete, so no worker maps a
 * half-written file; a JVM that cannot use it (another java) warns and runs without.
 */
final class WorkerArchive {
    static final String FILE = ".workers.jsa";

    /** The archive's notes (classes it cannot hold, a JVM it does not fit) are not the point's business. */
    private static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final Path archive;
    private final Path partial;
    private final AtomicBoolean claimed = new AtomicBoolean();

    WorkerArchive(Path sweepDir) {
        this.archive = sweepDir.resolve(FILE);
        this.partial = sweepDir.resolve(FILE + ".partial");
    }

    /** @return the JVM options for the next worker; the first call (with no archive yet) makes it */
    List<String> nextOptions() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        if (claimed.compareAndSet(false, true)) {
            return List.of("-XX:ArchiveClassesAtExit=" + partial, QUIET);
        }
        return List.of();
    }

    /** Called when a worker ends: if it was the one making the archive, publishes it. */
    void workerEnded(List<String> options) {
        if (options.isEmpty() || !options.get(0).startsWith("-XX:ArchiveClassesAtExit=")) {
            return;
        }
        try {
            if (Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no archive: the workers still run, as before
        }
    }

    /**
     * @param firstTask the array task that makes the archive if there is none yet
     * @return bash lines that set {@code $cds} for a Slurm task and, after java, publish a new archive
     */
    String[] slurmLines(int firstTask) {
        String a = SlurmSweep.quote(archive.toString());
        String p = SlurmSweep.quote(partial.toString());
        return new String[] {
            "cds=()\n"
                + "if [ -f " + a + " ]; then cds=(-XX:SharedArchiveFile=" + a + " " + QUIET + ")\n"
                + "elif [ \"$SLURM_ARRAY_TASK_ID\" = " + firstTask + " ]; then cds=(-XX:ArchiveClassesAtExit=" + p + ".$$ " + QUIET + ")\n"
                + "fi\n",
            "if [ -f " + p + ".$$ ]; then mv -f " + p + ".$$ " + a + "; fi\n"
                + "exit $status\n"};
    }
}
