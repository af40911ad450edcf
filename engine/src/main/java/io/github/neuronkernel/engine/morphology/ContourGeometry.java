package io.github.neuronkernel.engine.morphology;

import java.util.Arrays;

/**
 * How NEURON 8.2.2's Import3d turns soma contours into 3-D points ({@code contourcenter}, {@code
 * contour2centroid}, {@code stk_center} and {@code approximate_contour_by_circle} of
 * import3d_sec.hoc and import3d_gui.hoc), with its arithmetic in its order so that the points come
 * out the same to the last bit before they are rounded to 8 digits.
 *
 * <p>A single contour: resampled at 101 points evenly spaced along its outline (measured in the xy
 * plane, from its first to its last point), centred on their mean, its principal axes found from
 * their second moments; the soma is then 21 points evenly spaced along the major axis between the
 * second lowest and second highest projections of the outline, each as wide as the outline
 * across (along the minor axis, in the xy plane), the two ends averaged with their neighbours. A
 * stack of contours (outlines at several depths whose xy boxes overlap): one point per contour at
 * its centre, as wide as the mean distance of its resampled outline from the centre plus its
 * perimeter over 2 pi.
 */
final class ContourGeometry {
    /** Vector.indgen's allowance when it counts the steps from one end to the other. */
    private static final double INDGEN_EPSILON = 1e-9;
    private static final int RESAMPLED = 101;
    /** contour2centroid's points along the axis: 20 steps from one end to the other. */
    private static final int SOMA_POINTS = 21;

    private ContourGeometry() {
    }

    /** An outline resampled along its perimeter, and the mean of the new points. */
    record Resampled(double[] x, double[] y, double[] z, double[] mean) {
    }

    /** {@code contourcenter}: 101 points evenly spaced along the outline from its first point to its last. */
    static Resampled resample(double[] x, double[] y, double[] z) {
        int n = x.length;
        double[] perimeter = new double[n];
        for (int i = 1; i < n; i++) {
            double dx = x[i] - x[i - 1];
            double dy = y[i] - y[i - 1];
            perimeter[i] = perimeter[i - 1] + Math.sqrt(dx * dx + dy * dy + 0.0); // z is left out
        }
        double step = perimeter[n - 1] / 100;
        double[] at = new double[RESAMPLED];
        for (int i = 0; i < RESAMPLED; i++) {
            at[i] = i * step + 0.0;
        }
        double[] rx = interpolate(at, perimeter, x);
        double[] ry = interpolate(at, perimeter, y);
        double[] rz = interpolate(at, perimeter, z);
        return new Resampled(rx, ry, rz, new double[] {mean(rx), mean(ry), mean(rz)});
    }

