package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Vector methods' edge cases (as NEURON 8.2.2 behaves) and their refusals of bad input. */
class VectorMethodsTest {
    private final Simulation h = new Simulation();

    @Test
    void emptyVectorsBehaveAsNeuron() {
        Vector e = h.Vector();
        assertEquals(0.0, e.max()); // NEURON 8.2.2: max and min of an empty vector are 0
        assertEquals(0.0, e.min());
        assertEquals(-1, e.max_ind());
        assertEquals(-1, e.min_ind());
        assertEquals(0.0, e.sum());
        assertEquals(-1, e.indwhere(">", 0));
        assertMessage(IllegalStateException.class, e::mean, "mean()", "empty", "at least 1");
        assertMessage(IllegalStateException.class, e::stdev, "stdev()", "0 elements", "at least 2");
        assertMessage(IllegalStateException.class, () -> h.Vector(4).stdev(), "stdev()", "1 element;", "at least 2");
        assertEquals(4.0, h.Vector(4).mean());
    }

    @Test
    void tiesGiveTheFirstIndex() {
        Vector v = h.Vector(3, 1, 3, -2, -2, 0.5);
        assertEquals(0, v.max_ind());
        assertEquals(3, v.min_ind());
        assertEquals(1, v.indwhere("!=", 3));
    }

    @Test
    void resizeKeepsOrPadsWithZerosAndFillSetsAll() {
        Vector v = h.Vector(1, 2);
        assertArrayEquals(new double[] {1, 2, 0, 0}, v.resize(4).toArray());
        assertArrayEquals(new double[] {1}, v.resize(1).toArray());
        assertArrayEquals(new double[] {7}, v.fill(7).toArray());
        assertArrayEquals(new double[40], h.Vector().resize(40).toArray());
        assertMessage(IllegalArgumentException.class, () -> v.resize(-1), "resize(-1)", "at least 0");
    }

    @Test
    void unknownComparatorIsRefused() {
        Vector v = h.Vector(1, 2);
        assertMessage(IllegalArgumentException.class, () -> v.indwhere("=", 1), "\"=\"", "\">=\"", "\"!=\"");
        assertMessage(IllegalArgumentException.class, () -> h.Vector().indwhere("foo", 1), "\"foo\"", "not allowed");
    }

    @Test
    void csvHasNamesAndExactNumbers(@TempDir Path dir) throws IOException {
        Section soma = h.Section("soma");
        soma.insert("hh");
        Vector t = h.Vector().record(h.ref("t"));
        Vector v = h.Vector().record(soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.continuerun(0.05);
        String csv = Vector.csv(t, v);
        String[] lines = csv.split("\n");
        assertEquals("t,soma(0.5).v", lines[0]);
        assertEquals(t.size() + 1, lines.length);
        for (int i = 0; i < t.size(); i++) {
            String[] f = lines[i + 1].split(",");
            assertEquals(t.get(i), Double.parseDouble(f[0]));
            assertEquals(v.get(i), Double.parseDouble(f[1]));
        }
        Path file = dir.resolve("run.csv");
        Vector.writeCsv(file.toString(), t, v);
        assertEquals(csv, Files.readString(file));
        assertEquals("0.1\n1.0E-300\n", h.Vector(0.1, 1e-300).toCsv());
        assertEquals("t,column2\n0.0,5.0\n", Vector.csv(h.Vector().record(h.ref("t")).append(0), h.Vector(5)));
        assertMessage(IllegalArgumentException.class, () -> Vector.csv(h.Vector(1, 2), h.Vector(1)),
                "column 2", "1 elements", "column 1 has 2", "same size");
        assertMessage(IllegalArgumentException.class, Vector::csv, "no vectors");
    }

    @Test
    void badIntervalsAreRefused() {
        Vector v = h.Vector();
        for (double dt : new double[] {0, -0.1, Double.NaN, 1e11}) {
            assertMessage(IllegalArgumentException.class, () -> v.record(h.ref("t"), dt),
                    "record interval dt = ", "1e-9 to 1e10 ms");
            assertMessage(IllegalArgumentException.class, () -> h.Vector(1).play(h.ref("t"), dt),
                    "play interval dt = ", "1e-9 to 1e10 ms");
        }
        assertMessage(IllegalArgumentException.class, () -> v.record(h.ref("t"), -0.1), "-0.1");
    }

    @Test
    void badTimeVectorsAreRefused() {
        Section soma = h.Section("soma");
        IClamp stim = h.IClamp(soma.at(0.5));
        Vector values = h.Vector(1, 2, 3);
        assertMessage(IllegalArgumentException.class, () -> values.play(stim.ref("amp"), h.Vector(0, 1)),
                "time vector has 2 elements", "value vector 3", "same size");
        assertMessage(IllegalArgumentException.class, () -> values.play(stim.ref("amp"), h.Vector(0, 2, 1)),
                "play times", "element 2 (1 ms) is before element 1 (2 ms)", "ascending");
        assertMessage(IllegalArgumentException.class, () -> h.Vector().record(h.ref("t"), h.Vector(1, 0.5)),
                "record times", "element 1 (0.5 ms) is before element 0 (1 ms)");
        assertMessage(IllegalArgumentException.class, () -> h.Vector().record(h.ref("t"), h.Vector(-1, 0)),
                "record times", "element 0 is -1 ms", "at least 0");
        Vector self = h.Vector(1);
        assertMessage(IllegalArgumentException.class, () -> self.record(h.ref("t"), self), "both");
        // vectors changed after play() are checked again at finitialize
        Vector times = h.Vector(0, 1, 2);
        values.play(stim.ref("amp"), times);
        times.append(3);
        assertMessage(IllegalArgumentException.class, () -> h.finitialize(-65), "time vector has 4 elements");
    }

    @Test
    void playRemoveStopsPlayingAndRecordingAndKeepsValues() {
        Section soma = h.Section("soma");
        soma.insert("hh");
        IClamp stim = h.IClamp(soma.at(0.5));
        Vector amps = h.Vector(0.5, 0.7);
        amps.play(stim.ref("amp"), h.Vector(0, 0.05));
        Vector v = h.Vector().record(soma.at(0.5).ref("v"), 0.05);
        h.finitialize(-65);
        h.continuerun(0.1);
        assertEquals(0.7, stim.amp);
        int n = v.size();
        assertTrue(n >= 2, "samples: " + n);
        amps.play_remove();
        v.play_remove();
        stim.amp = 0;
        h.finitialize(-65);
        h.continuerun(0.1);
        assertEquals(0, stim.amp);
        assertEquals(n, v.size());
        assertArrayEquals(new double[] {0.5, 0.7}, amps.toArray());
    }

    @Test
    void playWritesWhatNeuronWouldWithoutRangeChecks() {
        Section soma = h.Section("soma");
        soma.insert("hh");
        h.Vector(-0.1).play(soma.at(0.5).ref("gnabar_hh"), h.Vector(0));
        h.finitialize(-65); // NEURON's play writes through a pointer: a negative conductance is taken
        assertEquals(-0.1, soma.at(0.5).get("gnabar_hh"));
        Section dend = h.Section("dend");
        dend.insert("hh");
        h.Vector(1).play(dend.at(0.5).ref("gnabar_hh"), 1.0);
        h.delete(dend); // stops the play, and says so
        h.finitialize(-65);
        assertEquals(-0.1, soma.at(0.5).get("gnabar_hh"));
    }

    private static void assertMessage(Class<? extends RuntimeException> type, Executable call, String... parts) {
        RuntimeException e = assertThrows(type, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "\"" + p + "\" not in: " + e.getMessage());
        }
    }
}
