package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.model.Symbol;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each of a mechanism's values lives at run time, shared by the code generator and the
 * loader so that both agree: per-instance columns users see (NEURON's range variables, in its
 * order: RANGE parameters, then per-instance ASSIGNED, then STATEs), hidden per-instance columns
 * (v and the ion values the mechanism copies), the GLOBAL parameters users may set (with one
 * {@code usetable} switch per TABLE), and the GLOBAL assigned values, which are per thread.
 */
public final class Layout {
    /** Per-instance values users see, in NEURON's order. */
    public final List<Symbol> range = new ArrayList<>();
    /** Per-instance values users do not see: v, then the ion values. */
    public final List<String> hidden = new ArrayList<>();
    /** GLOBAL parameters, then the {@code usetable} switches (named {@code usetable}, one per table). */
    public final List<Symbol> globals = new ArrayList<>();
    /** GLOBAL assigned values, kept per thread. */
    public final List<Symbol> scratch = new ArrayList<>();
    /** The functions with a TABLE, in order; table i's switch is global {@code usetable}. */
    public final List<String> tabled = new ArrayList<>();

    /** @param spec the mechanism */
    public Layout(MechanismSpec spec) {
        hidden.add("v");
        for (Symbol.Kind kind : new Symbol.Kind[] {Symbol.Kind.PARAMETER, Symbol.Kind.ASSIGNED, Symbol.Kind.STATE}) {
            for (Symbol s : spec.symbols().values()) {
                if (s.kind() != kind) {
                    continue;
                }
                if (s.perInstance() && s.ion() == null) {
                    range.add(s);
                } else if (s.perInstance()) {
                    hidden.add(s.name());
                } else if (kind == Symbol.Kind.PARAMETER) {
                    globals.add(s);
                } else {
                    scratch.add(s);
                }
            }
        }
        for (Symbol s : spec.symbols().values()) {
            if (s.kind() == Symbol.Kind.ION) {
                hidden.add(s.name());
            }
        }
        tabled.addAll(spec.tables().keySet());
        if (!tabled.isEmpty()) {
            globals.add(new Symbol("usetable", Symbol.Kind.PARAMETER, "", 1, 0, 1, false, null));
        }
    }

    /** @return every per-instance value's name: the user-visible ones, then the hidden ones */
    public List<String> instanceNames() {
        List<String> names = new ArrayList<>();
        range.forEach(s -> names.add(s.name()));
        names.addAll(hidden);
        return names;
    }

    /** @return a TABLE's number of intervals (its WITH, which the checker made sure is a whole number) */
    public static int intervals(Ast.Table t) {
        return Integer.parseInt(((Ast.Num) t.with()).text());
    }

    /** @return the index of a global's value, or -1 */
    public int globalIndex(String name) {
        for (int i = 0; i < globals.size(); i++) {
            if (globals.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of a per-thread global, or -1 */
    public int scratchIndex(String name) {
        for (int i = 0; i < scratch.size(); i++) {
            if (scratch.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
