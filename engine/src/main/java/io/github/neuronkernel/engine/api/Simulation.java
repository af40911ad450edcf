package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.NetCon;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.builtin.Exp2Syn;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.mechanism.builtin.SEClamp;
import io.github.neuronkernel.engine.model.Bindings;
import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.RangeAccess;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.run.BatchRun;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunStart;
import io.github.neuronkernel.engine.solver.FixedStep;
import io.github.neuronkernel.engine.solver.RangeVariables;
import io.github.neuronkernel.engine.solver.Runtime;
import io.github.neuronkernel.engine.state.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulation, NEURON's {@code h}: it creates sections and point processes, holds the globals
 * and runs. Simulations share nothing, so several may run side by side in separate threads (one
 * thread per simulation).
 *
 * <pre>{@code
 * var h = new Simulation();
 * var soma = h.Section("soma");
 * soma.L = 10; soma.diam = 10;
 * soma.insert("hh");
 * var iclamp = h.IClamp(soma.at(0.5));
 * iclamp.dur = 0.2; iclamp.delay = 0.3; iclamp.amp = 0.5;
 * h.batchSave();
 * h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
 * h.finitialize(-65);
 * h.batchRun(2, 0.1, "hhsim.dat", "My HH sim");
 * }</pre>
 */
public class Simulation {
    /** Simulation time (ms); set by finitialize and advanced by fadvance and batchRun. */
    public double t;
    /** Time step (ms), positive and finite; default 0.025. */
    public double dt = 0.025;
    /** Temperature (degC); default 6.3. */
    public double celsius = 6.3;
    /** 0: backward Euler; 1 or 2: Crank-Nicolson (2 also corrects ion currents); default 0. */
    public int secondorder;
    /** Nonzero: hh uses its rate table (NEURON's default, 1); 0: computes rates directly. */
    public int usetable_hh = 1;

    private final MechanismCatalog catalog = MechanismCatalog.BUILTIN;
    private final RangeVariables variables = new RangeVariables(catalog);
    private final Clock clock = new Clock();
    private final EventSystem events = new EventSystem(clock);
    private final FixedStep stepper = new FixedStep(clock, events);
    private final List<NetStim> stims = new ArrayList<>();
    private final Access access = new Access();
    private final Model model = new Model(catalog, access);
    private final List<PointProcess> pointProcesses = new ArrayList<>();
    private final List<Ref> saved = new ArrayList<>();
    private final List<RunListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Runtime runtime;
    private long builtVersion = -1;

    /**
     * Creates a section with NEURON's defaults (L 100 um, diam 500 um, nseg 1, Ra 35.4 ohm cm, cm
     * 1 uF/cm2).
     *
     * @param name its name, used in topology, messages and refs
     */
    public Section Section(String name) {
        return model.newSection(name);
    }

    /**
     * Places a current clamp.
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public IClamp IClamp(Segment location) {
        return add(new IClamp(checkLocation(location)));
    }

    /**
     * Places a single-exponential synapse.
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public ExpSyn ExpSyn(Segment location) {
        return add(new ExpSyn(checkLocation(location)));
    }

    /**
     * Places a synapse with rise and decay time constants.
     *
     * @param location e.g. {@code dend.at(0.3)}
     */
    public Exp2Syn Exp2Syn(Segment location) {
        return add(new Exp2Syn(checkLocation(location)));
    }

    /**
     * Places a single-electrode voltage clamp.
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public SEClamp SEClamp(Segment location) {
        return add(new SEClamp(checkLocation(location)));
    }

    /** @return a new spike generator (an artificial cell: it has no location) */
    public NetStim NetStim() {
        NetStim ns = events.add(new NetStim(stims.size() + 1));
        stims.add(ns);
        return ns;
    }

    /**
     * Connects a spike source to a target, NEURON's {@code NetCon(source, target)}.
     *
     * @param source a membrane potential ({@code soma.at(0.5).ref("v")}, spikes when it rises above
     *     the threshold) or a NetStim
     * @param target an ExpSyn, Exp2Syn or NetStim, or null to only detect and record spikes
     * @throws IllegalArgumentException for another kind of source or target
     */
    public NetCon NetCon(Object source, Object target) {
        if (source instanceof Ref ref) {
            ref.bind(access); // an unknown variable fails here, at the user's call
        }
        NetCon nc = events.connect(source, target);
        if (runtime != null) {
            events.attach(nc, access);
        }
        return nc;
    }

