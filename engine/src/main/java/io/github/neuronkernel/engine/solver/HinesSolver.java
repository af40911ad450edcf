package io.github.neuronkernel.engine.solver;

/**
 * Solves the tree-structured linear system {@code d[i] x[i] + a[i] x[parent] + b[child] x[child] =
 * rhs[i]} in place (Hines 1984), as NEURON's {@code triang} and {@code bksub}: nodes are ordered so
 * that every parent precedes its children, and the first {@code rootCount} nodes are roots.
 *
 * <p>The stepper works on <em>pieces</em>: runs of nodes {@code s..e} in which each node's parent is
 * the one before it (a section, or part of one). They do exactly NEURON's operations on each node in the same order,
 * but carry the running pivot and right-hand side in registers along the piece instead of storing
 * and reloading them, which shortens the chain of dependent operations. A piece whose first node's
 * parent belongs to another thread's work is <em>deferred</em>: the products it would subtract from
 * (or add to) the parent are kept per node and applied later, in NEURON's order, by one thread.
 *
 * <p>Four consecutive pieces of equal length are solved in lockstep ({@link RaggedLockstep}). Other
 * consecutive short pieces (many short sections) are solved together node by node, NEURON's own
 * loops ({@link Pieces#NODES}): a loop per piece costs more than it saves when it has few nodes.
 * Those loops look up each node's parent, and whether it is a deferred piece's first node.
 */
public final class HinesSolver {
    private HinesSolver() {}

    /**
     * NEURON's axial terms and capacitance for the pieces, in increasing order: for each node i
     * with parent p, {@code rhs[i] -= b[i]*dv; rhs[p] += a[i]*dv} with {@code dv = v[p] - v[i]},
     * then {@code d[i] += cfac*cm[i]} (membrane nodes only), {@code d[i] -= b[i]; d[p] -= a[i]}.
     */
    static void axial(Pieces pieces, Matrix m, double cfac) {
        int[] start = pieces.start;
        int[] end = pieces.end;
        boolean[] deferred = pieces.deferred;
        byte[] kind = pieces.kind;
        for (int c = 0; c < start.length; c++) {
            switch (kind[c]) {
                case Pieces.NODES -> axialNodes(start[c], end[c], m, cfac);
                case Pieces.QUAD, Pieces.LANES -> RaggedLockstep.axial(pieces.lanes[c], m, cfac);
                default -> axialPiece(start[c], end[c], deferred[c], m, cfac);
            }
        }
    }

    /**
     * The axial terms of one piece. If it is deferred, {@code a[s]*dv} of its first node s goes to
     * its deferred slot and nothing is added to the parent (see {@link #applyAxial}).
     */
    static void axialPiece(int s, int e, boolean deferred, Matrix m, double cfac) {
        axialFirst(s, deferred, m, cfac);
        for (int i = s + 1, end = e + 1; i < end; i += StepPlan.CHUNK) {
            axialRun(i, Math.min(end, i + StepPlan.CHUNK), m, cfac);
        }
    }

    /** The axial terms of a piece's first node s, whose parent is not the node before. */
    static void axialFirst(int s, boolean deferred, Matrix m, double cfac) {
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        int p = m.parent[s];
        double dv = v[p] - v[s];
        rhs[s] -= b[s] * dv;
        if (cm[s] != 0) {
            d[s] += cfac * cm[s];
        }
        d[s] -= b[s];
        if (deferred) {
            m.deferred[3 * m.slot[s]] = a[s] * dv;
        } else {
            rhs[p] += a[s] * dv;
            d[p] -= a[s];
        }
    }

    /**
     * The axial terms of nodes from..end-1 of a piece (each node's parent is the one before). Node
     * i's own terms come before its child i+1's, as in NEURON's loop; its rhs and d stay in
     * registers between the two, and are stored once complete.
     *
     * <p>Loops over nodes here run up to an exclusive end ({@code i < end}): C2 turns a loop
     * {@code i <= to} into a counted loop only behind a "loop limit check" that, once it has
     * failed, leaves the recompiled loop with a bounds check on every access.
     */
    private static void axialRun(int from, int end, Matrix m, double cfac) {
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        double vp = v[from - 1];
        double rp = rhs[from - 1];
        double dp = d[from - 1];
        for (int i = from; i < end; i++) {
            double vi = v[i];
            double dv = vp - vi;
            double bi = b[i];
            double ai = a[i];
            rhs[i - 1] = rp + ai * dv;
            d[i - 1] = dp - ai;
            rp = rhs[i] - bi * dv;
            double di = d[i];
            double c = cm[i];
            if (c != 0) {
                di += cfac * c;
            }
            dp = di - bi;
            vp = vi;
        }
        rhs[end - 1] = rp;
        d[end - 1] = dp;
    }

