package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;

/**
 * The tree solve of four pieces side by side: each loop iteration does one node of each lane.
 * The lanes are a quad (four consecutive pieces of one length, see {@link Pieces}) or four deferred
 * leaf pieces of any lengths and places; each lane's nodes beyond the shortest lane's length are
 * done first, one lane after another, then the common length in lockstep.
 *
 * <p>Why: along a piece the triangularisation and the back substitution are chains of dependent
 * operations (a division, a product and a difference per node, some 22 cycles), so a lone piece
 * keeps the processor waiting; four independent chains side by side fill that wait. On the tree
 * benchmark (200 sections of 12 nodes) they were 49 % of a step. A step also does the axial terms
 * within the triangularisation's pass ({@link #axialAndEliminate}), which saves a pass over the
 * lanes' nodes (JFR, tree: 20 % fewer samples per run). A reconstructed cell's leaves (the CA1
 * cell: two thirds of its nodes) are pieces of 2 to 20 nodes, seldom four equal ones in a row;
 * deferred, they are independent of each other and can be grouped by length.
 *
 * <p>Why it is exact: within a lane, every node gets NEURON's operations in NEURON's order. The
 * lanes touch each other's nodes nowhere: each lane's first node is attached outside the lanes,
 * and no node of a lane has children but its own next node. The parents receive a share of each
 * lane's first node, applied lane after lane in NEURON's loop order (lanes 0 to 3 for the axial
 * terms, 3 to 0 for the triangularisation), or kept in the lane's slot when it is deferred and
 * applied by the top in order. Where a lane passes from its own part to the lockstep, the running
 * values are read back from the arrays they were just stored in, or recomputed by the same
 * operations. Lanes are given as {@code {s0, e0, s1, e1, s2, e2, s3, e3}}, each of at least two
 * nodes.
 */
final class RaggedLockstep {
    /** Pieces per unit. */
    static final int LANE_COUNT = 4;

    private RaggedLockstep() {}

    /** The axial terms of the four lanes (finitialize's pass, see {@link HinesSolver#axial}). */
    static void axial(int[] lanes, Matrix m, double cfac) {
        for (int j = 0; j < 8; j += 2) {
            HinesSolver.axialPiece(lanes[j], lanes[j + 1], m.deferredStart(lanes[j]), m, cfac);
        }
    }

