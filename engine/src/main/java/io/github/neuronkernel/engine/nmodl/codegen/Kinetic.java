package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Expr;
import io.github.neuronkernel.engine.nmodl.syntax.Parser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A KINETIC block as nocmodl turns it into the function the sparse solver calls (NOCMODL.md section
 * 4): the states numbered as nocmodl numbers them (each CONSERVE's last state first, then by first
 * letter, the name seen last first), reactions expanded into right-hand-side and matrix terms in
 * nocmodl's order with its rate text pasted before the species ({@code a + b * A} for a rate
 * {@code a + b}, as NEURON computes it), fluxes, CONSERVE rows, and COMPARTMENT volumes (which scale
 * the time-derivative rows and the CONSERVE weights, not the reactions).
 */
final class Kinetic {
    private static final Ast.Pos NOWHERE = new Ast.Pos(0, 0);
    final Ast.Scheme scheme;
    /** The states in nocmodl's numbering. */
    final List<String> states = new ArrayList<>();
    /** How many rows are conservation rows (the first ones). */
    final int conserved;
    /** Whether the scheme is linear in its states (nocmodl's _linmat). */
    final boolean linear;
    private final JavaGenerator gen;
    /** COMPARTMENT volumes by state, in declaration order (a state's last declaration counts). */
    private final java.util.LinkedHashMap<String, Expr> volumes = new java.util.LinkedHashMap<>();

    Kinetic(JavaGenerator gen, Ast.Scheme scheme) {
        this.gen = gen;
        this.scheme = scheme;
        List<String> order = Parser.namesInOrder(gen.spec.source());
        int cons = 0;
        boolean lin = true;
        Set<String> used = new HashSet<>();
        for (Ast.Stmt st : scheme.body()) {
            if (st instanceof Ast.Conserve c) {
                String last = c.terms().get(c.terms().size() - 1).state().name();
                if (!states.contains(last)) {
                    states.add(last);
                    cons++;
                }
                c.terms().forEach(t -> used.add(t.state().name()));
            } else if (st instanceof Ast.Reaction r) {
                r.left().forEach(t -> used.add(t.state().name()));
                r.right().forEach(t -> used.add(t.state().name()));
                lin &= countOf(r.left()) < 2 && countOf(r.right()) < 2;
            } else if (st instanceof Ast.Flux f) {
                used.add(f.state().name());
            } else if (st instanceof Ast.Compartment c) {
                c.states().forEach(x -> volumes.put(x.name(), c.volume()));
            }
        }
        this.conserved = cons;
        this.linear = lin;
        List<String> rest = new ArrayList<>(used);
        rest.removeAll(states);
        // nocmodl's symbol table: by first character, then the name installed last first
        rest.sort(Comparator.comparingInt((String x) -> x.charAt(0)).thenComparing(x -> -order.indexOf(x)));
        states.addAll(rest);
    }

    private static int countOf(List<Ast.Term> side) {
        return side.stream().mapToInt(Ast.Term::coefficient).sum();
    }

    int row(String state) {
        return states.indexOf(state);
    }

    /** Writes the fill method's body. */
    void fillBody(String indent) {
        line(indent + "double b_flux = 0.0;");
        line(indent + "double f_flux = 0.0;");
        line(indent + "double _term = 0.0;");
        line(indent + "double _dt1 = 1.0 / dt;");
        for (int i = conserved; i < states.size(); i++) {
            line(indent + "so.rhs[" + (i + 1) + "] = -_dt1 * (" + gen.w.instance(states.get(i)) + " - so.d[" + i + "]);");
            line(indent + "so.value[so.elm(" + i + ", " + i + ")] = _dt1;");
        }
        gen.w.bind(Map.of("dt", "dt"));
        for (Map.Entry<String, Expr> e : volumes.entrySet()) { // the rows of states in a compartment scale by its volume
            int r = row(e.getKey());
            if (r >= conserved) {
                String vol = gen.w.num(e.getValue(), Set.of());
                line(indent + "so.rhs[" + (r + 1) + "] *= (" + vol + ");");
                line(indent + "so.value[so.elm(" + r + ", " + r + ")] *= (" + vol + ");");
            }
        }
        Set<String> locals = new HashSet<>(Set.of("f_flux", "b_flux"));
        for (Ast.Stmt st : scheme.body()) {
            if (st instanceof Ast.Reaction r) {
                reaction(r, indent, locals);
            } else if (st instanceof Ast.Flux f) {
                line(indent + "f_flux = b_flux = 0.;");
                line(indent + "so.rhs[" + (row(f.state().name()) + 1) + "] += (b_flux = (" + gen.w.num(f.rate(), locals)
                        + "));");
            } else if (st instanceof Ast.Conserve c) {
                conserve(c, indent, locals);
            } else if (st instanceof Ast.Compartment) {
                continue; // its volumes were applied above
            } else {
                gen.statements(List.of(st), locals, indent, null);
            }
        }
        gen.w.bind(Map.of());
    }

