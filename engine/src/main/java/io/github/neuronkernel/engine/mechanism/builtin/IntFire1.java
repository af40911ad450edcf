package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.FieldRef;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;
import java.util.List;

/**
 * A leaky integrate-and-fire cell, NEURON's {@code IntFire1}: an artificial cell (no location) whose
 * state {@code m} decays with time constant {@code tau} and jumps by each NetCon event's weight. When
 * m exceeds 1 it spikes, holds m at 2 for {@code refrac} ms (ignoring input), then restarts from 0.
 * m is updated only at events; {@link #M()} is its value now.
 *
 * <pre>{@code
 * var cell = h.IntFire1();
 * cell.tau = 10; cell.refrac = 5;
 * var nc = h.NetCon(stim, cell); nc.weight[0] = 0.4;
 * }</pre>
 */
public final class IntFire1 extends ArtificialCell {
    /** NEURON's type number for IntFire1. */
    public static final int ORDER = 19;
    private static final Variable TAU = Variable.positive("tau", "ms", 10).means("membrane time constant");
    private static final Variable REFRAC = Variable.nonNegative("refrac", "ms", 5).means("refractory period");
    /** The variables, as {@code h.help("IntFire1")} lists them. */
    public static final List<Variable> VARIABLES = List.of(TAU, REFRAC,
            Variable.assigned("m", "").means("state at the last event (2 while refractory); M() gives it now"));

    /** Membrane time constant (ms), positive; default 10. */
    @Unit("ms")
    public double tau = 10;
    /** Refractory period (ms), at least 0; default 5. */
    @Unit("ms")
    public double refrac = 5;
    /** The state at the last event (2 while refractory); read only. */
    @Unit("")
    public double m;
    private double t0;
    private boolean refractory;
    private EventSystem events;
    private final int serial;

    /** @param serial its number among the simulation's IntFire1s, from 0 ({@code IntFire1[0]}); see {@code h.IntFire1()} */
    public IntFire1(int serial) {
        this.serial = serial;
    }

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException for a tau that is not positive or a negative refrac
     */
    @Override
    protected void validate() {
        TAU.check(this, tau);
        REFRAC.check(this, refrac);
    }

    /** @return m now: decayed since the last event, or 2 in the first 0.5 ms of the refractory period, then -1 */
    public double M() {
        double t = events == null ? 0 : events.t();
        if (!refractory) {
            return m * NmodlMath.exp(-(t - t0) / tau);
        }
        return t - t0 < .5 ? 2 : -1;
    }

    /** @return a reference to a variable (tau, refrac or m), for batchSave and Vector.record */
    public Ref ref(String field) {
        return FieldRef.of(this, field, "tau, refrac, m");
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void initialize(EventSystem ev) {
        events = ev;
        m = 0;
        t0 = ev.t();
        refractory = false;
    }

    @Override
    protected void receive(EventSystem ev, double[] weight, double flag) {
        double t = ev.t();
        if (!refractory) { // input counts only while excitable
            m = m * NmodlMath.exp(-(t - t0) / tau);
            t0 = t;
            m = m + weight[0];
            if (m > 1) {
                refractory = true;
                m = 2;
                ev.netSendAt(selfIndex(), t + refrac, 1);
                ev.netEvent(this, t);
            }
        } else if (flag == 1) { // end of the refractory period
            t0 = t;
            refractory = false;
            m = 0;
        }
    }

    @Override
    public String toString() {
        return "IntFire1[" + serial + "]";
    }
}
