package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Single-electrode voltage clamp with three levels, NEURON's {@code SEClamp} ({@code svclmp.mod}):
 * the command is {@code amp1} for {@code dur1}, then {@code amp2} for {@code dur2}, then {@code
 * amp3} for {@code dur3}, then off; the current is {@code i = (vc - v) / rs}.
 */
public final class SEClamp extends PointProcess {
    /** NEURON's type number for SEClamp. */
    public static final int ORDER = 11;
    private static final Variable RS = Variable.positive("rs", "MOhm", 1).means("series resistance");
    private static final Variable DUR1 = Variable.any("dur1", "ms", 0).means("duration of the first level");
    private static final Variable AMP1 = Variable.any("amp1", "mV", 0).means("first level");
    private static final Variable DUR2 = Variable.nonNegative("dur2", "ms", 0).means("duration of the second level");
    private static final Variable AMP2 = Variable.any("amp2", "mV", 0).means("second level");
    private static final Variable DUR3 = Variable.nonNegative("dur3", "ms", 0).means("duration of the third level");
    private static final Variable AMP3 = Variable.any("amp3", "mV", 0).means("third level");
    /** The variables, as {@code h.help("SEClamp")} lists them. */
    public static final List<Variable> VARIABLES = List.of(RS, DUR1, AMP1, DUR2, AMP2, DUR3, AMP3,
            Variable.assigned("i", "nA").means("clamp current, positive depolarises"),
            Variable.assigned("vc", "mV").means("command potential at the last step"));

    /** Series resistance (MOhm), positive; default 1. */
    @Unit("MOhm")
    public double rs = 1;
    /** Duration of the first level (ms); default 0. */
    @Unit("ms")
    public double dur1;
    /** First level (mV); default 0. */
    @Unit("mV")
    public double amp1;
    /** Duration of the second level (ms), at least 0; default 0. */
    @Unit("ms")
    public double dur2;
    /** Second level (mV); default 0. */
    @Unit("mV")
    public double amp2;
    /** Duration of the third level (ms), at least 0; default 0. */
    @Unit("ms")
    public double dur3;
    /** Third level (mV); default 0. */
    @Unit("mV")
    public double amp3;
    /** Clamp current (nA), positive depolarises; read only. */
    @Unit("nA")
    public double i;
    /** Command potential (mV) at the last step; read only. */
    @Unit("mV")
    public double vc;
    private double tc2;
    private double tc3;
    private boolean on;
    private double gfd;

    /** @param location where the electrode sits */
    public SEClamp(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "rs=" + CFormat.g(rs) + " " + "dur1=" + CFormat.g(dur1) + " " + "amp1=" + CFormat.g(amp1) + " " + "dur2=" + CFormat.g(dur2) + " " + "amp2=" + CFormat.g(amp2) + " " + "dur3=" + CFormat.g(dur3) + " " + "amp3=" + CFormat.g(amp3);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        RS.check(this, rs);
        DUR1.check(this, dur1);
        AMP1.check(this, amp1);
        DUR2.check(this, dur2);
        AMP2.check(this, amp2);
        DUR3.check(this, dur3);
        AMP3.check(this, amp3);
    }

    @Override
    protected void initialize(CableState s) {
        tc2 = dur1 + dur2;
        tc3 = tc2 + dur3;
        on = false;
    }

    @Override
    protected void current(CableState s) {
        double t = s.clock.t;
        double v = s.v[node];
        double gplus = 0. + stimulus(t, v + .001);
        double rhsm = 0. + stimulus(t, v);
        gfd = (gplus - rhsm) / .001 * areaFactor;
        s.rhs[node] += rhsm * areaFactor;
    }

    /** svclmp.mod's vstim(): the command level at t, then the current at v. */
    private double stimulus(double t, double v) {
        on = true;
        if (t < dur1) {
            vc = amp1;
        } else if (t < tc2) {
            vc = amp2;
        } else if (t < tc3) {
            vc = amp3;
        } else {
            vc = 0;
            on = false;
        }
        return clampCurrent(v);
    }

    private double clampCurrent(double v) {
        i = on ? (vc - v) / rs : 0;
        return i;
    }

    @Override
    protected void jacobian(CableState s) {
        s.d[node] -= gfd;
    }

    /** {@code SOLVE icur METHOD after_cvode}: the current with the new v. */
    @Override
    protected void state(CableState s) {
        clampCurrent(s.v[node]);
    }
}
