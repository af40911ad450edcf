package io.github.neuronkernel.engine.morphology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Neurolucida ASCII files ({@code .asc}) as NEURON 8.2.2 does with {@code
 * Import3d_Neurolucida3} and {@code Import3d_GUI(r, 0).instantiate(None)}: the grammar ({@link
 * NeurolucidaParser}), the trees joined to the soma contours and the contours turned into points
 * ({@link SomaContours}), then Import3d's common last step ({@link Instantiate}).
 */
final class NeurolucidaReader {
    private NeurolucidaReader() {
    }

    /**
     * @param path the file
     * @return the morphology NEURON makes of it
     * @throws MorphologyException if the file cannot be read or is not a Neurolucida file NEURON can import
     */
    static Morphology read(Path path) {
        return parse(path.toString(), FileText.read(path, "Neurolucida file"));
    }

    /**
     * @param source the file name used in messages
     * @param text the file's contents
     * @return the morphology NEURON makes of it
     * @throws MorphologyException if the text is not a Neurolucida file NEURON can import
     */
    static Morphology parse(String source, String text) {
        NeurolucidaParser.Result r = NeurolucidaParser.parse(source, text);
        List<String> notices = new ArrayList<>(r.notices());
        if (r.sections().isEmpty()) {
            throw new MorphologyException(source + " has no soma and no trees"
                    + (notices.isEmpty() ? "" : " (" + String.join("; ", notices) + ")")
                    + ": nothing to import; a cell needs a soma contour (\"CellBody\" (x y z d) ...) or"
                    + " a tree ((Dendrite) (x y z d) ...), (Axon) or (Apical)");
        }
        return Instantiate.build(source, SomaContours.connect(source, r.sections(), notices), notices);
    }
}
