package io.github.neuronkernel.engine.morphology;

/**
 * Eigenvalues and eigenvectors of a symmetric 3x3 matrix as NEURON 8.2.2's {@code
 * Matrix.symmeig} computes them (it calls the Meschach library): Householder reduction to
 * tridiagonal form, then implicit QR steps with Wilkinson shifts and Givens rotations until the
 * off-diagonal vanishes (Golub and Van Loan, Matrix Computations, algorithms 8.3.1 to 8.3.3).
 *
 * <p>An eigenvector's sign is arbitrary, and Import3d's soma outline depends on it (the major axis'
 * direction decides which end of the soma is its 0 end), so this follows Meschach's conventions
 * step for step: the Householder vector {@code v = x - newval e1} with {@code newval = -sign(x1)
 * |x|}, one reflection per column including the last (which only flips a sign), rotations with
 * {@code c = x / r, s = y / r}, and an entry of the off-diagonal set to 0 when it is below the
 * machine epsilon times its neighbours on the diagonal. The eigenvalues are not sorted.
 */
final class SymmetricEigen3 {
    private static final int N = 3;

    /** The eigenvalues, in Meschach's (unsorted) order. */
    final double[] values = new double[N];
    /** The eigenvectors: column {@code j} ({@code vectors[i][j]}) belongs to {@code values[j]}. */
    final double[][] vectors = new double[N][N];

    /** @param a a symmetric matrix (only read) */
    SymmetricEigen3(double[][] a) {
        double[][] t = new double[N][N];
        for (int i = 0; i < N; i++) {
            t[i] = a[i].clone();
        }
        double[][] v = new double[N - 1][];
        double[] beta = new double[N - 1];
        for (int k = 0; k < N - 1; k++) {
            v[k] = reflect(t, k);
            beta[k] = v[k][N]; // stored past the vector's end
        }
        for (int i = 0; i < N; i++) {
            // Q e_i: the reflections applied in reverse order
            double[] q = new double[N];
            q[i] = 1;
            for (int k = N - 2; k >= 0; k--) {
                applyReflection(v[k], beta[k], k + 1, q);
            }
            for (int r = 0; r < N; r++) {
                vectors[r][i] = q[r];
            }
        }
        double[] off = new double[N - 1];
        for (int i = 0; i < N - 1; i++) {
            values[i] = t[i][i];
            off[i] = t[i][i + 1];
        }
        values[N - 1] = t[N - 1][N - 1];
        tridiagonalQr(values, off);
    }

    /**
     * Reflects {@code t} so that column {@code k} is zero below row {@code k + 1}.
     *
     * @return the Householder vector (entries from {@code k + 1} on), with beta in an extra last entry
     */
    private static double[] reflect(double[][] t, int k) {
        int i0 = k + 1;
        double[] v = new double[N + 1];
        double sumsq = 0;
        for (int i = 0; i < N; i++) {
            v[i] = t[i][k];
        }
        for (int i = i0; i < N; i++) {
            sumsq += v[i] * v[i];
        }
        double norm = Math.sqrt(sumsq);
        if (norm <= 0) {
            return v; // beta 0: no reflection
        }
        double beta = 1.0 / (norm * (norm + Math.abs(v[i0])));
        double newval = v[i0] > 0 ? -norm : norm;
        v[i0] -= newval;
        t[i0][k] = newval;
        v[N] = beta;
        // rows i0.. from column i0: t := (I - beta v v') t
        double[] w = new double[N];
        for (int i = i0; i < N; i++) {
            if (v[i] != 0) {
                for (int j = i0; j < N; j++) {
                    w[j] += v[i] * t[i][j];
                }
            }
        }
        for (int i = i0; i < N; i++) {
            if (v[i] != 0) {
                double s = -beta * v[i];
                for (int j = i0; j < N; j++) {
                    t[i][j] += s * w[j];
                }
            }
        }
        // every row from column i0: t := t (I - beta v v')
        for (int i = 0; i < N; i++) {
            double ip = 0;
            for (int j = i0; j < N; j++) {
                ip += t[i][j] * v[j];
            }
            double scale = beta * ip;
            if (scale != 0) {
                for (int j = i0; j < N; j++) {
                    t[i][j] += -scale * v[j];
                }
            }
        }
        return v;
    }

    /** q := (I - beta v v') q over the entries from {@code i0}. */
    private static void applyReflection(double[] v, double beta, int i0, double[] q) {
        double ip = 0;
        for (int j = i0; j < N; j++) {
            ip += v[j] * q[j];
        }
        double scale = beta * ip;
        for (int j = i0; j < N; j++) {
            q[j] += -scale * v[j];
        }
    }

    /** Diagonalises the tridiagonal matrix (diagonal {@code a}, off-diagonal {@code b}), rotating {@link #vectors}. */
    private void tridiagonalQr(double[] a, double[] b) {
        int lo = 0;
        while (lo < N) {
            int hi = N - 1;
            for (int i = lo; i < N - 1; i++) {
                if (b[i] == 0.0) {
                    hi = i;
                    break;
                }
            }
            if (hi <= lo) {
                lo = hi + 1;
                continue;
            }
            boolean split = false;
            while (!split) {
                qrStep(a, b, lo, hi);
                for (int i = lo; i < hi; i++) {
                    if (Math.abs(b[i]) < Math.ulp(1.0) * (Math.abs(a[i]) + Math.abs(a[i + 1]))) {
                        b[i] = 0.0;
                        split = true;
                    }
                }
            }
        }
    }

    /** One implicit QR step with a Wilkinson shift on rows and columns lo..hi. */
    private void qrStep(double[] a, double[] b, int lo, int hi) {
        double d = (a[hi - 1] - a[hi]) / 2;
        double bb = b[hi - 1] * b[hi - 1];
        double mu = a[hi] - bb / (d + (d >= 0 ? 1 : -1) * Math.sqrt(d * d + bb));
        double x = a[lo] - mu;
        double y = b[lo];
        double bulge = 0;
        for (int i = lo; i < hi; i++) {
            double r = Math.sqrt(x * x + y * y);
            double c = r == 0.0 ? 1.0 : x / r;
            double s = -(r == 0.0 ? 0.0 : y / r);
            double c2 = c * c;
            double s2 = 1 - c2;
            double cs = c * s;
            double chased = c * b[i - (i > lo ? 1 : 0)] - s * bulge;
            double ai = c2 * a[i] + s2 * a[i + 1] - 2 * cs * b[i];
            double bi = cs * (a[i] - a[i + 1]) + (c2 - s2) * b[i];
            double ai1 = s2 * a[i] + c2 * a[i + 1] + 2 * cs * b[i];
            boolean inner = i + 1 < hi;
            double bi1 = inner ? c * b[i + 1] : 0.0;
            bulge = inner ? -s * b[i + 1] : 0.0;
            a[i] = ai;
            a[i + 1] = ai1;
            b[i] = bi;
            if (inner) {
                b[i + 1] = bi1;
            }
            if (i > lo) {
                b[i - 1] = chased;
            }
            rotateColumns(i, c, -s);
            if (inner) {
                x = b[i];
                y = bulge;
            }
        }
    }

    /** vectors := vectors G, G the rotation (c, s) of columns i and i + 1. */
    private void rotateColumns(int i, double c, double s) {
        for (double[] row : vectors) {
            double t = c * row[i] + s * row[i + 1];
            row[i + 1] = -s * row[i] + c * row[i + 1];
            row[i] = t;
        }
    }
}
