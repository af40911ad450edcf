package io.github.neuronkernel.engine.mechanism.builtin;

/**
 * hh's {@code rates(v)}: steady states and time constants of m, h and n, computed directly or
 * looked up in NEURON's table ({@code TABLE ... DEPEND celsius FROM -100 TO 100 WITH 200}: 201
 * points at the integers, linear interpolation, clamped outside).
 *
 * <p>{@link #rates} leaves its results in fields and serves finitialize, which runs on one thread.
 * The per-step state update runs on up to two threads at once, so it reads the table arrays and
 * the static rate functions directly, keeping every value in locals; the expressions are the same.
 */
final class HhRates {
    static final int POINTS = 201;
    static final double TMIN = -100.;
    private static final double TMAX = 100.;
    private static final double DX = (TMAX - TMIN) / 200.;
    /** NEURON's {@code mfac}: table points per mV. */
    static final double MFAC = 1. / DX;

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

    final double[] tMinf = new double[POINTS];
    final double[] tMtau = new double[POINTS];
    final double[] tHinf = new double[POINTS];
    final double[] tHtau = new double[POINTS];
    final double[] tNinf = new double[POINTS];
    final double[] tNtau = new double[POINTS];
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
            tMinf[i] = minf;
            tMtau[i] = mtau;
            tHinf[i] = hinf;
            tHtau[i] = htau;
            tNinf[i] = ninf;
            tNtau[i] = ntau;
        }
        tableCelsius = celsius;
    }

    private void lookup(double v) {
        double xi = MFAC * (v - TMIN);
        if (Double.isNaN(xi)) {
            minf = mtau = hinf = htau = ninf = ntau = xi;
            return;
        }
        if (xi <= 0.) {
            set(0);
            return;
        }
        if (xi >= POINTS - 1) {
            set(POINTS - 1);
            return;
        }
        int i = (int) xi;
        double theta = xi - (double) i;
        minf = tMinf[i] + theta * (tMinf[i + 1] - tMinf[i]);
        mtau = tMtau[i] + theta * (tMtau[i + 1] - tMtau[i]);
        hinf = tHinf[i] + theta * (tHinf[i + 1] - tHinf[i]);
        htau = tHtau[i] + theta * (tHtau[i + 1] - tHtau[i]);
        ninf = tNinf[i] + theta * (tNinf[i + 1] - tNinf[i]);
        ntau = tNtau[i] + theta * (tNtau[i + 1] - tNtau[i]);
    }

    private void set(int i) {
        minf = tMinf[i];
        mtau = tMtau[i];
        hinf = tHinf[i];
        htau = tHtau[i];
        ninf = tNinf[i];
        ntau = tNtau[i];
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
        return Math.pow(3.0, (celsius - 6.3) / 10.0);
    }

    static double alphaM(double v) {
        return .1 * vtrap(-(v + 40.), 10.);
    }

    static double betaM(double v) {
        return 4. * Math.exp(-(v + 65.) / 18.);
    }

    static double alphaH(double v) {
        return .07 * Math.exp(-(v + 65.) / 20.);
    }

    static double betaH(double v) {
        return 1. / (Math.exp(-(v + 35.) / 10.) + 1.);
    }

    static double alphaN(double v) {
        return .01 * vtrap(-(v + 55.), 10.);
    }

    static double betaN(double v) {
        return .125 * Math.exp(-(v + 65.) / 80.);
    }

    /** x/(exp(x/y) - 1), with its limit near x = 0. */
    private static double vtrap(double x, double y) {
        if (Math.abs(x / y) < 1e-6) {
            return y * (1. - x / y / 2.);
        }
        return x / (Math.exp(x / y) - 1.);
    }
}
