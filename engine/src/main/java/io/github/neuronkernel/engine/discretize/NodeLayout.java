package io.github.neuronkernel.engine.discretize;

import io.github.neuronkernel.engine.model.Geometry;
import io.github.neuronkernel.engine.model.Section;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The discretised model: node arrays in Hines order and the map between sections and nodes.
 *
 * <p>Nodes {@code 0 .. rootCount-1} are the root nodes (the x = 0 end of each root section). Each
 * section then owns {@code nseg + 1} consecutive nodes starting at {@link #firstNode}: its segment
 * centres along the arc, then its far end. Immutable once built; arrays are exposed for the solver
 * and must not be modified.
 */
public final class NodeLayout {
    final int size;
    final int rootCount;
    final int[] parent;
    final double[] a;
    final double[] b;
    final double[] area;
    final double[] cm;
    final double[] rinv;
    final int[] nodeSection;
    final Section[] sections;
    final int[] firstNode;
    final int[] attachNode;
    final int[] nseg;
    final Map<Section, Integer> index = new IdentityHashMap<>();

    NodeLayout(int size, int rootCount, Section[] sections) {
        this.size = size;
        this.rootCount = rootCount;
        this.sections = sections;
        this.parent = new int[size];
        this.a = new double[size];
        this.b = new double[size];
        this.area = new double[size];
        this.cm = new double[size];
        this.rinv = new double[size];
        this.nodeSection = new int[size];
        this.firstNode = new int[sections.length];
        this.attachNode = new int[sections.length];
        this.nseg = new int[sections.length];
        for (int i = 0; i < sections.length; i++) {
            index.put(sections[i], i);
        }
    }

    /** @return the number of nodes */
    public int size() {
        return size;
    }

    /** @return the number of root nodes, which come first */
    public int rootCount() {
        return rootCount;
    }

    /** @return parent node of each node; -1 for root nodes */
    public int[] parent() {
        return parent;
    }

    /** @return the coefficient of the parent's v in each node's equation (1/ms scale) */
    public double[] a() {
        return a;
    }

    /** @return the coefficient of each node's v in its parent's equation */
    public double[] b() {
        return b;
    }

    /** @return the area used in the matrix (um2): membrane area, or 100 at end and root nodes */
    public double[] area() {
        return area;
    }

    /** @return specific capacitance (uF/cm2) per node; 0 at end and root nodes */
    public double[] cm() {
        return cm;
    }

    /** @return 1/ri (uS) per node; 0 at root nodes */
    public double[] rinv() {
        return rinv;
    }

    /** @return the sections in layout order */
    public Section[] sections() {
        return sections.clone();
    }

    /** @return the section owning a node (for a root node, its root section) */
    public Section sectionOf(int node) {
        return sections[nodeSection[node]];
    }

    /** @return whether the section is part of this layout */
    public boolean contains(Section section) {
        return index.containsKey(section);
    }

    /** @return the node of arc segment j's centre of the section */
    public int centerNode(Section section, int j) {
        return firstNode[indexOf(section)] + j;
    }

    /** @return the far-end (x = 1 along the arc) node of the section */
    public int endNode(Section section) {
        int s = indexOf(section);
        return firstNode[s] + nseg[s];
    }

    /** @return the section's number of segments in this layout */
    public int nseg(Section section) {
        return nseg[indexOf(section)];
    }

    /** @return the node the section's near end is attached to (its root node for a root) */
    public int attachNode(Section section) {
        return attachNode[indexOf(section)];
    }

    /** @return the node of the segment containing x, NEURON's node_index */
    public int segmentNode(Section section, double x) {
        int n = nseg(section);
        int i = Geometry.containing(n, x);
        return centerNode(section, section.reversed() ? n - i - 1 : i);
    }

    /**
     * @return the node at exactly x, NEURON's node_exact: the end nodes at arc positions 0 and 1,
     *     otherwise the segment containing x
     */
    public int exactNode(Section section, double x) {
        double arc = section.arc(x);
        if (arc == 0) {
            return attachNode(section);
        }
        return arc == 1 ? endNode(section) : segmentNode(section, x);
    }

    private int indexOf(Section section) {
        Integer i = index.get(section);
        if (i == null) {
            throw new IllegalStateException("section " + section + " is not in this layout");
        }
        return i;
    }
}
