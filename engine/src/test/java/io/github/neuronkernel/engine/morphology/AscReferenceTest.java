package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.morphology.TestSupport.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Neurolucida files imported with h.importAsc against NEURON 8.2.2's Import3d_Neurolucida3 +
 * instantiate ({@code reference/morphology/asc_cases.py}): every segment's geometry to 17 digits
 * (every line must be identical), and runs with hh and pas written byte for byte as NEURON's
 * batch_run wrote them.
 */
class AscReferenceTest {
    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    /** The cell of {@code asc_cases.py}'s case, with its nseg and mechanisms. */
    private List<Section> cell(String file, int per) {
        return GeometryTable.referenceCell(h.importAsc(TestSupport.resource(file).toString()), per);
    }

    @ParameterizedTest
    @CsvSource({"asc_small, small_cell.asc, 10", "asc_ca1, c91662_converted.asc, 40",
        "asc_stack, soma_stack.asc, 40", "asc_odd, odd_cases_nl.asc, 40"})
    void everySegmentsGeometryIsNeurons(String name, String file, int per) throws IOException {
        List<Section> secs = cell(file, per);
        assertEquals(h.allsec(), secs);
        List<String> got = GeometryTable.lines(secs);
        List<String> want = List.of(reference(name + "_geometry.txt").split("\n"));
        int identical = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(got.size(), want.size()); i++) {
            String g = i < got.size() ? got.get(i) : "(none)";
            String w = i < want.size() ? want.get(i) : "(none)";
            if (g.equals(w)) {
                identical++;
            } else if (differences.size() < 5) {
                differences.add("line " + (i + 1) + ": NEURON " + w + "\n         ours   " + g);
            }
        }
        assertEquals(want.size() + " of " + want.size(), identical + " of " + want.size(),
                name + " identical lines; first differences:\n" + String.join("\n", differences));
        assertEquals(want.size(), got.size(), name + " segments");
    }

    @ParameterizedTest
    @CsvSource({"asc_small, small_cell.asc, 10, soma[0], 0.5, dend[4], 1, apic[7], 1, axon[2], 1",
        "asc_ca1, c91662_converted.asc, 40, soma[0], 0.5, apic[20], 0.5, dend[10], 1, axon[0], 1"})
    void runIsNeuronsByteForByte(String name, String file, int per, String s1, double x1, String s2, double x2,
            String s3, double x3, String s4, double x4) throws IOException {
        cell(file, per);
        IClamp ic = h.IClamp(h.section("soma[0]").at(0.5));
        ic.delay = 2;
        ic.dur = 5;
        ic.amp = 1.5;
        Ref[] probes = {h.ref("t"), h.section(s1).at(x1).ref("v"), h.section(s2).at(x2).ref("v"),
            h.section(s3).at(x3).ref("v"), h.section(s4).at(x4).ref("v")};
        h.batchSave();
        h.batchSave(probes);
        h.finitialize(-65);
        Path out = dir.resolve(name + ".dat");
        h.batchRun(20, 0.1, out.toString(), name + " (" + file + ")");
        assertEquals(reference(name + ".dat"), Files.readString(out, StandardCharsets.UTF_8));
    }
}