    /**
     * {@code contour2centroid}: the soma's 3-D points along the outline's principal axis.
     *
     * @return x, y, z and diameter of the 21 points
     * @throws IllegalArgumentException if the outline has no extent along its axis
     */
    static double[][] centroid(double[] x, double[] y, double[] z) {
        Resampled r = resample(x, y, z);
        double[][] pts = {subtract(r.x(), r.mean()[0]), subtract(r.y(), r.mean()[1]), subtract(r.z(), r.mean()[2])};
        double[][] moments = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                moments[i][j] = dot(pts[i], pts[j]);
                moments[j][i] = moments[i][j];
            }
        }
        SymmetricEigen3 eig = new SymmetricEigen3(moments);
        int max = maxIndex(eig.values);
        int min = minIndex(eig.values);
        if (max == min) {
            throw new IllegalArgumentException("the outline has no principal axis");
        }
        double[] major = column(eig.vectors, max);
        double[] minor = column(eig.vectors, 3 - min - max);
        minor[2] = 0;
        double norm = Math.sqrt(dot(minor, minor));
        for (int k = 0; k < 3; k++) {
            minor[k] /= norm;
        }
        int n = pts[0].length;
        double[] along = new double[n];
        double[] across = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = {pts[0][i], pts[1][i], pts[2][i]};
            along[i] = dot(p, major);
            across[i] = dot(p, minor);
        }
        return alongAxis(along, across, major, r.mean());
    }

    /** The two sides of the outline, from its lowest to its highest projection, sampled 21 times. */
    private static double[][] alongAxis(double[] along, double[] across, double[] major, double[] mean) {
        int top = maxIndex(along);
        along = rotateLeft(along, top);
        across = rotateLeft(across, top);
        int bottom = minIndex(along);
        double[] side2 = Arrays.copyOfRange(along, bottom, along.length);
        double[] rad2 = Arrays.copyOfRange(across, bottom, across.length);
        double[] side1 = reversed(Arrays.copyOf(along, bottom));
        double[] rad1 = reversed(Arrays.copyOf(across, bottom));
        double[][] s1 = increasing(side1, rad1);
        double[][] s2 = increasing(side2, rad2);
        double[] all = new double[s1[0].length + s2[0].length];
        System.arraycopy(s1[0], 0, all, 0, s1[0].length);
        System.arraycopy(s2[0], 0, all, s1[0].length, s2[0].length);
        Arrays.sort(all);
        if (all[all.length - 2] == all[1]) {
            throw new IllegalArgumentException("the outline has no length along its principal axis");
        }
        double[] grid = indgen(all[1], all[all.length - 2], (all[all.length - 2] - all[1]) / (SOMA_POINTS - 1));
        double[] w1 = interpolate(grid, s1[0], s1[1]);
        double[] w2 = interpolate(grid, s2[0], s2[1]);
        int m = grid.length;
        double[][] out = new double[4][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < 3; k++) {
                out[k][i] = major[k] * grid[i] + mean[k];
            }
            out[3][i] = Math.abs(w1[i] - w2[i]);
        }
        out[3][0] = (out[3][0] + out[3][1]) / 2;
        out[3][m - 1] = (out[3][m - 1] + out[3][m - 2]) / 2;
        return out;
    }

    /**
     * Drops points that do not advance along the axis (by more than hoc's epsilon), looking
     * backwards from the end as NEURON does, so that the side can be interpolated.
     */
    private static double[][] increasing(double[] side, double[] rad) {
        double[] d = side.clone();
        double[] r = rad.clone();
        int size = d.length;
        for (int j = size - 1; j > 0; j--) {
            if (HocCompare.lessOrEqual(d[j], d[j - 1])) {
                System.arraycopy(d, j + 1, d, j, size - j - 1);
                System.arraycopy(r, j + 1, r, j, size - j - 1);
                size--;
                if (j != size) {
                    j++;
                }
            }
        }
        return new double[][] {Arrays.copyOf(d, size), Arrays.copyOf(r, size)};
    }

    /**
     * {@code stk_center}: the point halfway along the line through the centres of a stack's
     * contours.
     */
    static double[] stackCenter(double[][] centres) {
        int n = centres.length;
        double[] lengths = new double[n];
        double length = 0;
        for (int i = 1; i < n; i++) {
            double sumsq = 0;
            for (int k = 0; k < 3; k++) {
                double d = centres[i][k] - centres[i - 1][k];
                sumsq += d * d;
            }
            length += Math.sqrt(sumsq);
            lengths[i] = length;
        }
        length = length / 2;
        if (HocCompare.equal(length, 0)) {
            return centres[0].clone();
        }
        int i = 0;
        while (!HocCompare.greater(lengths[i], length)) {
            i++;
        }
        double th = (length - lengths[i - 1]) / (lengths[i] - lengths[i - 1]);
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            c[k] = th * centres[i][k] + (1 - th) * centres[i - 1][k];
        }
        return c;
    }

    /**
     * {@code approximate_contour_by_circle}: a stack contour's centre and diameter.
     *
     * @return x, y, z and diameter
     */
    static double[] circle(double[] x, double[] y, double[] z) {
        int n = x.length;
        double perimeter = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double dz = z[i] - z[j];
            perimeter += Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        Resampled r = resample(x, y, z);
        double[] c = r.mean();
        double[] dist = new double[RESAMPLED];
        for (int i = 0; i < RESAMPLED; i++) {
            double dx = r.x()[i] - c[0];
            double dy = r.y()[i] - c[1];
            double dz = r.z()[i] - c[2];
            dist[i] = Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        return new double[] {c[0], c[1], c[2], mean(dist) + perimeter / (2 * Math.PI)};
    }

    /** NEURON's Vector.interpolate: {@code ys(xs)} at {@code xd}, constant beyond the ends. */
    static double[] interpolate(double[] xd, double[] xs, double[] ys) {
        int nd = xd.length;
        int ns = xs.length;
        double[] yd = new double[nd];
        int id = 0;
        for (; id < nd && xd[id] <= xs[0]; id++) {
            yd[id] = ys[0];
        }
        for (int is = 1; is < ns && id < nd; is++) {
            if (xs[is] <= xs[is - 1]) {
                continue;
            }
            while (xd[id] <= xs[is]) {
                double thet = (xd[id] - xs[is - 1]) / (xs[is] - xs[is - 1]);
                yd[id] = (1. - thet) * ys[is - 1] + thet * ys[is];
                if (++id >= nd) {
                    break;
                }
            }
        }
        for (; id < nd; id++) {
            yd[id] = ys[ns - 1];
        }
        return yd;
    }

    /** NEURON's Vector.indgen(start, end, step). */
    private static double[] indgen(double start, double end, double step) {
        int n = (int) (Math.floor((end - start) / step + INDGEN_EPSILON) + 1);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * step + start;
        }
        return v;
    }

    private static double[] rotateLeft(double[] a, int k) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[(i + k) % a.length];
        }
        return r;
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    private static double[] subtract(double[] a, double c) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - c;
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double[] column(double[][] m, int j) {
        return new double[] {m[0][j], m[1][j], m[2][j]};
    }

    /** @return the first index of the largest value, as std::max_element */
    private static int maxIndex(double[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best;
    }

    /** @return the first index of the smallest value, as std::min_element */
    private static int minIndex(double[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] < a[best]) {
                best = i;
            }
        }
        return best;
    }
}
