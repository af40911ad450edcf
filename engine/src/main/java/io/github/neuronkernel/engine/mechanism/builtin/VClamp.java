package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Two-electrode voltage clamp with three levels, NEURON's {@code VClamp}: the command is {@code
 * amp[0]} for {@code dur[0]} ms, then {@code amp[1]} for {@code dur[1]}, then {@code amp[2]} for
 * {@code dur[2]}, then the clamp is off (i = 0). A control amplifier (gain {@code gain}, time
 * constant {@code tau2}) drives the current {@code i = (vo - v)/rstim} into the cell from the
 * difference between the command and the measured potential {@code vi} (measuring amplifier with
 * time constant {@code tau1}); the three amplifier voltages {@code vi}, {@code vo}, {@code e} are
 * found each time the current is computed by solving their three linear equations for the step.
 * Use it with {@code secondorder = 0}: the clamp is stiff.
 *
 * <pre>{@code
 * var vc = h.VClamp(soma.at(0.5));
 * vc.dur[0] = 2; vc.amp[0] = -65; vc.dur[1] = 5; vc.amp[1] = -20;
 * }</pre>
 */
public final class VClamp extends PointProcess {
    /** NEURON's type number for VClamp. */
    public static final int ORDER = 12;
    private static final Variable DUR = Variable.inRange("dur", "ms", 0, 0, 1e9)
            .means("durations of the three levels, dur[0] to dur[2]");
    private static final Variable AMP = Variable.parameter("amp", "mV", 0).means("the three levels, amp[0] to amp[2]");
    private static final Variable GAIN = Variable.inRange("gain", "", 1e5, 0, 1e9).means("gain of the control amplifier");
    private static final Variable RSTIM = Variable.inRange("rstim", "MOhm", 1, 1e-9, 1e9)
            .means("resistance of the current electrode");
    private static final Variable TAU1 = Variable.inRange("tau1", "ms", .001, 0, 1e9)
            .means("time constant of the measuring amplifier");
    private static final Variable TAU2 = Variable.inRange("tau2", "ms", 0, 0, 1e9)
            .means("time constant of the control amplifier");
    private static final Variable FAC = Variable.inRange("fac", "", 0, 0, 10)
            .means("feedback of the measured potential into vi");
    private static final Variable E0 = Variable.any("e0", "mV", 0).means("error voltage at the last step's end");
    private static final Variable VO0 = Variable.any("vo0", "mV", 0).means("amplifier output at the last step's end");
    private static final Variable VI0 = Variable.any("vi0", "mV", 0).means("measured potential at the last step's end");
    /** The variables, as {@code h.help("VClamp")} lists them ({@code dur} and {@code amp} have three elements). */
    public static final List<Variable> VARIABLES = List.of(DUR, AMP, GAIN, RSTIM, TAU1, TAU2, FAC, E0, VO0, VI0,
            Variable.assigned("i", "nA").means("clamp current, positive depolarises"),
            Variable.state("e", "mV").means("error voltage"),
            Variable.state("vo", "mV").means("control amplifier output"),
            Variable.state("vi", "mV").means("measured potential"));
    private static final int LEVELS = 3;

    /** Durations of the three levels (ms), each 0 to 1e9; default 0. */
    public final double[] dur = new double[LEVELS];
    /** The three command levels (mV); default 0. */
    public final double[] amp = new double[LEVELS];
    /** Gain of the control amplifier, 0 to 1e9; default 1e5. */
    @Unit("")
    public double gain = 1e5;
    /** Resistance of the current electrode (MOhm), 1e-9 to 1e9; default 1. */
    @Unit("MOhm")
    public double rstim = 1;
    /** Time constant of the measuring amplifier (ms), 0 to 1e9; default 0.001. */
    @Unit("ms")
    public double tau1 = .001;
    /** Time constant of the control amplifier (ms), 0 to 1e9; default 0. */
    @Unit("ms")
    public double tau2 = 0;
    /** Feedback factor of the measured potential into vi, 0 to 10; default 0. */
    @Unit("")
    public double fac = 0;
    /** The error voltage at the last step's end (mV); set by the clamp. */
    @Unit("mV")
    public double e0;
    /** The amplifier output at the last step's end (mV); set by the clamp. */
    @Unit("mV")
    public double vo0;
    /** The measured potential at the last step's end (mV); set by the clamp. */
    @Unit("mV")
    public double vi0;
    /** Clamp current (nA), positive depolarises; read only. */
    @Unit("nA")
    public double i;
    /** Error voltage (mV), a state; read only. */
    @Unit("mV")
    public double e;
    /** Control amplifier output (mV), a state; read only. */
    @Unit("mV")
    public double vo;
    /** Measured potential (mV), a state; read only. */
    @Unit("mV")
    public double vi;
    private double stim;
    private double tc;
    private double gfd;
    /** The 3 x 4 augmented matrix of the clamp's equations (unknowns vi, vo, e), solved in place. */
    private final double[][] m = new double[LEVELS][LEVELS + 1];
    private final int[] perm = new int[LEVELS];

