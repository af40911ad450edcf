package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job script a Slurm sweep submits: array ranges, throttle, options passed through, the worker line. */
class SlurmScriptTest {
    @TempDir
    Path dir;

    @Test
    void arrayRanges() {
        assertEquals("0-5,7,9-12", SlurmSweep.ranges(List.of(0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12)));
        assertEquals("3", SlurmSweep.ranges(List.of(3)));
    }

    @Test
    void scriptRunsTheWorkerInEachPointsDirectory() {
        SweepPlan plan = new SweepPlan(dir.resolve("my sweep"), "fi.ipynb", "/x/fi.ipynb", List.of("amp"),
                List.of(Map.of("amp", "0.1"), Map.of("amp", "0.2"), Map.of("amp", "0.3")), 0);
        String script = new SlurmSweep("debug", List.of("--time=0:10:00", "--mem=2G"), List.of("-Xmx2g"), 2, true, System.err)
                .script(plan, List.of(0, 2));
        assertTrue(script.startsWith("#!/bin/bash\n"), script);
        assertTrue(script.contains("\n#SBATCH --array=0,2%2\n"), script);
        assertTrue(script.contains("\n#SBATCH --partition=debug\n#SBATCH --time=0:10:00\n#SBATCH --mem=2G\n"), script);
        assertTrue(script.contains("#SBATCH --job-name=sweep-fi\n"), script);
        assertTrue(script.contains("point_dir='" + plan.dir().resolve("points") + "'/$(printf '%04d' \"$SLURM_ARRAY_TASK_ID\")"),
                script);
        assertTrue(script.contains("io.github.neuronkernel.kernel.Main sweep --point \"$SLURM_ARRAY_TASK_ID\" '"
                + plan.dir() + "' > run.log 2>&1 &\n"), script);
        assertTrue(script.contains("trap 'kill -TERM \"$worker\" 2>/dev/null' TERM INT\n"), script);
        // the user's JVM options, then the class-data archive the task finds (or the first task makes)
        assertTrue(script.contains(" -Xmx2g \"${cds[@]}\" -cp "), script);
        assertTrue(script.contains("elif [ \"$SLURM_ARRAY_TASK_ID\" = 0 ]; then cds=(-XX:ArchiveClassesAtExit="), script);
        assertTrue(script.endsWith("exit $status\n"), script);
    }

    @Test
    void shellQuoting() {
        assertEquals("/a/b-c.jar", SlurmSweep.quote("/a/b-c.jar"));
        assertEquals("'it'\\''s'", SlurmSweep.quote("it's"));
    }
}
