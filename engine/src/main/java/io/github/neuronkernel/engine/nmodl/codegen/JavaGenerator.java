package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.model.Symbol;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Stmt;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the Java source of a density mechanism (a {@code DensityMechanism} subclass) from its
 * checked description, doing what nocmodl's C does in the same order (NOCMODL.md sections 1, 2, 5,
 * 6): {@code nrn_init}, {@code nrn_cur} with the two current evaluations at v + .001 and v, {@code
 * nrn_state} with cnexp or euler, TABLEs, FUNCTIONs and PROCEDUREs. The per-step methods work on
 * arrays and locals only: no allocation, no boxing.
 */
public final class JavaGenerator {
    /** The package generated classes are in. */
    public static final String PACKAGE = "io.github.neuronkernel.engine.nmodl.generated";
    final MechanismSpec spec;
    final Layout layout;
    final ExprWriter w;
    private final StringBuilder out = new StringBuilder();
    private String indent = "";

    private final boolean object;
    /** The blocks solved by NEURON's solvers (derivimplicit, sparse). */
    final SolverBlocks solvers;
    /** NET_RECEIVE's WATCH statements, numbered in the order they are written (set by ObjectClass). */
    final java.util.IdentityHashMap<Ast.Watch, Integer> watches = new java.util.IdentityHashMap<>();
    /**
     * Whether v can live in a local {@code _v} rather than in each instance's copy: in a density
     * mechanism whose FUNCTIONs and PROCEDUREs do not read v (other than as an argument) and whose
     * blocks are not solved by Newton or sparse (which evaluate the block from the solver).
     */
    private final boolean vLocal;
    private final FunctionWriter functions = new FunctionWriter(this);

    private JavaGenerator(MechanismSpec spec, Layout layout, boolean object) {
        this.spec = spec;
        this.layout = layout;
        this.object = object;
        this.w = new ExprWriter(spec, layout, object);
        this.solvers = new SolverBlocks(this);
        this.vLocal = !object && solvers.isEmpty() && !functionsReadV(spec);
        w.vLocal(vLocal);
    }

    /**
     * @param spec a density mechanism
     * @param layout its values' places
     * @param className the simple name to give the class
     * @return the Java source
     * @throws NmodlException for a construct the engine cannot run yet
     */
    public static String density(MechanismSpec spec, Layout layout, String className) {
        JavaGenerator g = new JavaGenerator(spec, layout, false);
        g.densityClass(className);
        return g.out.toString();
    }

    /**
     * @param spec a POINT_PROCESS or ARTIFICIAL_CELL
     * @param layout its values' places
     * @param className the simple name to give the class
     * @return the Java source of a {@code NmodlPointProcess} or {@code NmodlArtificialCell} subclass
     * @throws NmodlException for a construct the engine cannot run yet
     */
    public static String object(MechanismSpec spec, Layout layout, String className) {
        JavaGenerator g = new JavaGenerator(spec, layout, true);
        new ObjectClass(g).write(className);
        return g.out.toString();
    }

    private void densityClass(String cls) {
        line("package " + PACKAGE + ";");
        line("");
        line("import io.github.neuronkernel.engine.NumericalInstabilityException;");
        line("import io.github.neuronkernel.engine.mechanism.DensityMechanism;");
        line("import io.github.neuronkernel.engine.mechanism.DensityType;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.Globals;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.Newton;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.Scratch;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.SparseSolver;");
        line("import io.github.neuronkernel.engine.state.CableState;");
        line("import io.github.neuronkernel.engine.state.Clock;");
        line("import io.github.neuronkernel.engine.state.IonState;");
        line("");
        line("/** " + spec.name() + " from " + spec.source().name().replace("*/", "* /") + ", generated. */");
        line("public final class " + cls + " extends DensityMechanism {");
        line("    private final Globals g;");
        line("    private final Clock clock;");
        for (int i = 0; i < layout.range.size(); i++) {
            line("    private final double[] r_" + layout.range.get(i).name() + " = values[" + i + "];");
        }
        for (String h : layout.hidden) {
            line("    private final double[] r_" + h + ";");
        }
        for (MechanismSpec.IonUse u : spec.ions()) {
            line("    private final IonState ion_" + u.ion() + ";");
        }
        line("");
        line("    public " + cls + "(DensityType type, int[] node, CableState s, Globals g) {");
        line("        super(type, node);");
        line("        this.g = g;");
        line("        this.clock = s.clock;");
        for (String h : layout.hidden) {
            line("        r_" + h + " = new double[count];");
        }
        for (MechanismSpec.IonUse u : spec.ions()) {
            line("        ion_" + u.ion() + " = s.ion(\"" + u.ion() + "\");");
        }
        line("    }");
        cost();
        checkTables();
        initialize();
        current();
        state();
        for (Ast.Function f : spec.functions().values()) {
            functions.write(f);
        }
        solvers.dispatch();
        scratchClass();
        line("}");
    }

