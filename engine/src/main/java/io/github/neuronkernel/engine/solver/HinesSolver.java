package io.github.neuronkernel.engine.solver;

/**
 * Solves the tree-structured linear system {@code d[i] x[i] + a[i] x[parent] + b[child] x[child] =
 * rhs[i]} in place (Hines 1984), as NEURON's {@code triang} and {@code bksub}: nodes are ordered so
 * that every parent precedes its children, and the first {@code rootCount} nodes are roots.
 */
public final class HinesSolver {
    private HinesSolver() {}

    /**
     * On return {@code rhs} holds the solution; {@code d} is overwritten.
     *
     * @param rootCount number of root nodes (the first ones)
     * @param size number of nodes
     * @param parent parent index of each node (unused for roots)
     * @param a coefficient of the parent's unknown in each node's row
     * @param b coefficient of each node's unknown in its parent's row
     * @param d the diagonal
     * @param rhs the right-hand side, replaced by the solution
     */
    public static void solve(int rootCount, int size, int[] parent, double[] a, double[] b, double[] d,
            double[] rhs) {
        for (int i = size - 1; i >= rootCount; --i) {
            int p = parent[i];
            double f = a[i] / d[i];
            d[p] -= f * b[i];
            rhs[p] -= f * rhs[i];
        }
        for (int i = 0; i < rootCount; ++i) {
            rhs[i] /= d[i];
        }
        for (int i = rootCount; i < size; ++i) {
            rhs[i] -= b[i] * rhs[parent[i]];
            rhs[i] /= d[i];
        }
    }
}
