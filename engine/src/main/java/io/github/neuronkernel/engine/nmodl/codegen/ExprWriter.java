package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.model.Symbol;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Expr;
import java.util.Map;
import java.util.Set;

/**
 * Writes NMODL expressions as Java with the same arithmetic as nocmodl's C: every operation keeps
 * its operands as the tree has them (fully parenthesised), integer literals become doubles as
 * nocmodl writes them ({@code 40} is {@code 40.0}), {@code ^} is {@code pow}, {@code exp} is
 * NEURON's {@code hoc_Exp}, and comparisons are 1.0 or 0.0 when used as numbers.
 */
final class ExprWriter {
    private final MechanismSpec spec;
    private final Layout layout;
    private final boolean object;
    private Map<String, String> bound = Map.of();
    private boolean vLocal;

    /**
     * @param object whether the values are one object's ({@code p[I_x]}, point processes and
     *     artificial cells) or columns over instances ({@code r_x[k]}, density mechanisms)
     */
    ExprWriter(MechanismSpec spec, Layout layout, boolean object) {
        this.spec = spec;
        this.layout = layout;
        this.object = object;
    }

    /** Whether v is the local {@code _v} of the method being written, not the instance's copy. */
    void vLocal(boolean local) {
        this.vLocal = local;
    }

    /** Names that stand for a Java expression of their own (NET_RECEIVE's arguments: the weights). */
    void bind(Map<String, String> names) {
        this.bound = names;
    }

    /** @return the Java for a value, in a scope where {@code locals} are Java locals */
    String num(Expr e, Set<String> locals) {
        if (e instanceof Ast.Num n) {
            return literal(n.text());
        }
        if (e instanceof Ast.Name n) {
            return read(n.name(), locals);
        }
        if (e instanceof Ast.Paren p) {
            return "(" + num(p.inner(), locals) + ")";
        }
        if (e instanceof Ast.Unary u) {
            return u.op().equals("-") ? "(-" + num(u.operand(), locals) + ")"
                    : "(" + cond(u.operand(), locals) + " ? 0.0 : 1.0)";
        }
        if (e instanceof Ast.Binary b) {
            return switch (b.op()) {
                case "+", "-", "*", "/" -> "(" + num(b.left(), locals) + " " + b.op() + " " + num(b.right(), locals)
                        + ")";
                case "^" -> "NmodlMath.pow(" + num(b.left(), locals) + ", " + num(b.right(), locals) + ")";
                default -> "(" + cond(e, locals) + " ? 1.0 : 0.0)";
            };
        }
        Ast.Call c = (Ast.Call) e;
        return call(c, locals);
    }

    /** @return the Java for a condition */
    String cond(Expr e, Set<String> locals) {
        if (e instanceof Ast.Paren p) {
            return "(" + cond(p.inner(), locals) + ")";
        }
        if (e instanceof Ast.Unary u && u.op().equals("!")) {
            return "(!" + cond(u.operand(), locals) + ")";
        }
        if (e instanceof Ast.Binary b) {
            switch (b.op()) {
                case "&&", "||":
                    return "(" + cond(b.left(), locals) + " " + b.op() + " " + cond(b.right(), locals) + ")";
                case "<", "<=", ">", ">=", "==", "!=":
                    return "(" + num(b.left(), locals) + " " + b.op() + " " + num(b.right(), locals) + ")";
                default:
                    break;
            }
        }
        return "(" + num(e, locals) + " != 0.0)";
    }

    private String call(Ast.Call c, Set<String> locals) {
        StringBuilder args = new StringBuilder();
        for (Expr a : c.args()) {
            args.append(args.length() == 0 ? "" : ", ").append(num(a, locals));
        }
        Ast.Function f = spec.functions().get(c.name());
        if (f != null) {
            String prefix = f.procedure() ? "p_" : "f_";
            return prefix + c.name() + "(gs, k" + (args.length() > 0 ? ", " : "") + args + ")";
        }
        return switch (c.name()) {
            case "exp" -> "NmodlMath.exp(" + args + ")";
            case "pow" -> "NmodlMath.pow(" + args + ")";
            case "fabs" -> "Math.abs(" + args + ")";
            case "log", "log10", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
                    "tanh", "floor", "ceil" -> "Math." + c.name() + "(" + args + ")";
            case "fmin" -> "Math.min(" + args + ")";
            case "fmax" -> "Math.max(" + args + ")";
            case "fmod" -> "(" + num(c.args().get(0), locals) + " % " + num(c.args().get(1), locals) + ")";
            default -> throw new IllegalStateException("the checker let through the call of " + c.name());
        };
    }

    /** @return the Java that reads {@code name} */
    String read(String name, Set<String> locals) {
        if (bound.containsKey(name)) {
            return bound.get(name);
        }
        if (locals.contains(name)) {
            return "_l_" + name;
        }
        Symbol s = spec.symbol(name);
        if (s == null || s.kind() == Symbol.Kind.SPECIAL) {
            return switch (name) {
                case "v" -> instance("v");
                case "t" -> "clock.t";
                case "dt" -> "clock.dt";
                case "celsius" -> "clock.celsius";
                default -> throw new IllegalStateException("no value for " + name);
            };
        }
        if (s.kind() == Symbol.Kind.CONSTANT) {
            return "(" + Double.toString(s.value()) + ")";
        }
        return place(s);
    }

    /** @return the Java variable that holds {@code name} (for assignment) */
    String write(String name, Set<String> locals) {
        if (bound.containsKey(name)) {
            return bound.get(name);
        }
        if (locals.contains(name)) {
            return "_l_" + name;
        }
        if (name.equals("v")) {
            return instance("v");
        }
        return place(spec.symbol(name));
    }

    /** @return the Java for an instance's own value */
    String instance(String name) {
        if (vLocal && name.equals("v")) {
            return "_v";
        }
        return object ? "p[I_" + name + "]" : "r_" + name + "[k]";
    }

    private String place(Symbol s) {
        if (s.perInstance()) {
            return instance(s.name());
        }
        int g = layout.globalIndex(s.name());
        if (g >= 0) {
            return "g.values[" + g + "]";
        }
        return "gs.g_" + s.name();
    }

    /** @return a number literal as nocmodl writes it into C: always a double */
    static String literal(String text) {
        boolean real = text.contains(".") || text.contains("e") || text.contains("E");
        String t = real ? text : text + ".0";
        if (t.startsWith(".")) {
            t = "0" + t;
        }
        return t.startsWith("-") ? "(" + t + ")" : t;
    }
}
