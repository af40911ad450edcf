package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.event.NetCon;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.nmodl.NmodlLoader;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlArtificialCell;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlPointProcess;
import io.github.neuronkernel.engine.nmodl.runtime.PointType;
import io.github.neuronkernel.engine.nmodl.syntax.Source;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.PointProcessInternals;
import io.github.neuronkernel.engine.mechanism.builtin.APCount;
import io.github.neuronkernel.engine.mechanism.builtin.AlphaSynapse;
import io.github.neuronkernel.engine.mechanism.builtin.Exp2Syn;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.Hh;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire1;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire2;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire4;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.mechanism.builtin.SEClamp;
import io.github.neuronkernel.engine.mechanism.builtin.VClamp;
import io.github.neuronkernel.engine.model.Bindings;
import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.RangeAccess;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.morphology.Morphology;
import io.github.neuronkernel.engine.run.BatchRun;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunStart;
import io.github.neuronkernel.engine.run.StandardRun;
import io.github.neuronkernel.engine.solver.FixedStep;
import io.github.neuronkernel.engine.solver.RangeVariables;
import io.github.neuronkernel.engine.solver.Runtime;
import io.github.neuronkernel.engine.state.Clock;
import io.github.neuronkernel.engine.state.IonType;
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
    /** Stop time (ms) of {@link #run()}, NEURON's tstop: 0 to 1e9, default 5. */
    public double tstop = 5;
    /** Initial membrane potential (mV) of {@link #run()}, {@link #stdinit()} and {@link #init()}; default -65. */
    public double v_init = -65;
    /**
     * Plot points per ms (1/ms) of the standard run, 1e-6 to 1e6, default 40: {@link #stdinit()}
     * changes dt so that 1/steps_per_ms is a whole number of steps, as NEURON does.
     */
    public double steps_per_ms = 40;

    private final MechanismCatalog catalog = MechanismCatalog.withBuiltins();
    private final RangeVariables variables = new RangeVariables(catalog);
    private final Clock clock = new Clock();
    private final EventSystem events = new EventSystem(clock);
    private final FixedStep stepper = new FixedStep(clock, events);
    private final List<NetStim> stims = new ArrayList<>();
    private final List<IntFire1> intFire1s = new ArrayList<>();
    private final List<IntFire2> intFire2s = new ArrayList<>();
    private final List<IntFire4> intFire4s = new ArrayList<>();
    private final IntFire4.Globals intFire4Globals = new IntFire4.Globals();
    private final Access access = new Access();
    private final Model model = new Model(catalog, access);
    private final List<PointProcess> pointProcesses = new ArrayList<>();
    private final List<Ref> saved = new ArrayList<>();
    private final List<Vector> recorders = new ArrayList<>();
    private final List<PendingSet> pendingSets = new ArrayList<>();
    private final List<RunListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Runtime runtime;
    private long builtVersion = -1;
    private Runtime steppedRuntime; // the runtime the stepper and event sources are attached to
    private int stepsPerPlot = 1; // NEURON's nstep_steprun: fadvances per continuerun step

    {
        model.onDelete(this::sectionDeleted);
    }
    private final java.util.Map<String, NmodlLoader.Loaded> loaded = new java.util.LinkedHashMap<>();

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
     * Creates a section owned by a cell object, named as NEURON names it: {@code owner + "." +
     * name}, e.g. {@code BallAndStick[0].soma} when the owner's {@code toString()} gives {@code
     * BallAndStick[0]}.
     *
     * <pre>{@code
     * class BallAndStick {
     *     final int gid; final Section soma, dend;
     *     BallAndStick(int gid) { this.gid = gid; soma = h.Section("soma", this); dend = h.Section("dend", this); }
     *     public String toString() { return "BallAndStick[" + gid + "]"; }
     * }
     * }</pre>
     *
     * @param name the section's name within its cell
     * @param owner the cell object (NEURON's {@code cell=}), or null
     */
    public Section Section(String name, Object owner) {
        return model.newSection(name, owner);
    }

    /**
     * Imports a morphology from an SWC file (NeuroMorpho.org's format) as NEURON's Import3d does
     * ({@code Import3d_SWC_read} then {@code Import3d_GUI.instantiate(None)}): the same sections in
     * the same order, named {@code soma[0]}, {@code axon[i]}, {@code dend[i]}, {@code apic[i]}, with
     * the same 3-D points and connections, so a run gives NEURON's numbers. What NEURON would
     * report (sections it removes, such as a point that repeats its parent's) is printed as
     * {@code "path: notice"}. Neurolucida files: {@link #importAsc}.
     *
     * <pre>{@code
     * var cell = h.importSwc("c91662.swc");
     * for (var s : cell) s.nseg = 1 + 2 * (int) (s.L / 40);
     * h.section("soma[0]").insert("hh");
     * }</pre>
     *
     * @param path the .swc file
     * @return the new sections, in creation order
     * @throws IllegalArgumentException naming the file and line for a line that cannot be read, a
     *     missing parent, a loop, a negative radius, or an unreadable file; nothing is created
     */
    public List<Section> importSwc(String path) {
        Validate.notNull("SWC path", path);
        return MorphologyImport.instantiate(model, Morphology.read(java.nio.file.Path.of(path)));
    }

    /**
     * Imports a morphology from a Neurolucida ASCII file ({@code .asc}) as NEURON's Import3d does
     * ({@code Import3d_Neurolucida3} then {@code Import3d_GUI.instantiate(None)}): the same sections
     * in the same order, named {@code soma[i]}, {@code axon[i]}, {@code dend[i]}, {@code apic[i]}
     * (and {@code dend_0[i]} for trees of no known type), with the same 3-D points (µm) and
     * connections, so a run gives NEURON's numbers.
     *
     * <p>A soma contour ({@code ("CellBody" ...)}) becomes 21 points along its principal axis, each
     * as wide as the outline across; a stack of contours one point per contour. Each tree
     * ({@code (Dendrite)}, {@code (Apical)}, {@code (Axon)}) hangs from the middle of the soma whose
     * xy box holds its first point; spines, markers, text and colours are read and ignored, as in
     * NEURON. What NEURON would report (a tree outside every soma, sections it removes) is printed
     * as {@code "path: notice"}.
     *
     * <pre>{@code
     * var cell = h.importAsc("cell.asc");
     * for (var s : cell) s.nseg = 1 + 2 * (int) (s.L / 40);
     * h.section("soma[0]").insert("hh");
     * }</pre>
     *
     * @param path the .asc file
     * @return the new sections, in creation order
     * @throws IllegalArgumentException naming the file, line and column for unbalanced
     *     parentheses, a point with a value that is not a finite number, a negative diameter, an
     *     unknown block, a file with no soma and no trees, an empty or unreadable file; nothing is
     *     created
     */
    public List<Section> importAsc(String path) {
        Validate.notNull("Neurolucida path", path);
        return MorphologyImport.instantiate(model, Morphology.readNeurolucida(java.nio.file.Path.of(path)));
    }

    /** @return every section, in creation order, NEURON's {@code h.allsec()} */
    public List<Section> allsec() {
        return model.sections();
    }

    /**
     * @param name a section's name, e.g. {@code "dend[3]"} or {@code "BallAndStick[0].soma"}
     * @return the section of that name
     * @throws IllegalArgumentException if no section, or more than one, has that name
     */
    public Section section(String name) {
        return model.section(name);
    }

    /**
     * Deletes sections, NEURON's {@code h.delete_section}: see {@link Section#delete()}.
     *
     * @param sections e.g. a cell's {@code soma.wholetree()}
     */
    public void delete(Iterable<Section> sections) {
        Validate.notNull("sections", sections);
        for (Section s : sections) {
            if (!s.isDeleted()) {
                s.delete();
            }
        }
    }

    /** Deletes one section; see {@link Section#delete()}. */
    public void delete(Section section) {
        Validate.notNull("section", section).delete();
    }

    /**
     * The path length (um) between two locations of one tree, NEURON's {@code h.distance(from, to)}.
     * As in NEURON, each location stands for its node: a segment's centre, or a section end.
     *
     * @throws IllegalArgumentException if the locations are in different trees
     */
    public double distance(Segment from, Segment to) {
        checkLocation(from);
        checkLocation(to);
        double d = io.github.neuronkernel.engine.shape.PathLength.between(model, from, to);
        if (d >= io.github.neuronkernel.engine.shape.PathLength.UNCONNECTED) {
            throw new IllegalArgumentException("h.distance(" + from + ", " + to + "): the two locations are in "
                    + "different trees, so no path joins them");
        }
        return d;
    }

    /** @return a new empty list of sections, NEURON's {@code h.SectionList()} */
    public SectionList SectionList() {
        return new SectionList();
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

    /**
     * Places a synapse whose alpha-function conductance starts at a fixed time ({@code onset}).
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public AlphaSynapse AlphaSynapse(Segment location) {
        return add(new AlphaSynapse(checkLocation(location)));
    }

    /**
     * Places a two-electrode voltage clamp with three levels ({@code dur[0..2]}, {@code amp[0..2]}).
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public VClamp VClamp(Segment location) {
        return add(new VClamp(checkLocation(location)));
    }

    /**
     * Places an action potential counter.
     *
     * @param location e.g. {@code soma.at(0.5)}
     */
    public APCount APCount(Segment location) {
        return add(new APCount(checkLocation(location)));
    }

    /** @return a new leaky integrate-and-fire cell (an artificial cell: it has no location) */
    public IntFire1 IntFire1() {
        IntFire1 c = events.add(new IntFire1(intFire1s.size()));
        intFire1s.add(c);
        return c;
    }

    /** @return a new integrate-and-fire cell with a synaptic current (an artificial cell) */
    public IntFire2 IntFire2() {
        IntFire2 c = events.add(new IntFire2(intFire2s.size()));
        intFire2s.add(c);
        return c;
    }

    /** @return a new integrate-and-fire cell with excitatory and inhibitory currents (an artificial cell) */
    public IntFire4 IntFire4() {
        IntFire4 c = events.add(new IntFire4(intFire4s.size(), intFire4Globals));
        intFire4s.add(c);
        return c;
    }

    /**
     * Places a point process loaded from a .mod file (its NEURON block says {@code POINT_PROCESS
     * name}); its variables are read and set by name.
     *
     * <pre>{@code
     * var syn = h.PointProcess("AMPA", dend.at(0.5));
     * syn.set("tau", 2);
     * }</pre>
     *
     * @param name the POINT_PROCESS name
     * @param location e.g. {@code dend.at(0.5)}
     * @throws IllegalArgumentException if no point process of that name was loaded
     */
    public NmodlPointProcess PointProcess(String name, Segment location) {
        PointType type = pointType(name, false);
        return add((NmodlPointProcess) type.factory().create(type, checkLocation(location), clock, events));
    }

    /**
     * Creates an artificial cell loaded from a .mod file (its NEURON block says {@code
     * ARTIFICIAL_CELL name}): no location, only events.
     *
     * @param name the ARTIFICIAL_CELL name
     * @throws IllegalArgumentException if no artificial cell of that name was loaded
     */
    public NmodlArtificialCell PointProcess(String name) {
        PointType type = pointType(name, true);
        return events.add((NmodlArtificialCell) type.factory().create(type, null, clock, events));
    }

    private PointType pointType(String name, boolean artificial) {
        Validate.notNull("name", name);
        NmodlLoader.Loaded l = loaded.get(name);
        if (l == null || l.point() == null || l.point().artificial() != artificial) {
            List<String> kinds = loaded.values().stream().filter(x -> x.point() != null
                    && x.point().artificial() == artificial).map(x -> x.spec().name()).toList();
            String what = artificial ? "artificial cells" : "point processes";
            throw new IllegalArgumentException("no loaded " + (artificial ? "ARTIFICIAL_CELL" : "POINT_PROCESS")
                    + " named \"" + name + "\": the loaded " + what + " are "
                    + (kinds.isEmpty() ? "none" : String.join(", ", kinds))
                    + (artificial ? " (a point process needs a location: h.PointProcess(name, seg))"
                            : " (an artificial cell has no location: h.PointProcess(name))"));
        }
        return l.point();
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
     *     the threshold) or an artificial cell (NetStim, IntFire1, IntFire2, IntFire4, a loaded one)
     * @param target an ExpSyn, Exp2Syn, NetStim, IntFire1, IntFire2 or IntFire4 (or a loaded point
     *     process with NET_RECEIVE), or null to only detect and record spikes
     * @throws IllegalArgumentException for another kind of source or target
     */
    public NetCon NetCon(Object source, Object target) {
        if (source instanceof Ref ref) {
            checkOwn("NetCon", ref);
            ref.bind(access); // an unknown variable fails here, at the user's call
        }
        for (Object end : new Object[] {source, target}) {
            if (end instanceof PointProcess p && SectionInternals.model(p.getSegment().sec()) != model) {
                throw new IllegalArgumentException("NetCon " + (end == source ? "source " : "target ") + p
                        + " belongs to another simulation");
            }
        }
        NetCon nc = events.connect(eventSide(source), eventSide(target));
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

    /**
     * NEURON's {@code define_shape()}: gives every section without 3-D points a straight line of
     * points in the x-y plane (so it can be drawn, and its geometry then comes from those points,
     * as in NEURON), and moves sections that have points onto their parents.
     */
    public void define_shape() {
        model.defineShape();
    }

    /**
     * The d_lambda rule with NEURON's defaults: every section
     * gets an odd nseg making each segment at most 0.1 of the length constant at 100 Hz.
     *
     * @return the number of segments of all sections
     * @see #geomNseg(double, double)
     */
    public int geomNseg() {
        return geomNseg(100, 0.1);
    }

    /**
     * The d_lambda rule of NEURON's documentation ({@code geom_nseg} in the fixnseg.hoc that
     * NEURON's tutorials load): every section gets
     * {@code nseg = int((L / (dLambda * lambdaF(frequency)) + 0.9) / 2) * 2 + 1}: NEURON's
     * rounding of the ratio {@code L / (dLambda * lambdaF)} to an odd number, kept so that the
     * numbers are NEURON's. It does not always make each segment at most {@code dLambda} of the
     * length constant at that frequency ({@link Section#lambdaF}): a ratio up to {@code n + 0.1}
     * gets {@code n} segments, each up to {@code 0.1 / n} too long (10% for one segment: a ratio of
     * 1.09 gives nseg 1). Set Ra and cm first: the length constant depends on them.
     *
     * @param frequency the frequency (Hz), positive and finite; the rule's usual value is 100
     * @param dLambda the largest segment length as a fraction of the length constant, positive and
     *     finite; the rule's usual value is 0.1
     * @return the number of segments of all sections
     * @throws IllegalArgumentException if either is not positive and finite; no nseg is changed
     */
    public int geomNseg(double frequency, double dLambda) {
        Validate.positiveFinite("geomNseg: frequency", frequency, "Hz");
        Validate.positiveFinite("geomNseg: dLambda", dLambda, "");
        List<Section> sections = allsec();
        int[] nseg = new int[sections.size()];
        for (int k = 0; k < nseg.length; k++) { // all computed before any is set: nothing half done
            Section s = sections.get(k);
            nseg[k] = (int) ((s.L / (dLambda * SectionInternals.lambdaF(s, frequency)) + 0.9) / 2) * 2 + 1;
        }
        int total = 0;
        for (int k = 0; k < nseg.length; k++) {
            sections.get(k).nseg = nseg[k];
            total += nseg[k];
        }
        return total;
    }

    /**
     * NEURON's {@code PlotShape(False)}: a picture of the morphology, each segment as wide as its
     * diameter (calls {@link #define_shape()} first).
     */
    public PlotShape PlotShape() {
        return new PlotShape(this, null);
    }

    /**
     * A shape plot coloured by a range variable, NEURON's {@code PlotShape(False)} with {@code
     * ps.variable(name)}; see {@link PlotShape}.
     *
     * @param variable e.g. {@code "v"}; it must exist in at least one section
     * @throws IllegalArgumentException if no section has it
     */
    public PlotShape PlotShape(String variable) {
        return new PlotShape(this, Validate.notNull("PlotShape: variable", variable));
    }

    /**
     * A space plot, NEURON's {@code RangeVarPlot(variable, begin, end)}: the variable against
     * path distance (um) between two locations; see {@link RangeVarPlot}.
     *
     * @param variable e.g. {@code "v"}; it must exist in at least one section
     * @param begin where the path begins, e.g. {@code dend.at(1)}
     * @param end where it ends, in the same cell
     * @throws IllegalArgumentException for an unknown variable, or locations no path joins
     */
    public RangeVarPlot RangeVarPlot(String variable, Segment begin, Segment end) {
        return new RangeVarPlot(this, variable, Validate.notNull("RangeVarPlot: begin", begin),
                Validate.notNull("RangeVarPlot: end", end));
    }

    /** NEURON's {@code RangeVarPlot(variable)}: set the path with {@code .begin(seg)} and {@code .end(seg)}. */
    public RangeVarPlot RangeVarPlot(String variable) {
        return new RangeVarPlot(this, variable, null, null);
    }

    /** @return a new empty vector, e.g. for {@code record} */
    public Vector Vector() {
        return new Vector(this);
    }

    /**
     * NEURON's {@code h.Vector([...])}: a vector holding a copy of the values.
     *
     * @param values the elements, e.g. {@code h.Vector(new double[] {0, 1, 5})} or {@code h.Vector(0, 1, 5)}
     * @throws IllegalArgumentException if values is null
     */
    public Vector Vector(double... values) {
        Validate.notNull("Vector values", values);
        Vector v = new Vector(this);
        for (double x : values) {
            v.append(x);
        }
        return v;
    }

    /**
     * A reference to a global, for batchSave and Vector.record.
     *
     * @param name {@code t}, {@code dt}, {@code celsius}, or a loaded mechanism's GLOBAL such as
     *     {@code minf_kdr}
     * @throws IllegalArgumentException for another name
     */
    public Ref ref(String name) {
        Validate.notNull("global name", name);
        access.global(name);
        return new GlobalRef(name);
    }

    /**
     * Loads NMODL mechanisms, NEURON's {@code nrnivmodl} and {@code nrn_load_dll} in one: a {@code
     * .mod} file, or every {@code .mod} file of a directory (in file-name order, as nrnivmodl
     * registers them). Their density mechanisms can then be inserted by name ({@code
     * sec.insert("kdr")}), their variables read as {@code gbar_kdr}, their GLOBALs with {@link
     * #get(String)}. A mistake in any file is reported with its file, line and column, and nothing
     * is loaded.
     *
     * @param path a .mod file or a directory
     * @return the mechanisms' names, in loading order
     * @throws IllegalArgumentException for an unreadable path, a directory without .mod files, a
     *     file that does not parse, an unsupported construct or a name already taken
     */
    public List<String> loadMechanisms(String path) {
        Validate.notNull("path", path);
        return load(NmodlLoader.read(java.nio.file.Path.of(path)));
    }

    /**
     * Loads one mechanism from its NMODL text, as a {@code %%nmodl} notebook cell does.
     *
     * @param name what messages call the text, e.g. {@code cell [3]}
     * @param text the .mod file's contents
     * @param firstLine the line number of the text's first line, for messages
     * @return the mechanism's name
     */
    public List<String> loadMechanismText(String name, String text, int firstLine) {
        Validate.notNull("text", text);
        return load(List.of(new Source(name, text, firstLine)));
    }

    private List<String> load(List<Source> sources) {
        List<NmodlLoader.Loaded> loaded = NmodlLoader.load(sources, catalog);
        List<String> names = new ArrayList<>();
        for (NmodlLoader.Loaded l : loaded) {
            this.loaded.put(l.spec().name(), l);
            names.add(l.spec().name());
        }
        model.structureChanged();
        return names;
    }

    /**
     * Reads a global by NEURON's name: {@code celsius}, {@code dt}, {@code t}, IntFire4's {@code
     * eps_IntFire4} and {@code taueps_IntFire4}, a loaded mechanism's GLOBAL ({@code vhalf_kdr}, {@code usetable_kdr}, {@code minf_kdr}) or an ion's
     * starting concentration ({@code cai0_ca_ion}, {@code nao0_na_ion}).
     *
     * @throws IllegalArgumentException naming the globals that exist, for another name
     */
    public double get(String name) {
        Validate.notNull("global name", name);
        switch (name) {
            case "t":
                return t;
            case "dt":
                return dt;
            case "celsius":
                return celsius;
            case "usetable_hh":
                return usetable_hh;
            case "eps_IntFire4":
                return intFire4Globals.get("eps");
            case "taueps_IntFire4":
                return intFire4Globals.get("taueps");
            default:
                break;
        }
        IonType ion = ionGlobal(name);
        if (ion != null) {
            return name.charAt(ion.name.length()) == 'i' ? ion.conci0 : ion.conco0;
        }
        return mechanismGlobal(name).getter().getAsDouble();
    }

    /**
     * Sets a global by NEURON's name (see {@link #get(String)}).
     *
     * @throws IllegalArgumentException for an unknown name, or a value outside the global's range
     */
    public void set(String name, double value) {
        Validate.notNull("global name", name);
        switch (name) {
            case "t" -> t = value;
            case "dt" -> dt = Validate.positiveFinite("dt", value, "ms");
            case "celsius" -> celsius = Validate.finite("celsius", value, "degC");
            case "usetable_hh" -> usetable_hh = (int) Hh.USETABLE.checkAs(name, value);
            case "eps_IntFire4" -> intFire4Globals.set("eps", value);
            case "taueps_IntFire4" -> intFire4Globals.set("taueps", value);
            default -> {
                IonType ion = ionGlobal(name);
                if (ion != null) {
                    Validate.finite(name, value, "mM");
                    if (name.charAt(ion.name.length()) == 'i') {
                        ion.conci0 = value;
                    } else {
                        ion.conco0 = value;
                    }
                    return;
                }
                GlobalSlot slot = mechanismGlobal(name);
                Validate.inRange(name, value, slot.min(), slot.max(), slot.unit());
                slot.setter().accept(value);
            }
        }
    }

    private IonType ionGlobal(String name) {
        for (var ion : catalog.ionTypes()) {
            if (name.equals(ion.name + "i0_" + ion.name + "_ion") || name.equals(ion.name + "o0_" + ion.name + "_ion")) {
                return ion;
            }
        }
        return null;
    }

    /** How to read and set a loaded mechanism's global, with its limits and unit. */
    private record GlobalSlot(java.util.function.DoubleSupplier getter, java.util.function.DoubleConsumer setter,
            double min, double max, String unit) {}

    private GlobalSlot mechanismGlobal(String name) {
        int underscore = name.lastIndexOf('_');
        NmodlLoader.Loaded l = underscore > 0 ? loaded.get(name.substring(underscore + 1)) : null;
        if (l != null) {
            String local = name.substring(0, underscore);
            int g = l.layout().globalIndex(local);
            if (g >= 0) {
                var sym = l.layout().globals.get(g);
                double[] values = l.globals().values;
                return new GlobalSlot(() -> values[g], x -> values[g] = x, sym.min(), sym.max(), sym.unit());
            }
            int sc = l.layout().scratchIndex(local);
            if (sc >= 0) {
                var scratch = l.globals().userScratch();
                return new GlobalSlot(() -> scratch.get(sc), x -> scratch.set(sc, x), -Double.MAX_VALUE,
                        Double.MAX_VALUE, l.layout().scratch.get(sc).unit());
            }
        }
        throw new IllegalArgumentException("unknown global \"" + name + "\": the globals are " + String.join(", ",
                globalNames()));
    }

    /**
     * Describes a mechanism as a table: what it is and how to use it, then each variable as users
     * name it with its kind, unit, default, allowed range and meaning, then its globals with their
     * present values; for a loaded one also its file. {@code docs/mechanisms.md} holds the built-ins'.
     *
     * <pre>{@code
     * h.help("hh")        // gnabar_hh  parameter  S/cm2  0.12  >= 0  maximum sodium conductance ...
     * h.help("IClamp")
     * h.help("na_ion")    // ena, ina, nai, nao and the globals nai0_na_ion, nao0_na_ion
     * }</pre>
     *
     * @param name a mechanism's name, e.g. {@code hh}, {@code kadt} or {@code CaSyn}, or an ion's ({@code na_ion})
     * @throws IllegalArgumentException naming the mechanisms there are, for another name
     */
    public String help(String name) {
        Validate.notNull("mechanism name", name);
        return describe(name).text();
    }

    /** @return one line per mechanism this simulation knows (built in and loaded): its name, kind and use */
    public String help() {
        StringBuilder out = new StringBuilder("Mechanisms (h.help(\"name\") describes one):");
        List<String> names = new ArrayList<>(BuiltinDocs.NAMES);
        loaded.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        catalog.ionTypes().stream().map(t -> t.name + "_ion").filter(n -> !names.contains(n)).forEach(names::add);
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String n : names) {
            MechanismDoc d = describe(n);
            out.append("\n  ").append(n).append(" ".repeat(width - n.length() + 2)).append(d.kind()).append(": ")
                    .append(d.usage());
        }
        return out.toString();
    }

    MechanismDoc describe(String name) {
        NmodlLoader.Loaded l = loaded.get(name);
        if (l != null) {
            return loadedDoc(name, l);
        }
        MechanismDoc builtIn = BuiltinDocs.of(name, this::get);
        if (builtIn != null) {
            return builtIn;
        }
        String ionName = name.endsWith("_ion") ? name.substring(0, name.length() - 4) : name;
        for (IonType ion : catalog.ionTypes()) {
            if (ion.name.equals(ionName)) {
                return BuiltinDocs.ion(ion, ion.name, this::get);
            }
        }
        catalog.density(name); // names the mechanisms there are
        throw new IllegalStateException("no description of mechanism " + name);
    }

    private MechanismDoc loadedDoc(String name, NmodlLoader.Loaded l) {
        List<MechanismDoc.Row> globals = new ArrayList<>();
        for (var g : l.layout().globals) {
            var v = new io.github.neuronkernel.engine.mechanism.Variable(g.name(), g.unit(), g.value(), g.min(), g.max(),
                    io.github.neuronkernel.engine.mechanism.Variable.Kind.PARAMETER);
            globals.add(MechanismDoc.Row.global(v, g.name() + "_" + name, get(g.name() + "_" + name)));
        }
        String source = l.spec().source().name();
        String title = l.spec().title();
        if (l.point() != null) {
            boolean artificial = l.point().artificial();
            return new MechanismDoc(name, artificial ? "ARTIFICIAL_CELL" : "POINT_PROCESS",
                    "h.PointProcess(\"" + name + "\"" + (artificial ? ")" : ", seg)"), source, title,
                    BuiltinDocs.rows(l.point().variables().variables(), ""), globals);
        }
        return new MechanismDoc(name, "density mechanism", "sec.insert(\"" + name + "\")", source, title,
                BuiltinDocs.rows(catalog.density(name).variables(), "_" + name), globals);
    }

    /** @return every global's name that {@link #get(String)} knows (for users: {@link Names#globals}) */
    List<String> globalNames() {
        List<String> names = new ArrayList<>(List.of("t", "dt", "celsius", "usetable_hh", "eps_IntFire4",
                "taueps_IntFire4"));
        for (var ion : catalog.ionTypes()) {
            names.add(ion.name + "i0_" + ion.name + "_ion");
            names.add(ion.name + "o0_" + ion.name + "_ion");
        }
        for (NmodlLoader.Loaded l : loaded.values()) {
            String suffix = "_" + l.spec().name();
            l.layout().globals.forEach(g -> names.add(g.name() + suffix));
            l.layout().scratch.forEach(g -> names.add(g.name() + suffix));
        }
        return names;
    }

    /** Clears the list of variables batchRun saves. */
    public void batchSave() {
        saved.clear();
    }

    /** Appends variables to the list batchRun saves, one column each. */
    public void batchSave(Ref... refs) {
        for (Ref r : refs) {
            checkOwn("batchSave", Validate.notNull("batchSave reference", r));
        }
        saved.addAll(List.of(refs));
    }

    /** @throws IllegalArgumentException if {@code ref} reads a section of another simulation */
    void checkOwn(String what, Ref ref) {
        if (ref.model() != null && ref.model() != model) {
            throw new IllegalArgumentException(what + "(" + ref.name() + "): " + ref.name()
                    + " is a variable of another simulation, not of this one (each h.newSimulation() or new"
                    + " Simulation() has its own sections; take the ref from this simulation's sections)");
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
        ensureStepping();
        stepper.initialize(setV, vInit);
        t = clock.t;
    }

    /** Advances one time step dt. */
    public void fadvance() {
        syncClock();
        ensureStepping();
        try {
            stepper.advance();
        } finally {
            t = clock.t;
        }
    }

    /**
     * NEURON's standard run, {@code run()}: {@link #stdinit()}, then {@link #continuerun(double)}
     * to {@link #tstop}. Vectors record at t = 0 and after every step.
     *
     * <pre>{@code
     * h.tstop = 40; h.v_init = -65;
     * var v = h.Vector().record(soma.at(0.5).ref("v"));
     * h.run();
     * }</pre>
     */
    public void run() {
        Validate.inRange("tstop", tstop, 0, 1e9, "ms");
        stdinit();
        continuerun(tstop);
    }

    /** NEURON's {@code stdinit()}: fits dt to {@link #steps_per_ms} (see {@link #setdt()}), then {@link #init()}. */
    public void stdinit() {
        setdt();
        init();
    }

    /** NEURON's {@code init()}: {@code finitialize(v_init)}. */
    public void init() {
        finitialize(v_init);
    }

    /**
     * NEURON's {@code setdt()}: if dt does not divide 1/steps_per_ms into a whole number n of steps,
     * sets dt to {@code 1/(steps_per_ms n)} and says so ("Changed dt"), as NEURON does.
     */
    public void setdt() {
        Validate.inRange("steps_per_ms", steps_per_ms, 1e-6, 1e6, "1/ms");
        Validate.positiveFinite("dt", dt, "ms");
        stepsPerPlot = StandardRun.stepsPerPlot(steps_per_ms, dt);
        double fitted = StandardRun.fittedDt(steps_per_ms, dt);
        if (fitted != dt) {
            System.out.println("Changed dt from " + dt + " to " + fitted + " ms, so that 1/steps_per_ms = "
                    + 1 / steps_per_ms + " ms is " + stepsPerPlot + " steps");
            dt = fitted;
        }
    }

    /**
     * NEURON's {@code continuerun(tstop)}: steps from the present t while {@code t < tstop - dt/2}
     * (in groups of 1/(steps_per_ms dt) steps), so the run ends at the step nearest tstop.
     *
     * @param tstop the time to run to (ms), not before t
     * @throws IllegalArgumentException if tstop is not finite or is before t
     * @throws io.github.neuronkernel.engine.run.RunInterruptedException if interrupted (after a step)
     */
    public void continuerun(double tstop) {
        Validate.finite("continuerun: tstop", tstop, "ms");
        if (tstop < t) {
            throw new IllegalArgumentException("continuerun: tstop = " + Validate.num(tstop) + " ms is before t = "
                    + Validate.num(t) + " ms: it must be t or later (h.run() or h.init() starts again at 0)");
        }
        syncClock();
        ensureStepping();
        try {
            StandardRun.continueRun(stepper, clock, stepsPerPlot, tstop);
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
     * @param file output path, or null to write nothing; it is replaced, atomically, only when the
     *     run completes: a run that fails or is interrupted leaves the previous file unchanged and
     *     its complete lines in {@code file + ".partial"}
     * @param comment first line of the file
     * @throws IllegalArgumentException for a bad time or a file that cannot be written, before any
     *     step is taken
     */
    public void batchRun(double tstop, double tstep, String file, String comment) {
        BatchRun.validate(tstop, tstep);
        syncClock();
        ensureStepping();
        Probe[] columns = new Probe[saved.size()];
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            try {
                columns[i] = saved.get(i).bind(access);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("batchSave column " + (i + 1) + ": " + e.getMessage()
                        + "; h.batchSave() clears the list", e);
            }
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

    /** @return the model description (sections and connections); not API */
    Model model() {
        return model;
    }

    MechanismCatalog catalog() {
        return catalog;
    }

    java.util.Map<String, NmodlLoader.Loaded> loaded() {
        return loaded;
    }

    List<PointProcess> pointProcesses() {
        return pointProcesses;
    }

    /** Registers a vector to be sampled after every step. */
    void record(Vector vector) {
        recorders.add(vector);
        stepper.addSampler(vector.sampler);
    }

    Bindings bindings() {
        return access;
    }

    Clock clock() {
        return clock;
    }

    EventSystem events() {
        return events;
    }

    /**
     * Detaches what a deleted section leaves behind, and says what: its point processes leave the
     * simulation, Vectors recording it stop, batchSave drops its columns, and NetCons to or from it
     * carry nothing from now on.
     */
    private void sectionDeleted(Section section) {
        List<String> gone = new ArrayList<>();
        pointProcesses.removeIf(p -> {
            boolean on = p.getSegment().sec() == section;
            if (on) {
                gone.add("removed " + p);
            }
            return on;
        });
        for (Vector v : recorders) {
            if (v.recordsDeletedSection()) {
                gone.add("stopped the Vector " + v.recordedName());
                v.play_remove();
            }
        }
        saved.removeIf(r -> {
            boolean on = r.isOnDeletedSection();
            if (on) {
                gone.add("dropped batchSave column " + r.name());
            }
            return on;
        });
        for (NetCon nc : events.detach(t -> t.owner() instanceof PointProcess p && p.getSegment().sec().isDeleted())) {
            gone.add("detached " + nc);
        }
        if (!gone.isEmpty()) {
            System.out.println("deleting " + section.name() + ": " + String.join("; ", gone));
        }
    }

    /** @return what the event system takes for a NetCon's end: a point process's event target, if it has one */
    private static Object eventSide(Object end) {
        if (end instanceof PointProcess p) {
            EventTarget target = PointProcessInternals.eventTarget(p);
            return target != null ? target : p;
        }
        return end;
    }

    private <T extends PointProcess> T add(T p) {
        pointProcesses.add(p);
        model.structureChanged();
        return p;
    }

    private Segment checkLocation(Segment location) {
        Validate.notNull("location", location);
        if (SectionInternals.model(location.sec()) != model) {
            throw new IllegalArgumentException("location " + location + " belongs to another simulation");
        }
        if (location.sec().isDeleted()) {
            throw new IllegalArgumentException("location " + location + " is on section " + location.sec().name()
                    + ", which was deleted");
        }
        return location;
    }

    private void syncClock() {
        syncClock(true);
    }

    private void syncClock(boolean checkTime) {
        for (PointProcess p : pointProcesses) {
            PointProcessInternals.validate(p);
        }
        events.sync(); // the artificial cells' fields, then the NetCons'
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

    /**
     * Discretises again if the structure or geometry changed since the last build. The stepper
     * (its plan, recordings, NetCon sources) is attached later, by {@link #ensureStepping()}: a
     * model built section by section, each set after its nseg changed, discretises once per set
     * but plans its steps once.
     */
    Runtime ensureRuntime() {
        model.applyPendingChanges();
        if (runtime == null || model.version() != builtVersion) {
            runtime = Runtime.build(model, pointProcesses, runtime, clock, catalog);
            builtVersion = model.version();
            applyPendingSets();
        }
        return runtime;
    }

    /** {@link #ensureRuntime()}, and the stepper attached to it: before any step or finitialize. */
    private Runtime ensureStepping() {
        Runtime rt = ensureRuntime();
        if (rt != steppedRuntime) {
            steppedRuntime = rt;
            stepper.attach(rt);
            try {
                events.attach(access);
            } catch (IllegalArgumentException e) {
                steppedRuntime = null; // attached again next time, until the NetCon is fixed
                throw new IllegalArgumentException("a NetCon's source: " + e.getMessage(), e);
            }
        }
        return rt;
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
            return Simulation.this.get(name);
        }

        @Override
        public void set(double value) {
            Simulation.this.set(name, value);
        }

        @Override
        public String unit() {
            return switch (name) {
                case "t", "dt" -> "ms";
                case "celsius" -> "degC";
                case "eps_IntFire4" -> "";
                case "taueps_IntFire4" -> "ms";
                case "usetable_hh" -> "";
                default -> ionGlobal(name) != null ? "mM" : mechanismGlobal(name).unit();
            };
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

    /** A section-wide set waiting for the next discretisation (see {@link Access#setEverywhere}). */
    private record PendingSet(Section section, String mechanism, String variable, double value) {}

    /** Applies the section-wide sets made while the model was not discretised, in order. */
    private void applyPendingSets() {
        List<PendingSet> sets = List.copyOf(pendingSets);
        pendingSets.clear();
        for (PendingSet p : sets) {
            if (!p.section().isDeleted() && p.section().has(p.mechanism())) {
                for (Segment seg : p.section()) {
                    access.setIn(runtime, p.section(), seg.x, p.variable(), p.value());
                }
            }
        }
    }

    /** Range-variable access and binding for the model's segments and refs. */
    private final class Access implements RangeAccess, Bindings {
        /**
         * {@code sec.set(name, value)} of a mechanism's variable while the model waits to be
         * discretised again (its nseg or mechanisms changed): checked now, kept, and applied right
         * after the next discretisation. A cell built section by section (nseg, insert, set) then
         * discretises once, not once per section: an SWC cell of 2,048 sections took 2.2-4.3 s to
         * set up. A value the whole section shares stays the same under any later change of nseg,
         * so applying it later gives what applying it now would.
         */
        @Override
        public void setEverywhere(Section section, String variable, double value) {
            SectionInternals.geometry(section); // applies this section's changed fields: a changed nseg makes the model stale
            boolean stale = runtime == null || model.version() != builtVersion;
            int cut = variable.lastIndexOf('_');
            String mechanism = cut > 0 ? variable.substring(cut + 1) : "";
            if (stale && section.has(mechanism) && catalog.isDensity(mechanism)) {
                var type = catalog.density(mechanism);
                int k = type.indexOf(variable.substring(0, cut));
                if (k >= 0) {
                    var meta = type.variables().get(k);
                    meta.checkAs(section.name() + "." + variable, value);
                    pendingSets.add(new PendingSet(section, mechanism, variable, value));
                    return;
                }
            }
            RangeAccess.super.setEverywhere(section, variable, value);
        }

        @Override
        public void uninserted(Section section, String mechanism) {
            pendingSets.removeIf(p -> p.section() == section && p.mechanism().equals(mechanism));
        }

        @Override
        public double get(Section section, double x, String variable) {
            return variables.resolve(ensureRuntime(), section, x, variable).get();
        }

        @Override
        public void set(Section section, double x, String variable, double value) {
            setIn(ensureRuntime(), section, x, variable, value);
        }

        /** Sets a range variable in the given discretisation, checking its range. */
        void setIn(Runtime rt, Section section, double x, String variable, double value) {
            RangeVariables.Slot slot = variables.resolve(rt, section, x, variable);
            String what = section.name() + "(" + Validate.num(x) + ")." + variable;
            if (slot.meta() != null) {
                slot.meta().checkAs(what, value);
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
        public java.util.function.DoubleConsumer rangeSetter(Section section, double x, String variable) {
            RangeVariables.Slot slot = variables.resolve(ensureRuntime(), section, x, variable);
            double[] array = slot.array();
            int index = slot.index();
            return value -> array[index] = value;
        }

        @Override
        public Probe global(String name) {
            return switch (name) {
                case "t" -> () -> clock.t;
                case "dt" -> () -> clock.dt;
                case "celsius" -> () -> clock.celsius;
                case "eps_IntFire4", "taueps_IntFire4" -> {
                    String local = name.substring(0, name.indexOf('_'));
                    yield () -> intFire4Globals.get(local);
                }
                default -> {
                    var getter = mechanismGlobal(name).getter(); // a loaded mechanism's GLOBAL
                    yield getter::getAsDouble;
                }
            };
        }
    }
}
