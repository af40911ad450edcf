package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.internal.Libm;

/**
 * hh's {@code rates(v)}: steady states and time constants of m, h and n, computed directly or
 * looked up in NEURON's table ({@code TABLE ... DEPEND celsius FROM -100 TO 100 WITH 200}: 201
 * points at the integers, linear interpolation, clamped outside).
 *
 * <p>{@link #rates} leaves its results in fields and serves finitialize, which runs on one thread.
 * The per-step state update runs on up to two threads at once, so it reads the table and
 * the static rate functions directly, keeping every value in locals; the expressions are the same.
 */
final class HhRates {
    static final int POINTS = 201;
    private static final double TMIN = -100.;
    private static final double TMAX = 100.;
    private static final double DX = (TMAX - TMIN) / 200.;
    /** NEURON's {@code mfac}: table points per mV. */
    private static final double MFAC = 1. / DX;

    /** Steady state of m (1). */
    double minf;
    /** Time constant of m (ms). */
    double mtau;
    /** Steady state of h (1). */
    double hinf;
    /** Time constant of h (ms). */
    double htau;
    /** Steady state of n (1). */
    double ninf;
    /** Time constant of n (ms). */
    double ntau;

    /** Columns of a table row, in this order. */
    static final int MINF = 0;
    static final int MTAU = 1;
    static final int HINF = 2;
    static final int HTAU = 3;
    static final int NINF = 4;
    static final int NTAU = 5;
    static final int COLUMNS = 6;
    /**
     * The table, row by row: {@code table[COLUMNS*i + c]} is column c at point i. The two rows an
     * interpolation reads are next to each other (one bounds check, two cache lines for all six).
     */
    final double[] table = new double[POINTS * COLUMNS];
    private double tableCelsius = Double.NaN;

    /** Computes the rates at v (mV), by table or directly, as {@code usetable_hh} says. */
    void rates(double v, double celsius, boolean useTable) {
        if (useTable) {
            checkTable(celsius, true);
            lookup(v);
        } else {
            compute(v, celsius);
        }
    }

    /** Rebuilds the table if celsius changed (NEURON's table check at each step and finitialize). */
    void checkTable(double celsius, boolean useTable) {
        if (useTable && celsius != tableCelsius) {
            build(celsius);
        }
    }

    private void build(double celsius) {
        double x = TMIN;
        for (int i = 0; i < POINTS; x += DX, i++) {
            compute(x, celsius);
            int row = COLUMNS * i;
            table[row + MINF] = minf;
            table[row + MTAU] = mtau;
            table[row + HINF] = hinf;
            table[row + HTAU] = htau;
            table[row + NINF] = ninf;
            table[row + NTAU] = ntau;
        }
        tableCelsius = celsius;
    }

    private void lookup(double v) {
        double xi = index(v);
        minf = at(table, MINF, xi);
        mtau = at(table, MTAU, xi);
        hinf = at(table, HINF, xi);
        htau = at(table, HTAU, xi);
        ninf = at(table, NINF, xi);
        ntau = at(table, NTAU, xi);
    }

    /** @return the table position of v (mV): {@code 1.0*(v + 100)} */
    static double index(double v) {
        return MFAC * (v - TMIN);
    }

    /**
     * NEURON's table lookup of one column at position xi: linear interpolation between the
     * integer points, clamped to the ends outside, NaN for NaN.
     */
    static double at(double[] table, int column, double xi) {
        if (xi > 0. && xi < POINTS - 1) {
            int i = floor(xi);
            double theta = xi - (double) i;
            int at = COLUMNS * i + column;
            return table[at] + theta * (table[at + COLUMNS] - table[at]);
        }
        if (Double.isNaN(xi)) {
            return xi;
        }
        return table[COLUMNS * (xi <= 0. ? 0 : POINTS - 1) + column];
    }

    /**
     * {@code (int) x} for 0 < x < 2^31, without a cast: the compiled cast has an out-of-range path
     * that calls the runtime, and a call in the state loop keeps C2 from hoisting the loop's array
     * loads and bounds checks out of it. {@code x + 2^52} holds x rounded to an integer in its low
     * bits; one less if that rounded up.
     */
    static int floor(double x) {
        int rounded = (int) Double.doubleToRawLongBits(x + 0x1.0p52);
        return rounded - ((double) rounded > x ? 1 : 0);
    }

    /** hh.mod's rates procedure, term by term. */
    void compute(double v, double celsius) {
        double q10 = q10(celsius);
        double alpha = alphaM(v);
        double beta = betaM(v);
        double sum = alpha + beta;
        mtau = 1. / (q10 * sum);
        minf = alpha / sum;
        alpha = alphaH(v);
        beta = betaH(v);
        sum = alpha + beta;
        htau = 1. / (q10 * sum);
        hinf = alpha / sum;
        alpha = alphaN(v);
        beta = betaN(v);
        sum = alpha + beta;
        ntau = 1. / (q10 * sum);
        ninf = alpha / sum;
    }

    /** Temperature factor {@code 3^((celsius - 6.3)/10)}. */
    static double q10(double celsius) {
        return Libm.pow(3.0, (celsius - 6.3) / 10.0); // glibc's pow: Math.pow differs at e.g. celsius 0.7000000000000001
    }

    static double alphaM(double v) {
        return .1 * vtrap(-(v + 40.), 10.);
    }

    static double betaM(double v) {
        return 4. * Libm.exp(-(v + 65.) / 18.);
    }

    static double alphaH(double v) {
        return .07 * Libm.exp(-(v + 65.) / 20.);
    }

    static double betaH(double v) {
        return 1. / (Libm.exp(-(v + 35.) / 10.) + 1.);
    }

    static double alphaN(double v) {
        return .01 * vtrap(-(v + 55.), 10.);
    }

    static double betaN(double v) {
        return .125 * Libm.exp(-(v + 65.) / 80.);
    }

    /** x/(exp(x/y) - 1), with its limit near x = 0. */
    private static double vtrap(double x, double y) {
        if (Math.abs(x / y) < 1e-6) {
            return y * (1. - x / y / 2.);
        }
        return x / (Libm.exp(x / y) - 1.);
    }
}
