package io.github.neuronkernel.engine.nmodl.runtime;

import java.util.Arrays;

/**
 * NEURON's solver for KINETIC blocks ({@code scopmath/sparse_thread.c}), step for step: the
 * matrix as linked elements created in the order the generated block asks for them, its pivot
 * order chosen once by NEURON's minimum-order rule (ties to the row re-inserted last), elimination
 * and back substitution in that order, and the iteration of {@code sparse_thread} (one linear solve
 * for a linear scheme; Newton with negative states set to 0 otherwise; NEURON's 1e9 ms steps for
 * STEADYSTATE). Element values live in one array, so a step allocates nothing once the structure is
 * built. One per thread and block.
 */
public final class SparseSolver {
    private static final double CONVERGE = 1e-6;
    private static final int MAXSTEPS = 20;
    private static final double ROUNDOFF = 1e-20;

    /** A KINETIC block as generated code provides it. */
    public interface Scheme extends BlockStates {
        /**
         * Fills the matrix and right-hand side at instance k ({@code so.rhs}, {@code so.value[so.elm(r, c)]}),
         * as nocmodl's generated block does, with {@code dt} as the step.
         */
        void fill(int block, int k, SparseSolver so, double dt);
    }

    private final int n;
    /** Right-hand side, 1-based by variable; after a solve, the change of each state. */
    public final double[] rhs;
    /** Element values; {@link #elm} gives an element's index. */
    public double[] value = new double[16];
    /** The calling thread's GLOBAL assigned values, for the generated block. */
    public Object gs;
    /** The states' derivatives over the last step (NEURON's D variables), by variable. */
    public final double[] d;
    private int[] row = new int[16];
    private int[] col = new int[16];
    private int[] up = new int[16];
    private int[] down = new int[16];
    private int[] left = new int[16];
    private int[] right = new int[16];
    private int elements;
    private final int[] diag;
    private final int[] rowst;
    private final int[] varord;
    private int phase = 1;
    private boolean built;
    private int[] coefList = new int[0];
    private int ngetcall;
    // the order list (a circular list with item 0 as its head) and each row's order
    private final int[] norder;
    private final int[] prev;
    private final int[] next;
    private boolean doFlag;

    /** @param n the number of states */
    public SparseSolver(int n) {
        this.n = n;
        rhs = new double[n + 1];
        d = new double[n];
        diag = new int[n + 1];
        rowst = new int[n + 1];
        varord = new int[n + 1];
        norder = new int[n + 1];
        prev = new int[n + 1];
        next = new int[n + 1];
        elements = 1; // element 0 is "none"
        for (int i = 1; i <= n; i++) {
            varord[i] = i;
            int e = newElement(i, i);
            diag[i] = e;
            rowst[i] = e;
        }
    }

    /**
     * The element at (row, col), 0-based as the generated block numbers states: created while the
     * structure is built, afterwards taken in the order of the calls (NEURON's coef_list).
     */
    public int elm(int r, int c) {
        if (phase == 0) {
            return coefList[ngetcall++];
        }
        int e = getelm(r + 1, c + 1, 0);
        if (phase == 2) {
            coefList = ngetcall < coefList.length ? coefList : Arrays.copyOf(coefList, ngetcall * 2 + 8);
            coefList[ngetcall] = e;
        }
        ngetcall++;
        return e;
    }

    /**
     * NEURON's {@code sparse_thread}: advances the states of block {@code block} at instance k over dt.
     *
     * @param linear whether to make one linear solve (a linear scheme) rather than iterate
     * @return 0, 1 when more than 20 iterations did not converge, 2 for a zero pivot
     */
    public int advance(Scheme scheme, int block, int k, double dt, boolean linear) {
        if (!built) {
            build(scheme, block, k, dt);
        }
        for (int i = 0; i < n; i++) {
            d[i] = scheme.state(block, k, i);
        }
        double err = 1;
        for (int j = 0; err > CONVERGE; j++) {
            clearValues();
            scheme.fill(block, k, this, dt);
            if (!matsol()) {
                return 2;
            }
            err = 0.;
            for (int i = 1; i <= n; i++) {
                double s = scheme.state(block, k, i - 1) + rhs[i];
                if (!linear && s < 0.) {
                    s = 0.;
                }
                scheme.setState(block, k, i - 1, s);
                err += Math.abs(rhs[i]);
            }
            if (j > MAXSTEPS) {
                return 1;
            }
            if (linear) {
                break;
            }
        }
        clearValues();
        scheme.fill(block, k, this, dt);
        for (int i = 0; i < n; i++) {
            d[i] = (scheme.state(block, k, i) - d[i]) / dt;
        }
        return 0;
    }

