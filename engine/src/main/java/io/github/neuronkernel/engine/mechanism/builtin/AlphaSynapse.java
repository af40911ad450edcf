package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.internal.Validate;
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
 * AlphaSynapse}: {@code g = gmax x e^(1 - x)} with {@code x = (t - onset)/tau} for 0 <= x <= 10 (else
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
    /** The variables, as {@code h.help("AlphaSynapse")} lists them. */
    public static final List<Variable> VARIABLES = List.of(
            Variable.parameter("onset", "ms", 0),
            new Variable("tau", "ms", .1, 1e-3, 1e6, Variable.Kind.PARAMETER),
            new Variable("gmax", "uS", 0, 0, 1e9, Variable.Kind.PARAMETER),
            Variable.parameter("e", "mV", 0),
            Variable.assigned("i", "nA"));

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
        if (!Double.isFinite(onset)) {
            Validate.finite(this + ".onset", onset, "ms");
        }
        if (!(tau >= 1e-3 && tau <= 1e6)) {
            Validate.inRange(this + ".tau", tau, 1e-3, 1e6, "ms");
        }
        if (!(gmax >= 0 && gmax <= 1e9)) {
            Validate.inRange(this + ".gmax", gmax, 0, 1e9, "uS");
        }
        if (!Double.isFinite(e)) {
            Validate.finite(this + ".e", e, "mV");
        }
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
