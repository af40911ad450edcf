package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Expr;

/**
 * nocmodl's symbolic pass for cnexp ({@code diffeq.ypp}, see NOCMODL.md section 2.1): for a
 * derivative {@code s' = f} it builds, node by node, D (f differentiated by s), A (the coefficient
 * of s) and B (the part without s), with nocmodl's own parenthesisation, so that the update
 * {@code s + (1 - exp(dt*D))*(-B/A - s)} does the same arithmetic as NEURON's C. A null part is
 * nocmodl's "0.0".
 */
final class Linear {
    private static final Ast.Pos NOWHERE = new Ast.Pos(0, 0);
    private static final Expr ONE = new Ast.Num("1.0", NOWHERE);

    /** The four strings nocmodl keeps per node; {@code dInvalid}/{@code eqInvalid} as it marks them. */
    record Parts(Expr e, Expr d, Expr a, Expr b, boolean dInvalid, boolean eqInvalid) {}

    private Linear() {}

    static Parts of(Expr f, String s) {
        if (f instanceof Ast.Name n && n.name().equals(s)) {
            return new Parts(f, ONE, ONE, null, false, false);
        }
        if (f instanceof Ast.Num || f instanceof Ast.Name) {
            return new Parts(f, null, null, f, false, false);
        }
        if (f instanceof Ast.Paren p) {
            Parts x = of(p.inner(), s);
            return new Parts(f, paren(x.d), paren(x.a), paren(x.b), x.dInvalid, x.eqInvalid);
        }
        if (f instanceof Ast.Unary u && u.op().equals("-")) {
            Parts x = of(u.operand(), s);
            return new Parts(f, neg(x.d), neg(x.a), neg(x.b), x.dInvalid, x.eqInvalid);
        }
        if (f instanceof Ast.Binary bin && "+-*/".contains(bin.op()) && bin.op().length() == 1) {
            return binary(bin, of(bin.left(), s), of(bin.right(), s));
        }
        // a call, a power, a comparison: an atom if s is not inside, else nocmodl cannot go on
        boolean inside = mentions(f, s);
        return new Parts(f, null, null, f, inside, inside);
    }

    private static Parts binary(Ast.Binary f, Parts l, Parts r) {
        boolean dInvalid = l.dInvalid || r.dInvalid;
        boolean eqInvalid = l.eqInvalid || r.eqInvalid;
        switch (f.op()) {
            case "+":
                return new Parts(f, plus(l.d, r.d), plus(l.a, r.a), plus(l.b, r.b), dInvalid, eqInvalid);
            case "-":
                return new Parts(f, minus(l.d, r.d), minus(l.a, r.a), minus(l.b, r.b), dInvalid, eqInvalid);
            case "*": {
                Expr d;
                if (l.d != null && r.d != null) {
                    d = new Ast.Paren(new Ast.Binary("+", times(l.d, r.e), times(l.e, r.d), NOWHERE), NOWHERE);
                } else if (l.d != null) {
                    d = times(l.d, r.e);
                } else if (r.d != null) {
                    d = times(l.e, r.d);
                } else {
                    d = null;
                }
                Expr a = null;
                if (l.a != null && r.a != null) {
                    eqInvalid = true;
                } else if (l.a != null) {
                    a = r.b != null ? times(l.a, r.b) : null;
                } else if (r.a != null) {
                    a = l.b != null ? times(l.b, r.a) : null;
                }
                Expr b = l.b != null && r.b != null ? times(l.b, r.b) : null;
                return new Parts(f, d, a, b, dInvalid, eqInvalid);
            }
            default: { // "/"
                if (r.d != null) {
                    dInvalid = true;
                }
                if (r.a != null) {
                    eqInvalid = true;
                }
                Expr d = l.d != null ? over(l.d, r.e) : null;
                Expr a = l.a != null ? over(l.a, r.e) : null;
                Expr b = l.b != null ? over(l.b, r.e) : null;
                return new Parts(f, d, a, b, dInvalid, eqInvalid);
            }
        }
    }

    static boolean mentions(Expr e, String x) {
        if (e instanceof Ast.Name n) {
            return n.name().equals(x);
        }
        if (e instanceof Ast.Paren p) {
            return mentions(p.inner(), x);
        }
        if (e instanceof Ast.Unary u) {
            return mentions(u.operand(), x);
        }
        if (e instanceof Ast.Binary b) {
            return mentions(b.left(), x) || mentions(b.right(), x);
        }
        if (e instanceof Ast.Call c) {
            return c.args().stream().anyMatch(a -> mentions(a, x));
        }
        return false;
    }

    private static Expr paren(Expr e) {
        return e == null ? null : new Ast.Paren(e, NOWHERE);
    }

    private static Expr neg(Expr e) {
        return e == null ? null : new Ast.Unary("-", e, NOWHERE);
    }

    private static Expr plus(Expr a, Expr b) {
        if (a != null && b != null) {
            return new Ast.Binary("+", a, b, NOWHERE);
        }
        return a != null ? a : b;
    }

    private static Expr minus(Expr a, Expr b) {
        if (a != null && b != null) {
            return new Ast.Binary("-", a, b, NOWHERE);
        }
        return a != null ? a : (b != null ? new Ast.Paren(new Ast.Unary("-", b, NOWHERE), NOWHERE) : null);
    }

    private static Expr times(Expr a, Expr b) {
        return new Ast.Binary("*", new Ast.Paren(a, NOWHERE), new Ast.Paren(b, NOWHERE), NOWHERE);
    }

    private static Expr over(Expr a, Expr divisor) {
        return new Ast.Binary("/", new Ast.Paren(a, NOWHERE), divisor, NOWHERE);
    }
}
