package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every section, point, attachment and connect call of {@link Morphology#read} against what NEURON
 * 8.2.2's Import3d made of the same file ({@code morphology/*.txt}, written by {@code
 * morphology/swc_points.py}). Points are compared after rounding to float, the precision in which
 * NEURON stores them.
 */
class Import3dMatchesNeuronTest {
    @ParameterizedTest
    @ValueSource(strings = {"c91662", "three_point_soma", "single_point_soma", "soma_contour",
        "mid_branch", "type_change", "apical_tree", "mixed_types", "root_dendrite", "odd_cases"})
    void sectionsAndPointsAreNeuronsInAllsecOrder(String stem) throws IOException {
        Morphology m = Morphology.read(NeuronImportDump.resource(stem + ".swc"));
        NeuronImportDump ref = NeuronImportDump.load(stem);
        assertEquals(ref.sections.stream().map(NeuronImportDump.Sec::name).toList(),
                m.sections().stream().map(MorphologySection::name).toList(), "section order");
        for (int i = 0; i < ref.sections.size(); i++) {
            NeuronImportDump.Sec want = ref.sections.get(i);
            MorphologySection got = m.sections().get(i);
            String where = stem + " " + want.name();
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
    @ValueSource(strings = {"c91662", "three_point_soma", "single_point_soma", "soma_contour",
        "mid_branch", "type_change", "apical_tree", "mixed_types", "root_dendrite", "odd_cases"})
    void parentsAndAttachmentPointsAreNeurons(String stem) throws IOException {
        Morphology m = Morphology.read(NeuronImportDump.resource(stem + ".swc"));
        NeuronImportDump ref = NeuronImportDump.load(stem);
        for (int i = 0; i < ref.sections.size(); i++) {
            NeuronImportDump.Sec want = ref.sections.get(i);
            MorphologySection got = m.sections().get(i);
            String where = stem + " " + want.name();
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
    @ValueSource(strings = {"c91662", "three_point_soma", "single_point_soma", "soma_contour",
        "mid_branch", "type_change", "apical_tree", "mixed_types", "root_dendrite", "odd_cases"})
    void connectCallsComeInNeuronsOrder(String stem) throws IOException {
        Morphology m = Morphology.read(NeuronImportDump.resource(stem + ".swc"));
        NeuronImportDump ref = NeuronImportDump.load(stem);
        List<NeuronImportDump.Connect> got = new ArrayList<>();
        for (int c : m.connectOrder()) {
            MorphologySection s = m.sections().get(c);
            got.add(new NeuronImportDump.Connect(m.sections().get(s.parentIndex()).name(), s.name(),
                    s.childEnd(), s.parentX()));
        }
        assertEquals(ref.connects, got);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c91662", "three_point_soma", "single_point_soma", "soma_contour",
        "mid_branch", "type_change", "apical_tree", "mixed_types", "root_dendrite", "odd_cases"})
    void neuronListsChildrenByPositionThenMostRecentlyConnectedFirst(String stem) throws IOException {
        // NEURON keeps a section's children sorted by attachment position; a new child goes in
        // front of those already at its position. Replaying connectOrder() that way must give
        // h.SectionRef(sec=parent).child.
        Morphology m = Morphology.read(NeuronImportDump.resource(stem + ".swc"));
        NeuronImportDump ref = NeuronImportDump.load(stem);
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
                    .map(MorphologySection::name).toList(), stem + " children of " + want.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"c91662", "three_point_soma", "single_point_soma", "soma_contour",
        "mid_branch", "type_change", "apical_tree", "mixed_types", "root_dendrite", "odd_cases"})
    void removedSectionsAreReportedAsNeuronDoes(String stem) throws IOException {
        Morphology m = Morphology.read(NeuronImportDump.resource(stem + ".swc"));
        NeuronImportDump ref = NeuronImportDump.load(stem);
        long removedByNeuron = ref.stdout.stream().filter(l -> l.contains("has been removed")).count();
        assertEquals(removedByNeuron, m.notices().size(), stem + ": " + ref.stdout + " vs " + m.notices());
    }
}
