package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The solver's pieces, node-by-node runs and lockstep quads give, bit for bit, what NEURON's
 * literal loops give ({@code setup_tree_matrix}'s axial and capacitance loops, {@code triang},
 * {@code bksub}), on random trees built from sections whose lengths often repeat, so that many
 * pieces form quads. The matrix values are random, so a term added in another order would change
 * the last bits of some node's d or rhs.
 */
class HinesSolverTest {
    private static final int ROOTS = 2;
    private static final double CFAC = 40;

    @Test
    void randomTreesMatchNeuronsLoops() {
        int quads = 0;
        for (long seed = 1; seed <= 200; seed++) {
            quads += check(new Random(seed));
        }
        assertTrue(quads > 100, "too few quads exercised: " + quads);
    }

    /** @return the number of quads in the tree checked */
    private static int check(Random rnd) {
        List<Integer> parents = new ArrayList<>(List.of(-1, -1));
        List<int[]> pieces = new ArrayList<>();
        int sections = 5 + rnd.nextInt(60);
        for (int k = 0; k < sections; k++) {
            int len = rnd.nextBoolean() ? Pieces.QUAD_MIN_NODES + 1 : 1 + rnd.nextInt(20);
            int n = parents.size();
            // attach mostly near the roots (many siblings), sometimes anywhere before
            int p = rnd.nextInt(3) > 0 ? rnd.nextInt(Math.min(n, ROOTS + 2)) : rnd.nextInt(n);
            parents.add(p);
            for (int i = 1; i < len; i++) {
                parents.add(n + i - 1);
            }
            pieces.add(new int[] {n, n + len - 1});
        }
        int[] parent = parents.stream().mapToInt(Integer::intValue).toArray();
        int n = parent.length;
        Values vals = Values.random(rnd, n, 7);
        double[] a = vals.a, b = vals.b, cm = vals.cm, v = vals.v, rhs = vals.rhs, d = vals.d;
        double[] rhsRef = rhs.clone();
        double[] dRef = d.clone();
        double[] rhsAxial = rhs.clone();
        double[] dAxial = d.clone();
        neuronAxial(parent, a, b, cm, v, rhsAxial, dAxial);
        neuron(parent, a, b, cm, v, rhsRef, dRef);

        Matrix m = new Matrix(parent, a, b, cm, v, rhs, d);
        int[] start = pieces.stream().mapToInt(x -> x[0]).toArray();
        int[] end = pieces.stream().mapToInt(x -> x[1]).toArray();
        Pieces units = Pieces.of(start, end, new boolean[start.length], 16, m);
        double[] rhsSaved = rhs.clone();
        double[] dSaved = d.clone();
        HinesSolver.axial(units, m, CFAC); // as finitialize does: the axial terms alone
        assertArrayEquals(dAxial, d);
        assertArrayEquals(rhsAxial, rhs);
        System.arraycopy(rhsSaved, 0, rhs, 0, n);
        System.arraycopy(dSaved, 0, d, 0, n);
        HinesSolver.axialAndEliminate(units, m, CFAC);
        for (int i = 0; i < ROOTS; i++) {
            rhs[i] /= d[i];
        }
        HinesSolver.backSubstitute(units, m);
        assertArrayEquals(dRef, d);
        assertArrayEquals(rhsRef, rhs);
        int quads = 0;
        for (byte k : units.kind) {
            quads += k == Pieces.QUAD ? 1 : 0;
        }
        return quads;
    }

    /**
     * The one-thread plan of a reconstructed cell: leaves (chains with nothing attached) in lanes,
     * deferred, and the rest solved by {@link TopWave} in its scheduled orders.
     */
    @Test
    void leavesInLanesAndTheTopAsAWaveMatchNeuronsLoops() {
        int waveNodes = 0;
        for (long seed = 1; seed <= 200; seed++) {
            waveNodes += checkWave(new Random(seed));
        }
        assertTrue(waveNodes > 2000, "too few top nodes exercised: " + waveNodes);
    }

