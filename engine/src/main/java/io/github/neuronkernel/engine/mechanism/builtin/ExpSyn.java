package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.internal.Libm;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Synapse with a single-exponential conductance, NEURON's {@code ExpSyn} ({@code expsyn.mod}):
 * {@code i = g (v - e)}, {@code dg/dt = -g/tau}, and each event adds its weight (uS) to g.
 *
 * <pre>{@code
 * var syn = h.ExpSyn(soma.at(0.5));
 * syn.tau = 2; syn.e = 0;
 * }</pre>
 */
public final class ExpSyn extends PointProcess {
    /** NEURON's type number for ExpSyn. */
    public static final int ORDER = 9;
    private static final Variable TAU = Variable.positive("tau", "ms", 0.1).means("decay time constant");
    private static final Variable E = Variable.parameter("e", "mV", 0).means("reversal potential");
    /** The variables, as {@code h.help("ExpSyn")} lists them. */
    public static final List<Variable> VARIABLES = List.of(TAU, E,
            Variable.state("g", "uS").means("conductance; each event adds its weight"),
            Variable.assigned("i", "nA").means("synaptic current, positive outward"));

    /** Decay time constant (ms), positive; default 0.1. */
    @Unit("ms")
    public double tau = 0.1;
    /** Reversal potential (mV); default 0. */
    @Unit("mV")
    public double e = 0;
    /** Conductance (uS); a state, read only. */
    @Unit("uS")
    public double g;
    /** Current (nA), positive outward; read only. */
    @Unit("nA")
    public double i;
    private double gfd;

    /** @param location where the synapse sits */
    public ExpSyn(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "tau=" + CFormat.g(tau) + " " + "e=" + CFormat.g(e);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        TAU.check(this, tau);
        E.check(this, e);
    }

    @Override
    protected void initialize(CableState s) {
        g = 0;
    }

    @Override
    protected void current(CableState s) {
        double v = s.v[node];
        double gplus = 0. + g * ((v + .001) - e);
        i = g * (v - e);
        double rhsm = 0. + i;
        double gg = (gplus - rhsm) / .001;
        gfd = gg * areaFactor;
        s.rhs[node] -= rhsm * areaFactor;
    }

    @Override
    protected void jacobian(CableState s) {
        s.d[node] += gfd;
    }

    @Override
    protected void state(CableState s) {
        double dt = s.clock.dt;
        g = g + (1. - Libm.exp(dt * ((-1.0) / tau))) * (-(0.0) / ((-1.0) / tau) - g);
    }

    @Override
    protected EventTarget newEventTarget() {
        return receiver(this::receive);
    }

    /** NET_RECEIVE: an event of weight w (uS). */
    private void receive(EventSystem events, double[] weight, double flag) {
        g = g + weight[0];
    }
}
