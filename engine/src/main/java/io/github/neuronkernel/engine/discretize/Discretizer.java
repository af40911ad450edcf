package io.github.neuronkernel.engine.discretize;

import io.github.neuronkernel.engine.model.Geometry;
import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import java.util.List;

/**
 * Builds a {@link NodeLayout} from a {@link Model}, reproducing NEURON 8.2's numbers bit for bit
 * (treeset.cpp {@code nrn_area_ri} and {@code connection_coef}; multicore.cpp node order).
 */
public final class Discretizer {
    /** Area (um2) NEURON gives zero-area end and root nodes in the matrix, so their rows are in nA. */
    private static final double END_NODE_AREA = 1.e2;

    private Discretizer() {}

    /**
     * Validates and applies pending geometry changes, then discretises.
     *
     * @throws IllegalArgumentException if a section's geometry is invalid
     */
    public static NodeLayout build(Model model) {
        model.applyPendingChanges();
        List<Section> roots = model.roots();
        List<Section> order = model.treeOrder();
        int size = roots.size();
        for (Section s : order) {
            size += SectionInternals.geometry(s).nseg() + 1;
        }
        NodeLayout layout = new NodeLayout(size, roots.size(), order.toArray(new Section[0]));
        number(layout, roots.size());
        for (int s = 0; s < order.size(); s++) {
            areasAndResistances(layout, s);
        }
        for (int s = 0; s < order.size(); s++) {
            coefficients(layout, s);
        }
        return layout;
    }

    /** Assigns node numbers, parents and attachment nodes; parents come before their children. */
    private static void number(NodeLayout layout, int rootCount) {
        int next = rootCount;
        for (int s = 0; s < layout.sections.length; s++) {
            Section sec = layout.sections[s];
            layout.firstNode[s] = next;
            layout.nseg[s] = SectionInternals.geometry(sec).nseg();
            next += layout.nseg[s] + 1;
            if (sec.parent() == null) {
                int root = s; // roots come first in breadth-first order, so root k has node k
                layout.attachNode[s] = root;
                layout.parent[root] = -1;
                layout.nodeSection[root] = s;
                layout.area[root] = END_NODE_AREA;
            } else {
                layout.attachNode[s] = layout.exactNode(sec.parent(), sec.parentX());
            }
            int first = layout.firstNode[s];
            int nseg = SectionInternals.geometry(sec).nseg();
            for (int j = 0; j <= nseg; j++) {
                layout.parent[first + j] = j == 0 ? layout.attachNode[s] : first + j - 1;
                layout.nodeSection[first + j] = s;
            }
        }
    }

    /** Copies the section's areas (um2), conductances (uS) and cm (uF/cm2) into its nodes. */
    private static void areasAndResistances(NodeLayout layout, int s) {
        Geometry g = SectionInternals.geometry(layout.sections[s]);
        int nseg = g.nseg();
        int first = layout.firstNode[s];
        for (int j = 0; j <= nseg; j++) {
            layout.area[first + j] = g.area(j);
            layout.rinv[first + j] = g.rinv(j);
        }
        for (int j = 0; j < nseg; j++) {
            layout.cm[first + j] = g.cm(j);
        }
    }

    private static void coefficients(NodeLayout layout, int s) {
        int nseg = SectionInternals.geometry(layout.sections[s]).nseg();
        int first = layout.firstNode[s];
        double rallBranch = 1.0;
        layout.a[first] = -1.e2 * rallBranch * layout.rinv[first] / layout.area[layout.attachNode[s]];
        for (int j = 1; j <= nseg; j++) {
            layout.a[first + j] = -1.e2 * layout.rinv[first + j] / layout.area[first + j - 1];
        }
        for (int j = 0; j <= nseg; j++) {
            layout.b[first + j] = -1.e2 * layout.rinv[first + j] / layout.area[first + j];
        }
    }
}
