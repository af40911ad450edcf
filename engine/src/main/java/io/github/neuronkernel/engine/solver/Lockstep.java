package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;

/**
 * The tree solve of a <em>quad</em>: four consecutive pieces of the same length {@code n} (nodes
 * {@code s + j*n .. s + j*n + n - 1} for lane j = 0..3), none of which is attached to another, done
 * in lockstep: each loop iteration does one node of each lane.
 *
 * <p>Why: along a piece the triangularisation and the back substitution are chains of dependent
 * operations (a division, a product and a difference per node, some 22 cycles), so a lone piece
 * keeps the processor waiting; four independent chains side by side fill that wait. On the tree
 * benchmark (200 sections of 11 nodes) they were 49 % of a step.
 *
 * <p>Why it is exact: within a lane, every node gets NEURON's operations in NEURON's order, as in
 * {@link HinesSolver}'s piece loops. The lanes touch each other's nodes nowhere, because each
 * lane's first node is attached to a node before the quad ({@link Pieces} checks this). Those
 * parents do receive a share of each lane's first node, and the only other nodes in between are the
 * quad's own; so the shares are applied one lane after another in NEURON's loop order: lanes 0 to 3
 * for the axial terms (increasing node index), 3 to 0 for the triangularisation (decreasing).
 */
final class Lockstep {
    /** Pieces per quad. */
    static final int LANES = 4;

    private Lockstep() {}

    /** The axial terms and capacitance of a quad (see {@link HinesSolver#axial}). */
    static void axial(int s, int n, Matrix m, double cfac) {
        for (int j = 0; j < LANES; j++) {
            HinesSolver.axialFirst(s + j * n, m.deferredStart[s + j * n], m, cfac);
        }
        for (int o = 1; o < n; o += StepPlan.CHUNK) {
            axialRun(s, n, o, Math.min(n, o + StepPlan.CHUNK), m, cfac);
        }
    }

    /**
     * Nodes at offsets from..end-1 of each lane: node i's own terms, then its child's share, its rhs
     * and d carried in registers between the two (as HinesSolver's axialRun, four times).
     */
    private static void axialRun(int s, int n, int from, int end, Matrix m, double cfac) {
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        int s0 = s;
        int s1 = s + n;
        int s2 = s1 + n;
        int s3 = s2 + n;
        int k = from - 1;
        double v0 = v[s0 + k], r0 = rhs[s0 + k], d0 = d[s0 + k];
        double v1 = v[s1 + k], r1 = rhs[s1 + k], d1 = d[s1 + k];
        double v2 = v[s2 + k], r2 = rhs[s2 + k], d2 = d[s2 + k];
        double v3 = v[s3 + k], r3 = rhs[s3 + k], d3 = d[s3 + k];
        for (int o = from; o < end; o++) {
            int i = s0 + o;
            double vi = v[i], dv = v0 - vi, ai = a[i], bi = b[i], di = d[i], c = cm[i];
            rhs[i - 1] = r0 + ai * dv;
            d[i - 1] = d0 - ai;
            r0 = rhs[i] - bi * dv;
            d0 = (c != 0 ? di + cfac * c : di) - bi;
            v0 = vi;
            i = s1 + o;
            vi = v[i]; dv = v1 - vi; ai = a[i]; bi = b[i]; di = d[i]; c = cm[i];
            rhs[i - 1] = r1 + ai * dv;
            d[i - 1] = d1 - ai;
            r1 = rhs[i] - bi * dv;
            d1 = (c != 0 ? di + cfac * c : di) - bi;
            v1 = vi;
            i = s2 + o;
            vi = v[i]; dv = v2 - vi; ai = a[i]; bi = b[i]; di = d[i]; c = cm[i];
            rhs[i - 1] = r2 + ai * dv;
            d[i - 1] = d2 - ai;
            r2 = rhs[i] - bi * dv;
            d2 = (c != 0 ? di + cfac * c : di) - bi;
            v2 = vi;
            i = s3 + o;
            vi = v[i]; dv = v3 - vi; ai = a[i]; bi = b[i]; di = d[i]; c = cm[i];
            rhs[i - 1] = r3 + ai * dv;
            d[i - 1] = d3 - ai;
            r3 = rhs[i] - bi * dv;
            d3 = (c != 0 ? di + cfac * c : di) - bi;
            v3 = vi;
        }
        k = end - 1;
        rhs[s0 + k] = r0;
        d[s0 + k] = d0;
        rhs[s1 + k] = r1;
        d[s1 + k] = d1;
        rhs[s2 + k] = r2;
        d[s2 + k] = d2;
        rhs[s3 + k] = r3;
        d[s3 + k] = d3;
    }

