package io.github.neuronkernel.engine.morphology;

import java.util.Objects;

/**
 * One unbranched section of an imported {@link Morphology}, as NEURON's Import3d creates it.
 *
 * <p>The 3-D points are the values Import3d passes to {@code pt3dadd} (lengths in µm); NEURON
 * stores them as 32-bit floats, so {@code (float) x()[i]} is what {@code x3d(i)} returns. The
 * section's 0 end is connected ({@link #childEnd()}) to position {@link #parentX()} of section
 * {@link #parentIndex()}.
 */
public final class MorphologySection {
    private final String typeName;
    private final int index;
    private final int type;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] diam;
    private final int parentIndex;
    private final double parentX;
    private final double[] logicalConnection;
    private final int firstLine;

    MorphologySection(String typeName, int index, int type, double[] x, double[] y, double[] z,
            double[] diam, int parentIndex, double parentX, double[] logicalConnection,
            int firstLine) {
        this.typeName = Objects.requireNonNull(typeName);
        this.index = index;
        this.type = type;
        this.x = x;
        this.y = y;
        this.z = z;
        this.diam = diam;
        this.parentIndex = parentIndex;
        this.parentX = parentX;
        this.logicalConnection = logicalConnection;
        this.firstLine = firstLine;
    }

    /** @return NEURON's name, e.g. {@code soma[0]}, {@code dend[12]}, {@code dend_5[0]} */
    public String name() {
        return typeName + "[" + index + "]";
    }

    /**
     * @return the name of the section array: {@code soma}, {@code axon}, {@code dend}, {@code apic}
     *     for SWC types 1 to 4, {@code minus_N} for type -N and {@code dend_N} for any other type N
     */
    public String typeName() {
        return typeName;
    }

    /** @return the index in the section array {@link #typeName()} */
    public int index() {
        return index;
    }

    /**
     * @return the type of the section's points: the SWC structure type, or for a Neurolucida file
     *     1 soma, 2 Axon, 3 Dendrite, 4 Apical, 0 a tree of no known type
     */
    public int type() {
        return type;
    }

    /** @return the number of 3-D points (at least 2) */
    public int n3d() {
        return x.length;
    }

    /** @return the x coordinates of the 3-D points, µm (a copy) */
    public double[] x() {
        return x.clone();
    }

    /** @return the y coordinates of the 3-D points, µm (a copy) */
    public double[] y() {
        return y.clone();
    }

    /** @return the z coordinates of the 3-D points, µm (a copy) */
    public double[] z() {
        return z.clone();
    }

    /** @return the diameters at the 3-D points, µm (a copy) */
    public double[] diam() {
        return diam.clone();
    }

    /** @return the index in {@link Morphology#sections()} of the parent, -1 for the root */
    public int parentIndex() {
        return parentIndex;
    }

    /** @return where on the parent this section attaches: 0, 0.5 or 1 (-1 for the root) */
    public double parentX() {
        return parentX;
    }

    /** @return the end of this section that is connected to the parent: always 0 (-1 for the root) */
    public double childEnd() {
        return parentIndex < 0 ? -1 : 0;
    }

    /**
     * @return the logical connection point {x, y, z} (µm) Import3d sets with {@code pt3dstyle(1, x,
     *     y, z)} when the section is drawn as joined to its parent by a wire, or null; it only
     *     affects drawing (a copy)
     */
    public double[] logicalConnection() {
        return logicalConnection == null ? null : logicalConnection.clone();
    }

    /** @return the file line of the first of this section's own (not copied) points */
    public int firstLine() {
        return firstLine;
    }

    @Override
    public String toString() {
        return name();
    }
}