    /** The parent's share of a deferred piece's first node s: {@code rhs[p] += a[s]*dv; d[p] -= a[s]}. */
    static void applyAxial(int s, Matrix m) {
        int p = m.parent[s];
        m.rhs[p] += m.deferred[3 * m.slot[s]];
        m.d[p] -= m.a[s];
    }

    /**
     * The axial terms and capacitance of the pieces ({@link #axial}) and their triangularisation,
     * in decreasing order: for each node i with parent p, {@code f = a[i]/d[i]; d[p] -= f*b[i];
     * rhs[p] -= f*rhs[i]}. A quad does its axial terms within the triangularisation's pass
     * ({@link RaggedLockstep#axialAndEliminate}); only its parents' shares come in the axial pass.
     */
    static void axialAndEliminate(Pieces pieces, Matrix m, double cfac) {
        int[] start = pieces.start;
        int[] end = pieces.end;
        boolean[] deferred = pieces.deferred;
        byte[] kind = pieces.kind;
        for (int c = 0; c < start.length; c++) {
            switch (kind[c]) {
                case Pieces.NODES -> axialNodes(start[c], end[c], m, cfac);
                case Pieces.QUAD, Pieces.LANES -> RaggedLockstep.parentShares(pieces.lanes[c], m);
                default -> axialPiece(start[c], end[c], deferred[c], m, cfac);
            }
        }
        for (int c = start.length - 1; c >= 0; c--) {
            switch (kind[c]) {
                case Pieces.NODES -> eliminateNodes(start[c], end[c], m);
                case Pieces.QUAD, Pieces.LANES -> RaggedLockstep.axialAndEliminate(pieces.lanes[c], m, cfac);
                default -> eliminatePiece(start[c], end[c], deferred[c], m);
            }
        }
    }

    /**
     * Triangularisation of one piece, from its last node to its first: {@code f = a[i]/d[i];
     * d[p] -= f*b[i]; rhs[p] -= f*rhs[i]}. If it is deferred, the first node's products
     * {@code f*b[s]} and {@code f*rhs[s]} go to its deferred slot.
     */
    static void eliminatePiece(int s, int e, boolean deferred, Matrix m) {
        for (int hi = e; hi > s; hi -= StepPlan.CHUNK) {
            eliminateRun(Math.max(s, hi - StepPlan.CHUNK), hi, m);
        }
        eliminateFirst(s, deferred, m);
    }

    /** The triangularisation of a piece's first node s into its parent (or the deferred arrays). */
    static void eliminateFirst(int s, boolean deferred, Matrix m) {
        double[] b = m.b;
        double f = m.a[s] / m.d[s];
        double rn = m.rhs[s];
        if (deferred) {
            int k = 3 * m.slot[s];
            m.deferred[k + 1] = f * b[s];
            m.deferred[k + 2] = f * rn;
        } else {
            int p = m.parent[s];
            m.d[p] -= f * b[s];
            m.rhs[p] -= f * rn;
        }
    }

    /** Triangularisation of nodes hi down to lo + 1 of a piece into their parents (the node before). */
    private static void eliminateRun(int lo, int hi, Matrix m) {
        double[] a = m.a;
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        double dn = d[hi];
        double rn = rhs[hi];
        for (int i = hi; i > lo; --i) {
            double f = a[i] / dn;
            dn = d[i - 1] - f * b[i];
            rn = rhs[i - 1] - f * rn;
            d[i - 1] = dn;
            rhs[i - 1] = rn;
        }
    }

    /** The parent's share of a deferred piece's first node s in the triangularisation. */
    static void applyElimination(int s, Matrix m) {
        int p = m.parent[s];
        int k = 3 * m.slot[s];
        m.d[p] -= m.deferred[k + 1];
        m.rhs[p] -= m.deferred[k + 2];
    }

    /** Back substitution over the pieces in increasing order. */
    static void backSubstitute(Pieces pieces, Matrix m) {
        int[] start = pieces.start;
        int[] end = pieces.end;
        byte[] kind = pieces.kind;
        for (int c = 0; c < start.length; c++) {
            switch (kind[c]) {
                case Pieces.NODES -> backNodes(start[c], end[c], m);
                case Pieces.QUAD, Pieces.LANES -> RaggedLockstep.back(pieces.lanes[c], m);
                default -> backPiece(start[c], end[c], m);
            }
        }
    }