    /** The triangularisation of a quad (see {@link HinesSolver#eliminate}). */
    static void eliminate(int s, int n, Matrix m) {
        for (int hi = n - 1; hi > 0; hi -= StepPlan.CHUNK) {
            eliminateRun(s, n, Math.max(0, hi - StepPlan.CHUNK), hi, m);
        }
        for (int j = LANES - 1; j >= 0; j--) {
            HinesSolver.eliminateFirst(s + j * n, m.deferredStart[s + j * n], m);
        }
    }

    /** Nodes at offsets hi down to lo + 1 of each lane into their parents (the node before). */
    private static void eliminateRun(int s, int n, int lo, int hi, Matrix m) {
        double[] a = m.a;
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        int s0 = s;
        int s1 = s + n;
        int s2 = s1 + n;
        int s3 = s2 + n;
        double d0 = d[s0 + hi], r0 = rhs[s0 + hi];
        double d1 = d[s1 + hi], r1 = rhs[s1 + hi];
        double d2 = d[s2 + hi], r2 = rhs[s2 + hi];
        double d3 = d[s3 + hi], r3 = rhs[s3 + hi];
        for (int o = hi; o > lo; --o) {
            int i = s0 + o;
            double f = a[i] / d0;
            d0 = d[i - 1] - f * b[i];
            r0 = rhs[i - 1] - f * r0;
            d[i - 1] = d0;
            rhs[i - 1] = r0;
            i = s1 + o;
            f = a[i] / d1;
            d1 = d[i - 1] - f * b[i];
            r1 = rhs[i - 1] - f * r1;
            d[i - 1] = d1;
            rhs[i - 1] = r1;
            i = s2 + o;
            f = a[i] / d2;
            d2 = d[i - 1] - f * b[i];
            r2 = rhs[i - 1] - f * r2;
            d[i - 1] = d2;
            rhs[i - 1] = r2;
            i = s3 + o;
            f = a[i] / d3;
            d3 = d[i - 1] - f * b[i];
            r3 = rhs[i - 1] - f * r3;
            d[i - 1] = d3;
            rhs[i - 1] = r3;
        }
    }

    /** The back substitution of a quad (see {@link HinesSolver#backSubstitute}). */
    static void back(int s, int n, Matrix m) {
        int[] parent = m.parent;
        double[] rhs = m.rhs;
        double x0 = rhs[parent[s]];
        double x1 = rhs[parent[s + n]];
        double x2 = rhs[parent[s + 2 * n]];
        double x3 = rhs[parent[s + 3 * n]];
        for (int o = 0; o < n; o += StepPlan.CHUNK) {
            int end = Math.min(n, o + StepPlan.CHUNK);
            backRun(s, n, o, end, x0, x1, x2, x3, m);
            x0 = rhs[s + end - 1];
            x1 = rhs[s + n + end - 1];
            x2 = rhs[s + 2 * n + end - 1];
            x3 = rhs[s + 3 * n + end - 1];
        }
    }

    /** Offsets from..end-1 of each lane: {@code rhs[i] -= b[i]*rhs[p]; rhs[i] /= d[i]}. */
    private static void backRun(int s, int n, int from, int end, double x0, double x1, double x2, double x3,
            Matrix m) {
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        int s0 = s;
        int s1 = s + n;
        int s2 = s1 + n;
        int s3 = s2 + n;
        for (int o = from; o < end; o++) {
            int i = s0 + o;
            x0 = (rhs[i] - b[i] * x0) / d[i];
            rhs[i] = x0;
            i = s1 + o;
            x1 = (rhs[i] - b[i] * x1) / d[i];
            rhs[i] = x1;
            i = s2 + o;
            x2 = (rhs[i] - b[i] * x2) / d[i];
            rhs[i] = x2;
            i = s3 + o;
            x3 = (rhs[i] - b[i] * x3) / d[i];
            rhs[i] = x3;
        }
    }
}
