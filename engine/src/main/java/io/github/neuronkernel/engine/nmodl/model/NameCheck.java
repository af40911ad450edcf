package io.github.neuronkernel.engine.nmodl.model;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Expr;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Stmt;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks that every name a statement reads or writes is declared (globally, as a LOCAL, or as an
 * argument) and that every call is to a FUNCTION, PROCEDURE or one of the math functions.
 */
final class NameCheck {
    /** The math functions a statement may call, as nocmodl allows them. */
    static final Set<String> MATH = Set.of("exp", "log", "log10", "pow", "sqrt", "fabs", "sin", "cos",
            "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "floor", "ceil", "fmod", "fmin", "fmax");
    /** Calls that only a NET_RECEIVE or INITIAL block of a point process may make. */
    static final Set<String> EVENTS = Set.of("net_send", "net_event", "net_move");
    private final MechanismSpec spec;
    private final BiFunction<Ast.Pos, String, NmodlException> error;

    private NameCheck(MechanismSpec spec, BiFunction<Ast.Pos, String, NmodlException> error) {
        this.spec = spec;
        this.error = error;
    }

    static void run(MechanismSpec spec, BiFunction<Ast.Pos, String, NmodlException> error) {
        NameCheck c = new NameCheck(spec, error);
        c.block(spec.initial(), new HashSet<>());
        c.block(spec.breakpoint(), new HashSet<>());
        for (Ast.Scheme s : spec.schemes().values()) {
            c.block(s.body(), new HashSet<>());
        }
        for (Ast.Function f : spec.functions().values()) {
            Set<String> scope = new HashSet<>();
            f.params().forEach(p -> scope.add(p.name()));
            if (!f.procedure()) {
                scope.add(f.name()); // a FUNCTION assigns its result to its own name
            }
            c.block(f.body(), scope);
        }
        if (spec.netReceive() != null) {
            Set<String> scope = new HashSet<>();
            spec.netReceive().params().forEach(p -> scope.add(p.name()));
            scope.add("flag");
            c.block(spec.netReceive().body(), scope);
        }
    }

    private void block(List<Stmt> body, Set<String> outer) {
        Set<String> scope = new HashSet<>(outer);
        for (Stmt s : body) {
            statement(s, scope);
        }
    }

    private void statement(Stmt s, Set<String> scope) {
        if (s instanceof Ast.Local l) {
            l.names().forEach(n -> scope.add(n.name()));
        } else if (s instanceof Ast.Assign a) {
            assignable(a.target(), scope);
            expr(a.value(), scope);
        } else if (s instanceof Ast.Derivative d) {
            Symbol sym = spec.symbol(d.state().name());
            if (sym == null || sym.kind() != Symbol.Kind.STATE) {
                throw error.apply(d.pos(), d.state().name() + "' = ...: " + d.state().name() + " is not a STATE");
            }
            expr(d.value(), scope);
        } else if (s instanceof Ast.CallStmt c) {
            expr(c.call(), scope);
        } else if (s instanceof Ast.If i) {
            expr(i.condition(), scope);
            block(i.then(), scope);
            block(i.otherwise(), scope);
        } else if (s instanceof Ast.While w) {
            expr(w.condition(), scope);
            block(w.body(), scope);
        } else if (s instanceof Ast.Reaction r) {
            r.left().forEach(t -> state(t.state()));
            r.right().forEach(t -> state(t.state()));
            expr(r.forward(), scope);
            if (r.backward() != null) {
                expr(r.backward(), scope);
            }
        } else if (s instanceof Ast.Flux f) {
            state(f.state());
            expr(f.rate(), scope);
        } else if (s instanceof Ast.Conserve c) {
            c.terms().forEach(t -> state(t.state()));
            expr(c.total(), scope);
        } else if (s instanceof Ast.Compartment c) {
            c.states().forEach(this::state);
            expr(c.volume(), scope);
        } else if (s instanceof Ast.Watch w) {
            expr(w.condition(), scope);
            expr(w.flag(), scope);
        } else if (s instanceof Ast.Initial i) {
            block(i.body(), scope);
        }
    }

    private void state(Ast.Name n) {
        Symbol sym = spec.symbol(n.name());
        if (sym == null || sym.kind() != Symbol.Kind.STATE) {
            throw error.apply(n.pos(), n.name() + " is not a STATE; a reaction, flux or CONSERVE names STATEs");
        }
    }

    private void assignable(Ast.Name n, Set<String> scope) {
        if (scope.contains(n.name())) {
            return;
        }
        Symbol sym = known(n);
        if (sym.kind() == Symbol.Kind.CONSTANT || (sym.kind() == Symbol.Kind.SPECIAL && !n.name().equals("v"))) {
            throw error.apply(n.pos(), "cannot assign to " + n.name() + ": it is "
                    + (sym.kind() == Symbol.Kind.CONSTANT ? "a constant" : "the engine's"));
        }
    }

    private Symbol known(Ast.Name n) {
        if (n.name().equals("area") || n.name().equals("diam")) {
            throw error.apply(n.pos(), n.name() + " is not available to a mechanism in this engine yet");
        }
        Symbol sym = spec.symbol(n.name());
        if (sym == null) {
            if (Checker.SPECIAL.contains(n.name())) {
                return new Symbol(n.name(), Symbol.Kind.SPECIAL, "", 0, 0, 0, false, null);
            }
            throw error.apply(n.pos(), "unknown name \"" + n.name() + "\": declare it in PARAMETER, ASSIGNED, STATE"
                    + " or CONSTANT, or as a LOCAL of this block");
        }
        return sym;
    }

    private void expr(Expr e, Set<String> scope) {
        if (e instanceof Ast.Name n) {
            if (!scope.contains(n.name())) {
                known(n);
            }
        } else if (e instanceof Ast.Paren p) {
            expr(p.inner(), scope);
        } else if (e instanceof Ast.Unary u) {
            expr(u.operand(), scope);
        } else if (e instanceof Ast.Binary b) {
            expr(b.left(), scope);
            expr(b.right(), scope);
        } else if (e instanceof Ast.Call c) {
            call(c);
            c.args().forEach(a -> expr(a, scope));
        }
    }

    private void call(Ast.Call c) {
        Ast.Function f = spec.functions().get(c.name());
        if (f != null) {
            if (f.params().size() != c.args().size()) {
                throw error.apply(c.pos(), c.name() + " takes " + f.params().size() + " argument(s), given "
                        + c.args().size());
            }
            return;
        }
        if (MATH.contains(c.name())) {
            int arity = Set.of("pow", "atan2", "fmod", "fmin", "fmax").contains(c.name()) ? 2 : 1;
            if (c.args().size() != arity) {
                throw error.apply(c.pos(), c.name() + " takes " + arity + " argument(s), given " + c.args().size());
            }
            return;
        }
        if (EVENTS.contains(c.name())) {
            return;
        }
        throw error.apply(c.pos(), "unknown function \"" + c.name() + "\": call a FUNCTION or PROCEDURE of this file"
                + " or a math function (" + String.join(", ", MATH.stream().sorted().toList()) + ")");
    }
}
