package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NEURON's nodes and the tree walks of its {@code solve.cpp} and {@code cabcode.cpp}, for the space
 * plot: a section has a node at each segment centre and one at its far (arc 1) end; its near (arc
 * 0) end is its parent's node, and a root section's near end is a root node of its own. The
 * functions keep NEURON's names and arithmetic so that distances have NEURON's bits.
 */
final class NeuronNodes {
    /**
     * One node.
     *
     * @param owner the section whose node this is
     * @param index arc index: 0 to nseg - 1 the segment centres, nseg the far end, -1 the root
     *     node at a root section's near end
     */
    record Node(Section owner, int index) {
        boolean isCentre() {
            return index >= 0 && index < SectionInternals.geometry(owner).nseg();
        }
    }

    /** The common part of two paths towards the root, as NEURON's topol_distance returns it. */
    record Common(double distance, Section rootSection, Node rootNode) {}

    private final Map<Section, Integer> order = new HashMap<>();

    /** @param model the sections; their tree order decides which path climbs first, as NEURON's sec->order */
    NeuronNodes(Model model) {
        List<Section> sections = model.treeOrder();
        for (int i = 0; i < sections.size(); i++) {
            order.put(sections.get(i), i);
        }
    }

    private static int nseg(Section sec) {
        return SectionInternals.geometry(sec).nseg();
    }

    /** NEURON's section_length: L, at least 1e-9 um. */
    private static double length(Section sec) {
        return Math.max(SectionInternals.geometry(sec).length(), 1e-9);
    }

    /** NEURON's nrn_section_orientation: the end (0 or 1) by which the section attaches. */
    private static double orientation(Section sec) {
        return sec.reversed() ? 1 : 0;
    }

    /** NEURON's nrn_parent_info: the node the section's near end shares. */
    Node parentNode(Section s) {
        Section sec = s;
        for (Section p = sec.parent(); p != null; sec = p, p = sec.parent()) {
            double x = sec.parentX();
            if (x != orientation(p)) {
                return x == 1 || x == 0 ? new Node(p, nseg(p)) : new Node(p, p.segmentIndex(x));
            }
        }
        return new Node(sec, -1);
    }

    /** NEURON's node_exact: the node at sec(x), ends included. */
    Node nodeExact(Section sec, double x) {
        if (x <= 0 || x >= 1) {
            double arc = sec.arc(Math.min(Math.max(x, 0), 1));
            return arc == 0 ? parentNode(sec) : new Node(sec, nseg(sec));
        }
        return new Node(sec, sec.segmentIndex(x));
    }

    /** NEURON's node_dist: how far (um) the node is from the section's near end. */
    double nodeDist(Section sec, Node node) {
        if (sec == null || parentNode(sec).equals(node)) {
            return 0;
        }
        int n = nseg(sec);
        double ratio = node.index() == n ? 1. : ((double) node.index() + .5) / ((double) n);
        return length(sec) * ratio;
    }

    /** NEURON's nrn_arc_position: the node's position x on sec. */
    double arcPosition(Section sec, Node node) {
        double x;
        int n = nseg(sec);
        if (parentNode(sec).equals(node)) {
            x = 0;
        } else if (node.index() == n) {
            x = 1;
        } else {
            x = ((double) node.index() + .5) / ((double) n);
        }
        return sec.reversed() ? 1. - x : x;
    }

    /** NEURON's nrn_parent_node: the next node towards the root, or null after the root node. */
    Node parent(Node node) {
        if (node.index() < 0) {
            return null;
        }
        return node.index() == 0 ? parentNode(node.owner()) : new Node(node.owner(), node.index() - 1);
    }

    /** NEURON's nrn_trueparent: the section owning sec's near-end node, or null for a root's. */
    static Section trueParent(Section sec) {
        Section s = sec;
        Section p;
        for (p = s.parent(); p != null; p = p.parent()) {
            if (s.parentX() == orientation(p)) {
                s = p;
            } else {
                break;
            }
        }
        return p;
    }

    /**
     * NEURON's topol_distance: climbs from both nodes to where their paths meet.
     *
     * @return the path length (um), the section and node where the paths meet (the node nearer the
     *     root); null section and node when the nodes are in different trees
     */
    Common topolDistance(Section sec1, Node node1, Section sec2, Node node2) {
        double d = 0;
        while (sec1 != sec2) {
            if (sec1 == null || (sec2 != null && order.get(sec1) <= order.get(sec2))) {
                d += nodeDist(sec2, node2);
                node2 = parentNode(sec2);
                sec2 = sec2.parent();
            } else {
                d += nodeDist(sec1, node1);
                node1 = parentNode(sec1);
                sec1 = sec1.parent();
            }
        }
        if (sec1 == null) {
            if (!node1.equals(node2)) {
                return new Common(1e20, null, null);
            }
        } else if (!node1.equals(node2)) {
            double x1 = nodeDist(sec1, node1);
            double x2 = nodeDist(sec2, node2);
            if (x1 < x2) {
                d += x2 - x1;
            } else {
                node1 = node2;
                d += x1 - x2;
            }
        }
        return new Common(d, sec1, node1);
    }
}
