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
 * benchmark (200 sections of 12 nodes) they were 49 % of a step. A step also does the axial terms
 * within the triangularisation's pass ({@link #axialAndEliminate}), which saves a pass over the
 * quad's nodes (JFR, tree: 20 % fewer samples per run).
 *
 * <p>Why it is exact: within a lane, every node gets NEURON's operations in NEURON's order. The
 * lanes touch each other's nodes nowhere, because each lane's first node is attached to a node
 * before the quad, and no node of a quad has children but its own next node ({@link Pieces}
 * checks both). The parents do receive a share of each lane's first node, and the only other nodes
 * in between are the quad's own; so the shares are applied one lane after another in NEURON's loop
 * order: lanes 0 to 3 for the axial terms (increasing node index), 3 to 0 for the
 * triangularisation (decreasing).
 */
final class Lockstep {
    /** Pieces per quad. */
    static final int LANES = 4;

    private Lockstep() {}

    /** The axial terms and capacitance of a quad alone, as finitialize needs them (see {@link HinesSolver#axial}). */
    static void axial(int s, int n, Matrix m, double cfac) {
        for (int j = 0; j < LANES; j++) {
            HinesSolver.axialFirst(s + j * n, m.deferredStart(s + j * n), m, cfac);
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

    /**
     * The parents' shares of the lanes' first nodes in the axial terms, {@code rhs[p] += a[s]*dv;
     * d[p] -= a[s]} (or kept, if deferred), in lane order; the rest of the axial terms is done by
     * {@link #axialAndEliminate}.
     */
    static void parentShares(int s, int n, Matrix m) {
        for (int j = 0; j < LANES; j++) {
            int first = s + j * n;
            int p = m.parent[first];
            double share = m.a[first] * (m.v[p] - m.v[first]);
            if (m.deferredStart(first)) {
                m.deferred[3 * m.slot[first]] = share;
            } else {
                m.rhs[p] += share;
                m.d[p] -= m.a[first];
            }
        }
    }

    /**
     * The axial terms (but the parents' shares, see {@link #parentShares}) and the
     * triangularisation of a quad in one pass from the lanes' last nodes to their first, then the
     * first nodes into their parents (lanes 3 to 0). A node's terms come in NEURON's order: its
     * own axial terms, its child's axial share, then its child's elimination; the quad's nodes have
     * no other children ({@link Pieces} checks this), so nothing else reaches them in between.
     * Requires n &gt;= 2.
     */
    static void axialAndEliminate(int s, int n, Matrix m, double cfac) {
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
        int o = n - 1; // the last nodes: own terms only
        int i = s0 + o;
        double dv = v[i - 1] - v[i];
        double r0 = rhs[i] - b[i] * dv;
        double d0 = cap(d[i], cm[i], cfac) - b[i];
        rhs[i] = r0;
        d[i] = d0;
        double p0 = a[i] * dv;
        double f0 = a[i] / d0;
        i = s1 + o;
        dv = v[i - 1] - v[i];
        double r1 = rhs[i] - b[i] * dv;
        double d1 = cap(d[i], cm[i], cfac) - b[i];
        rhs[i] = r1;
        d[i] = d1;
        double p1 = a[i] * dv;
        double f1 = a[i] / d1;
        i = s2 + o;
        dv = v[i - 1] - v[i];
        double r2 = rhs[i] - b[i] * dv;
        double d2 = cap(d[i], cm[i], cfac) - b[i];
        rhs[i] = r2;
        d[i] = d2;
        double p2 = a[i] * dv;
        double f2 = a[i] / d2;
        i = s3 + o;
        dv = v[i - 1] - v[i];
        double r3 = rhs[i] - b[i] * dv;
        double d3 = cap(d[i], cm[i], cfac) - b[i];
        rhs[i] = r3;
        d[i] = d3;
        double p3 = a[i] * dv;
        double f3 = a[i] / d3;
        for (o = n - 2; o > 0; o--) {
            i = s0 + o;
            dv = v[i - 1] - v[i];
            d0 = ((cap(d[i], cm[i], cfac) - b[i]) - a[i + 1]) - f0 * b[i + 1];
            r0 = ((rhs[i] - b[i] * dv) + p0) - f0 * r0;
            rhs[i] = r0;
            d[i] = d0;
            p0 = a[i] * dv;
            f0 = a[i] / d0;
            i = s1 + o;
            dv = v[i - 1] - v[i];
            d1 = ((cap(d[i], cm[i], cfac) - b[i]) - a[i + 1]) - f1 * b[i + 1];
            r1 = ((rhs[i] - b[i] * dv) + p1) - f1 * r1;
            rhs[i] = r1;
            d[i] = d1;
            p1 = a[i] * dv;
            f1 = a[i] / d1;
            i = s2 + o;
            dv = v[i - 1] - v[i];
            d2 = ((cap(d[i], cm[i], cfac) - b[i]) - a[i + 1]) - f2 * b[i + 1];
            r2 = ((rhs[i] - b[i] * dv) + p2) - f2 * r2;
            rhs[i] = r2;
            d[i] = d2;
            p2 = a[i] * dv;
            f2 = a[i] / d2;
            i = s3 + o;
            dv = v[i - 1] - v[i];
            d3 = ((cap(d[i], cm[i], cfac) - b[i]) - a[i + 1]) - f3 * b[i + 1];
            r3 = ((rhs[i] - b[i] * dv) + p3) - f3 * r3;
            rhs[i] = r3;
            d[i] = d3;
            p3 = a[i] * dv;
            f3 = a[i] / d3;
        }
        firstNode(s0, p0, f0, r0, m, cfac);
        firstNode(s1, p1, f1, r1, m, cfac);
        firstNode(s2, p2, f2, r2, m, cfac);
        firstNode(s3, p3, f3, r3, m, cfac);
        for (int j = LANES - 1; j >= 0; j--) {
            HinesSolver.eliminateFirst(s + j * n, m.deferredStart(s + j * n), m);
        }
    }

    /**
     * A lane's first node i: own terms (dv from its parent), its child's axial share
     * {@code childShare} and elimination (factor {@code f}, child's rhs {@code childRhs}).
     */
    private static void firstNode(int i, double childShare, double f, double childRhs, Matrix m, double cfac) {
        double dv = m.v[m.parent[i]] - m.v[i];
        m.d[i] = ((cap(m.d[i], m.cm[i], cfac) - m.b[i]) - m.a[i + 1]) - f * m.b[i + 1];
        m.rhs[i] = ((m.rhs[i] - m.b[i] * dv) + childShare) - f * childRhs;
    }

    /** d with the capacitance term {@code cfac*cm} added at membrane nodes (cm != 0). */
    private static double cap(double d, double cm, double cfac) {
        return cm != 0 ? d + cfac * cm : d;
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
