package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a mechanism's FUNCTIONs and PROCEDUREs, and for one with a TABLE the table's check (made
 * before each step: rebuilt when a DEPEND global changed, the points reached by adding dx) and its
 * lookup (NEURON's _n_NAME: linear interpolation, clamped at both ends, NaN passed through), as
 * NOCMODL.md section 5 states them.
 */
final class FunctionWriter {
    private final JavaGenerator gen;

    FunctionWriter(JavaGenerator gen) {
        this.gen = gen;
    }

    void write(Ast.Function f) {
        Ast.Table table = gen.spec.tables().get(f.name());
        String prefix = f.procedure() ? "p" : "f";
        String body = table == null ? prefix + "_" + f.name() : prefix + "f_" + f.name();
        StringBuilder params = new StringBuilder("S gs, int k");
        Set<String> locals = new HashSet<>();
        for (Ast.Param p : f.params()) {
            params.append(", double _l_").append(p.name());
            locals.add(p.name());
        }
        gen.line("");
        gen.line("    private " + (f.procedure() ? "void " : "double ") + body + "(" + params + ") {");
        if (!f.procedure()) {
            locals.add(f.name());
            gen.line("        double _l_" + f.name() + " = 0.0;");
        }
        gen.statements(f.body(), locals, "        ", null);
        if (!f.procedure()) {
            gen.line("        return _l_" + f.name() + ";");
        }
        gen.line("    }");
        if (table != null) {
            table(f, table, body, params.toString());
        }
    }

    private void table(Ast.Function f, Ast.Table t, String body, String params) {
        int ti = gen.layout.tabled.indexOf(f.name());
        int u = gen.layout.globalIndex("usetable");
        int n = Layout.intervals(t);
        String arg = "_l_" + f.params().get(0).name();
        List<String> vars = f.procedure() ? t.names().stream().map(Ast.Name::name).toList() : List.of(f.name());
        // the check, as _check_NAME
        gen.line("");
        gen.line("    private void check_" + f.name() + "(S gs, int k) {");
        gen.line("        if (g.values[" + u + "] == 0.0) {");
        gen.line("            return;");
        gen.line("        }");
        gen.line("        double[] sav = g.madeWith[" + ti + "];");
        for (int j = 0; j < t.depend().size(); j++) {
            gen.line("        if (sav[" + j + "] != " + gen.w.read(t.depend().get(j).name(), Set.of()) + ") {");
            gen.line("            g.remake[" + ti + "] = true;");
            gen.line("        }");
        }
        gen.line("        if (g.remake[" + ti + "]) {");
        gen.line("            g.remake[" + ti + "] = false;");
        gen.line("            double tmin = " + gen.w.num(t.from(), Set.of()) + ";");
        gen.line("            double tmax = " + gen.w.num(t.to(), Set.of()) + ";");
        gen.line("            double dx = (tmax - tmin) / " + n + ".;");
        gen.line("            g.mfac[" + ti + "] = 1. / dx;");
        gen.line("            g.tmin[" + ti + "] = tmin;");
        gen.line("            double[] tab = g.tables[" + ti + "];");
        gen.line("            int i = 0;");
        gen.line("            for (double x = tmin; i < " + (n + 1) + "; x += dx, i++) {");
        if (f.procedure()) {
            gen.line("                " + body + "(gs, k, x);");
            for (int j = 0; j < vars.size(); j++) {
                gen.line("                tab[i * " + vars.size() + " + " + j + "] = " + gen.w.read(vars.get(j), Set.of()) + ";");
            }
        } else {
            gen.line("                tab[i] = " + body + "(gs, k, x);");
        }
        gen.line("            }");
        for (int j = 0; j < t.depend().size(); j++) {
            gen.line("            sav[" + j + "] = " + gen.w.read(t.depend().get(j).name(), Set.of()) + ";");
        }
        gen.line("        }");
        gen.line("    }");
        // the lookup, as _n_NAME: the common case (table on, the argument inside it) kept small so
        // that the JIT inlines it into the state update; the rest in a method of its own
        String name = (f.procedure() ? "p_" : "f_") + f.name();
        String edge = name + "_edge";
        String type = f.procedure() ? "void " : "double ";
        String ret = f.procedure() ? "" : "return ";
        gen.line("");
        gen.line("    private " + type + name + "(" + params + ") {");
        gen.line("        double xi = g.mfac[" + ti + "] * (" + arg + " - g.tmin[" + ti + "]);");
        gen.line("        if (!(xi > 0. && xi < " + n + ".) || g.values[" + u + "] == 0.0) {");
        gen.line("            " + ret + edge + "(gs, k, " + arg + ", xi);");
        if (f.procedure()) {
            gen.line("            return;");
        }
        gen.line("        }");
        gen.line("        double[] tab = g.tables[" + ti + "];");
        gen.line("        int i = (int) xi;");
        if (f.procedure()) {
            gen.line("        double theta = xi - (double) i;");
            gen.line("        int r = i * " + vars.size() + ";");
            gen.line("        int s = r + " + vars.size() + ";");
            for (int j = 0; j < vars.size(); j++) {
                gen.line("        " + gen.w.write(vars.get(j), Set.of()) + " = tab[r + " + j + "] + theta * (tab[s + " + j
                        + "] - tab[r + " + j + "]);");
            }
        } else {
            gen.line("        return tab[i] + (xi - (double) i) * (tab[i + 1] - tab[i]);");
        }
        gen.line("    }");
        gen.line("");
        gen.line("    /** usetable off, the argument outside the table or NaN, as NEURON's _n_" + f.name() + " handles them. */");
        gen.line("    private " + type + edge + "(" + params + ", double xi) {");
        gen.line("        if (g.values[" + u + "] == 0.0) {");
        gen.line("            " + ret + body + "(gs, k, " + arg + ");");
        if (f.procedure()) {
            gen.line("            return;");
        }
        gen.line("        }");
        gen.line("        double[] tab = g.tables[" + ti + "];");
        if (f.procedure()) {
            gen.line("        if (Double.isNaN(xi)) {");
            assignAll(vars, j -> "xi");
            gen.line("        } else if (xi <= 0.) {");
            assignAll(vars, j -> "tab[" + j + "]");
            gen.line("        } else {");
            assignAll(vars, j -> "tab[" + (n * vars.size() + j) + "]");
            gen.line("        }");
        } else {
            gen.line("        return Double.isNaN(xi) ? xi : xi <= 0. ? tab[0] : tab[" + n + "];");
        }
        gen.line("    }");
    }

    private void assignAll(List<String> vars, java.util.function.IntFunction<String> value) {
        for (int j = 0; j < vars.size(); j++) {
            gen.line("            " + gen.w.write(vars.get(j), Set.of()) + " = " + value.apply(j) + ";");
        }
    }
}
