package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.run.RunInterruptedException;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.engine.run.RunStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code h.addRunListener}: a batchRun tells its listeners that it started (with its parameters and
 * column names), each output line's time, and that it finished, with exactly the values the file
 * holds.
 */
class RunListenerTest {
    @TempDir
    Path dir;

    /** Records every call. */
    static final class Recorder implements RunListener {
        final List<String> calls = new ArrayList<>();
        final List<Double> times = new ArrayList<>();
        RunStart start;
        RunRecord record;

        @Override
        public void started(RunStart s) {
            calls.add("started");
            start = s;
        }

        @Override
        public void progress(double t, double tstop) {
            calls.add("progress");
            times.add(t);
        }

        @Override
        public void finished(RunRecord r) {
            calls.add("finished");
            record = r;
        }
    }

    /** The file's data lines, as the listener's values print with " %g". */
    private static String linesOf(RunRecord r) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < r.rows(); row++) {
            for (int c = 0; c < r.values().length; c++) {
                sb.append(' ').append(CFormat.g(r.values()[c][row]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String dataLines(Path file) throws IOException {
        String text = Files.readString(file);
        int second = text.indexOf('\n', text.indexOf('\n') + 1);
        return text.substring(second + 1);
    }

    @Test
    void seedRunColumnsEqualTheFile() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        h.batchSave(seed.soma.at(0.5).ref("m_hh"), seed.iclamp.ref("i"));
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        Path file = dir.resolve("seed.dat");
        h.finitialize(-65);
        h.batchRun(2, 0.1, file.toString(), "My HH sim");

        assertEquals("started", rec.calls.get(0));
        assertEquals("finished", rec.calls.get(rec.calls.size() - 1));
        assertEquals(21, rec.calls.stream().filter("progress"::equals).count(), "a progress call per line");
        RunStart s = rec.start;
        assertEquals(file.toString(), s.file());
        assertEquals("My HH sim", s.comment());
        assertEquals(0.0, s.tstart());
        assertEquals(2.0, s.tstop());
        assertEquals(0.1, s.tstep());
        assertEquals(0.025, s.dt());
        assertEquals(4, s.columns().size());
        assertEquals("t", s.columns().get(0));
        assertTrue(s.columns().get(1).contains("soma") && s.columns().get(1).endsWith("v"), s.columns().get(1));
        assertTrue(s.columns().get(2).endsWith("m_hh"), s.columns().get(2));
        assertTrue(s.columns().get(3).endsWith("i"), s.columns().get(3));

        RunRecord r = rec.record;
        assertNotNull(r);
        assertTrue(r.completed());
        assertNull(r.failure());
        assertEquals(21, r.rows());
        assertEquals(s.columns(), r.columns());
        assertEquals(h.t, r.endTime());
        assertEquals(dataLines(file), linesOf(r), "the listener's values print as the file's lines");
        double[] t = r.column(0);
        assertEquals(21, t.length);
        for (int i = 0; i < 21; i++) {
            assertEquals(t[i], rec.times.get(i), "progress time of line " + i);
        }
        // the seed columns are NEURON's
        String reference = SeedModel.reference("reference/seed.dat");
        String[] refLines = reference.split("\n");
        String[] got = linesOf(r).split("\n");
        for (int i = 0; i < 21; i++) {
            assertTrue(got[i].startsWith(refLines[i + 2] + " "), got[i] + " vs " + refLines[i + 2]);
        }
    }

    @Test
    void runWithoutAFileStillTellsListeners() {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.finitialize(-65);
        h.batchRun(0.5, 0.25);
        assertNull(rec.start.file());
        assertEquals("", rec.start.comment());
        assertEquals(3, rec.record.rows());
        assertEquals(List.of("0", "0.25", "0.5"), rec.times.stream().map(CFormat::g).toList());
    }

    @Test
    void emptySaveListGivesRowsWithoutColumns() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        h.batchSave();
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.finitialize(-65);
        Path file = dir.resolve("empty.dat");
        h.batchRun(0.1, 0.025, file.toString());
        assertEquals(List.of(), rec.start.columns());
        assertEquals(5, rec.record.rows());
        assertEquals(0, rec.record.values().length);
        assertEquals("\n\n\n\n\n", dataLines(file));
    }

    @Test
    void secondRunStartsWhereTheFirstEnded() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.finitialize(-65);
        Path file = dir.resolve("twice.dat");
        h.batchRun(0.2, 0.1, file.toString(), "first");
        double end = rec.record.endTime();
        h.batchRun(0.6, 0.1, file.toString(), "second");
        assertEquals(end, rec.start.tstart());
        assertEquals(dataLines(file), linesOf(rec.record));
        assertEquals(5, rec.record.rows());
    }

    @Test
    void removedListenerHearsNothing() {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.removeRunListener(rec);
        h.finitialize(-65);
        h.batchRun(0.2, 0.1);
        assertEquals(List.of(), rec.calls);
    }

    @Test
    void listenersOfOneSimulationDoNotHearAnother() {
        SeedModel a = new SeedModel();
        SeedModel b = new SeedModel();
        Recorder rec = new Recorder();
        a.h.addRunListener(rec);
        b.h.finitialize(-65);
        b.h.batchRun(0.2, 0.1);
        assertEquals(List.of(), rec.calls);
    }

    @Test
    void divergedRunFinishesWithTheFailure() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Section axon = h.Section("axon");
        axon.insert("hh");
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.finitialize(-65);
        axon.at(0.5).set("v", 1e308);
        Path file = dir.resolve("diverged.dat");
        var e = assertThrows(NumericalInstabilityException.class, () -> h.batchRun(2, 0.025, file.toString()));
        assertEquals("finished", rec.calls.get(rec.calls.size() - 1));
        assertFalse(rec.record.completed());
        assertEquals(e, rec.record.failure());
        assertEquals(dataLines(dir.resolve("diverged.dat.partial")), linesOf(rec.record),
                "the .partial file holds exactly the lines reported");
    }

    @Test
    void interruptStopsAfterTheCurrentStepAndThePartialFileIsComplete() throws Exception {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Path file = dir.resolve("interrupted.dat");
        Recorder rec = new Recorder();
        h.addRunListener(rec);
        h.addRunListener(new RunListener() {
            @Override
            public void progress(double t, double tstop) {
                if (t > 0.95) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Throwable[] thrown = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                h.finitialize(-65);
                h.batchRun(2, 0.1, file.toString(), "My HH sim");
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        runner.start();
        runner.join(30_000);
        assertInstanceOf(RunInterruptedException.class, thrown[0]);
        RunInterruptedException e = (RunInterruptedException) thrown[0];
        assertInstanceOf(RunInterruptedException.class, rec.record.failure());
        assertEquals(e.time(), rec.record.endTime());
        assertEquals(11, rec.record.rows(), "lines 0 .. 1");
        Path partial = dir.resolve("interrupted.dat.partial");
        assertEquals(dataLines(partial), linesOf(rec.record));
        String[] reference = SeedModel.reference("reference/seed.dat").split("\n", -1);
        assertEquals(String.join("\n", java.util.Arrays.copyOf(reference, 13)) + "\n", Files.readString(partial),
                "the .partial file is NEURON's up to the last line written");
        assertFalse(Files.exists(file), "the file is written only by a run that completes");
    }
}
