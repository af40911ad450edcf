package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.Digits17.g17;
import static io.github.neuronkernel.engine.morphology.TestSupport.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CA1 cell c91662.swc imported with h.importSwc against NEURON 8.2.2's Import3d
 * ({@code reference/morphology/swc_cases.py}): every segment's geometry to 17 digits, and a run
 * with hh and pas written byte for byte as NEURON's batch_run wrote it.
 */
class SwcReferenceTest {
    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    private List<Section> ca1() {
        return GeometryTable.referenceCell(h.importSwc(TestSupport.resource("c91662.swc").toString()), 40);
    }

    @Test
    void geometryOfEverySegmentIsNeurons() throws Exception {
        List<Section> secs = ca1();
        assertEquals(h.allsec(), secs);
        List<String> out = GeometryTable.lines(secs);
        assertEquals(reference("swc_public_geometry.txt"), String.join("\n", out) + "\n");
    }

    @Test
    void runIsNeuronsByteForByte() throws Exception {
        assertRunIsNeurons(0);
    }

    /** One thread: the leaves solved four at a time in lanes (RaggedLockstep), the rest as the top. */
    @Test
    void runOnOneThreadIsNeuronsByteForByte() throws Exception {
        assertRunIsNeurons(1);
    }

    @Test
    void runOnTwoThreadsIsNeuronsByteForByte() throws Exception {
        assertRunIsNeurons(2);
    }

    private void assertRunIsNeurons(int threads) throws Exception {
        h.threads(threads);
        ca1();
        IClamp ic = h.IClamp(h.section("soma[0]").at(0.5));
        ic.delay = 2;
        ic.dur = 5;
        ic.amp = 1.5;
        Ref[] probes = {h.ref("t"), h.section("soma[0]").at(0.5).ref("v"), h.section("apic[20]").at(0.5).ref("v"),
            h.section("dend[10]").at(1).ref("v"), h.section("axon[0]").at(1).ref("v")};
        h.batchSave();
        h.batchSave(probes);
        h.finitialize(-65);
        Path file = dir.resolve("swc_public.dat");
        h.batchRun(20, 0.1, file.toString(), "swc_public on c91662");
        assertEquals(reference("swc_public.dat"), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The benchmark model (bench/neuron_ca1.py: nseg by the d_lambda rule, Ra 100, a spiking soma)
     * against {@code ca1_v17.txt}: every segment's v to 17 digits at 10, 50 and 100 ms, so that a sum
     * taken in another order anywhere in the tree shows; on 0, 1 and 2 threads.
     */
    @Test
    void everySegmentsVoltageIsNeuronsToTheLastBit() throws Exception {
        String expected = reference("ca1_v17.txt");
        for (int threads = 0; threads <= 2; threads++) {
            Simulation sim = new Simulation();
            sim.threads(threads);
            List<Section> secs = sim.importSwc(TestSupport.resource("c91662.swc").toString());
            for (Section s : secs) {
                s.Ra = 100;
                s.cm = 1;
            }
            assertEquals(1108, sim.geomNseg(100, 0.1), "segments by the d_lambda rule, as in NEURON");
            GeometryTable.hhAndPas(secs);
            IClamp ic = sim.IClamp(sim.section("soma[0]").at(0.5));
            ic.delay = 5;
            ic.dur = 80;
            ic.amp = 0.8;
            sim.finitialize(-65);
            List<String> out = new ArrayList<>();
            int step = 0;
            for (int stop : new int[] {400, 2000, 4000}) {
                for (; step < stop; step++) {
                    sim.fadvance();
                }
                for (Section s : secs) {
                    for (Segment seg : s) {
                        out.add(g17(sim.t) + " " + s.name() + " " + g17(seg.x) + " " + g17(seg.get("v")));
                    }
                }
            }
            assertEquals(expected, String.join("\n", out) + "\n", "threads " + threads);
        }
    }
}
