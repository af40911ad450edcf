package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Synapse with an alpha-function conductance starting at a fixed time, NEURON's {@code
 * AlphaSynapse}: {@code g = gmax x e^(1 - x)} with {@code x = (t - onset)/tau} for {@code 0 <= x <= 10} (else
 * 0), so g peaks at gmax at {@code onset + tau}; {@code i = g (v - e)}. It needs no NetCon.
 *
 * <pre>{@code
 * var syn = h.AlphaSynapse(soma.at(0.5));
 * syn.onset = 1; syn.tau = 0.5; syn.gmax = 0.01; syn.e = 0;
 * }</pre>
 */
public final class AlphaSynapse extends PointProcess {
    /** NEURON's type number for AlphaSynapse. */
    public static final int ORDER = 8;
    private static final Variable ONSET = Variable.parameter("onset", "ms", 0).means("start of the conductance");
    private static final Variable TAU = Variable.inRange("tau", "ms", .1, 1e-3, 1e6).means("time to peak");
    private static final Variable GMAX = Variable.inRange("gmax", "uS", 0, 0, 1e9).means("peak conductance");
    private static final Variable E = Variable.parameter("e", "mV", 0).means("reversal potential");
    /** The variables, as {@code h.help("AlphaSynapse")} lists them. */
    public static final List<Variable> VARIABLES = List.of(ONSET, TAU, GMAX, E,
            Variable.assigned("i", "nA").means("synaptic current, positive outward"));

    /** Start of the conductance (ms); default 0. */
    @Unit("ms")
    public double onset;
    /** Time to peak (ms), 1e-3 to 1e6; default 0.1. */
    @Unit("ms")
    public double tau = .1;
    /** Peak conductance (uS), 0 to 1e9; default 0. */
    @Unit("uS")
    public double gmax;
    /** Reversal potential (mV); default 0. */
    @Unit("mV")
    public double e;
    /** Current (nA), positive outward, as of the last step's midpoint; read only. */
    @Unit("nA")
    public double i;
    private double g;
    private double gfd;

    /** @param location where the synapse sits */
    public AlphaSynapse(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "onset=" + CFormat.g(onset) + " " + "tau=" + CFormat.g(tau) + " " + "gmax=" + CFormat.g(gmax) + " "
                + "e=" + CFormat.g(e);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        ONSET.check(this, onset);
        TAU.check(this, tau);
        GMAX.check(this, gmax);
        E.check(this, e);
    }

    @Override
    protected void current(CableState s) {
        double t = s.clock.t;
        double v = s.v[node];
        double gplus = current(t, v + .001);
        double rhsm = current(t, v);
        gfd = (gplus - rhsm) / .001 * areaFactor;
        s.rhs[node] -= rhsm * areaFactor;
    }

    private double current(double t, double v) {
        g = gmax * alpha((t - onset) / tau);
        i = g * (v - e);
        return 0. + i;
    }

    private static double alpha(double x) {
        if (x < 0.0 || x > 10.0) {
            return 0.0;
        }
        return x * NmodlMath.exp(1.0 - x);
    }

    @Override
    protected void jacobian(CableState s) {
        s.d[node] += gfd;
    }
}
