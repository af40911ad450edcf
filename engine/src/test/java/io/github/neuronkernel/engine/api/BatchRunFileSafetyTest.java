package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.run.RunInterruptedException;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batchRun replaces its file only when it completes. A run stopped by a numerical instability, an
 * interrupt or a full disk leaves the previous file byte for byte, keeps the complete lines it
 * wrote in {@code NAME.partial}, says so in its message, leaves no temporary file, and its listeners
 * hear that it finished.
 */
class BatchRunFileSafetyTest {
    private static final byte[] OLD = "previous results\n 0 -65\n 0.1 -64.9\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern KEPT = Pattern.compile("the ([0-9,]+) lines? written before the failure (?:is|are) in (\\S+)");

    @TempDir
    Path dir;
    private io.github.neuronkernel.engine.SmallDisk disk;
    private Path mounted;

    /** Hears the run; runs {@code atProgress} at each output line from t = 1 ms on. */
    private static final class Listener implements RunListener {
        RunRecord record;
        int finished;
        final DoubleConsumer atProgress;

        Listener(DoubleConsumer atProgress) {
            this.atProgress = atProgress;
        }

        @Override
        public void progress(double t, double tstop) {
            if (t >= 1) {
                atProgress.accept(t);
            }
        }

        @Override
        public void finished(RunRecord r) {
            record = r;
            finished++;
        }
    }

    private SeedModel seed;

    private Simulation seeded(Listener listener) {
        seed = new SeedModel();
        seed.h.addRunListener(listener);
        seed.h.finitialize(-65);
        return seed.h;
    }

    private List<String> leftovers(Path in) throws IOException {
        try (Stream<Path> s = Files.list(in)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /** The kept lines: whole, as many as the message says, the header first. */
    private void assertPartial(Path partial, String message, Path in) throws IOException {
        Matcher m = KEPT.matcher(message);
        assertTrue(m.find(), message);
        assertEquals(partial.getFileName().toString(), m.group(2));
        byte[] bytes = Files.readAllBytes(partial);
        assertTrue(bytes.length > 0 && bytes[bytes.length - 1] == '\n', "ends with a whole line");
        String text = new String(bytes, StandardCharsets.US_ASCII);
        long lines = text.chars().filter(c -> c == '\n').count();
        assertEquals(Long.parseLong(m.group(1).replace(",", "")), lines, "the count in the message");
        assertTrue(text.startsWith("Seed\nbatch_run from t = 0 to 5 in steps of 0.025 with dt = 0.025\n"), text);
        for (String line : text.split("\n")) {
            if (!line.startsWith("Seed") && !line.startsWith("batch_run")) {
                assertEquals(2, line.strip().split(" ").length, "a complete data line (t, v): " + line);
            }
        }
        assertEquals(List.of(), leftovers(in), "no temporary file left");
    }

    @Test
    void aCompletedRunReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path file = dir.resolve("seed.dat");
        Files.write(file, OLD);
        Listener listener = new Listener(t -> {});
        seeded(listener).batchRun(5, 0.025, file.toString(), "Seed");
        List<String> lines = Files.readAllLines(file);
        assertEquals(2 + 201, lines.size());
        assertEquals("Seed", lines.get(0));
        assertEquals(201, listener.record.rows());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("seed.dat"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aRunThatBecomesNanKeepsThePreviousFileAndItsLinesInPartial() throws IOException {
        Path file = dir.resolve("seed.dat");
        Files.write(file, OLD);
        Section[] axon = new Section[1];
        Listener listener = new Listener(t -> axon[0].at(0.5).set("v", 1e308));
        Simulation h = seeded(listener);
        axon[0] = h.Section("axon");
        axon[0].insert("hh");
        h.finitialize(-65);
        NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class,
                () -> h.batchRun(5, 0.025, file.toString(), "Seed"));
        assertTrue(e.getMessage().startsWith("membrane potential became"), e.getMessage());
        assertTrue(e.getMessage().contains("the previous seed.dat is unchanged"), e.getMessage());
        assertTrue(e.time() > 1 && e.section().equals("axon"), e.time() + " " + e.section());
        assertArrayEquals(OLD, Files.readAllBytes(file), "the previous file, byte for byte");
        assertPartial(dir.resolve("seed.dat.partial"), e.getMessage(), dir);
        assertEquals(1, listener.finished);
        assertEquals(e, listener.record.failure(), "the listener sees the message with the note");
        assertEquals(2 + listener.record.rows(), Files.readAllLines(dir.resolve("seed.dat.partial")).size(),
                "every line the listener saw is in the partial file");
    }

    @Test
    void anInterruptedRunKeepsThePreviousFileAndItsLinesInPartial() throws IOException {
        Path file = dir.resolve("seed.dat");
        Files.write(file, OLD);
        Listener listener = new Listener(t -> Thread.currentThread().interrupt());
        Simulation h = seeded(listener);
        RunInterruptedException e;
        try {
            e = assertThrows(RunInterruptedException.class, () -> h.batchRun(5, 0.025, file.toString(), "Seed"));
        } finally {
            Thread.interrupted();
        }
        assertTrue(e.getMessage().contains("the previous seed.dat is unchanged"), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertPartial(dir.resolve("seed.dat.partial"), e.getMessage(), dir);
        assertEquals(1, listener.finished);
        assertFalse(listener.record.completed());

        // the simulation goes on from there, and a completed run then replaces the file
        h.removeRunListener(listener);
        h.batchRun(5, 0.025, file.toString(), "Seed");
        assertTrue(Files.readString(file).startsWith("Seed\nbatch_run from t = 1"), Files.readString(file));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void aFailedFirstRunCreatesNoFile() throws IOException {
        Path file = dir.resolve("seed.dat");
        Listener listener = new Listener(t -> Thread.currentThread().interrupt());
        Simulation h = seeded(listener);
        RunInterruptedException e;
        try {
            e = assertThrows(RunInterruptedException.class, () -> h.batchRun(5, 0.025, file.toString(), "Seed"));
        } finally {
            Thread.interrupted();
        }
        assertTrue(e.getMessage().contains("seed.dat was not created"), e.getMessage());
        assertFalse(Files.exists(file));
        assertPartial(dir.resolve("seed.dat.partial"), e.getMessage(), dir);
    }

    @Test
    void aFullDiskSaysSoKeepsThePreviousFileAndWholeLines() throws Exception {
        disk = io.github.neuronkernel.engine.SmallDisk.mount(dir);
        mounted = disk.dir();
        Path file = mounted.resolve("seed.dat");
        Files.write(file, OLD);
        Listener listener = new Listener(t -> {});
        Simulation h = seeded(listener);
        // 8,000 lines of t and v, about 130 kB: more than the 64 kB the disk holds
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> h.batchRun(200, 0.025, file.toString(), "Seed"));
        String m = e.getMessage();
        assertTrue(m.startsWith("batchRun: the disk is full (No space left on device) while writing seed.dat in "
                + mounted), m);
        assertTrue(m.contains("the previous seed.dat is unchanged"), m);
        assertNotNull(e.getCause());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        Path partial = mounted.resolve("seed.dat.partial");
        Matcher kept = KEPT.matcher(m);
        assertTrue(kept.find(), m);
        byte[] bytes = Files.readAllBytes(partial);
        assertEquals('\n', bytes[bytes.length - 1], "no half line");
        assertEquals(List.of(), leftovers(mounted));
        assertEquals(1, listener.finished, "the listener hears that the run failed");
        assertEquals(e, listener.record.failure());
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }
}