    /**
     * NEURON's {@code _ss_sparse_thread}: the steady state that STEADYSTATE sparse asks for, as
     * steps of 1e9 ms (so nearly, not exactly, the steady state).
     *
     * @param linearScheme whether the scheme is linear (nocmodl's _linmat)
     * @return 0, or NEURON's error number (which NEURON ignores)
     */
    public int steadyState(Scheme scheme, int block, int k, boolean linearScheme) {
        double ssDt = 1e9;
        if (linearScheme) {
            return advance(scheme, block, k, ssDt, false);
        }
        int err = 0;
        int i;
        for (i = 0; i < 7; i++) {
            err = advance(scheme, block, k, ssDt, true);
            if (err != 0) {
                break;
            }
            boolean ok = true;
            for (int j = 0; j < n; j++) {
                if (scheme.state(block, k, j) < -1e-6) {
                    scheme.setState(block, k, j, 0.);
                    ok = false;
                }
            }
            if (ok) {
                err = advance(scheme, block, k, ssDt, false);
                break;
            }
        }
        return i >= 7 ? 1 : err;
    }

    /** NEURON's create_coef_list: the block is evaluated twice to learn the matrix's structure and order it. */
    private void build(Scheme scheme, int block, int k, double dt) {
        phase = 1;
        ngetcall = 0;
        scheme.fill(block, k, this, dt);
        minimumOrder();
        phase = 2;
        ngetcall = 0;
        scheme.fill(block, k, this, dt);
        phase = 0;
        built = true;
    }

    private void clearValues() {
        ngetcall = 0;
        for (int i = 1; i <= n; i++) {
            for (int el = rowst[i]; el != 0; el = right[el]) {
                value[el] = 0.;
            }
        }
    }

    // ---- elimination ----

    private boolean matsol() {
        for (int i = 1; i <= n; i++) {
            int pivot = diag[i];
            if (Math.abs(value[pivot]) <= ROUNDOFF) {
                return false;
            }
            for (int el = down[pivot]; el != 0; el = down[el]) {
                subrow(pivot, el);
            }
        }
        bksub();
        return true;
    }

    private void subrow(int pivot, int rowsub) {
        double r = value[rowsub] / value[pivot];
        rhs[row[rowsub]] -= rhs[row[pivot]] * r;
        for (int el = right[pivot]; el != 0; el = right[el]) {
            for (rowsub = right[rowsub]; col[rowsub] != col[el]; rowsub = right[rowsub]) {
                // find the element of the row being reduced in the pivot element's column
            }
            value[rowsub] -= value[el] * r;
        }
    }

    private void bksub() {
        for (int i = n; i >= 1; i--) {
            for (int el = right[diag[i]]; el != 0; el = right[el]) {
                rhs[row[el]] -= value[el] * rhs[col[el]];
            }
            rhs[row[diag[i]]] /= value[diag[i]];
        }
    }

    // ---- structure: NEURON's getelm, with rows kept in column order ----

    private int newElement(int r, int c) {
        if (elements == row.length) {
            int size = elements * 2;
            row = Arrays.copyOf(row, size);
            col = Arrays.copyOf(col, size);
            up = Arrays.copyOf(up, size);
            down = Arrays.copyOf(down, size);
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            value = Arrays.copyOf(value, size);
        }
        int e = elements++;
        row[e] = r;
        col[e] = c;
        return e;
    }

    /** @param fresh an element to link in (re_link), or 0 to find or create one */
    private int getelm(int r, int c, int fresh) {
        int vrow = varord[r];
        int vcol = varord[c];
        if (vrow == vcol) {
            return diag[vrow];
        }
        int el;
        int elnext;
        int e = fresh;
        if (vrow > vcol) {
            for (el = diag[vcol]; ; el = elnext) {
                elnext = down[el];
                if (elnext == 0) {
                    break;
                } else if (row[elnext] == r) {
                    return elnext;
                } else if (varord[row[elnext]] > vrow) {
                    break;
                }
            }
            if (e == 0) {
                e = newElement(r, c);
                value[e] = 0.;
                increaseOrder(r);
            }
            down[e] = down[el];
            down[el] = e;
            up[e] = el;
            if (down[e] != 0) {
                up[down[e]] = e;
            }
            for (el = diag[vrow]; ; el = elnext) {
                elnext = left[el];
                if (elnext == 0 || varord[col[elnext]] < vcol) {
                    break;
                }
            }
            left[e] = left[el];
            left[el] = e;
            right[e] = el;
            if (left[e] != 0) {
                right[left[e]] = e;
            } else {
                rowst[vrow] = e;
            }
        } else {
            for (el = diag[vcol]; ; el = elnext) {
                elnext = up[el];
                if (elnext == 0) {
                    break;
                } else if (row[elnext] == r) {
                    return elnext;
                } else if (varord[row[elnext]] < vrow) {
                    break;
                }
            }
            if (e == 0) {
                e = newElement(r, c);
                value[e] = 0.;
                increaseOrder(r);
            }
            up[e] = up[el];
            up[el] = e;
            down[e] = el;
            if (up[e] != 0) {
                down[up[e]] = e;
            }
            for (el = diag[vrow]; ; el = elnext) {
                elnext = right[el];
                if (elnext == 0 || varord[col[elnext]] > vcol) {
                    break;
                }
            }
            right[e] = right[el];
            right[el] = e;
            left[e] = el;
            if (right[e] != 0) {
                left[right[e]] = e;
            }
        }
        row[e] = r;
        col[e] = c;
        return e;
    }

