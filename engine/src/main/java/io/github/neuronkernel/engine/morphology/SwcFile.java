package io.github.neuronkernel.engine.morphology;

import java.util.Objects;

/**
 * The points of a validated SWC file, in file order (which is increasing id order), as an
 * immutable value.
 *
 * <p>Numbers hold what NEURON's Import3d reads: every field is parsed as a 32-bit float, so
 * {@code x(i)} of a line saying {@code 0.1} is {@code (double) 0.1f}. Coordinates and radii are in
 * micrometres. The file is one tree: point 0 is its root and every other point's parent comes
 * earlier in the file ({@link #parentIndex(int)} {@code < i}).
 */
public final class SwcFile {
    private final String source;
    private final long[] ids;
    private final int[] types;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] radius;
    private final int[] parent;
    private final int[] lines;

    SwcFile(String source, long[] ids, int[] types, double[] x, double[] y, double[] z,
            double[] radius, int[] parent, int[] lines) {
        this.source = Objects.requireNonNull(source, "source");
        this.ids = ids;
        this.types = types;
        this.x = x;
        this.y = y;
        this.z = z;
        this.radius = radius;
        this.parent = parent;
        this.lines = lines;
    }

    /** @return the file name (or other description) used in messages */
    public String source() {
        return source;
    }

    /** @return the number of points (at least 1) */
    public int size() {
        return ids.length;
    }

    /** @return the SWC id (first column) of point {@code i} */
    public long id(int i) {
        return ids[i];
    }

    /** @return the SWC structure type (second column) of point {@code i}, e.g. 1 soma, 2 axon */
    public int type(int i) {
        return types[i];
    }

    /** @return the x coordinate of point {@code i}, µm */
    public double x(int i) {
        return x[i];
    }

    /** @return the y coordinate of point {@code i}, µm */
    public double y(int i) {
        return y[i];
    }

    /** @return the z coordinate of point {@code i}, µm */
    public double z(int i) {
        return z[i];
    }

    /** @return the radius of point {@code i}, µm (at least 0) */
    public double radius(int i) {
        return radius[i];
    }

    /** @return the index (not the id) of point {@code i}'s parent, -1 for the root (point 0) */
    public int parentIndex(int i) {
        return parent[i];
    }

    /** @return the 1-based line number of point {@code i} in the file */
    public int line(int i) {
        return lines[i];
    }
}
