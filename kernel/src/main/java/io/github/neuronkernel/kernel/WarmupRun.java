package io.github.neuronkernel.kernel;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.jshell.CellOutcome;
import io.github.neuronkernel.kernel.jshell.Evaluator;
import io.github.neuronkernel.kernel.jshell.Startup;
import io.github.neuronkernel.kernel.notebook.Notebook;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short session without Jupyter: the startup script, the seed cell with its chart, a completion.
 * The installer runs it once with {@code -XX:ArchiveClassesAtExit} so that later kernel starts map
 * the classes it loaded instead of loading them again.
 */
final class WarmupRun {
    private WarmupRun() {}

    static void run() throws Exception {
        try {
            io.github.neuronkernel.kernel.jupyter.KernelLauncher.warmUpMessaging();
        } catch (Exception | LinkageError e) {
            System.err.println("warm-up: messaging skipped: " + e); // the archive just holds less
        }
        Path dir = Files.createTempDirectory("neuron-kernel-warmup");
        int[] charts = new int[1];
        Notebook.attach(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                charts[0]++;
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {}
        });
        try (Evaluator evaluator = new Evaluator(System.err)) {
            evaluator.runStartup(Startup.SCRIPT);
            String seed = String.join("\n",
                    "var soma = h.Section(\"soma\");",
                    "soma.L = 10;", "soma.diam = 10;", "soma.insert(\"hh\");",
                    "var iclamp = h.IClamp(soma.at(0.5));",
                    "iclamp.dur = 0.2;", "iclamp.delay = 0.3;", "iclamp.amp = 0.5;",
                    "h.batchSave();", "h.batchSave(h.ref(\"t\"), soma.at(0.5).ref(\"v\"));",
                    "h.finitialize(-65);",
                    "h.batchRun(2, 0.1, \"" + dir.resolve("warm.dat").toString().replace("\\", "\\\\") + "\", \"warm-up\");");
            CellOutcome outcome = evaluator.eval(seed, 1);
            CellOutcome value = evaluator.eval("1 + 1", 2);
            CellOutcome error = evaluator.eval("int x = \"no\";", 3);
            evaluator.assist().complete("h.batch", 7);
            System.out.println("warm-up: seed " + (outcome.failed() ? "failed: " + outcome.error() : "ran") + ", "
                    + charts[0] + " chart(s), value " + value.valueText() + ", compile error "
                    + (error.failed() ? "reported" : "missed"));
        } finally {
            Files.deleteIfExists(dir.resolve("warm.dat"));
            Files.deleteIfExists(dir);
        }
        System.exit(0); // not a halt, so that the archive is written
    }
}
