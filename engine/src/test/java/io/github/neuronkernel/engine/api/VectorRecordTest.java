package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.neuronkernel.engine.io.CFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vector.record samples once at the end of finitialize and once after every step
 * ({@code docs/neuron-numerics.md} section 6): NEURON's size after {@code batch_run(0.4, .025)} is 17,
 * and every sample equals the batch file's value at the same time.
 */
class VectorRecordTest {
    @TempDir
    Path dir;

    /** The values of one column of a batch file (after the two header lines), as printed. */
    private static List<String> column(Path file, int column) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(2, lines.size()).stream().map(l -> l.substring(1).split(" ")[column]).toList();
    }

    @Test
    void seventeenSamplesAfterBatchRunToPointFour() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        var seg = seed.soma.at(0.5);
        Vector t = h.Vector().record(h.ref("t"));
        Vector v = h.Vector().record(seg.ref("v"));
        Vector m = h.Vector().record(seg.ref("m_hh"));
        Vector i = h.Vector().record(seed.iclamp.ref("i"));
        h.batchSave(seg.ref("m_hh"), seed.iclamp.ref("i"));
        h.finitialize(-65);
        assertEquals(1, v.size(), "finitialize takes the first sample");
        assertEquals(-65.0, v.get(0));
        Path file = dir.resolve("rec.dat");
        h.batchRun(0.4, 0.025, file.toString(), "record");
        assertEquals(17, v.size());
        assertEquals(17, t.size());
        assertEquals(17, m.size());
        assertEquals(17, i.size());
        List<String> fileT = column(file, 0);
        assertEquals(17, fileT.size(), "a line per step");
        Vector[] vectors = {t, v, m, i};
        for (int c = 0; c < vectors.length; c++) {
            List<String> fromFile = column(file, c);
            for (int k = 0; k < 17; k++) {
                assertEquals(fromFile.get(k), CFormat.g(vectors[c].get(k)), "column " + c + ", sample " + k);
            }
        }
        assertEquals(0.0, t.get(0));
        assertEquals(h.t, t.get(16));
        assertEquals(v.get(16), seg.get("v"));
    }

    @Test
    void everyStepIsRecordedWhateverTheOutputInterval() throws IOException {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Vector t = h.Vector().record(h.ref("t"));
        Vector v = h.Vector().record(seed.soma.at(0.5).ref("v"));
        Path file = dir.resolve("seed.dat");
        seed.run(file);
        assertEquals(81, v.size());
        List<String> fileT = column(file, 0);
        List<String> fileV = column(file, 1);
        assertEquals(21, fileV.size());
        for (int line = 0; line < 21; line++) {
            assertEquals(fileT.get(line), CFormat.g(t.get(4 * line)), "t of line " + line);
            assertEquals(fileV.get(line), CFormat.g(v.get(4 * line)), "v of line " + line);
        }
    }

    @Test
    void fadvanceAppendsAndFinitializeStartsAgain() {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Vector v = h.Vector().record(seed.soma.at(0.5).ref("v"));
        assertEquals(0, v.size(), "nothing before finitialize");
        h.finitialize(-65);
        h.fadvance();
        h.fadvance();
        assertEquals(3, v.size());
        assertEquals(-64.999254529092738, v.get(1), 1e-12 * 65);
        h.finitialize(-70);
        assertEquals(1, v.size());
        assertEquals(-70.0, v.get(0));
        assertEquals(1, v.toArray().length);
        assertThrows(IllegalArgumentException.class, () -> v.get(1));
    }

    @Test
    void recordingSurvivesAStructureChange() {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Vector v = h.Vector().record(seed.soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.fadvance();
        seed.soma.nseg = 3; // rebuilds the node layout at the next step
        h.finitialize(-65);
        h.fadvance();
        assertEquals(2, v.size());
        assertEquals(seed.soma.at(0.5).get("v"), v.get(1));
    }

    /** NEURON keeps a Vector's samples when nseg changes; they go at the next finitialize. */
    @Test
    void samplesStayWhenTheModelIsDiscretisedAgain() {
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Vector v = h.Vector().record(seed.soma.at(0.5).ref("v"));
        h.finitialize(-65);
        for (int i = 0; i < 10; i++) {
            h.fadvance();
        }
        seed.soma.nseg = 3;
        seed.soma.at(0.5).get("v"); // discretises again
        assertEquals(11, v.size());
        h.fadvance();
        assertEquals(12, v.size());
        assertEquals(seed.soma.at(0.5).get("v"), v.get(11));
        h.finitialize(-65);
        assertEquals(1, v.size());
    }
}
