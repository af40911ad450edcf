package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.model.Symbol;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a POINT_PROCESS (a {@code NmodlPointProcess} subclass) or an ARTIFICIAL_CELL (a {@code
 * NmodlArtificialCell} subclass), one object per instance whose values are {@code p[I_name]}, with
 * nocmodl's arithmetic (NOCMODL.md section 9): the point process's currents scaled by {@code
 * 1.e2/area} as {@code areaFactor}, NET_RECEIVE with its arguments as the NetCon's weights, {@code
 * net_send} at {@code t + delay} as nocmodl writes it, {@code net_event}.
 */
final class ObjectClass {
    private final JavaGenerator gen;
    private final MechanismSpec spec;
    private final boolean artificial;

    ObjectClass(JavaGenerator gen) {
        this.gen = gen;
        this.spec = gen.spec;
        this.artificial = spec.kind() == MechanismSpec.Kind.ARTIFICIAL_CELL;
    }

    void write(String cls) {
        String base = artificial ? "NmodlArtificialCell" : "NmodlPointProcess";
        line("package " + JavaGenerator.PACKAGE + ";");
        line("");
        line("import io.github.neuronkernel.engine.NumericalInstabilityException;");
        line("import io.github.neuronkernel.engine.event.EventSystem;");
        line("import io.github.neuronkernel.engine.model.Segment;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.Newton;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;");
        line("import io.github.neuronkernel.engine.nmodl.runtime." + base + ";");
        line("import io.github.neuronkernel.engine.nmodl.runtime.PointType;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.Scratch;");
        line("import io.github.neuronkernel.engine.nmodl.runtime.SparseSolver;");
        line("import io.github.neuronkernel.engine.state.CableState;");
        line("import io.github.neuronkernel.engine.state.Clock;");
        line("import io.github.neuronkernel.engine.state.IonState;");
        line("");
        line("/** " + spec.name() + " from " + spec.source().name().replace("*/", "* /") + ", generated. */");
        line("public final class " + cls + " extends " + base + " {");
        List<String> names = gen.layout.instanceNames();
        for (int i = 0; i < names.size(); i++) {
            line("    private static final int I_" + names.get(i) + " = " + i + ";");
        }
        if (artificial) {
            line("    private final EventSystem events;");
        } else {
            line("    private double gfd;");
            if (!spec.ions().isEmpty()) {
                line("    private CableState ions;");
                for (MechanismSpec.IonUse u : spec.ions()) {
                    line("    private IonState ion_" + u.ion() + ";");
                }
            }
        }
        line("");
        line("    public " + cls + "(PointType type, Segment location, Clock clock, EventSystem events, int serial) {");
        if (artificial) {
            line("        super(type, clock, " + names.size() + ", serial);");
            line("        this.events = events;");
        } else {
            line("        super(type, location, clock, events, " + names.size() + ", serial);");
        }
        line("    }");
        line("");
        line("    @Override");
        line("    protected int receiveArguments() {");
        line("        return " + (spec.netReceive() == null ? 0 : spec.netReceive().params().size()) + ";");
        line("    }");
        initialize();
        if (!artificial) {
            current();
            state();
        }
        receive();
        for (Ast.Function f : spec.functions().values()) {
            gen.writeFunction(f);
        }
        gen.solvers.dispatch();
        gen.scratchClass();
        line("}");
    }

    /**
     * The lines that find this discretisation's ion arrays: a point process outlives
     * discretisations, so it looks them up again whenever the arrays it is handed change.
     */
    private void bindIons() {
        if (spec.ions().isEmpty()) {
            return;
        }
        line("        if (s != ions) {");
        line("            ions = s;");
        for (MechanismSpec.IonUse u : spec.ions()) {
            line("            ion_" + u.ion() + " = s.ion(\"" + u.ion() + "\");");
        }
        line("        }");
    }

    private void initialize() {
        line("");
        line("    @Override");
        line(artificial ? "    protected void initialize(EventSystem events) {" : "    protected void initialize(CableState s) {");
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        for (String f : gen.layout.tabled) {
            line("        check_" + f + "(gs, k);");
        }
        if (!artificial) {
            bindIons();
            line("        int nd = node;");
            line("        p[I_v] = s.v[nd];");
            gen.copyIonsIn("        ");
        }
        for (Symbol st : spec.symbols().values()) {
            if (st.kind() == Symbol.Kind.STATE) {
                Symbol s0 = spec.symbol(st.name() + "0");
                line("        p[I_" + st.name() + "] = " + (s0 != null ? gen.w.read(s0.name(), Set.of()) : "0.0") + ";");
            }
        }
        gen.statements(spec.initial(), new HashSet<>(), "        ", null);
        if (!artificial) {
            gen.copyConcentrationsOut("        ", true);
        }
        line("    }");
        if (!artificial && !gen.layout.tabled.isEmpty()) {
            line("");
            line("    @Override");
            line("    protected void checkTables(CableState s) {");
            line("        S gs = (S) g.scratch();");
            for (String f : gen.layout.tabled) {
                line("        check_" + f + "(gs, 0);");
            }
            line("    }");
        }
    }

