package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.NumericalInstabilityException;
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
    private StepPlan plan;
    /** The system property that sets {@link #threads(int)} for every simulation of a JVM. */
    public static final String THREADS_PROPERTY = "neuronkernel.threads";

    private int threads = threadsFromProperty();
    private final Team team = new Team();
    private final ModeChooser chooser = new ModeChooser();
    private StepPlan single; // automatic mode's plan for steps taken alone (see planSteps)
    private final double[] partSums = new double[2];
    private double stepCfac;
    private final Team.Work setupWork = p -> plan.setup(p, stepCfac, true);
    private int stepSecondOrder;
    private final Team.Work finishWork = p -> partSums[p] = plan.finish(p, stepSecondOrder);

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
        planSteps();
        for (Sampler s : sampling) {
            s.rebind(next);
        }
    }

    /**
     * Sets how many threads a step may use: 1, 2, or 0 for automatic (two threads when the
     * machine has two processors and the model has enough work per step to gain from them). The
     * results are identical whatever the number.
     */
    public void threads(int n) {
        threads = checkedThreads(n, "threads: " + n);
        if (runtime != null) {
            planSteps();
        }
    }

    private static int checkedThreads(int n, String what) {
        if (n < 0 || n > 2) {
            throw new IllegalArgumentException(what + " is not allowed; give 0 (automatic), 1 or 2");
        }
        return n;
    }

    /**
     * @return the thread count {@code -Dneuronkernel.threads} asks for, 0 (automatic) without it
     * @throws IllegalArgumentException if it is not 0, 1 or 2
     */
    private static int threadsFromProperty() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null) {
            return 0;
        }
        String what = "-D" + THREADS_PROPERTY + "=" + value;
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            n = -1; // not a number: refused below, with the value as written
        }
        return checkedThreads(n, what);
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
        clock.stepStart = 0;
        checkTables(s);
        events.clear();
        for (Sampler sampler : sampling) { // Vector.play: values at t = 0 are set before v and INITIAL
            sampler.playInit();
        }
        events.deliver(clock.t);
        if (setV) {
            Arrays.fill(s.v, vInit);
        }
        for (IonState ion : s.ions) { // the ions' INITIAL comes before every mechanism's but pas's, which ignores them
            ion.initialize(clock.celsius);
        }
        for (Mechanism m : runtime.mechanisms) {
            m.initialize(s);
        }
        events.initialize();
        events.deliver(clock.t);
        setupTreeMatrix();
        for (Sampler sampler : sampling) {
            sampler.restart(runtime);
        }
        for (Sampler sampler : sampling) { // record items with their own times send their first event
            sampler.recordInit();
        }
        for (Sampler sampler : sampling) {
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
        CableState s = runtime.state;
        checkTables(s);
        double dt = clock.dt;
        clock.stepStart = clock.t;
        events.beforeStep();
        clock.t += .5 * dt;
        Sampler[] samplers = sampling;
        for (Sampler sampler : samplers) { // Vector.play(..., continuous): values at t + dt/2
            sampler.playContinuous();
        }
        StepPlan pl = plan;
        stepCfac = .001 * clock.cj();
        partSums[1] = 0;
        // setup_tree_matrix and the triangularisation of the subtrees, then the top
        // automatic: whichever way has been faster lately
        boolean choosing = pl.parts == 2 && threads == 0;
        boolean together = pl.parts == 2 && (threads == 2 || (choosing && chooser.together()));
        if (choosing && !together) {
            pl = single; // alone, the undivided plan: a divided one costs more where it is scattered
        }
        if (together) {
            team.run(setupWork);
        } else {
            for (int p = 0; p < pl.parts; p++) {
                pl.setup(p, stepCfac, true);
            }
        }
        pl.topStep(stepCfac);
        // the update does not read t, and states see t_{n+1}: advance it before both
        clock.t += .5 * dt;
        for (Sampler sampler : samplers) { // and at t + dt, before the states (the v update reads none)
            sampler.playContinuous();
        }
        stepSecondOrder = clock.secondorder;
        if (together) {
            team.run(finishWork);
        } else {
            for (int p = 0; p < pl.parts; p++) {
                partSums[p] = pl.finish(p, stepSecondOrder);
            }
        }
        if (!Double.isFinite(partSums[0] + partSums[1])) {
            reportNonFinite(s);
        }
        if (choosing) {
            chooser.stepped();
        }
        for (Sampler sampler : sampling) {
            sampler.sample();
        }
        events.deliver(clock.t);
    }

    /**
     * Builds the step plan, and in automatic mode with two parts also the undivided plan for steps
     * taken alone, here rather than in a step: a run's first steps do no planning. Alone, the
     * two-part plan does the same work in more, shorter runs, and without the leaves' lanes.
     */
    private void planSteps() {
        boolean spare = java.lang.Runtime.getRuntime().availableProcessors() >= 2;
        plan = threads == 0 ? StepPlan.automatic(runtime, spare) : StepPlan.build(runtime, threads);
        single = plan.parts == 2 && threads == 0 ? StepPlan.build(runtime, 1) : plan;
    }

    private void checkTables(CableState s) {
        for (Mechanism m : runtime.mechanisms) {
            m.checkTables(s);
        }
    }

    /** NEURON's setup_tree_matrix (mechanism currents and conductances, then axial terms), on this thread. */
    private void setupTreeMatrix() {
        double cfac = .001 * clock.cj();
        for (int p = 0; p < plan.parts; p++) {
            plan.setup(p, cfac, false);
        }
        plan.topAxial(cfac);
    }

    private void reportNonFinite(CableState s) {
        for (int i = 0; i < s.v.length; i++) {
            if (!Double.isFinite(s.v[i])) {
                throw new NumericalInstabilityException(clock.t, s.layout.sectionOf(i).name(), s.v[i]);
            }
        }
    }
}