    /** NEURON's {@code NetCon(source, target, threshold, delay, weight)}: threshold (mV), delay (ms), weight. */
    public NetCon NetCon(Object source, Object target, double threshold, double delay, double weight) {
        NetCon nc = NetCon(source, target);
        nc.threshold = threshold;
        nc.delay = delay;
        nc.weight[0] = weight;
        return nc;
    }

    /** @return a new empty vector, e.g. for {@code record} */
    public Vector Vector() {
        return new Vector(this);
    }

    /**
     * A reference to a global, for batchSave and Vector.record.
     *
     * @param name {@code t}, {@code dt} or {@code celsius}
     * @throws IllegalArgumentException for another name
     */
    public Ref ref(String name) {
        Validate.notNull("global name", name);
        access.global(name);
        return new GlobalRef(name);
    }

    /** Clears the list of variables batchRun saves. */
    public void batchSave() {
        saved.clear();
    }

    /** Appends variables to the list batchRun saves, one column each. */
    public void batchSave(Ref... refs) {
        for (Ref r : refs) {
            saved.add(Validate.notNull("batchSave reference", r));
        }
    }

    /** Initialises at t = 0 without changing v. */
    public void finitialize() {
        initialize(false, 0);
    }

    /**
     * Initialises at t = 0 with every node's v set to {@code vInit}.
     *
     * @param vInit initial membrane potential (mV), finite
     */
    public void finitialize(double vInit) {
        Validate.finite("finitialize: v", vInit, "mV");
        initialize(true, vInit);
    }

    private void initialize(boolean setV, double vInit) {
        syncClock(false); // finitialize starts at 0 whatever t was (even NaN), as NEURON's does
        ensureRuntime();
        stepper.initialize(setV, vInit);
        t = clock.t;
    }

    /** Advances one time step dt. */
    public void fadvance() {
        syncClock();
        ensureRuntime();
        try {
            stepper.advance();
        } finally {
            t = clock.t;
        }
    }

    /** NEURON's batch_run without a file: runs to tstop (ms), writing nothing. */
    public void batchRun(double tstop, double tstep) {
        batchRun(tstop, tstep, null, "");
    }

    /** NEURON's batch_run with an empty comment line. */
    public void batchRun(double tstop, double tstep, String file) {
        batchRun(tstop, tstep, file, "");
    }