    // ---- the pivot order: NEURON's spar_minorder ----

    private void minimumOrder() {
        doFlag = true;
        next[0] = 0;
        prev[0] = 0;
        for (int i = 1; i <= n; i++) {
            int j = 0;
            for (int el = rowst[i]; el != 0; el = right[el]) {
                j++;
            }
            int r = row[diag[i]];
            norder[r] = j;
            insert(r);
        }
        for (int i = 1; i <= n; i++) {
            nextPivot(i);
        }
        doFlag = false;
    }

    private void nextPivot(int i) {
        int order = next[0];
        int pivotRow = order;
        int j = varord[pivotRow];
        if (j != i) {
            int el = rowst[j];
            for (; j > i; j--) {
                diag[j] = diag[j - 1];
                rowst[j] = rowst[j - 1];
                varord[row[diag[j]]] = j;
            }
            diag[i] = pivotRow; // the diagonal elements were made first, row r's as element r
            rowst[i] = el;
            varord[pivotRow] = i;
            relink(i);
        }
        for (int el = down[diag[i]]; el != 0; el = down[el]) {
            for (int pv = right[diag[i]]; pv != 0; pv = right[pv]) {
                getelm(row[el], col[pv], 0);
            }
            reduceOrder(row[el]);
        }
        delete(order);
    }

    private void relink(int i) {
        for (int el = rowst[i]; el != 0; el = right[el]) {
            if (up[el] != 0) {
                down[up[el]] = down[el];
            }
            if (down[el] != 0) {
                up[down[el]] = up[el];
            }
        }
        for (int el = down[diag[i]]; el != 0; el = down[el]) {
            unlinkFromRow(el);
        }
        for (int el = up[diag[i]]; el != 0; el = up[el]) {
            unlinkFromRow(el);
        }
        rowst[i] = diag[i];
        int dright = right[diag[i]];
        int dleft = left[diag[i]];
        int dup = up[diag[i]];
        int ddown = down[diag[i]];
        right[diag[i]] = 0;
        left[diag[i]] = 0;
        up[diag[i]] = 0;
        down[diag[i]] = 0;
        for (int el = dright, nx; el != 0; el = nx) {
            nx = right[el];
            getelm(row[el], col[el], el);
        }
        for (int el = dleft, nx; el != 0; el = nx) {
            nx = left[el];
            getelm(row[el], col[el], el);
        }
        for (int el = dup, nx; el != 0; el = nx) {
            nx = up[el];
            getelm(row[el], col[el], el);
        }
        for (int el = ddown, nx; el != 0; el = nx) {
            nx = down[el];
            getelm(row[el], col[el], el);
        }
    }

    private void unlinkFromRow(int el) {
        if (right[el] != 0) {
            left[right[el]] = left[el];
        }
        if (left[el] != 0) {
            right[left[el]] = right[el];
        } else {
            rowst[varord[row[el]]] = right[el];
        }
    }

    private void increaseOrder(int r) {
        if (doFlag) {
            delete(r);
            norder[r]++;
            insert(r);
        }
    }

    private void reduceOrder(int r) {
        if (doFlag) {
            delete(r);
            norder[r]--;
            insert(r);
        }
    }

    /** Inserts row r before the first item whose order is at least its own. */
    private void insert(int r) {
        int i;
        for (i = next[0]; i != 0; i = next[i]) {
            if (norder[i] >= norder[r]) {
                break;
            }
        }
        prev[r] = prev[i];
        next[r] = i;
        prev[i] = r;
        next[prev[r]] = r;
    }

    private void delete(int r) {
        prev[next[r]] = prev[r];
        next[prev[r]] = next[r];
        prev[r] = 0;
        next[r] = 0;
    }
}
