package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.internal.Libm;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Synapse with a rise and a decay time constant, NEURON's {@code Exp2Syn} ({@code exp2syn.mod}):
 * {@code g = B - A}, {@code dA/dt = -A/tau1}, {@code dB/dt = -B/tau2}, {@code i = g (v - e)}. An
 * event of weight w (uS) adds {@code w * factor} to A and B, where factor normalises the peak of g
 * to w.
 */
public final class Exp2Syn extends PointProcess {
    /** NEURON's type number for Exp2Syn. */
    public static final int ORDER = 10;
    private static final Variable TAU1 = Variable.positive("tau1", "ms", 0.1).means("rise time constant, below tau2");
    private static final Variable TAU2 = Variable.positive("tau2", "ms", 10).means("decay time constant");
    private static final Variable E = Variable.any("e", "mV", 0).means("reversal potential");
    /** The variables, as {@code h.help("Exp2Syn")} lists them. */
    public static final List<Variable> VARIABLES = List.of(TAU1, TAU2, E,
            Variable.assigned("g", "uS").means("conductance, B - A; an event of weight w peaks at w"),
            Variable.assigned("i", "nA").means("synaptic current, positive outward"),
            Variable.state("A", "uS").means("rising state"),
            Variable.state("B", "uS").means("decaying state"));

    /** Rise time constant (ms), positive and below tau2; default 0.1. */
    @Unit("ms")
    public double tau1 = 0.1;
    /** Decay time constant (ms), positive; default 10. */
    @Unit("ms")
    public double tau2 = 10;
    /** Reversal potential (mV); default 0. */
    @Unit("mV")
    public double e = 0;
    /** Conductance (uS); read only. */
    @Unit("uS")
    public double g;
    /** Current (nA); read only. */
    @Unit("nA")
    public double i;
    /** Rising state (uS); read only. */
    @Unit("uS")
    public double A;
    /** Decaying state (uS); read only. */
    @Unit("uS")
    public double B;
    private double factor;
    private double gfd;

    /** @param location where the synapse sits */
    public Exp2Syn(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "tau1=" + CFormat.g(tau1) + " " + "tau2=" + CFormat.g(tau2) + " " + "e=" + CFormat.g(e);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        TAU1.check(this, tau1);
        TAU2.check(this, tau2);
        E.check(this, e);
        if (tau1 >= tau2) {
            throw new IllegalArgumentException(this + ": tau1 = " + Validate.num(tau1) + " ms must be smaller than tau2 = "
                    + Validate.num(tau2) + " ms (rise faster than decay)");
        }
    }

    @Override
    protected void initialize(CableState s) {
        if (tau1 / tau2 > 0.9999) {
            tau1 = 0.9999 * tau2;
        }
        if (tau1 / tau2 < 1e-9) {
            tau1 = tau2 * 1e-9;
        }
        A = 0;
        B = 0;
        double tp = (tau1 * tau2) / (tau2 - tau1) * Math.log(tau2 / tau1);
        factor = -Libm.exp(-tp / tau1) + Libm.exp(-tp / tau2);
        factor = 1 / factor;
    }

    @Override
    protected void current(CableState s) {
        double v = s.v[node];
        g = B - A;
        double gplus = 0. + g * ((v + .001) - e);
        i = g * (v - e);
        double rhsm = 0. + i;
        gfd = (gplus - rhsm) / .001 * areaFactor;
        s.rhs[node] -= rhsm * areaFactor;
    }

    @Override
    protected void jacobian(CableState s) {
        s.d[node] += gfd;
    }

    @Override
    protected void state(CableState s) {
        double dt = s.clock.dt;
        A = A + (1. - Libm.exp(dt * ((-1.0) / tau1))) * (-(0.0) / ((-1.0) / tau1) - A);
        B = B + (1. - Libm.exp(dt * ((-1.0) / tau2))) * (-(0.0) / ((-1.0) / tau2) - B);
    }

    @Override
    protected EventTarget newEventTarget() {
        return receiver(this::receive);
    }

    /** NET_RECEIVE: an event of weight w (uS). */
    private void receive(EventSystem events, double[] weight, double flag) {
        A = A + weight[0] * factor;
        B = B + weight[0] * factor;
    }
}