    /**
     * The mechanism's GLOBAL assigned values for one thread as fields of a class of its own, and the
     * factory the loader hands to its {@code Globals}.
     */
    void scratchClass() {
        List<Symbol> scratch = layout.scratch;
        line("");
        line("    /** This mechanism's GLOBAL assigned values for one thread. */");
        line("    public static final class S implements Scratch {");
        for (Symbol x : scratch) {
            line("        double g_" + x.name() + ";");
        }
        for (boolean set : new boolean[] {false, true}) {
            line("");
            line("        @Override");
            line(set ? "        public void set(int i, double value) {" : "        public double get(int i) {");
            line("            switch (i) {");
            for (int i = 0; i < scratch.size(); i++) {
                line("                case " + i + ": " + (set ? "g_" + scratch.get(i).name() + " = value; return;"
                        : "return g_" + scratch.get(i).name() + ";"));
            }
            line("                default: throw new IllegalArgumentException(\"no GLOBAL number \" + i);");
            line("            }");
            line("        }");
        }
        line("    }");
        line("");
        line("    /** @return a new set of GLOBAL assigned values, for another thread */");
        line("    public static Scratch newScratch() {");
        line("        return new S();");
        line("    }");
    }

    /** A rough cost per instance for the stepper's load balance: a little for currents, more per state. */
    void cost() {
        line("");
        line("    @Override");
        line("    public double costPerInstance() {");
        line("        return " + (20 + 20 * countStates()) + ";");
        line("    }");
    }

    /** NEURON's table checks, made before every step and at finitialize, with the first instance's values. */
    private void checkTables() {
        if (layout.tabled.isEmpty()) {
            return;
        }
        line("");
        line("    @Override");
        line("    public void checkTables(CableState s) {");
        line("        if (count == 0) {");
        line("            return;");
        line("        }");
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        for (String f : layout.tabled) {
            line("        check_" + f + "(gs, k);");
        }
        line("    }");
    }

    private long countStates() {
        return spec.symbols().values().stream().filter(s -> s.kind() == Symbol.Kind.STATE).count();
    }

    // ---- nrn_init ----

    private void initialize() {
        line("");
        line("    @Override");
        line("    public void initialize(CableState s) {");
        line("        double[] vv = s.v;");
        line("        S gs = (S) g.scratch();");
        line("        for (int k = 0; k < count; k++) {");
        line("            int nd = node[k];");
        line("            " + setV("vv[nd]"));
        copyIonsIn("            ");
        for (Symbol st : spec.symbols().values()) {
            if (st.kind() == Symbol.Kind.STATE && st.ion() == null) {
                Symbol s0 = spec.symbol(st.name() + "0");
                String value = s0 != null ? w.read(s0.name(), Set.of()) : "0.0";
                line("            r_" + st.name() + "[k] = " + value + ";");
            }
        }
        statements(spec.initial(), new HashSet<>(), "            ", null);
        copyConcentrationsOut("            ", true);
        line("        }");
        line("    }");
    }

    /** The lines that copy the ion values the mechanism reads (and the concentrations it writes) into its own. */
    void copyIonsIn(String indent) {
        copyIonsIn(indent, x -> true);
    }

    /**
     * @return whether the state update may read ion value x: its DERIVATIVE and KINETIC blocks or a
     *     FUNCTION or PROCEDURE use it (NEURON copies every ion value it reads before nrn_state; the
     *     others' copies would be stored and never read)
     */
    boolean readByStateUpdate(String x) {
        for (Ast.Scheme scheme : spec.schemes().values()) {
            if (mentions(scheme.body(), x)) {
                return true;
            }
        }
        for (Ast.Function f : spec.functions().values()) {
            if (mentions(f.body(), x)) {
                return true;
            }
        }
        return false;
    }