    /** @param location where the electrodes sit */
    public VClamp(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "dur=" + CFormat.g(dur[0]) + " amp=" + CFormat.g(amp[0]) + " gain=" + CFormat.g(gain) + " rstim="
                + CFormat.g(rstim) + " tau1=" + CFormat.g(tau1) + " tau2=" + CFormat.g(tau2) + " e0=" + CFormat.g(e0)
                + " vo0=" + CFormat.g(vo0) + " vi0=" + CFormat.g(vi0) + " fac=" + CFormat.g(fac);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        for (int j = 0; j < LEVELS; j++) {
            if (!DUR.allows(dur[j])) {
                DUR.checkAs(this + ".dur[" + j + "]", dur[j]);
            }
            if (!AMP.allows(amp[j])) {
                AMP.checkAs(this + ".amp[" + j + "]", amp[j]);
            }
        }
        GAIN.check(this, gain);
        RSTIM.check(this, rstim);
        TAU1.check(this, tau1);
        TAU2.check(this, tau2);
        FAC.check(this, fac);
        E0.check(this, e0);
        VO0.check(this, vo0);
        VI0.check(this, vi0);
    }

    @Override
    protected void initialize(CableState s) {
        double v = s.v[node];
        e0 = 0;
        vo = v;
        vo0 = v;
        vi = v;
        vi0 = v;
        e = 0;
    }

    @Override
    protected void current(CableState s) {
        double t = s.clock.t;
        double dt = s.clock.dt;
        double v = s.v[node];
        command(t);
        double gplus = 0. + clampCurrent(t, dt, v + .001);
        command(t);
        i = clampCurrent(t, dt, v);
        double rhsm = 0. + i;
        gfd = (gplus - rhsm) / .001 * areaFactor;
        s.rhs[node] += rhsm * areaFactor;
    }

    @Override
    protected void jacobian(CableState s) {
        s.d[node] -= gfd;
    }

    /** After the step: the current with the new v (the command as of the step's midpoint), then the levels kept. */
    @Override
    protected void state(CableState s) {
        i = clampCurrent(s.clock.t, s.clock.dt, s.v[node]);
        e0 = e;
        vo0 = vo;
        vi0 = vi;
    }

    /** The command level at t; tc is past the end of the current level while the clamp is on. */
    private void command(double t) {
        tc = 0.0;
        for (int j = 0; j < LEVELS; j++) {
            stim = amp[j];
            tc = tc + dur[j];
            if (t < tc) {
                tc = tc + 100.0;
                break;
            }
        }
    }

    /** The clamp current at membrane potential v, solving the amplifiers' equations for vi, vo, e. */
    private double clampCurrent(double t, double dt, double v) {
        if (t > tc) { // off
            e0 = 0.0;
            vo0 = 0.0;
            return 0.0;
        }
        double t1 = tau1 / dt;
        double t2 = tau2 / dt;
        for (double[] row : m) {
            java.util.Arrays.fill(row, 0.0);
        }
        // vi = v + fac vo - fac v
        m[0][0] -= 1.0;
        m[0][3] -= v;
        m[0][1] += fac * 1.0;
        m[0][3] += fac * v;
        // t2 (vo - vo0) + vo = -gain e
        m[1][1] -= t2 * 1.0;
        m[1][3] -= t2 * vo0;
        m[1][1] -= 1.0;
        m[1][2] -= gain * 1.0;
        // (vi - e) - (stim + e) + t1 ((vi - e) - (vi0 - e0)) = 0
        m[2][3] -= stim;
        m[2][2] += 1.0;
        m[2][0] -= 1.0;
        m[2][2] += 1.0;
        m[2][0] -= t1 * 1.0;
        m[2][2] += t1 * 1.0;
        m[2][3] -= t1 * (vi0 - e0);
        m[2][3] -= 0.0;
        solve();
        return (vo - v) / rstim;
    }

    /**
     * Gaussian elimination with partial pivoting by row (the largest magnitude in the column, the
     * first such row on ties), each pivot row divided by its pivot, then back substitution, as
     * NEURON's linear-equation solver does it; the solution goes to vi, vo, e.
     */
    private void solve() {
        int n = LEVELS;
        for (int k = 0; k < n; k++) {
            perm[k] = k;
        }
        int isave = 0;
        for (int j = 0; j < n; j++) {
            int ipivot = perm[j];
            for (int k = j + 1; k < n; k++) {
                int jrow = perm[k];
                if (Math.abs(m[ipivot][j]) < Math.abs(m[jrow][j])) {
                    ipivot = jrow;
                    isave = k;
                }
            }
            if (Math.abs(m[ipivot][j]) < 1e-20) {
                throw new IllegalStateException(this + ": the clamp's equations are singular (gain " + Validate.num(gain)
                        + ", tau1 " + Validate.num(tau1) + " ms, tau2 " + Validate.num(tau2) + " ms, fac "
                        + Validate.num(fac) + ")");
            }
            if (ipivot != perm[j]) {
                perm[isave] = perm[j];
                perm[j] = ipivot;
            }
            for (int kcol = j + 1; kcol <= n; kcol++) {
                m[ipivot][kcol] /= m[ipivot][j];
            }
            for (int k = j + 1; k < n; k++) {
                int jrow = perm[k];
                for (int kcol = j + 1; kcol <= n; kcol++) {
                    m[jrow][kcol] -= m[ipivot][kcol] * m[jrow][j];
                }
            }
        }
        double x2 = m[perm[2]][n];
        double x1 = m[perm[1]][n];
        x1 -= m[perm[1]][2] * x2;
        double x0 = m[perm[0]][n];
        x0 -= m[perm[0]][1] * x1;
        x0 -= m[perm[0]][2] * x2;
        vi = x0;
        vo = x1;
        e = x2;
    }
}