    /** @return the number of top nodes the wave solved */
    private static int checkWave(Random rnd) {
        List<Integer> parents = new ArrayList<>(List.of(-1, -1));
        int sections = 5 + rnd.nextInt(60);
        for (int k = 0; k < sections; k++) {
            int len = 1 + rnd.nextInt(12);
            int n = parents.size();
            // attach anywhere: many branch points with several children, mid-section too
            parents.add(rnd.nextInt(n));
            for (int i = 1; i < len; i++) {
                parents.add(n + i - 1);
            }
        }
        int[] parent = parents.stream().mapToInt(Integer::intValue).toArray();
        int n = parent.length;
        Values vals = Values.random(rnd, n, 5);
        double[] a = vals.a, b = vals.b, cm = vals.cm, v = vals.v, rhs = vals.rhs, d = vals.d;
        double[] rhsRef = rhs.clone();
        double[] dRef = d.clone();
        neuron(parent, a, b, cm, v, rhsRef, dRef);

        Matrix m = new Matrix(parent, a, b, cm, v, rhs, d);
        // the plan's own split into leaves and top, as StepPlan makes it for one thread
        StepPlan.LeafLanesSolve solve = StepPlan.leafLanesSolve(new StepPlan.Chains(parent, ROOTS, new double[n]),
                ROOTS, m);
        Pieces lanes = solve.lanes();
        TopWave wave = solve.wave();
        int topNodes = 0;
        for (int j = 0; j < solve.serialStart().length; j++) {
            if (solve.serialEnd()[j] >= 0) {
                topNodes += solve.serialEnd()[j] - solve.serialStart()[j] + 1;
            }
        }
        HinesSolver.axialAndEliminate(lanes, m, CFAC);
        wave.solve(m, CFAC);
        HinesSolver.backSubstitute(lanes, m);
        assertArrayEquals(dRef, d);
        assertArrayEquals(rhsRef, rhs);
        return topNodes;
    }

    /** NEURON's loops, as written in setup_tree_matrix, triang and bksub. */
    private static void neuron(int[] parent, double[] a, double[] b, double[] cm, double[] v, double[] rhs,
            double[] d) {
        int n = parent.length;
        neuronAxial(parent, a, b, cm, v, rhs, d);
        for (int i = n - 1; i >= ROOTS; --i) {
            double f = a[i] / d[i];
            d[parent[i]] -= f * b[i];
            rhs[parent[i]] -= f * rhs[i];
        }
        for (int i = 0; i < ROOTS; i++) {
            rhs[i] /= d[i];
        }
        for (int i = ROOTS; i < n; i++) {
            rhs[i] -= b[i] * rhs[parent[i]];
            rhs[i] /= d[i];
        }
    }

    /** NEURON's axial and capacitance loops of setup_tree_matrix. */
    private static void neuronAxial(int[] parent, double[] a, double[] b, double[] cm, double[] v, double[] rhs,
            double[] d) {
        int n = parent.length;
        for (int i = ROOTS; i < n; i++) {
            double dv = v[parent[i]] - v[i];
            rhs[i] -= b[i] * dv;
            rhs[parent[i]] += a[i] * dv;
        }
        for (int i = ROOTS; i < n; i++) {
            if (cm[i] != 0) {
                d[i] += CFAC * cm[i];
            }
        }
        for (int i = ROOTS; i < n; i++) {
            d[i] -= b[i];
            d[parent[i]] -= a[i];
        }
    }

    /** A matrix's random values: a and b negative, cm zero on every {@code zeroCmEvery}-th node (section ends). */
    private record Values(double[] a, double[] b, double[] cm, double[] v, double[] rhs, double[] d) {
        static Values random(Random rnd, int n, int zeroCmEvery) {
            double[] a = HinesSolverTest.random(rnd, n, -1, 0);
            double[] b = HinesSolverTest.random(rnd, n, -1, 0);
            double[] cm = HinesSolverTest.random(rnd, n, 0, 2);
            for (int i = 0; i < n; i += zeroCmEvery) {
                cm[i] = 0;
            }
            return new Values(a, b, cm, HinesSolverTest.random(rnd, n, -80, 40), HinesSolverTest.random(rnd, n, -1, 1),
                    HinesSolverTest.random(rnd, n, 1, 3));
        }
    }

    private static double[] random(Random rnd, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        return x;
    }
}
