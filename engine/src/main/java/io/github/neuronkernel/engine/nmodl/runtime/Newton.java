package io.github.neuronkernel.engine.nmodl.runtime;

/**
 * NEURON's Newton iteration for METHOD derivimplicit ({@code scopmath/newton_thread.c}, {@code
 * crout_thread.c}), step for step: a Jacobian by central differences (increment max(|0.02 x|,
 * 1e-6), the state restored by adding and subtracting, not from a copy), Crout LU with scaled
 * partial pivoting, rebuilt only after a relative change above 0.05, at most 50 iterations,
 * converged when the relative change is at most 1e-6 and every residual at most 1e-8. One instance
 * per thread and block: its arrays are reused, so a step allocates nothing.
 */
public final class Newton {
    private static final int MAXITERS = 50;
    private static final double MAXCHANGE = 0.05;
    private static final double CONVERGE = 1e-6;
    private static final double ZERO = 1e-8;
    private static final double STEP = 1e-6;
    private static final double ROUNDOFF = 1e-20;

    /** The equations of one block at one instance, as generated code provides them. */
    public interface Equations extends BlockStates {
        /** Evaluates the block and writes the residuals to {@code nw.value} and the derivatives to {@code nw.d}. */
        void residual(int block, int k, Newton nw);
    }

    /** The number of states. */
    public final int n;
    /** The states at the start of the step. */
    public final double[] sav;
    /** The residuals {@code D - (s - sav)/dt}. */
    public final double[] value;
    /** The derivatives of the last evaluation. */
    public final double[] d;
    /** The step over which the states advance (ms): dt, or dt/2 with secondorder. */
    public double dt;
    /** The calling thread's GLOBAL assigned values, for the evaluations. */
    public Object gs;
    private final double[] high;
    private final double[] delta;
    private final double[] rowmax;
    private final double[][] jacobian;
    private final int[] perm;

    /** @param n the number of states */
    public Newton(int n) {
        this.n = n;
        sav = new double[n];
        value = new double[n];
        d = new double[n];
        high = new double[n];
        delta = new double[n];
        rowmax = new double[n];
        jacobian = new double[n][n];
        perm = new int[n];
    }

    /** @return 0 when converged; 1 after 50 iterations; 2 for a singular Jacobian */
    public int solve(Equations sys, int block, int k) {
        int count = 0;
        int error = 0;
        double change = 1.0;
        while (count++ < MAXITERS) {
            if (change > MAXCHANGE) {
                buildJacobian(sys, block, k);
                for (int i = 0; i < n; i++) {
                    value[i] = -value[i];
                }
                error = crout();
                if (error != 0) {
                    break;
                }
            }
            solveLu();
            change = 0.0;
            for (int i = 0; i < n; i++) {
                double x = sys.state(block, k, i);
                double temp;
                if (Math.abs(x) > ZERO && (temp = Math.abs(delta[i] / x)) > change) {
                    change = temp;
                }
                sys.setState(block, k, i, x + delta[i]);
            }
            sys.residual(block, k, this);
            double maxDev = 0.0;
            for (int i = 0; i < n; i++) {
                value[i] = -value[i];
                double temp = Math.abs(value[i]);
                if (temp > maxDev) {
                    maxDev = temp;
                }
            }
            if (change <= CONVERGE && maxDev <= ZERO) {
                break;
            }
            if (count == MAXITERS) {
                error = 1;
                break;
            }
        }
        return error;
    }

    private void buildJacobian(Equations sys, int block, int k) {
        for (int j = 0; j < n; j++) {
            double x = sys.state(block, k, j);
            double increment = Math.abs(Math.abs(0.02 * x)) > STEP ? Math.abs(0.02 * x) : STEP;
            sys.setState(block, k, j, x + increment);
            sys.residual(block, k, this);
            java.lang.System.arraycopy(value, 0, high, 0, n);
            sys.setState(block, k, j, sys.state(block, k, j) - 2.0 * increment);
            sys.residual(block, k, this);
            for (int i = 0; i < n; i++) {
                jacobian[i][j] = (high[i] - value[i]) / (2.0 * increment);
            }
            sys.setState(block, k, j, sys.state(block, k, j) + increment);
            sys.residual(block, k, this);
        }
    }

    private int crout() {
        double[][] a = jacobian;
        int saveI = 0;
        for (int i = 0; i < n; i++) {
            perm[i] = i;
            int kmax = 0;
            for (int j = 1; j < n; j++) {
                if (Math.abs(a[i][j]) > Math.abs(a[i][kmax])) {
                    kmax = j;
                }
            }
            rowmax[i] = a[i][kmax];
        }
        for (int r = 0; r < n; r++) {
            for (int i = r; i < n; i++) {
                double sum = 0.0;
                int irow = perm[i];
                for (int kk = 0; kk < r; kk++) {
                    sum += a[irow][kk] * a[perm[kk]][r];
                }
                a[irow][r] -= sum;
            }
            int pivot = perm[r];
            double equil1 = Math.abs(a[pivot][r] / rowmax[pivot]);
            for (int i = r + 1; i < n; i++) {
                int irow = perm[i];
                double equil2 = Math.abs(a[irow][r] / rowmax[irow]);
                if (equil2 > equil1) {
                    pivot = irow;
                    saveI = i;
                    equil1 = equil2;
                }
            }
            if (pivot != perm[r]) {
                perm[saveI] = perm[r];
                perm[r] = pivot;
            }
            if (Math.abs(a[pivot][r]) < ROUNDOFF) {
                return 2;
            }
            for (int j = r + 1; j < n; j++) {
                double sum = 0.0;
                for (int kk = 0; kk < r; kk++) {
                    sum += a[pivot][kk] * a[perm[kk]][j];
                }
                a[pivot][j] = (a[pivot][j] - sum) / a[pivot][r];
            }
        }
        return 0;
    }

    private void solveLu() {
        double[][] a = jacobian;
        for (int i = 0; i < n; i++) {
            int pivot = perm[i];
            double sum = 0.0;
            for (int j = 0; j < i; j++) {
                sum += a[pivot][j] * delta[j];
            }
            delta[i] = (value[pivot] - sum) / a[pivot][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            int pivot = perm[i];
            double sum = 0.0;
            for (int j = i + 1; j < n; j++) {
                sum += a[pivot][j] * delta[j];
            }
            delta[i] -= sum;
        }
    }
}