    void copyIonsIn(String indent, java.util.function.Predicate<String> needed) {
        for (MechanismSpec.IonUse u : spec.ions()) {
            List<String> copied = new ArrayList<>(u.read());
            for (String x : u.write()) {
                if (!x.equals("i" + u.ion()) && !x.equals("e" + u.ion())) {
                    copied.add(x);
                }
            }
            for (String x : copied) {
                if (!needed.test(x) && !u.write().contains(x)) {
                    continue;
                }
                line(indent + w.instance(x) + " = ion_" + u.ion() + "." + ionArray(u.ion(), x) + "[nd];");
            }
        }
    }

    /**
     * The lines that store the concentrations the mechanism writes into the ions, after INITIAL
     * (then NEURON's nrn_wrote_conc too) or after the state update.
     */
    void copyConcentrationsOut(String indent, boolean initial) {
        for (MechanismSpec.IonUse u : spec.ions()) {
            for (String x : u.write()) {
                if (!x.equals("i" + u.ion()) && !x.equals("e" + u.ion())) {
                    line(indent + "ion_" + u.ion() + "." + ionArray(u.ion(), x) + "[nd] = " + w.instance(x) + ";");
                    if (initial) {
                        line(indent + "ion_" + u.ion() + ".wroteConcentration(nd, clock.celsius);");
                    }
                }
            }
        }
    }

    /** @return the ions whose current the mechanism writes, in USEION order */
    List<String> ionCurrents() {
        List<String> ions = new ArrayList<>();
        for (MechanismSpec.IonUse u : spec.ions()) {
            if (u.write().contains("i" + u.ion())) {
                ions.add(u.ion());
            }
        }
        return ions;
    }

    static String ionArray(String ion, String x) {
        if (x.equals("e" + ion)) {
            return "erev";
        }
        if (x.equals("i" + ion)) {
            return "cur";
        }
        return x.equals(ion + "i") ? "conci" : "conco";
    }

    // ---- nrn_cur ----

    private void current() {
        if (spec.currents().isEmpty()) {
            return;
        }
        List<String> ionCurrents = ionCurrents();
        line("");
        line("    @Override");
        line("    public void current(CableState s, int from, int to) {");
        line("        double[] vv = s.v;");
        line("        double[] rhs = s.rhs;");
        line("        double[] d = s.d;");
        line("        S gs = (S) g.scratch();");
        line("        boolean slopes = clock.secondorder == 2;");
        line("        for (int k = from; k < to; k++) {");
        line("            int nd = node[k];");
        line("            double _v = vv[nd];");
        copyIonsIn("            ");
        if (vLocal && !callsFunctions(spec.breakpoint())) {
            firstEvaluationInline(ionCurrents);
        } else {
            line("            double _g = cur(gs, k, _v + .001);");
            for (String ion : ionCurrents) {
                line("            double _d" + ion + " = r_i" + ion + "[k];");
            }
        }
        line("            double _rhs = cur(gs, k, _v);");
        if (!ionCurrents.isEmpty()) {
            line("            if (slopes) {");
            for (String ion : ionCurrents) {
                line("                ion_" + ion + ".dcurdv[nd] += (_d" + ion + " - r_i" + ion + "[k]) / .001;");
            }
            line("            }");
        }
        line("            _g = (_g - _rhs) / .001;");
        for (String ion : ionCurrents) {
            line("            ion_" + ion + ".cur[nd] += r_i" + ion + "[k];");
        }
        line(spec.electrode() ? "            rhs[nd] += _rhs;" : "            rhs[nd] -= _rhs;");
        line(spec.electrode() ? "            d[nd] -= _g;" : "            d[nd] += _g;");
        line("        }");
        line("    }");
        line("");
        line("    private double cur(S gs, int k, double _v) {");
        if (!vLocal) {
            line("        r_v[k] = _v;");
        }
        statements(spec.breakpoint(), new HashSet<>(), "        ", null);
        line("        double _current = 0.;");
        for (String c : spec.currents()) {
            line("        _current += " + w.read(c, Set.of()) + ";");
        }
        line("        return _current;");
        line("    }");
    }