    private void current() {
        if (spec.currents().isEmpty()) {
            return;
        }
        line("");
        line("    @Override");
        line("    protected void current(CableState s) {");
        bindIons();
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        line("        int nd = node;");
        line("        double _v = s.v[nd];");
        gen.copyIonsIn("        ");
        List<String> ionCurrents = gen.ionCurrents();
        line("        double _g = cur(gs, k, _v + .001);");
        for (String ion : ionCurrents) {
            line("        double _d" + ion + " = p[I_i" + ion + "];");
        }
        line("        double _rhs = cur(gs, k, _v);");
        if (!ionCurrents.isEmpty()) {
            // NEURON scales a point process's ion current into a density as (i * 1.e2) / area
            line("        if (clock.secondorder == 2) {");
            for (String ion : ionCurrents) {
                line("            ion_" + ion + ".dcurdv[nd] += (_d" + ion + " - p[I_i" + ion + "]) / .001 * 1.e2 / area;");
            }
            line("        }");
        }
        line("        _g = (_g - _rhs) / .001;");
        for (String ion : ionCurrents) {
            line("        ion_" + ion + ".cur[nd] += p[I_i" + ion + "] * 1.e2 / area;");
        }
        line("        gfd = _g * areaFactor;");
        line("        _rhs = _rhs * areaFactor;");
        line(spec.electrode() ? "        s.rhs[node] += _rhs;" : "        s.rhs[node] -= _rhs;");
        line("    }");
        line("");
        line("    @Override");
        line("    protected void jacobian(CableState s) {");
        line(spec.electrode() ? "        s.d[node] -= gfd;" : "        s.d[node] += gfd;");
        line("    }");
        line("");
        line("    private double cur(S gs, int k, double _v) {");
        line("        p[I_v] = _v;");
        gen.statements(spec.breakpoint(), new HashSet<>(), "        ", null);
        line("        double _current = 0.;");
        for (String c : spec.currents()) {
            line("        _current += " + gen.w.read(c, Set.of()) + ";");
        }
        line("        return _current;");
        line("    }");
    }

    private void state() {
        if (spec.solves().isEmpty()) {
            return;
        }
        line("");
        line("    @Override");
        line("    protected void state(CableState s) {");
        bindIons();
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        line("        int nd = node;");
        line("        p[I_v] = s.v[nd];");
        gen.copyIonsIn("        ", gen::readByStateUpdate);
        gen.solveCalls("        ");
        gen.copyConcentrationsOut("        ", false);
        line("    }");
        gen.solveMethods();
    }

    private void receive() {
        Ast.NetReceive nr = spec.netReceive();
        if (nr == null) {
            return;
        }
        Ast.Initial weightInit = null;
        java.util.List<Ast.Stmt> body = new java.util.ArrayList<>();
        for (Ast.Stmt st : nr.body()) {
            if (st instanceof Ast.Initial i) {
                weightInit = i;
            } else {
                body.add(st);
            }
        }
        Map<String, String> weights = new HashMap<>();
        for (int i = 0; i < nr.params().size(); i++) {
            weights.put(nr.params().get(i).name(), "_w[" + i + "]");
        }
        if (weightInit != null) {
            line("");
            line("    @Override");
            line("    protected boolean initializesWeights() {");
            line("        return true;");
            line("    }");
            line("");
            line("    @Override");
            line("    protected void initializeWeights(EventSystem events, double[] _w) {");
            line("        S gs = (S) g.scratch();");
            line("        int k = 0;");
            line("        double _l_flag = 0.0;");
            gen.w.bind(weights);
            gen.statements(weightInit.body(), new HashSet<>(Set.of("flag")), "        ", null);
            gen.w.bind(Map.of());
            line("    }");
        }
        numberWatches(body);
        line("");
        line("    @Override");
        line("    protected void receive(EventSystem events, double[] _w, double _l_flag) {");
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        if (!gen.watches.isEmpty()) {
            line("        int _watch_rm = 0;");
        }
        gen.w.bind(weights);
        Set<String> locals = new HashSet<>(Set.of("flag"));
        gen.statements(body, locals, "        ", null);
        gen.w.bind(Map.of());
        line("    }");
    }

    /** Numbers the WATCH statements in the order written, and writes their conditions. */
    private void numberWatches(List<Ast.Stmt> body) {
        collectWatches(body);
        if (gen.watches.isEmpty()) {
            return;
        }
        if (artificial) {
            throw gen.unsupported(gen.watches.keySet().iterator().next().pos(), "WATCH in an ARTIFICIAL_CELL (it has"
                    + " no v to watch)");
        }
        line("");
        line("    /** NEURON's _watchN_cond: v taken from the node, then lhs - rhs (negated for <). */");
        line("    @Override");
        line("    protected double watchCondition(int index) {");
        line("        S gs = (S) g.scratch();");
        line("        int k = 0;");
        line("        p[I_v] = cable.v[node];");
        line("        switch (index) {");
        List<Ast.Watch> ordered = new java.util.ArrayList<>(gen.watches.keySet());
        ordered.sort(java.util.Comparator.comparingInt(gen.watches::get));
        for (Ast.Watch wa : ordered) {
            if (!(wa.condition() instanceof Ast.Binary b) || !(b.op().equals(">") || b.op().equals("<"))) {
                throw gen.unsupported(wa.pos(), "a WATCH condition other than (a > b) or (a < b)");
            }
            String diff = "(" + gen.w.num(b.left(), Set.of()) + ") - (" + gen.w.num(b.right(), Set.of()) + ")";
            line("            case " + gen.watches.get(wa) + ": return " + (b.op().equals(">") ? diff : "-(" + diff + ")")
                    + ";");
        }
        line("            default: throw new IllegalStateException(\"no WATCH \" + index);");
        line("        }");
        line("    }");
    }

    private void collectWatches(List<Ast.Stmt> body) {
        for (Ast.Stmt st : body) {
            if (st instanceof Ast.Watch wa) {
                gen.watches.put(wa, gen.watches.size());
            } else if (st instanceof Ast.If i) {
                collectWatches(i.then());
                collectWatches(i.otherwise());
            } else if (st instanceof Ast.While wh) {
                collectWatches(wh.body());
            }
        }
    }

    private void line(String s) {
        gen.line(s);
    }
}
