package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.run.RunInterruptedException;
import io.github.neuronkernel.engine.run.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run shows a progress bar; when the run fails (a numerical instability, an interrupt, a
 * full disk) the bar is taken away and the run's outcome shown, as when it completes: no progress
 * bar outlives its run.
 */
class RunDisplayFailureTest {
    @TempDir
    Path dir;
    private Path mounted;

    /** Keeps the latest bundle shown under each display id. */
    private static final class Sink implements DisplaySink {
        final Map<String, MimeBundle> shown = new LinkedHashMap<>();
        final List<String> progressIds = new ArrayList<>();
        final List<MimeBundle> outcomes = new ArrayList<>(); // displays without an id
        final List<String> cleared = new ArrayList<>();

        @Override
        public void clear(String displayId) {
            cleared.add(displayId);
            shown.remove(displayId);
        }

        @Override
        public void display(MimeBundle bundle, String displayId) {
            if (displayId == null) {
                outcomes.add(bundle);
            }
            if (displayId != null) {
                shown.put(displayId, bundle);
                if (isProgress(bundle)) {
                    progressIds.add(displayId);
                }
            }
        }

        @Override
        public void update(MimeBundle bundle, String displayId) {
            shown.put(displayId, bundle);
        }
    }

    private static boolean isProgress(MimeBundle b) {
        return String.valueOf(b.data().get("text/html")).contains("<progress");
    }

    /**
     * Runs two cells to 200 ms on a clock where every reading is 0.4 s later; {@code atOneMs} (given
     * the second cell) may make the run fail from t = 1 ms on.
     */
    private Sink run(Path file, Function<Section, DoubleConsumer> atOneMs, Class<? extends RuntimeException> expected) {
        Simulation h = new Simulation();
        Section soma = h.Section("soma");
        soma.insert("hh");
        Section axon = h.Section("axon");
        axon.insert("hh");
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        Sink sink = new Sink();
        AtomicLong clock = new AtomicLong();
        h.addRunListener(new RunDisplay(sink, () -> clock.addAndGet(400_000_000L)));
        DoubleConsumer fail = atOneMs.apply(axon);
        h.addRunListener(new RunListener() {
            @Override
            public void progress(double t, double tstop) {
                if (t >= 1) {
                    fail.accept(t);
                }
            }
        });
        h.finitialize(-65);
        RuntimeException e;
        try {
            e = assertThrows(expected, () -> h.batchRun(200, 0.025, file.toString(), "cell"));
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, sink.progressIds.size(), "a progress bar was shown: " + sink.shown);
        assertEquals(sink.progressIds, sink.cleared, "the progress bar is gone");
        assertEquals(1, sink.outcomes.size(), "the outcome is shown");
        MimeBundle last = sink.outcomes.get(0);
        assertFalse(isProgress(last), "the outcome is not a progress bar: " + last);
        assertTrue(last.plainText().contains("stopped early: " + e.getMessage()), last.plainText());
        return sink;
    }

    @Test
    void aRunThatBecomesNanReplacesItsProgressBar() {
        run(dir.resolve("v.dat"), axon -> t -> axon.at(0.5).set("v", 1e308), NumericalInstabilityException.class);
    }

    @Test
    void anInterruptedRunReplacesItsProgressBar() {
        run(dir.resolve("v.dat"), axon -> t -> Thread.currentThread().interrupt(), RunInterruptedException.class);
    }

    @Test
    void aRunOnAFullDiskReplacesItsProgressBarAndSaysTheDiskIsFull() throws IOException {
        mounted = dir.resolve("small");
        Files.createDirectory(mounted);
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mounted.toString()),
                "mounting a 64 kB tmpfs needs root; skipped");
        Sink sink = run(mounted.resolve("v.dat"), axon -> t -> {}, UncheckedIOException.class);
        String text = sink.outcomes.get(0).plainText();
        assertTrue(text.contains("the disk is full"), text);
    }

    @AfterEach
    void unmount() {
        if (mounted != null) {
            command("umount", mounted.toString());
        }
    }

    private static boolean command(String... argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
