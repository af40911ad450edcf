package io.github.neuronkernel.engine.morphology;

/**
 * A section as NEURON's Import3d holds it between reading a file and instantiating it (its
 * {@code Import3d_Section}): the raw 3-D points, the type that names it, the parent and where on
 * the parent it attaches. Working state of the readers, never handed out.
 */
final class ImportSection {
    /** The type that names it: 1 soma, 2 axon, 3 dend, 4 apic, others as {@link Instantiate#typeName}. */
    final int type;
    /** The file line of its first own point, for messages. */
    final int line;
    /** The raw points, µm; with {@link #wire}, point 0 is only the logical connection point. */
    double[] x;
    double[] y;
    double[] z;
    double[] d;
    /**
     * Import3d's {@code first == 1}: point 0 is not drawn but joined to the section by a wire
     * ({@code pt3dstyle(1, x, y, z)}), the other points are the section's.
     */
    boolean wire;
    /** Null for a root. */
    ImportSection parent;
    /** Where on the parent it attaches (Import3d's {@code parentx}). */
    double parentX = 1;
    /**
     * A closed soma contour (Import3d's {@code iscontour_}): its points are an outline, replaced by
     * a line of points along its principal axis before it is instantiated.
     */
    boolean contour;
    /** Its index in its type's section array, set when instantiating. */
    int index;
    /** Its position in creation order, set when instantiating. */
    int created;

    ImportSection(int type, int line, double[] x, double[] y, double[] z, double[] d) {
        this.type = type;
        this.line = line;
        this.x = x;
        this.y = y;
        this.z = z;
        this.d = d;
    }

    /** @return the number of raw points, the wire's included */
    int size() {
        return x.length;
    }
}
