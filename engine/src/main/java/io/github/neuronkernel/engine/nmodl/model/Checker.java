package io.github.neuronkernel.engine.nmodl.model;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Stmt;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a syntax tree into a {@link MechanismSpec}: resolves every declared name to a {@link
 * Symbol} with NEURON's rules (a PARAMETER is per instance only if RANGE; an ASSIGNED one unless
 * GLOBAL; a STATE always), checks that every name a statement uses is declared, and that SOLVE,
 * TABLE and USEION statements make sense. Errors name the file, line and column.
 */
public final class Checker {
    /** Names the engine provides. */
    static final Set<String> SPECIAL = Set.of("v", "t", "dt", "celsius", "area", "diam");
    private final Ast.Program program;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Set<String> range = new HashSet<>();
    private final Set<String> global = new HashSet<>();
    private final Map<String, String> ionOf = new LinkedHashMap<>();

    private Checker(Ast.Program program) {
        this.program = program;
    }

    /**
     * @param program a parsed file
     * @return the checked description
     * @throws NmodlException at the first mistake
     */
    public static MechanismSpec check(Ast.Program program) {
        return new Checker(program).run();
    }

    private MechanismSpec run() {
        Ast.NeuronBlock nb = program.neuron();
        if (nb == null || nb.kind() == null) {
            throw error(new Ast.Pos(1, 1), "the file has no NEURON block with SUFFIX, POINT_PROCESS or"
                    + " ARTIFICIAL_CELL: the engine needs the mechanism's name");
        }
        MechanismSpec.Kind kind = switch (nb.kind()) {
            case "SUFFIX" -> MechanismSpec.Kind.DENSITY;
            case "POINT_PROCESS" -> MechanismSpec.Kind.POINT_PROCESS;
            default -> MechanismSpec.Kind.ARTIFICIAL_CELL;
        };
        nb.range().forEach(n -> range.add(n.name()));
        nb.global().forEach(n -> global.add(n.name()));
        List<MechanismSpec.IonUse> ions = ions(nb);
        declare();
        List<String> currents = currents(nb);
        checkListed(nb);
        List<Stmt> breakpoint = new ArrayList<>();
        List<Ast.Solve> solves = new ArrayList<>();
        for (Stmt s : orEmpty(program.breakpoint())) {
            if (s instanceof Ast.Solve solve) {
                solves.add(solve);
            } else {
                breakpoint.add(s);
            }
        }
        List<Stmt> initial = new ArrayList<>();
        List<Ast.Solve> initialSolves = new ArrayList<>();
        for (Stmt s : orEmpty(program.initial())) {
            if (s instanceof Ast.Solve solve) {
                if (!solve.steadyState()) {
                    throw error(solve.pos(), "SOLVE in INITIAL must be SOLVE name STEADYSTATE sparse (or derivimplicit)");
                }
                initialSolves.add(solve);
            }
            initial.add(s);
        }
        Map<String, Ast.Scheme> schemes = new LinkedHashMap<>();
        for (Ast.Scheme s : program.schemes()) {
            if (schemes.put(s.name(), s) != null) {
                throw error(s.pos(), "a second block named " + s.name());
            }
        }
        Map<String, Ast.Function> functions = new LinkedHashMap<>();
        Map<String, Ast.Table> tables = new LinkedHashMap<>();
        for (Ast.Function f : program.functions()) {
            if (functions.put(f.name(), f) != null || symbols.containsKey(f.name()) || schemes.containsKey(f.name())) {
                throw error(f.pos(), "the name " + f.name() + " is used twice");
            }
            Ast.Table table = tableOf(f);
            if (table != null) {
                tables.put(f.name(), table);
            }
        }
        checkSolves(solves, schemes, false);
        checkSolves(initialSolves, schemes, true);
        if (kind != MechanismSpec.Kind.ARTIFICIAL_CELL && program.breakpoint() == null && !currents.isEmpty()) {
            throw error(nb.pos(), "the mechanism declares currents but has no BREAKPOINT block to compute them");
        }
        MechanismSpec spec = new MechanismSpec(program.source(), nb.name(), kind, program.title(), symbols, ions,
                currents, !nb.electrode().isEmpty(), initial, breakpoint, solves, initialSolves, schemes, functions,
                tables, program.netReceive());
        NameCheck.run(spec, this::error);
        return spec;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private List<MechanismSpec.IonUse> ions(Ast.NeuronBlock nb) {
        List<MechanismSpec.IonUse> uses = new ArrayList<>();
        for (Ast.UseIon u : nb.ions()) {
            String ion = u.ion();
            Set<String> allowed = Set.of("e" + ion, "i" + ion, ion + "i", ion + "o");
            List<String> read = new ArrayList<>();
            List<String> write = new ArrayList<>();
            for (Ast.Name n : u.read()) {
                checkIonName(ion, allowed, n);
                read.add(n.name());
            }
            for (Ast.Name n : u.write()) {
                checkIonName(ion, allowed, n);
                if (n.name().equals("e" + ion)) {
                    throw error(n.pos(), "WRITE e" + ion + " is not supported by this engine: a mechanism may write"
                            + " i" + ion + ", " + ion + "i and " + ion + "o");
                }
                write.add(n.name());
            }
            double valence = valence(u);
            uses.add(new MechanismSpec.IonUse(ion, read, write, valence));
        }
        return uses;
    }

    private double valence(Ast.UseIon u) {
        if (u.valence() != null) {
            return Double.parseDouble(u.valence());
        }
        return switch (u.ion()) {
            case "na", "k" -> 1;
            case "ca" -> 2;
            case "cl" -> -1;
            default -> throw error(u.pos(), "the ion " + u.ion() + " is not known to the engine: give its charge with"
                    + " VALENCE, e.g. USEION " + u.ion() + " READ e" + u.ion() + " VALENCE 1");
        };
    }

    private void checkIonName(String ion, Set<String> allowed, Ast.Name n) {
        if (!allowed.contains(n.name())) {
            throw error(n.pos(), "\"" + n.name() + "\" is not a variable of the ion " + ion + "; allowed are "
                    + String.join(", ", List.of("e" + ion, "i" + ion, ion + "i", ion + "o")));
        }
        String before = ionOf.put(n.name(), ion);
        if (before != null && !before.equals(ion)) {
            throw error(n.pos(), n.name() + " belongs to two ions");
        }
    }

    private void declare() {
        for (Ast.VarDecl d : program.constants()) {
            add(d, Symbol.Kind.CONSTANT, false);
        }
        for (Ast.UnitFactor f : program.unitFactors()) {
            double value = Units.factor(f.from(), f.to(), program.source(), f.pos());
            put(new Symbol(f.name(), Symbol.Kind.CONSTANT, f.to(), value, value, value, false, null), f.pos());
        }
        for (Ast.VarDecl d : program.parameters()) {
            add(d, Symbol.Kind.PARAMETER, range.contains(d.name()));
        }
        for (Ast.VarDecl d : program.assigned()) {
            add(d, Symbol.Kind.ASSIGNED, !global.contains(d.name()));
        }
        for (Ast.VarDecl d : program.states()) {
            add(d, Symbol.Kind.STATE, true);
        }
        for (Ast.Name n : program.globalLocals()) {
            put(new Symbol(n.name(), Symbol.Kind.ASSIGNED, "", 0, -Double.MAX_VALUE, Double.MAX_VALUE, false, null),
                    n.pos());
        }
        for (Map.Entry<String, String> e : ionOf.entrySet()) {
            if (!symbols.containsKey(e.getKey())) { // USEION's variables need no declaration of their own here
                symbols.put(e.getKey(), ionSymbol(e.getKey(), e.getValue(), ""));
            }
        }
    }

    private void add(Ast.VarDecl d, Symbol.Kind kind, boolean perInstance) {
        String name = d.name();
        if (SPECIAL.contains(name)) {
            symbols.putIfAbsent(name, new Symbol(name, Symbol.Kind.SPECIAL, d.unit(), 0, 0, 0, false, null));
            return;
        }
        String ion = ionOf.get(name);
        if (ion != null && kind != Symbol.Kind.STATE) {
            put(ionSymbol(name, ion, d.unit()), d.pos());
            return;
        }
        double value = d.value() == null ? 0 : Double.parseDouble(d.value());
        double min = d.low() == null ? -Double.MAX_VALUE : Double.parseDouble(d.low());
        double max = d.high() == null ? Double.MAX_VALUE : Double.parseDouble(d.high());
        if (kind == Symbol.Kind.STATE) { // a STATE's <tolerance> is not a limit
            min = -Double.MAX_VALUE;
            max = Double.MAX_VALUE;
        }
        put(new Symbol(name, kind, d.unit(), value, min, max, perInstance, ion), d.pos());
    }

    private static Symbol ionSymbol(String name, String ion, String unit) {
        return new Symbol(name, Symbol.Kind.ION, unit, 0, -Double.MAX_VALUE, Double.MAX_VALUE, true, ion);
    }

    private void put(Symbol s, Ast.Pos pos) {
        if (symbols.containsKey(s.name())) {
            throw error(pos, "\"" + s.name() + "\" is declared twice");
        }
        symbols.put(s.name(), s);
    }

    private List<String> currents(Ast.NeuronBlock nb) {
        if (!nb.nonspecific().isEmpty() && !nb.electrode().isEmpty()) {
            throw error(nb.electrode().get(0).pos(), "a mechanism has either NONSPECIFIC_CURRENT or"
                    + " ELECTRODE_CURRENT, not both");
        }
        List<String> currents = new ArrayList<>();
        for (Ast.Name n : nb.currents()) { // NEURON sums them in the order the NEURON block names them
            currents.add(ionOf.containsKey(n.name()) ? n.name() : declaredCurrent(n));
        }
        return currents;
    }

    private String declaredCurrent(Ast.Name n) {
        Symbol s = symbols.get(n.name());
        if (s == null) {
            throw error(n.pos(), "the current " + n.name() + " is not declared: add it to ASSIGNED with its unit");
        }
        if (!s.perInstance()) { // a current is a range variable whatever GLOBAL says
            symbols.put(n.name(), new Symbol(s.name(), s.kind(), s.unit(), s.value(), s.min(), s.max(), true, null));
        }
        return n.name();
    }

    private void checkListed(Ast.NeuronBlock nb) {
        for (Ast.Name n : nb.range()) {
            Symbol s = symbols.get(n.name());
            if (s == null) {
                throw error(n.pos(), "RANGE names " + n.name() + ", which is not declared in PARAMETER, ASSIGNED or STATE");
            }
        }
        for (Ast.Name n : nb.global()) {
            Symbol s = symbols.get(n.name());
            if (s == null) {
                throw error(n.pos(), "GLOBAL names " + n.name() + ", which is not declared in PARAMETER or ASSIGNED");
            }
            if (s.kind() == Symbol.Kind.STATE) {
                throw error(n.pos(), "GLOBAL names the STATE " + n.name() + "; a STATE is always per instance");
            }
        }
    }

    private Ast.Table tableOf(Ast.Function f) {
        Ast.Table table = null;
        for (Stmt s : f.body()) {
            if (s instanceof Ast.Table t) {
                if (table != null) {
                    throw error(t.pos(), "a second TABLE in " + f.name());
                }
                table = t;
                if (f.params().size() != 1) {
                    throw error(t.pos(), "a TABLE needs a " + (f.procedure() ? "PROCEDURE" : "FUNCTION")
                            + " of exactly one argument; " + f.name() + " has " + f.params().size());
                }
                if (!(t.with() instanceof Ast.Num w && w.text().matches("[0-9]+") && Integer.parseInt(w.text()) > 0)) {
                    throw error(t.with().pos(), "TABLE ... WITH takes a whole number of intervals, e.g. WITH 200");
                }
                if (!f.procedure() && !t.names().isEmpty()) {
                    throw error(t.pos(), "a FUNCTION's TABLE names no variables: write TABLE DEPEND ... FROM ...");
                }
                for (Ast.Name n : t.names()) {
                    Symbol sym = symbols.get(n.name());
                    if (sym == null || sym.kind() != Symbol.Kind.ASSIGNED) {
                        throw error(n.pos(), "TABLE names " + n.name() + ", which must be an ASSIGNED variable");
                    }
                }
                for (Ast.Name n : t.depend()) {
                    Symbol sym = symbols.get(n.name());
                    if (sym == null || sym.perInstance() || (sym.kind() != Symbol.Kind.PARAMETER
                            && sym.kind() != Symbol.Kind.SPECIAL && sym.kind() != Symbol.Kind.ASSIGNED)) {
                        throw error(n.pos(), "TABLE ... DEPEND " + n.name() + ": a table may depend only on globals"
                                + " (celsius, or a PARAMETER that is not RANGE)");
                    }
                }
            }
        }
        return table;
    }

    private void checkSolves(List<Ast.Solve> solves, Map<String, Ast.Scheme> schemes, boolean steady) {
        for (Ast.Solve s : solves) {
            Ast.Scheme scheme = schemes.get(s.block());
            if (scheme == null) {
                Ast.Function f = program.functions().stream().filter(x -> x.name().equals(s.block())).findFirst()
                        .orElse(null);
                if (f != null && f.procedure() && (s.method() == null || s.method().equals("after_cvode"))) {
                    continue; // SOLVE proc: the procedure runs in the state update
                }
                throw error(s.pos(), "SOLVE " + s.block() + ": there is no DERIVATIVE or KINETIC block of that name");
            }
            String m = s.method();
            boolean ok = scheme.kinetic() ? "sparse".equals(m) || (steady && "derivimplicit".equals(m))
                    : "cnexp".equals(m) || "derivimplicit".equals(m) || "euler".equals(m)
                            || (steady && "sparse".equals(m));
            if (!ok) {
                throw error(s.pos(), "SOLVE " + s.block() + " METHOD " + m + " is not supported: a DERIVATIVE block"
                        + " is solved by cnexp, derivimplicit or euler, a KINETIC block by sparse");
            }
        }
    }

    NmodlException error(Ast.Pos pos, String message) {
        return new NmodlException(program.source(), pos.line(), pos.column(), message);
    }
}