    /**
     * The evaluation at v + .001 written into the instance loop, with the values it assigns in
     * locals: the second evaluation, at v, assigns them all again, so only the current and the ion
     * currents of the first are needed (the same numbers as NEURON's two calls, fewer stores).
     */
    private void firstEvaluationInline(List<String> ionCurrents) {
        java.util.Map<String, String> shadows = new java.util.HashMap<>();
        shadows.put("v", "_v1");
        line("            double _g;");
        for (String ion : ionCurrents) {
            line("            double _d" + ion + ";");
        }
        line("            {");
        line("                double _v1 = _v + .001;");
        for (String name : assignedIn(spec.breakpoint())) {
            Symbol sym = spec.symbol(name);
            if (sym != null && sym.perInstance()) {
                shadows.put(name, "_s_" + name);
                line("                double _s_" + name + " = r_" + name + "[k];");
            }
        }
        w.bind(shadows);
        statements(spec.breakpoint(), new HashSet<>(), "                ", null);
        line("                double _current = 0.;");
        for (String c : spec.currents()) {
            line("                _current += " + w.read(c, Set.of()) + ";");
        }
        line("                _g = _current;");
        for (String ion : ionCurrents) {
            line("                _d" + ion + " = " + w.read("i" + ion, Set.of()) + ";");
        }
        w.bind(java.util.Map.of());
        line("            }");
    }

