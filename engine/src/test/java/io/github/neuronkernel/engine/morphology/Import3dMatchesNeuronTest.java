package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every section, point, attachment and connect call of {@link Morphology#read} (SWC) and {@link
 * Morphology#readNeurolucida} (.asc) against what NEURON 8.2.2's Import3d made of the same file
 * ({@code morphology/*.txt}, written by {@code morphology/swc_points.py}). Points are compared after
 * rounding to float, the precision in which NEURON stores them.
 */
class Import3dMatchesNeuronTest {
    /** Every morphology file with a NEURON dump beside it. */
    static List<String> files() {
        return List.of("c91662.swc", "three_point_soma.swc", "single_point_soma.swc", "soma_contour.swc",
                "mid_branch.swc", "type_change.swc", "apical_tree.swc", "mixed_types.swc", "root_dendrite.swc",
                "odd_cases.swc", "small_cell.asc", "c91662_converted.asc", "soma_stack.asc", "odd_cases_nl.asc", "no_soma.asc");
    }

    private static Morphology read(String file) {
        return file.endsWith(".asc") ? Morphology.readNeurolucida(TestSupport.resource(file))
                : Morphology.read(TestSupport.resource(file));
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    @ParameterizedTest
    @MethodSource("files")
    void sectionsAndPointsAreNeuronsInAllsecOrder(String file) throws IOException {
        Morphology m = read(file);
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        assertEquals(ref.sections.stream().map(NeuronImportDump.Sec::name).toList(),
                m.sections().stream().map(MorphologySection::name).toList(), "section order");
        for (int i = 0; i < ref.sections.size(); i++) {
            NeuronImportDump.Sec want = ref.sections.get(i);
            MorphologySection got = m.sections().get(i);
            String where = file + " " + want.name();
            assertEquals(want.n3d(), got.n3d(), where + " n3d");
            double[][] cols = {got.x(), got.y(), got.z(), got.diam()};
            for (int k = 0; k < want.n3d(); k++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(want.points()[k][c], (float) cols[c][k],
                            where + " point " + k + " column " + c);
                }
            }
            if (want.logical() == null) {
                assertNull(got.logicalConnection(), where + " pt3dstyle");
            } else {
                double[] l = got.logicalConnection();
                assertArrayEquals(want.logical(),
                        new double[] {(float) l[0], (float) l[1], (float) l[2]}, where + " pt3dstyle");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void parentsAndAttachmentPointsAreNeurons(String file) throws IOException {
        Morphology m = read(file);
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        for (int i = 0; i < ref.sections.size(); i++) {
            NeuronImportDump.Sec want = ref.sections.get(i);
            MorphologySection got = m.sections().get(i);
            String where = file + " " + want.name();
            if (want.parent().equals("-")) {
                assertEquals(-1, got.parentIndex(), where + " is the root");
            } else {
                assertEquals(want.parent(), m.sections().get(got.parentIndex()).name(), where + " parent");
                assertEquals(want.parentX(), got.parentX(), where + " parent x");
                assertEquals(want.orientation(), got.childEnd(), where + " child end");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void connectCallsComeInNeuronsOrder(String file) throws IOException {
        Morphology m = read(file);
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        List<NeuronImportDump.Connect> got = new ArrayList<>();
        for (int c : m.connectOrder()) {
            MorphologySection s = m.sections().get(c);
            got.add(new NeuronImportDump.Connect(m.sections().get(s.parentIndex()).name(), s.name(),
                    s.childEnd(), s.parentX()));
        }
        assertEquals(ref.connects, got);
    }

    @ParameterizedTest
    @MethodSource("files")
    void neuronListsChildrenByPositionThenMostRecentlyConnectedFirst(String file) throws IOException {
        // NEURON keeps a section's children sorted by attachment position; a new child goes in
        // front of those already at its position. Replaying connectOrder() that way must give
        // h.SectionRef(sec=parent).child.
        Morphology m = read(file);
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        Map<String, List<MorphologySection>> children = new HashMap<>();
        for (int c : m.connectOrder()) {
            MorphologySection s = m.sections().get(c);
            List<MorphologySection> list = children.computeIfAbsent(
                    m.sections().get(s.parentIndex()).name(), k -> new ArrayList<>());
            int at = 0;
            while (at < list.size() && list.get(at).parentX() < s.parentX()) {
                at++;
            }
            list.add(at, s);
        }
        for (NeuronImportDump.Sec want : ref.sections) {
            assertEquals(want.children(), children.getOrDefault(want.name(), List.of()).stream()
                    .map(MorphologySection::name).toList(), file + " children of " + want.name());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void removedSectionsAreReportedAsNeuronDoes(String file) throws IOException {
        Morphology m = read(file);
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        long removedByNeuron = ref.stdout.stream().filter(l -> l.contains("has been removed")).count();
        assertEquals(removedByNeuron, m.notices().stream().filter(n -> n.contains("has been removed")).count(),
                file + ": " + ref.stdout + " vs " + m.notices());
    }

    @ParameterizedTest
    @MethodSource("files")
    void importingPrintsTheRemovalsNeuronPrints(String file) throws IOException {
        // NEURON prints "... has been removed" for SWC and Neurolucida files alike; h.importSwc and
        // h.importAsc print each notice as "path: notice"
        String path = TestSupport.resource(file).toString();
        Simulation h = new Simulation();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            if (file.endsWith(".asc")) {
                h.importAsc(path);
            } else {
                h.importSwc(path);
            }
        } finally {
            System.setOut(out);
        }
        List<String> printed = said.toString(StandardCharsets.UTF_8).lines().toList();
        NeuronImportDump ref = NeuronImportDump.load(stem(file));
        long removedByNeuron = ref.stdout.stream().filter(l -> l.contains("has been removed")).count();
        assertEquals(removedByNeuron, printed.stream()
                .filter(l -> l.startsWith(path + ": ") && l.contains("has been removed")).count(),
                file + ": NEURON printed " + ref.stdout + ", we printed " + printed);
    }
}
