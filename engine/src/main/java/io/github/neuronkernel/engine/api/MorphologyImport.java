package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.morphology.Morphology;
import io.github.neuronkernel.engine.morphology.MorphologySection;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an imported morphology into sections as NEURON's {@code Import3d_GUI.instantiate(None)}
 * does: sections created in its order and named as it names them, then connected in its order
 * (which decides the order of siblings at one position, and so the numbers), each with its 3-D
 * points. What Import3d reported while importing is printed first, one {@code "source: notice"}
 * line each, as NEURON prints it for SWC and Neurolucida files alike.
 */
final class MorphologyImport {
    private MorphologyImport() {}

    static List<Section> instantiate(Model model, Morphology morphology) {
        for (String notice : morphology.notices()) {
            System.out.println(morphology.source() + ": " + notice);
        }
        List<MorphologySection> specs = morphology.sections();
        List<Section> created = new ArrayList<>(specs.size());
        for (MorphologySection spec : specs) {
            created.add(model.newSection(spec.name()));
        }
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).parentIndex() < 0) {
                addPoints(created.get(i), specs.get(i));
            }
        }
        for (int i : morphology.connectOrder()) {
            MorphologySection spec = specs.get(i);
            Section sec = created.get(i);
            sec.connect(created.get(spec.parentIndex()).at(spec.parentX()), spec.childEnd());
            double[] c = spec.logicalConnection();
            if (c != null) {
                sec.pt3dstyle(c[0], c[1], c[2]);
            }
            addPoints(sec, spec);
        }
        return created;
    }

    private static void addPoints(Section sec, MorphologySection spec) {
        sec.pt3dadd(spec.x(), spec.y(), spec.z(), spec.diam());
    }
}