    private void reaction(Ast.Reaction r, String indent, Set<String> locals) {
        if (r.backward() == null) {
            throw gen.unsupported(r.pos(), "a one-way reaction (->)");
        }
        List<Ast.Term> left = reversed(r.left());
        List<Ast.Term> right = reversed(r.right());
        line(indent + "f_flux = " + gen.w.num(flux(r.forward(), left), locals) + ";");
        line(indent + "b_flux = " + gen.w.num(flux(r.backward(), right), locals) + ";");
        for (Ast.Term t : left) {
            rhs(t, "-=", indent);
        }
        for (Ast.Term t : right) {
            rhs(t, "+=", indent);
        }
        for (int side = 0; side < 2; side++) {
            List<Ast.Term> terms = side == 0 ? left : right;
            Expr rate = side == 0 ? r.forward() : r.backward();
            for (Ast.Term x : terms) {
                line(indent + "_term = " + gen.w.num(term(rate, terms, x), locals) + ";");
                for (int other = 0; other < 2; other++) {
                    for (Ast.Term y : other == 0 ? left : right) {
                        int ry = row(y.state().name());
                        if (ry >= conserved) {
                            String op = (other == side) ? "+=" : "-=";
                            String times = y.coefficient() == 1 ? "" : y.coefficient() + " * ";
                            line(indent + "so.value[so.elm(" + ry + ", " + row(x.state().name()) + ")] " + op + " "
                                    + times + "_term;");
                        }
                    }
                }
            }
        }
    }

    private void rhs(Ast.Term t, String op, String indent) {
        int r = row(t.state().name());
        if (r >= conserved) {
            String times = t.coefficient() == 1 ? "" : t.coefficient() + ".0 * ";
            line(indent + "so.rhs[" + (r + 1) + "] " + op + " " + times + "(f_flux - b_flux);");
        }
    }

    /** @return the rate with each species of a side multiplied in, as nocmodl pastes the text */
    private static Expr flux(Expr rate, List<Ast.Term> side) {
        Expr e = rate;
        for (Ast.Term t : side) {
            for (int i = 0; i < t.coefficient(); i++) {
                e = paste(e, t.state());
            }
        }
        return e;
    }

    /** @return d(flux)/dx as nocmodl writes it: rate [* num] * the other species, x once less */
    private static Expr term(Expr rate, List<Ast.Term> side, Ast.Term x) {
        Expr e = rate;
        if (x.coefficient() != 1) {
            e = paste(e, new Ast.Num(String.valueOf(x.coefficient()), NOWHERE));
        }
        for (Ast.Term t : side) {
            int times = t == x ? t.coefficient() - 1 : t.coefficient();
            for (int i = 0; i < times; i++) {
                e = paste(e, t.state());
            }
        }
        return e;
    }

    /** @return the tree of the C text {@code <e> * factor}: the factor joins e's rightmost product */
    static Expr paste(Expr e, Expr factor) {
        if (e instanceof Ast.Binary b && !b.op().equals("*") && !b.op().equals("/") && !b.op().equals("^")) {
            return new Ast.Binary(b.op(), b.left(), paste(b.right(), factor), b.pos());
        }
        return new Ast.Binary("*", e, factor, NOWHERE);
    }

    private void conserve(Ast.Conserve c, String indent, Set<String> locals) {
        int e = row(c.terms().get(c.terms().size() - 1).state().name());
        line(indent + "so.rhs[" + (e + 1) + "] = " + gen.w.num(c.total(), locals) + ";");
        for (Ast.Term t : reversed(c.terms())) {
            String x = t.state().name();
            Expr volume = volumes.get(x);
            String w = volume == null ? "" : " * (" + gen.w.num(volume, locals) + ")";
            line(indent + "so.value[so.elm(" + e + ", " + row(x) + ")] = " + t.coefficient() + w + ";");
            String times = t.coefficient() == 1 ? "" : " * " + t.coefficient();
            line(indent + "so.rhs[" + (e + 1) + "] -= " + gen.w.instance(x) + w + times + ";");
        }
    }

    private static List<Ast.Term> reversed(List<Ast.Term> terms) {
        List<Ast.Term> r = new ArrayList<>(terms);
        java.util.Collections.reverse(r);
        return r;
    }

    private void line(String s) {
        gen.line(s);
    }

}