    /**
     * Runs from the current t to {@code tstop}, writing the saved variables every {@code tstep}
     * to {@code file}, exactly as NEURON's {@code batch_run} does.
     *
     * @param tstop stop time (ms), 0 to 1e20
     * @param tstep output interval (ms), 0 to 1e20
     * @param file output path (created or truncated), or null to write nothing
     * @param comment first line of the file
     * @throws IllegalArgumentException for a bad time or a file that cannot be written, before any
     *     step is taken
     */
    public void batchRun(double tstop, double tstep, String file, String comment) {
        BatchRun.validate(tstop, tstep);
        syncClock();
        ensureRuntime();
        Probe[] columns = new Probe[saved.size()];
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = saved.get(i).bind(access);
            names.add(saved.get(i).name());
            units.add(saved.get(i).unit());
        }
        RunStart start = new RunStart(file, comment == null ? "" : comment, clock.t, tstop, tstep, clock.dt,
                List.copyOf(names), List.copyOf(units));
        try {
            new BatchRun(stepper, clock, columns, start, listeners).run();
        } finally {
            t = clock.t;
        }
    }

    /**
     * Sets how many threads a step may use: 0 for automatic (the default: two threads on a machine
     * with two or more processors, for models with enough work per step, once the JIT compiler has
     * warmed up), 1, or 2. The results are identical, bit for bit, whatever the number.
     *
     * @param n 0, 1 or 2
     * @throws IllegalArgumentException for another number
     */
    public void threads(int n) {
        stepper.threads(n);
    }

    /** Adds a listener that hears every batchRun of this simulation (started, progress, finished). */
    public void addRunListener(RunListener listener) {
        listeners.add(Validate.notNull("listener", listener));
    }

    /** Removes a listener added with {@link #addRunListener}. */
    public void removeRunListener(RunListener listener) {
        listeners.remove(listener);
    }

    /** @return how many events (spikes arriving, self-events) were delivered so far, for diagnostics */
    public long eventsDelivered() {
        return events.delivered();
    }

    /** Prints the section tree, as NEURON's {@code topology()}. */
    public void topology() {
        System.out.print(model.topology());
    }

    /** @return the text {@link #topology()} prints */
    public String topologyText() {
        return model.topology();
    }

    /** Prints a section's parameters, as NEURON's {@code psection()}. */
    public void psection(Section section) {
        System.out.println(section.psection());
    }

    /** @return the model description (sections and connections) */
    public Model model() {
        return model;
    }

    /** Registers a vector to be sampled after every step. */
    void record(Vector vector) {
        stepper.addSampler(vector);
    }

    Bindings bindings() {
        return access;
    }

    private <T extends PointProcess> T add(T p) {
        pointProcesses.add(p);
        model.structureChanged();
        return p;
    }

    private Segment checkLocation(Segment location) {
        Validate.notNull("location", location);
        if (location.sec().model() != model) {
            throw new IllegalArgumentException("location " + location + " belongs to another simulation");
        }
        return location;
    }

    private void syncClock() {
        syncClock(true);
    }

    private void syncClock(boolean checkTime) {
        for (PointProcess p : pointProcesses) {
            p.validate();
        }
        for (NetStim ns : stims) {
            ns.validate();
        }
        events.sync();
        Validate.positiveFinite("dt", dt, "ms");
        if (checkTime) {
            Validate.finite("t", t, "ms");
        }
        Validate.finite("celsius", celsius, "degC");
        Validate.inRange("secondorder", secondorder, 0, 2);
        clock.t = t;
        clock.dt = dt;
        clock.celsius = celsius;
        clock.secondorder = secondorder;
        clock.useTableHh = usetable_hh != 0;
    }

    /** Discretises again if the structure or geometry changed since the last build. */
    Runtime ensureRuntime() {
        model.applyPendingChanges();
        if (runtime == null || model.version() != builtVersion) {
            runtime = Runtime.build(model, pointProcesses, runtime, clock, catalog);
            builtVersion = model.version();
            stepper.attach(runtime);
            events.attach(access);
        }
        return runtime;
    }

    /** A global variable by name. */
    private final class GlobalRef implements Ref {
        private final String name;

        GlobalRef(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public double get() {
            return switch (name) {
                case "t" -> t;
                case "dt" -> dt;
                default -> celsius;
            };
        }

        @Override
        public void set(double value) {
            switch (name) {
                case "t" -> t = value;
                case "dt" -> dt = value;
                default -> celsius = value;
            }
        }

        @Override
        public String unit() {
            return name.equals("celsius") ? "degC" : "ms";
        }

        @Override
        public Probe bind(Bindings bindings) {
            return bindings.global(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Range-variable access and binding for the model's segments and refs. */
    private final class Access implements RangeAccess, Bindings {
        @Override
        public double get(Section section, double x, String variable) {
            return variables.resolve(ensureRuntime(), section, x, variable).get();
        }

        @Override
        public void set(Section section, double x, String variable, double value) {
            RangeVariables.Slot slot = variables.resolve(ensureRuntime(), section, x, variable);
            String what = section.name() + "(" + Validate.num(x) + ")." + variable;
            if (slot.meta() != null) {
                Validate.inRange(what, value, slot.meta().min(), slot.meta().max(), slot.meta().unit());
            } else {
                Validate.finite(what, value, "");
            }
            slot.array()[slot.index()] = value;
        }

        @Override
        public String unit(Section section, double x, String variable) {
            return variables.resolve(ensureRuntime(), section, x, variable).unit(variable);
        }

        @Override
        public double area(Section section, double x) {
            Runtime rt = ensureRuntime();
            double arc = section.arc(x);
            return arc == 0 || arc == 1 ? 0 : rt.layout().area()[rt.layout().segmentNode(section, x)];
        }

        @Override
        public double ri(Section section, double x) {
            Runtime rt = ensureRuntime();
            double rinv = rt.layout().rinv()[rt.layout().exactNode(section, x)];
            return rinv == 0 ? 1e30 : 1. / rinv;
        }

        @Override
        public String describe(Section section) {
            return SectionPrinter.psection(section, ensureRuntime(), catalog, pointProcesses);
        }

        @Override
        public Probe range(Section section, double x, String variable) {
            RangeVariables.Slot slot = variables.resolve(ensureRuntime(), section, x, variable);
            double[] array = slot.array();
            int index = slot.index();
            return () -> array[index];
        }

        @Override
        public Probe global(String name) {
            return switch (name) {
                case "t" -> () -> clock.t;
                case "dt" -> () -> clock.dt;
                case "celsius" -> () -> clock.celsius;
                default -> throw new IllegalArgumentException("unknown global \"" + name
                        + "\": the globals that can be referenced are t, dt, celsius");
            };
        }
    }
}
