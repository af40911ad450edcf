package io.github.neuronkernel.engine.model;

import java.util.Arrays;

/**
 * A section's 3-D points, NEURON's pt3d list: x, y, z and diameter (um) kept as 32-bit floats, as
 * NEURON stores them, and the arc length (um) from the first point kept as a double computed from
 * the float coordinates. The arc of the last point is the section's length.
 */
final class Points3d {
    private float[] x = new float[0];
    private float[] y = new float[0];
    private float[] z = new float[0];
    private float[] d = new float[0];
    private double[] arc = new double[0];
    private int count;

    int count() {
        return count;
    }

    float x(int i) {
        return x[i];
    }

    float y(int i) {
        return y[i];
    }

    float z(int i) {
        return z[i];
    }

    /** @return the stored diameter (um); NEURON's diam3d returns its absolute value */
    float d(int i) {
        return d[i];
    }

    double arc(int i) {
        return arc[i];
    }

    /** @return the arc of the last point (um), 0 without points */
    double length() {
        return count == 0 ? 0 : arc[count - 1];
    }

    void clear() {
        count = 0;
    }

    void add(double px, double py, double pz, double pd) {
        insert(count, px, py, pz, pd);
    }

    void insert(int i0, double px, double py, double pz, double pd) {
        ensureCapacity(count + 1);
        int tail = count - i0;
        System.arraycopy(x, i0, x, i0 + 1, tail);
        System.arraycopy(y, i0, y, i0 + 1, tail);
        System.arraycopy(z, i0, z, i0 + 1, tail);
        System.arraycopy(d, i0, d, i0 + 1, tail);
        count++;
        set(i0, px, py, pz, pd);
    }

    /** Replaces point i and recomputes the arcs from it on. */
    void set(int i, double px, double py, double pz, double pd) {
        x[i] = (float) px;
        y[i] = (float) py;
        z[i] = (float) pz;
        d[i] = (float) pd;
        updateArcs(i);
    }

    /** Replaces only the diameter of point i; the arcs do not change. */
    void setDiameter(int i, double pd) {
        d[i] = (float) pd;
    }

    void remove(int i0) {
        int tail = count - i0 - 1;
        System.arraycopy(x, i0 + 1, x, i0, tail);
        System.arraycopy(y, i0 + 1, y, i0, tail);
        System.arraycopy(z, i0 + 1, z, i0, tail);
        System.arraycopy(d, i0 + 1, d, i0, tail);
        count--;
        if (i0 < count) {
            updateArcs(i0);
        }
    }

    /** Moves every point by (dx, dy, dz), as NEURON's define_shape translates a section. */
    void translate(float dx, float dy, float dz) {
        for (int i = 0; i < count; i++) {
            x[i] += dx;
            y[i] += dy;
            z[i] += dz;
        }
    }

    /**
     * Scales the points about the first one so that the last arc becomes {@code length}, as NEURON
     * does when L is assigned to a section with 3-D points.
     */
    void scaleTo(double length) {
        double x0 = x[0];
        double y0 = y[0];
        double z0 = z[0];
        double fac = length / arc[count - 1];
        for (int i = 0; i < count; i++) {
            arc[i] = arc[i] * fac;
            x[i] = (float) (x0 + (x[i] - x0) * fac);
            y[i] = (float) (y0 + (y[i] - y0) * fac);
            z[i] = (float) (z0 + (z[i] - z0) * fac);
        }
    }

    /** Overrides the last arc, as define_shape does so that rounding cannot change L. */
    void setLastArc(double value) {
        arc[count - 1] = value;
    }

    private void updateArcs(int i0) {
        if (i0 == 0) {
            arc[0] = 0;
            i0 = 1;
        }
        for (int i = i0; i < count; i++) {
            // the differences are taken in float, as NEURON's float fields subtract
            double t1 = x[i] - x[i - 1];
            double t2 = y[i] - y[i - 1];
            double t3 = z[i] - z[i - 1];
            arc[i] = arc[i - 1] + Math.sqrt(t1 * t1 + t2 * t2 + t3 * t3);
        }
    }

    private void ensureCapacity(int n) {
        if (n > x.length) {
            int size = Math.max(n, 2 * x.length);
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
            z = Arrays.copyOf(z, size);
            d = Arrays.copyOf(d, size);
            arc = Arrays.copyOf(arc, size);
        }
    }
}
