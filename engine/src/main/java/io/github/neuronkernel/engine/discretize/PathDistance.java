package io.github.neuronkernel.engine.discretize;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;

/**
 * The path length between two nodes of a tree, as NEURON's {@code distance} measures it
 * ({@code topol_distance} in solve.cpp): each location is replaced by its node (a segment centre,
 * or a section end), and the walk climbs from whichever side is deeper in the tree order until both
 * sides meet in one section, adding each climbed part of a section.
 */
public final class PathDistance {
    /** What NEURON returns for two nodes in different trees (um). */
    public static final double UNCONNECTED = 1e20;

    private PathDistance() {}

    /** @return the distance (um) between the nodes of {@code a} and {@code b}, or {@link #UNCONNECTED} */
    public static double between(NodeLayout layout, Segment a, Segment b) {
        Section sec1 = a.sec();
        Section sec2 = b.sec();
        int node1 = layout.exactNode(sec1, a.x());
        int node2 = layout.exactNode(sec2, b.x());
        double d = 0;
        while (sec1 != sec2) {
            if (sec1 == null || (sec2 != null && order(layout, sec1) <= order(layout, sec2))) {
                d += nodeDistance(layout, sec2, node2);
                node2 = layout.attachNode(sec2);
                sec2 = sec2.parent();
            } else {
                d += nodeDistance(layout, sec1, node1);
                node1 = layout.attachNode(sec1);
                sec1 = sec1.parent();
            }
        }
        if (sec1 == null) {
            return node1 == node2 ? d : UNCONNECTED;
        }
        if (node1 != node2) {
            double x1 = nodeDistance(layout, sec1, node1);
            double x2 = nodeDistance(layout, sec2, node2);
            d += x1 < x2 ? x2 - x1 : x1 - x2;
        }
        return d;
    }

    /** @return the arc distance (um) of a node from the section's attachment, NEURON's node_dist */
    static double nodeDistance(NodeLayout layout, Section sec, int node) {
        if (node == layout.attachNode(sec)) {
            return 0.;
        }
        int s = layout.index.get(sec);
        int inode = node - layout.firstNode[s];
        int nseg = layout.nseg[s];
        double ratio = inode == nseg ? 1. : (inode + .5) / nseg;
        return sec.geometry().length() * ratio;
    }

    private static int order(NodeLayout layout, Section sec) {
        return layout.index.get(sec);
    }
}