    /** Back substitution of one piece: {@code rhs[i] -= b[i]*rhs[p]; rhs[i] /= d[i]}, in order. */
    static void backPiece(int s, int e, Matrix m) {
        for (int lo = s, end = e + 1; lo < end; lo += StepPlan.CHUNK) {
            backRun(lo, Math.min(end, lo + StepPlan.CHUNK), m.parent[lo], m);
        }
    }

    private static void backRun(int from, int end, int parentOfFirst, Matrix m) {
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        double x = rhs[parentOfFirst];
        for (int i = from; i < end; i++) {
            x = (rhs[i] - b[i] * x) / d[i];
            rhs[i] = x;
        }
    }

    /**
     * NEURON's axial loop over nodes from..to, each with its own parent; a deferred piece's first
     * node keeps its parent's share as {@link #axialPiece} does.
     */
    private static void axialNodes(int from, int to, Matrix m, double cfac) {
        int[] parent = m.parent;
        int[] slot = m.slot;
        double[] deferred = m.deferred;
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        for (int i = from, end = to + 1; i < end; i++) {
            int p = parent[i];
            double dv = v[p] - v[i];
            rhs[i] -= b[i] * dv;
            if (cm[i] != 0) {
                d[i] += cfac * cm[i];
            }
            d[i] -= b[i];
            if (slot[i] >= 0) {
                deferred[3 * slot[i]] = a[i] * dv;
            } else {
                rhs[p] += a[i] * dv;
                d[p] -= a[i];
            }
        }
    }

    /** NEURON's triang over nodes to..from (decreasing); deferred first nodes as in {@link #eliminatePiece}. */
    private static void eliminateNodes(int from, int to, Matrix m) {
        int[] parent = m.parent;
        int[] slot = m.slot;
        double[] a = m.a;
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        for (int i = to, stop = from - 1; i > stop; --i) {
            int p = parent[i];
            double f = a[i] / d[i];
            if (slot[i] >= 0) {
                int k = 3 * slot[i];
                m.deferred[k + 1] = f * b[i];
                m.deferred[k + 2] = f * rhs[i];
            } else {
                d[p] -= f * b[i];
                rhs[p] -= f * rhs[i];
            }
        }
    }

    /** NEURON's bksub over nodes from..to. */
    private static void backNodes(int from, int to, Matrix m) {
        int[] parent = m.parent;
        double[] b = m.b;
        double[] d = m.d;
        double[] rhs = m.rhs;
        for (int i = from, end = to + 1; i < end; i++) {
            rhs[i] -= b[i] * rhs[parent[i]];
            rhs[i] /= d[i];
        }
    }

    /** The arrays the piecewise forms work on, gathered once per discretisation. */
    static final class Matrix {
        final int[] parent;
        final double[] a;
        final double[] b;
        final double[] cm;
        final double[] v;
        final double[] rhs;
        final double[] d;
        /**
         * Per node: the slot of a deferred piece's first node, or -1. Slots are numbered in the
         * order the parts' pieces are marked ({@link #markDeferred}), so each part's slots are
         * next to each other: the thread that applies them reads a few cache lines written by the
         * other thread, not three lines per subtree (node-indexed, 12 nodes apart on the tree).
         */
        final int[] slot;
        /** Per slot: {@code a[s]*dv}, {@code f*b[s]} and {@code f*rhs[s]} of its first node s. */
        final double[] deferred;
        private int slots;

        Matrix(Runtime r) {
            this(r.layout.parent(), r.layout.a(), r.layout.b(), r.layout.cm(), r.state.v, r.state.rhs, r.state.d);
        }

        /** A matrix over the given arrays (shared, not copied), one entry per node. */
        Matrix(int[] parent, double[] a, double[] b, double[] cm, double[] v, double[] rhs, double[] d) {
            this.parent = parent;
            this.a = a;
            this.b = b;
            this.cm = cm;
            this.v = v;
            this.rhs = rhs;
            this.d = d;
            int n = parent.length;
            slot = new int[n];
            java.util.Arrays.fill(slot, -1);
            deferred = new double[3 * n];
        }

        /** Gives the first node s of a deferred piece the next slot. */
        void markDeferred(int s) {
            slot[s] = slots++;
        }

        /** @return a new slot that no node's {@link #slot} names (for {@link TopWave}'s own shares) */
        int reserveSlot() {
            return slots++;
        }

        /** @return whether node s is the first node of a deferred piece */
        boolean deferredStart(int s) {
            return slot[s] >= 0;
        }
    }
}
