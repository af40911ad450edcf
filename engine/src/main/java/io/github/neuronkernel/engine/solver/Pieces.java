package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * A part's pieces in increasing node order, grouped into the units the solver loops over: runs
 * {@code start[c]..end[c]} of one of three kinds.
 *
 * <ul>
 *   <li>{@link #PIECE}: one piece, solved with its running values in registers; its first node
 *       deferred or not.
 *   <li>{@link #QUAD}: four consecutive pieces of equal length ({@link #QUAD_MIN_NODES} nodes or more), none attached
 *       to another and none with children but its own next nodes, solved in lockstep by
 *       {@link RaggedLockstep}.
 *   <li>{@link #NODES}: several consecutive short pieces solved node by node, NEURON's own loops,
 *       which look up each node's parent and whether it is a deferred first node: for a few nodes
 *       a loop per piece costs more than it saves.
 * </ul>
 */
final class Pieces {
    /** One piece. */
    static final byte PIECE = 0;
    /** Short pieces, node by node. */
    static final byte NODES = 1;
    /** Four equal pieces in lockstep. */
    static final byte QUAD = 2;
    /** Four deferred leaf pieces of any lengths and places, in lockstep ({@link RaggedLockstep}). */
    static final byte LANES = 3;
    /**
     * The shortest pieces solved as a quad. The lockstep pays for its set-up (four first nodes, four
     * lanes of registers) only along pieces long enough for the dependent chains to matter: the
     * benchmark network's cells (pieces of two nodes: a segment and the section's end) ran 18 %
     * slower as 25 quads than node by node (steady 0.39-0.48 -> 0.46-0.56 s; JFR: the lockstep a third
     * of the samples), while the tree's dendrites have 12.
     */
    static final int QUAD_MIN_NODES = 4;

    final int[] start;
    final int[] end;
    /** For a {@link #PIECE}: whether its first node is deferred. */
    final boolean[] deferred;
    final byte[] kind;
    /** For {@link #QUAD} and {@link #LANES}: its four pieces, {@code {s0, e0, .., s3, e3}}; null for the others. */
    final int[][] lanes;

    private Pieces(int n) {
        start = new int[n];
        end = new int[n];
        deferred = new boolean[n];
        kind = new byte[n];
        lanes = new int[n][];
    }

    /**
     * Units for deferred leaf pieces (each {@code {start, end}}, at least two nodes, attached to
     * nothing and with nothing attached but its own next nodes): sorted by length, four at a time
     * as {@link #LANES}, the rest one by one.
     */
    static Pieces leaves(List<int[]> leaves, Matrix m) {
        List<int[]> sorted = new ArrayList<>(leaves);
        sorted.sort((x, y) -> Integer.compare(y[1] - y[0], x[1] - x[0]));
        for (int[] piece : sorted) {
            m.markDeferred(piece[0]);
        }
        int groups = sorted.size() / RaggedLockstep.LANE_COUNT;
        int rest = sorted.size() - groups * RaggedLockstep.LANE_COUNT;
        Pieces p = new Pieces(groups + rest);
        for (int g = 0; g < groups; g++) {
            int[] lanes = new int[2 * RaggedLockstep.LANE_COUNT];
            for (int j = 0; j < RaggedLockstep.LANE_COUNT; j++) {
                int[] piece = sorted.get(g * RaggedLockstep.LANE_COUNT + j);
                lanes[2 * j] = piece[0];
                lanes[2 * j + 1] = piece[1];
            }
            p.lanes[g] = lanes;
            p.start[g] = lanes[0];
            p.end[g] = lanes[1];
            p.deferred[g] = true;
            p.kind[g] = LANES;
        }
        for (int k = 0; k < rest; k++) {
            int[] piece = sorted.get(groups * RaggedLockstep.LANE_COUNT + k);
            p.start[groups + k] = piece[0];
            p.end[groups + k] = piece[1];
            p.deferred[groups + k] = true;
            p.kind[groups + k] = PIECE;
        }
        return p;
    }

    /**
     * @param start first node of each piece, increasing
     * @param end last node of each piece
     * @param deferred whether each piece is deferred (its first node is marked in the matrix)
     * @param shortPieces below this many nodes per piece on average, consecutive pieces (each
     *     starting right after the one before ends) that form no quad are solved node by node
     * @param m the matrix: its parent index, and where deferred first nodes are marked
     */
    static Pieces of(int[] start, int[] end, boolean[] deferred, int shortPieces, Matrix m) {
        for (int c = 0; c < start.length; c++) {
            if (deferred[c]) {
                m.markDeferred(start[c]);
            }
        }
        int[] children = new int[m.parent.length];
        for (int p : m.parent) {
            if (p >= 0) {
                children[p]++;
            }
        }
        List<int[]> out = new ArrayList<>(); // {start, end, deferred, kind}
        int rest = 0; // first piece not yet given a unit
        for (int c = 0; c < start.length; c++) {
            boolean runEnds = c + 1 == start.length || start[c + 1] != end[c] + 1;
            if (isQuad(start, end, c, m.parent, children)) {
                group(start, end, deferred, rest, c, shortPieces, out);
                out.add(new int[] {start[c], end[c + RaggedLockstep.LANE_COUNT - 1], 0, QUAD});
                c += RaggedLockstep.LANE_COUNT - 1;
                rest = c + 1;
            } else if (runEnds) {
                group(start, end, deferred, rest, c + 1, shortPieces, out);
                rest = c + 1;
            }
        }
        Pieces p = new Pieces(out.size());
        for (int c = 0; c < out.size(); c++) {
            int[] e = out.get(c);
            p.start[c] = e[0];
            p.end[c] = e[1];
            p.deferred[c] = e[2] != 0;
            p.kind[c] = (byte) e[3];
            if (p.kind[c] == QUAD) { // four equal consecutive lanes
                int n = (e[1] - e[0] + 1) / RaggedLockstep.LANE_COUNT;
                int[] lanes = new int[2 * RaggedLockstep.LANE_COUNT];
                for (int j = 0; j < RaggedLockstep.LANE_COUNT; j++) {
                    lanes[2 * j] = e[0] + j * n;
                    lanes[2 * j + 1] = e[0] + j * n + n - 1;
                }
                p.lanes[c] = lanes;
            }
        }
        return p;
    }

    /**
     * @return whether pieces c..c+3 follow one another, have the same length (at least {@link #QUAD_MIN_NODES} nodes),
     *     are each attached before piece c (so that no lane touches another's nodes), and have no
     *     children but their own next nodes (so that nothing else adds to a lane's nodes)
     */
    private static boolean isQuad(int[] start, int[] end, int c, int[] parent, int[] children) {
        if (c + RaggedLockstep.LANE_COUNT > start.length) {
            return false;
        }
        int n = end[c] - start[c] + 1;
        if (n < QUAD_MIN_NODES) {
            return false;
        }
        for (int j = c; j < c + RaggedLockstep.LANE_COUNT; j++) {
            if (end[j] - start[j] + 1 != n || parent[start[j]] >= start[c]) {
                return false;
            }
            if (j > c && start[j] != end[j - 1] + 1) {
                return false;
            }
            for (int x = start[j]; x <= end[j]; x++) {
                if (children[x] != (x < end[j] ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Units for pieces from..to-1, which follow one another: node by node if they are short on
     * average, else one unit per piece.
     */
    private static void group(int[] start, int[] end, boolean[] deferred, int from, int to, int shortPieces,
            List<int[]> out) {
        if (from >= to) {
            return;
        }
        int nodes = end[to - 1] - start[from] + 1;
        if (nodes < shortPieces * (to - from)) {
            out.add(new int[] {start[from], end[to - 1], 0, NODES});
        } else {
            for (int k = from; k < to; k++) {
                out.add(new int[] {start[k], end[k], deferred[k] ? 1 : 0, PIECE});
            }
        }
    }
}
