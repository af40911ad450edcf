package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top of a plan whose leaves are solved in lanes: its axial terms, triangularisation and back
 * substitution in two flat passes over its nodes, in an order that keeps dependent nodes apart.
 *
 * <p>Piece by piece, the top is a chain of dependent divisions: each node's pivot waits for its
 * child's (about 4 ns a node on the benchmark machine), and its pieces are 2 to 6 nodes, too short
 * to overlap. Here each pass visits the nodes in a {@link ListSchedule}: the triangularisation
 * every node after its children, the back substitution after its parent, each at least {@link #GAP}
 * places after what it waits for where the tree allows, so that nearby nodes are independent and
 * the processor overlaps them. On the CA1 cell the top is 398 nodes over 89 heights; visiting them
 * by height (and the back substitution by depth) left the apical trunk's last 67 one node at a time.
 *
 * <p>Each node gets NEURON's operations in NEURON's order: its own axial terms (rhs, then
 * capacitance and {@code -b} into d), its children's axial shares in increasing node order, then
 * its children's eliminations in decreasing node order, each taken from the child's slot of
 * {@link Matrix#deferred} (a leaf's first node put it there in its lane, a top node here). A node
 * whose {@code cm} is zero gets {@code d + cfac*0}: d is never -0 (it starts at +0 and only sums
 * and differences follow), so adding +0 leaves it bit for bit as NEURON's skipped term does.
 */
final class TopWave {
    /**
     * How many places after the node it waits for a node should come (5: four others between).
     * CA1, one thread, two simulations
     * alternating in one JVM, 60 runs each: 5 made runs 2.6-3.4 % faster than visiting by height
     * and depth (3: 1.5 %, 8: 1.8 %).
     */
    static final int GAP = 5;

    /** Top nodes in the triangularisation's order (each after its top children). */
    private final int[] node;
    private final int[] parent;
    /** Per node of {@link #node}: its children are entries {@code first[k]} to {@code first[k+1]-1}. */
    private final int[] first;
    /** Children, increasing within a node. */
    private final int[] child;
    /** Per child: its slot's index in {@link Matrix#deferred} (3 times the slot). */
    private final int[] childSlot;
    /** Per node of {@link #node}: its own slot's index in {@link Matrix#deferred}. */
    private final int[] slot;
    /** Roots (root r is node r), each with its children (as for nodes), solved after every top node. */
    private final int[] rootFirst;
    private final int[] rootChild;
    private final int[] rootChildSlot;
    /** Top nodes in the back substitution's order (each after its parent), and their parents. */
    private final int[] back;
    private final int[] backParent;

    /**
     * @param topStart the top's pieces' first nodes
     * @param topEnd their last nodes
     * @param rootCount the roots (nodes 0 to rootCount-1)
     * @param m the matrix, whose leaves' first nodes already have their slots
     */
    TopWave(int[] topStart, int[] topEnd, int rootCount, Matrix m) {
        int n = m.parent.length;
        boolean[] top = new boolean[n];
        int count = 0;
        for (int j = 0; j < topStart.length; j++) {
            for (int i = topStart[j]; i <= topEnd[j]; i++) {
                top[i] = true;
                count++;
            }
        }
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = rootCount; i < n; i++) {
            children.get(m.parent[i]).add(i);
        }
        int[] height = new int[n];
        for (int i = n - 1; i >= rootCount; i--) {
            if (top[i]) {
                int p = m.parent[i];
                height[p] = Math.max(height[p], height[i] + 1);
            }
        }
        int[] ownSlot = new int[n];
        Arrays.fill(ownSlot, -1);
        for (int i = 0; i < n; i++) {
            if (top[i]) {
                ownSlot[i] = 3 * m.reserveSlot();
            } else if (m.deferredStart(i)) {
                ownSlot[i] = 3 * m.slot[i];
            }
        }
        int[] topNode = new int[count];
        int[] local = new int[n];
        for (int i = 0, k = 0; i < n; i++) {
            if (top[i]) {
                local[i] = k;
                topNode[k++] = i;
            }
        }
        int[] depth = new int[n];
        for (int i = rootCount; i < n; i++) {
            depth[i] = m.parent[i] < rootCount ? 0 : depth[m.parent[i]] + 1;
        }
        int[][] topChildren = new int[count][];
        int[][] topParent = new int[count][];
        int[] urgencyUp = new int[count];
        int[] urgencyDown = new int[count];
        for (int k = 0; k < count; k++) {
            int i = topNode[k];
            if (m.parent[i] >= rootCount && !top[m.parent[i]]) {
                // its back substitution would read a parent's value that is not final yet
                throw new IllegalStateException("top node " + i + " hangs from node " + m.parent[i]
                        + ", neither a root nor in the top");
            }
            topChildren[k] = children.get(i).stream().filter(c -> top[c]).mapToInt(c -> local[c]).toArray();
            topParent[k] = top[m.parent[i]] ? new int[] {local[m.parent[i]]} : new int[0];
            urgencyUp[k] = depth[i];
            urgencyDown[k] = height[i];
        }
        int[] order = Arrays.stream(ListSchedule.order(count, topChildren, urgencyUp, GAP)).map(k -> topNode[k]).toArray();
        node = order;
        parent = Arrays.stream(order).map(i -> m.parent[i]).toArray();
        slot = Arrays.stream(order).map(i -> ownSlot[i]).toArray();
        int[][] kids = childLists(order, children, ownSlot);
        first = kids[0];
        child = kids[1];
        childSlot = kids[2];
        int[][] rootKids = childLists(java.util.stream.IntStream.range(0, rootCount).toArray(), children, ownSlot);
        rootFirst = rootKids[0];
        rootChild = rootKids[1];
        rootChildSlot = rootKids[2];
        back = Arrays.stream(ListSchedule.order(count, topParent, urgencyDown, GAP)).map(k -> topNode[k]).toArray();
        backParent = Arrays.stream(back).map(i -> m.parent[i]).toArray();
    }

    /**
     * @return for the given nodes, in their order: where each one's children start ({@code
     *     nodes.length + 1} entries), the children (increasing within a node), and their slots
     */
    private static int[][] childLists(int[] nodes, List<List<Integer>> children, int[] ownSlot) {
        int[] start = new int[nodes.length + 1];
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < nodes.length; k++) {
            start[k] = all.size();
            all.addAll(children.get(nodes[k]));
        }
        start[nodes.length] = all.size();
        int[] kids = all.stream().mapToInt(Integer::intValue).toArray();
        return new int[][] {start, kids, Arrays.stream(kids).map(c -> slotOf(ownSlot, c)).toArray()};
    }

    private static int slotOf(int[] ownSlot, int c) {
        if (ownSlot[c] < 0) {
            throw new IllegalStateException("node " + c + " is neither in the top nor a leaf's first node");
        }
        return ownSlot[c];
    }

    /**
     * The top's axial terms and triangularisation, the roots, and the top's back substitution.
     *
     * @param cfac the capacitance factor of this step
     */
    void solve(Matrix m, double cfac) {
        double[] a = m.a;
        double[] b = m.b;
        double[] cm = m.cm;
        double[] v = m.v;
        double[] rhs = m.rhs;
        double[] d = m.d;
        double[] shares = m.deferred;
        int[] node = this.node;
        int[] parent = this.parent;
        int[] first = this.first;
        int[] child = this.child;
        int[] childSlot = this.childSlot;
        int[] slot = this.slot;
        for (int k = 0; k < node.length; k++) {
            int i = node[k];
            double vi = v[i];
            double ri = rhs[i] - b[i] * (v[parent[k]] - vi);
            double di = (d[i] + cfac * cm[i]) - b[i];
            int from = first[k];
            int to = first[k + 1];
            for (int j = from; j < to; j++) {
                int c = child[j];
                ri += a[c] * (vi - v[c]);
                di -= a[c];
            }
            for (int j = to - 1; j >= from; j--) {
                int q = childSlot[j];
                di -= shares[q + 1];
                ri -= shares[q + 2];
            }
            d[i] = di;
            rhs[i] = ri;
            double f = a[i] / di;
            int o = slot[k];
            shares[o + 1] = f * b[i];
            shares[o + 2] = f * ri;
        }
        for (int i = 0; i < rootFirst.length - 1; i++) { // root i is node i
            double vi = v[i];
            double ri = rhs[i];
            double di = d[i];
            for (int j = rootFirst[i]; j < rootFirst[i + 1]; j++) {
                int c = rootChild[j];
                ri += a[c] * (vi - v[c]);
                di -= a[c];
            }
            for (int j = rootFirst[i + 1] - 1; j >= rootFirst[i]; j--) {
                int q = rootChildSlot[j];
                di -= shares[q + 1];
                ri -= shares[q + 2];
            }
            d[i] = di;
            rhs[i] = ri / di;
        }
        int[] back = this.back;
        int[] backParent = this.backParent;
        for (int k = 0; k < back.length; k++) {
            int i = back[k];
            rhs[i] = (rhs[i] - b[i] * rhs[backParent[k]]) / d[i];
        }
    }
}