    /** The parents' shares of the lanes' first nodes in the axial terms (kept in their slots if deferred). */
    static void parentShares(int[] lanes, Matrix m) {
        for (int j = 0; j < 8; j += 2) {
            int first = lanes[j];
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

    /** @return the shortest lane's length (nodes) */
    static int common(int[] lanes) {
        int n = Integer.MAX_VALUE;
        for (int j = 0; j < 8; j += 2) {
            n = Math.min(n, lanes[j + 1] - lanes[j] + 1);
        }
        return n;
    }

    /**
     * The axial terms (but the parents' shares, see {@link #parentShares}) and the
     * triangularisation of the four lanes, then their first nodes into their slots (or parents).
     */
    static void axialAndEliminate(int[] lanes, Matrix m, double cfac) {
        int n = common(lanes);
        for (int j = 0; j < 8; j += 2) {
            own(lanes[j], lanes[j + 1], lanes[j] + n - 1, m, cfac);
        }
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        int s0 = lanes[0];
        int s1 = lanes[2];
        int s2 = lanes[4];
        int s3 = lanes[6];
        // Each lane's node at o = n-1 is done: take up its running values. The lanes also carry
        // the parent's v (v[i-1]) and the node's a and b into the next iteration, the parent's,
        // where they are its own v and its child's a and b: three loads fewer per lane and node
        // (CA1: runs 3 % faster, alternating A/B in one JVM). Same values, so the same bits.
        int o = n - 1;
        int i = s0 + o;
        double r0 = rhs[i];
        double d0 = d[i];
        double v0 = v[i - 1];
        double p0 = a[i] * (v0 - v[i]);
        double f0 = a[i] / d0;
        double ac0 = a[i];
        double bc0 = b[i];
        i = s1 + o;
        double r1 = rhs[i];
        double d1 = d[i];
        double v1 = v[i - 1];
        double p1 = a[i] * (v1 - v[i]);
        double f1 = a[i] / d1;
        double ac1 = a[i];
        double bc1 = b[i];
        i = s2 + o;
        double r2 = rhs[i];
        double d2 = d[i];
        double v2 = v[i - 1];
        double p2 = a[i] * (v2 - v[i]);
        double f2 = a[i] / d2;
        double ac2 = a[i];
        double bc2 = b[i];
        i = s3 + o;
        double r3 = rhs[i];
        double d3 = d[i];
        double v3 = v[i - 1];
        double p3 = a[i] * (v3 - v[i]);
        double f3 = a[i] / d3;
        double ac3 = a[i];
        double bc3 = b[i];
        for (o = n - 2; o > 0; o--) {
            i = s0 + o;
            double ai0 = a[i];
            double bi0 = b[i];
            double vp0 = v[i - 1];
            double dv0 = vp0 - v0;
            d0 = ((cap(d[i], cm[i], cfac) - bi0) - ac0) - f0 * bc0;
            r0 = ((rhs[i] - bi0 * dv0) + p0) - f0 * r0;
            rhs[i] = r0;
            d[i] = d0;
            p0 = ai0 * dv0;
            f0 = ai0 / d0;
            ac0 = ai0;
            bc0 = bi0;
            v0 = vp0;
            i = s1 + o;
            double ai1 = a[i];
            double bi1 = b[i];
            double vp1 = v[i - 1];
            double dv1 = vp1 - v1;
            d1 = ((cap(d[i], cm[i], cfac) - bi1) - ac1) - f1 * bc1;
            r1 = ((rhs[i] - bi1 * dv1) + p1) - f1 * r1;
            rhs[i] = r1;
            d[i] = d1;
            p1 = ai1 * dv1;
            f1 = ai1 / d1;
            ac1 = ai1;
            bc1 = bi1;
            v1 = vp1;
            i = s2 + o;
            double ai2 = a[i];
            double bi2 = b[i];
            double vp2 = v[i - 1];
            double dv2 = vp2 - v2;
            d2 = ((cap(d[i], cm[i], cfac) - bi2) - ac2) - f2 * bc2;
            r2 = ((rhs[i] - bi2 * dv2) + p2) - f2 * r2;
            rhs[i] = r2;
            d[i] = d2;
            p2 = ai2 * dv2;
            f2 = ai2 / d2;
            ac2 = ai2;
            bc2 = bi2;
            v2 = vp2;
            i = s3 + o;
            double ai3 = a[i];
            double bi3 = b[i];
            double vp3 = v[i - 1];
            double dv3 = vp3 - v3;
            d3 = ((cap(d[i], cm[i], cfac) - bi3) - ac3) - f3 * bc3;
            r3 = ((rhs[i] - bi3 * dv3) + p3) - f3 * r3;
            rhs[i] = r3;
            d[i] = d3;
            p3 = ai3 * dv3;
            f3 = ai3 / d3;
            ac3 = ai3;
            bc3 = bi3;
            v3 = vp3;
        }
        firstNode(s0, p0, f0, r0, m, cfac);
        firstNode(s1, p1, f1, r1, m, cfac);
        firstNode(s2, p2, f2, r2, m, cfac);
        firstNode(s3, p3, f3, r3, m, cfac);
        for (int j = 6; j >= 0; j -= 2) {
            HinesSolver.eliminateFirst(lanes[j], m.deferredStart(lanes[j]), m);
        }
    }

    /**
     * One lane's own part, from its last node e down to node lo (lo > s): the last node's own
     * terms, then for each node before it its own terms, its child's axial share and elimination.
     */
    private static void own(int s, int e, int lo, Matrix m, double cfac) {
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        int i = e;
        double dv = v[i - 1] - v[i];
        double r = rhs[i] - b[i] * dv;
        double dd = cap(d[i], cm[i], cfac) - b[i];
        rhs[i] = r;
        d[i] = dd;
        double p = a[i] * dv;
        double f = a[i] / dd;
        for (i = e - 1; i >= lo; i--) {
            dv = v[i - 1] - v[i];
            dd = ((cap(d[i], cm[i], cfac) - b[i]) - a[i + 1]) - f * b[i + 1];
            r = ((rhs[i] - b[i] * dv) + p) - f * r;
            rhs[i] = r;
            d[i] = dd;
            p = a[i] * dv;
            f = a[i] / dd;
        }
    }

    /** A lane's first node i: own terms, its child's axial share and elimination. */
    private static void firstNode(int i, double childShare, double f, double childRhs, Matrix m, double cfac) {
        double dv = m.v[m.parent[i]] - m.v[i];
        m.d[i] = ((cap(m.d[i], m.cm[i], cfac) - m.b[i]) - m.a[i + 1]) - f * m.b[i + 1];
        m.rhs[i] = ((m.rhs[i] - m.b[i] * dv) + childShare) - f * childRhs;
    }

    /**
     * NEURON adds {@code cfac*cm} only where cm is not zero; adding it everywhere gives the same
     * bits, since {@code d + 0.0} is d for every d but -0, and d is never -0 (it starts at +0 and
     * only sums and differences follow), and it saves a branch per node that the section ends make
     * hard to predict.
     */
    private static double cap(double d, double cm, double cfac) {
        return d + cfac * cm;
    }

    /** Back substitution: the common length in lockstep, then each lane's rest. */
    static void back(int[] lanes, Matrix m) {
        int n = common(lanes);
        int[] parent = m.parent;
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        int s0 = lanes[0];
        int s1 = lanes[2];
        int s2 = lanes[4];
        int s3 = lanes[6];
        double x0 = rhs[parent[s0]];
        double x1 = rhs[parent[s1]];
        double x2 = rhs[parent[s2]];
        double x3 = rhs[parent[s3]];
        for (int o = 0; o < n; o++) {
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
        for (int j = 0; j < 8; j += 2) {
            double x = rhs[lanes[j] + n - 1];
            for (int i = lanes[j] + n, end = lanes[j + 1]; i <= end; i++) {
                x = (rhs[i] - b[i] * x) / d[i];
                rhs[i] = x;
            }
        }
    }
}
