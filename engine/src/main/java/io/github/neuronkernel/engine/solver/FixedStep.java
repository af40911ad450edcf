package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import io.github.neuronkernel.engine.discretize.NodeLayout;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.mechanism.Mechanism;
import io.github.neuronkernel.engine.state.CableState;
import io.github.neuronkernel.engine.state.Clock;
import io.github.neuronkernel.engine.state.IonState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NEURON 8.2's fixed-step method ({@code nrn_fixed_step}) and {@code finitialize}, phase by phase
 * in NEURON's order (see {@code docs/neuron-numerics.md} sections 2 and 3): currents at the
 * midpoint, the tree solve, the voltage update, states with the new v, then sampling. Time advances
 * in two half steps, as NEURON's does, so that t has the same binary value.
 */
public final class FixedStep {
    private final Clock clock;
    private final EventSystem events;
    private final List<Sampler> samplers = new ArrayList<>();
    private Sampler[] sampling = new Sampler[0];
    private Runtime runtime;

    /**
     * @param clock the globals shared with the mechanisms
     * @param events the simulation's events, delivered at NEURON's points in each step
     */
    public FixedStep(Clock clock, EventSystem events) {
        this.clock = clock;
        this.events = events;
    }

    /** Uses a new discretisation from now on. */
    public void attach(Runtime next) {
        this.runtime = next;
        for (Sampler s : sampling) {
            s.restart(next);
        }
    }

    /** Adds a sampler, sampled after every step from the next finitialize on. */
    public void addSampler(Sampler sampler) {
        samplers.add(sampler);
        sampling = samplers.toArray(new Sampler[0]);
        if (runtime != null) {
            sampler.restart(runtime);
        }
    }

    /**
     * NEURON's {@code finitialize}: t = 0, the event queue emptied, v set (if asked), every INITIAL
     * block, events at t = 0 delivered, then the matrix is set up once at t = 0 so that currents
     * have values (v itself does not change), the first samples taken, and events at 0 delivered.
     *
     * @param setV whether to set every node's v
     * @param vInit the value (mV)
     */
    public void initialize(boolean setV, double vInit) {
        CableState s = runtime.state;
        clock.t = 0;
        checkTables(s);
        events.clear();
        if (setV) {
            Arrays.fill(s.v, vInit);
        }
        for (Mechanism m : runtime.mechanisms) {
            m.initialize(s);
        }
        events.initialize();
        events.deliver(clock.t);
        setupTreeMatrix(runtime);
        for (Sampler sampler : sampling) {
            sampler.restart(runtime);
            sampler.sample();
        }
        events.deliver(clock.t);
    }

    /**
     * One step of dt, NEURON's {@code fadvance}.
     *
     * @throws NumericalInstabilityException if v becomes NaN or infinite
     */
    public void advance() {
        Runtime r = runtime;
        CableState s = r.state;
        checkTables(s);
        double dt = clock.dt;
        events.beforeStep();
        clock.t += .5 * dt;
        setupTreeMatrix(r);
        NodeLayout layout = r.layout;
        HinesSolver.solve(layout.rootCount(), s.size, layout.parent(), layout.a(), layout.b(), s.d, s.rhs);
        if (clock.secondorder == 2) {
            secondOrderCurrent(s.na, s.rhs);
            secondOrderCurrent(s.k, s.rhs);
        }
        update(s);
        clock.t += .5 * dt;
        for (Mechanism m : r.mechanisms) {
            m.state(s);
        }
        for (Sampler sampler : sampling) {
            sampler.sample();
        }
        events.deliver(clock.t);
    }

    private void checkTables(CableState s) {
        for (Mechanism m : runtime.mechanisms) {
            m.checkTables(s);
        }
    }

    /** NEURON's setup_tree_matrix: rhs (mechanism currents, then axial), then the diagonal. */
    static void setupTreeMatrix(Runtime r) {
        CableState s = r.state;
        NodeLayout layout = r.layout;
        int n = s.size;
        int first = layout.rootCount();
        int[] parent = layout.parent();
        double[] a = layout.a();
        double[] b = layout.b();
        double[] v = s.v;
        double[] rhs = s.rhs;
        double[] d = s.d;
        Arrays.fill(rhs, 0.);
        s.na.clearCurrents();
        s.k.clearCurrents();
        for (Mechanism m : r.mechanisms) {
            m.current(s);
        }
        for (int i = first; i < n; ++i) {
            int p = parent[i];
            double dv = v[p] - v[i];
            rhs[i] -= b[i] * dv;
            rhs[p] += a[i] * dv;
        }
        Arrays.fill(d, 0.);
        for (Mechanism m : r.mechanisms) {
            m.jacobian(s);
        }
        double cfac = .001 * s.clock.cj();
        double[] cm = layout.cm();
        for (int i = first; i < n; ++i) {
            if (cm[i] != 0) {
                d[i] += cfac * cm[i];
            }
        }
        for (int i = first; i < n; ++i) {
            d[i] -= b[i];
            d[parent[i]] -= a[i];
        }
    }

    private static void secondOrderCurrent(IonState ion, double[] rhs) {
        boolean[] present = ion.present;
        for (int i = 0; i < rhs.length; i++) {
            if (present[i]) {
                ion.cur[i] += ion.dcurdv[i] * rhs[i];
            }
        }
    }

    /** v += rhs (twice rhs for Crank-Nicolson), checking that every v stays finite. */
    private void update(CableState s) {
        double[] v = s.v;
        double[] rhs = s.rhs;
        double factor = clock.secondorder != 0 ? 2. : 1.;
        double sum = 0;
        if (factor == 1.) {
            for (int i = 0; i < v.length; i++) {
                v[i] += rhs[i];
                sum += v[i];
            }
        } else {
            for (int i = 0; i < v.length; i++) {
                v[i] += 2. * rhs[i];
                sum += v[i];
            }
        }
        if (!Double.isFinite(sum)) {
            reportNonFinite(s);
        }
    }

    private void reportNonFinite(CableState s) {
        for (int i = 0; i < s.v.length; i++) {
            if (!Double.isFinite(s.v[i])) {
                clock.t += .5 * clock.dt; // the step is over, even though it failed
                throw new NumericalInstabilityException(clock.t, s.layout.sectionOf(i).name(), s.v[i]);
            }
        }
    }
}
