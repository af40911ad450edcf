package io.github.neuronkernel.engine.discretize;

import io.github.neuronkernel.engine.model.Geometry;
import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds a {@link NodeLayout} from a {@link Model}, reproducing NEURON 8.2's numbers bit for bit
 * (treeset.cpp {@code nrn_area_ri} and {@code connection_coef}; multicore.cpp node order).
 */
public final class Discretizer {
    /** NEURON's PI. */
    private static final double PI = 3.14159265358979323846;
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
        List<Section> order = breadthFirst(roots);
        int size = roots.size();
        for (Section s : order) {
            size += s.geometry().nseg() + 1;
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

    /** Roots in creation order, then sections breadth first, children in NEURON's sibling order. */
    private static List<Section> breadthFirst(List<Section> roots) {
        List<Section> order = new ArrayList<>();
        Deque<Section> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Section s = queue.poll();
            order.add(s);
            queue.addAll(s.children());
        }
        return order;
    }

    /** Assigns node numbers, parents and attachment nodes; parents come before their children. */
    private static void number(NodeLayout layout, int rootCount) {
        int next = rootCount;
        for (int s = 0; s < layout.sections.length; s++) {
            Section sec = layout.sections[s];
            layout.firstNode[s] = next;
            layout.nseg[s] = sec.geometry().nseg();
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
            int nseg = sec.geometry().nseg();
            for (int j = 0; j <= nseg; j++) {
                layout.parent[first + j] = j == 0 ? layout.attachNode[s] : first + j - 1;
                layout.nodeSection[first + j] = s;
            }
        }
    }

    private static void areasAndResistances(NodeLayout layout, int s) {
        Geometry g = layout.sections[s].geometry();
        int nseg = g.nseg();
        int first = layout.firstNode[s];
        double dx = g.length() / nseg;
        double rright = 0.;
        for (int j = 0; j < nseg; j++) {
            double diam = g.diam(j);
            int node = first + j;
            layout.area[node] = PI * diam * dx;
            double rleft = 1e-2 * g.ra() * (dx / 2) / (PI * diam * diam / 4.);
            layout.rinv[node] = 1. / (rleft + rright);
            rright = rleft;
            layout.cm[node] = g.cm(j);
        }
        layout.area[first + nseg] = END_NODE_AREA;
        layout.rinv[first + nseg] = 1. / rright;
    }

    private static void coefficients(NodeLayout layout, int s) {
        int nseg = layout.sections[s].geometry().nseg();
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