    /** @return the names statements assign, at any depth */
    private static Set<String> assignedIn(List<Stmt> body) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Stmt st : body) {
            if (st instanceof Ast.Assign a) {
                names.add(a.target().name());
            } else if (st instanceof Ast.If i) {
                names.addAll(assignedIn(i.then()));
                names.addAll(assignedIn(i.otherwise()));
            } else if (st instanceof Ast.While wh) {
                names.addAll(assignedIn(wh.body()));
            }
        }
        return names;
    }

    /** @return whether statements call a FUNCTION or PROCEDURE of the file (which may use instance values) */
    private boolean callsFunctions(List<Stmt> body) {
        for (Stmt st : body) {
            boolean calls = st instanceof Ast.CallStmt
                    || st instanceof Ast.Assign a && callsFunction(a.value())
                    || st instanceof Ast.If i && (callsFunction(i.condition()) || callsFunctions(i.then())
                            || callsFunctions(i.otherwise()))
                    || st instanceof Ast.While wh && (callsFunction(wh.condition()) || callsFunctions(wh.body()));
            if (calls) {
                return true;
            }
        }
        return false;
    }

    private boolean callsFunction(Ast.Expr e) {
        if (e instanceof Ast.Call c) {
            return spec.functions().containsKey(c.name()) || c.args().stream().anyMatch(this::callsFunction);
        }
        if (e instanceof Ast.Paren p) {
            return callsFunction(p.inner());
        }
        if (e instanceof Ast.Unary u) {
            return callsFunction(u.operand());
        }
        if (e instanceof Ast.Binary b) {
            return callsFunction(b.left()) || callsFunction(b.right());
        }
        return false;
    }

    // ---- nrn_state ----

    private void state() {
        if (spec.solves().isEmpty()) {
            return;
        }
        line("");
        line("    @Override");
        line("    public void state(CableState s, int from, int to) {");
        line("        double[] vv = s.v;");
        line("        S gs = (S) g.scratch();");
        line("        for (int k = from; k < to; k++) {");
        line("            int nd = node[k];");
        line("            " + setV("vv[nd]"));
        copyIonsIn("            ", this::readByStateUpdate);
        solveCalls("            ");
        copyConcentrationsOut("            ", false);
        line("        }");
        line("    }");
        solveMethods();
    }

    /** The calls of BREAKPOINT's SOLVE statements, in order. */
    void solveCalls(String indent) {
        for (Ast.Solve solve : spec.solves()) {
            boolean scheme = spec.schemes().containsKey(solve.block());
            line(indent + (scheme ? "solve_" : "p_") + solve.block() + "(gs, k" + (scheme && vLocal ? ", _v" : "")
                    + ");");
        }
    }

    /** One method per solved DERIVATIVE block. */
    void solveMethods() {
        for (Ast.Solve solve : spec.solves()) {
            Ast.Scheme scheme = spec.schemes().get(solve.block());
            if (scheme != null) {
                solveMethod(scheme, solve);
            }
        }
    }

    private void solveMethod(Ast.Scheme scheme, Ast.Solve solve) {
        if (scheme.kinetic()) {
            solvers.kineticSolve(scheme);
            return;
        }
        if (solvers.isImplicit(scheme)) {
            solvers.implicitSolve(scheme);
            return;
        }
        line("");
        line("    private void solve_" + scheme.name() + "(S gs, int k" + (vLocal ? ", double _v" : "") + ") {");
        boolean euler = solve.method().equals("euler");
        List<String> order = euler ? declareDerivatives(scheme) : List.of();
        statements(scheme.body(), new HashSet<>(), "        ", euler ? "euler" : "cnexp");
        if (euler) {
            line("        double _h = clock.secondorder != 0 ? clock.dt * 0.5 : clock.dt;");
            for (String x : order) {
                line("        " + w.instance(x) + " += _h * (_D_" + x + ");");
            }
            line("        if (clock.secondorder != 0) {");
            for (String x : order) {
                line("            " + w.instance(x) + " += _h * _D_" + x + ";");
            }
            line("        }");
        }
        line("    }");
    }

    /** Declares a local {@code _D_x} per derivative, in the order of the equations (NEURON's _slist). */
    List<String> declareDerivatives(Ast.Scheme scheme) {
        List<String> order = new ArrayList<>();
        for (Stmt st : scheme.body()) {
            if (st instanceof Ast.Derivative d) {
                order.add(d.state().name());
                line("        double _D_" + d.state().name() + " = 0.0;");
            }
        }
        return order;
    }

    /** @return the statement that sets v for instance k */
    private String setV(String value) {
        return vLocal ? "double _v = " + value + ";" : "r_v[k] = " + value + ";";
    }

    /** @return whether a FUNCTION or PROCEDURE reads v other than as its argument */
    private static boolean functionsReadV(MechanismSpec spec) {
        for (Ast.Function f : spec.functions().values()) {
            boolean argument = f.params().stream().anyMatch(p -> p.name().equals("v"));
            if (!argument && mentions(f.body(), "v")) {
                return true;
            }
        }
        return false;
    }

    /** @return whether statements use {@code name} (read or written), unless a LOCAL hides it */
    private static boolean mentions(List<Stmt> body, String name) {
        for (Stmt st : body) {
            if (st instanceof Ast.Local l && l.names().stream().anyMatch(n -> n.name().equals(name))) {
                return false;
            }
            boolean found = st instanceof Ast.Assign a && (a.target().name().equals(name)
                    || Linear.mentions(a.value(), name))
                    || st instanceof Ast.Derivative dv && Linear.mentions(dv.value(), name)
                    || st instanceof Ast.CallStmt c && Linear.mentions(c.call(), name)
                    || st instanceof Ast.If i && (Linear.mentions(i.condition(), name) || mentions(i.then(), name)
                            || mentions(i.otherwise(), name))
                    || st instanceof Ast.While wh && (Linear.mentions(wh.condition(), name)
                            || mentions(wh.body(), name))
                    || st instanceof Ast.Reaction r && (Linear.mentions(r.forward(), name)
                            || r.backward() != null && Linear.mentions(r.backward(), name))
                    || st instanceof Ast.Flux fx && Linear.mentions(fx.rate(), name);
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Writes a FUNCTION or PROCEDURE (and its TABLE). */
    void writeFunction(Ast.Function f) {
        functions.write(f);
    }

    // ---- statements ----

    /**
     * @param method "cnexp" or "euler" inside a DERIVATIVE block solved so, else null
     */
    void statements(List<Stmt> body, Set<String> outer, String indent, String method) {
        Set<String> locals = new HashSet<>(outer);
        for (Stmt st : body) {
            statement(st, locals, indent, method);
        }
    }

    private void statement(Stmt st, Set<String> locals, String indent, String method) {
        if (st instanceof Ast.Local l) {
            for (Ast.Name n : l.names()) {
                if (locals.add(n.name())) {
                    line(indent + "double _l_" + n.name() + " = 0.0;");
                } else {
                    line(indent + "_l_" + n.name() + " = 0.0;");
                }
            }
        } else if (st instanceof Ast.Assign a) {
            line(indent + w.write(a.target().name(), locals) + " = " + w.num(a.value(), locals) + ";");
        } else if (st instanceof Ast.CallStmt c) {
            line(indent + callStatement(c, locals) + ";");
        } else if (st instanceof Ast.If i) {
            line(indent + "if " + wrap(w.cond(i.condition(), locals)) + " {");
            statements(i.then(), locals, indent + "    ", method);
            if (!i.otherwise().isEmpty()) {
                line(indent + "} else {");
                statements(i.otherwise(), locals, indent + "    ", method);
            }
            line(indent + "}");
        } else if (st instanceof Ast.While wh) {
            line(indent + "while " + wrap(w.cond(wh.condition(), locals)) + " {");
            statements(wh.body(), locals, indent + "    ", method);
            line(indent + "}");
        } else if (st instanceof Ast.Derivative d) {
            derivative(d, locals, indent, method);
        } else if (st instanceof Ast.Watch wa && watches.containsKey(wa)) {
            line(indent + "activateWatch(" + watches.get(wa) + ", " + watches.size() + ", " + w.num(wa.flag(), locals)
                    + ", _watch_rm++ == 0);");
        } else if (st instanceof Ast.Table) {
            return; // handled by the function's table wrapper
        } else if (st instanceof Ast.Solve solve && solve.steadyState()) {
            for (String l : solvers.steadyState(solve).split("\n")) {
                line(indent + l);
            }
        } else {
            throw unsupported(st.pos(), st.getClass().getSimpleName().toUpperCase() + " here");
        }
    }

    /** A call as a statement: a PROCEDURE, or an event call of a point process or artificial cell. */
    private String callStatement(Ast.CallStmt c, Set<String> locals) {
        Ast.Call call = c.call();
        switch (call.name()) {
            case "net_send": {
                if (!object || call.args().size() != 2) {
                    throw unsupported(c.pos(), "net_send outside a point process or artificial cell, or without"
                            + " (delay, flag),");
                }
                // nocmodl writes "t + " before the delay's text: net_send(a - b, 1) is sent at (t + a) - b
                String when = w.num(afterT(call.args().get(0)), locals);
                return "events.netSendAt(selfIndex(), " + when + ", " + w.num(call.args().get(1), locals) + ")";
            }
            case "net_event":
                if (!object || call.args().size() != 1) {
                    throw unsupported(c.pos(), "net_event outside a point process or artificial cell, or without (t),");
                }
                // a point process spikes through its event target (netEvent), an artificial cell as itself
                return (spec.kind() == MechanismSpec.Kind.ARTIFICIAL_CELL ? "events.netEvent(this, " : "netEvent(")
                        + w.num(call.args().get(0), locals) + ")";
            case "net_move":
                throw unsupported(c.pos(), "net_move");
            default:
                return w.num(call, locals);
        }
    }

    /** @return {@code t + e} as C parses nocmodl's text {@code t + <e>}: t joins e's leftmost sum */
    private static Ast.Expr afterT(Ast.Expr e) {
        if (e instanceof Ast.Binary b && (b.op().equals("+") || b.op().equals("-"))) {
            return new Ast.Binary(b.op(), afterT(b.left()), b.right(), b.pos());
        }
        return new Ast.Binary("+", new Ast.Name("t", e.pos()), e, e.pos());
    }

    private static String wrap(String cond) {
        return cond.startsWith("(") && cond.endsWith(")") ? cond : "(" + cond + ")";
    }

    private void derivative(Ast.Derivative d, Set<String> locals, String indent, String method) {
        String x = d.state().name();
        if ("euler".equals(method)) {
            line(indent + "_D_" + x + " = " + w.num(d.value(), locals) + ";");
            return;
        }
        if (!"cnexp".equals(method)) {
            throw unsupported(d.pos(), "a derivative outside a DERIVATIVE block solved by cnexp or euler");
        }
        Linear.Parts p = Linear.of(d.value(), x);
        if (p.dInvalid() || p.eqInvalid()) {
            throw new NmodlException(spec.source(), d.pos().line(), d.pos().column(), x + "' = ... is not linear in "
                    + x + ", so METHOD cnexp cannot solve it (NEURON would switch to derivimplicit or compute a"
                    + " wrong update); this engine does not run derivimplicit yet: write it in a linear form");
        }
        String sx = w.write(x, locals);
        String b = p.b() == null ? "0.0" : w.num(p.b(), locals);
        if (p.d() == null) {
            line(indent + sx + " = " + sx + " - clock.dt * (-(" + b + "));");
            return;
        }
        String dd = w.num(p.d(), locals);
        String a = p.a() == null ? "0.0" : w.num(p.a(), locals);
        line(indent + sx + " = " + sx + " + (1. - NmodlMath.exp(clock.dt * (" + dd + "))) * ((-(" + b + ")) / ("
                + a + ") - " + sx + ");");
    }

    NmodlException unsupported(Ast.Pos pos, String what) {
        return new NmodlException(spec.source(), pos.line(), pos.column(), what + " is not supported by this engine"
                + " yet; supported are density mechanisms (SUFFIX) solved by cnexp or euler, with FUNCTIONs,"
                + " PROCEDUREs, TABLEs and ions");
    }

    void line(String s) {
        out.append(indent).append(s).append('\n');
    }

    /** Sets the extra indent of the following lines (for a nested class's members). */
    void indent(String extra) {
        indent = extra;
    }
}
