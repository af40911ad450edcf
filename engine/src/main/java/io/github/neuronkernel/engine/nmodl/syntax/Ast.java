package io.github.neuronkernel.engine.nmodl.syntax;

import java.util.List;

/**
 * The syntax tree of a {@code .mod} file, as written: names are not yet resolved and nothing is
 * checked beyond the grammar. One file because it mirrors NMODL's grammar, one record per form.
 */
public final class Ast {
    private Ast() {}

    /** A place in the source, for messages. */
    public record Pos(int line, int column) {}

    // ---- expressions ----

    /** An expression; the tree keeps the user's parentheses, as nocmodl's C does. */
    public sealed interface Expr permits Num, Name, Call, Unary, Binary, Paren {
        /** @return where it starts */
        Pos pos();
    }

    /** A number literal, kept as written ({@code .12}, {@code 1e-3}, {@code 2}). */
    public record Num(String text, Pos pos) implements Expr {}

    /** A variable. */
    public record Name(String name, Pos pos) implements Expr {}

    /** A call of a FUNCTION, a PROCEDURE or a math function. */
    public record Call(String name, List<Expr> args, Pos pos) implements Expr {}

    /** {@code -x} or {@code !x}. */
    public record Unary(String op, Expr operand, Pos pos) implements Expr {}

    /** {@code a op b}: {@code + - * / ^ < <= > >= == != && ||}. */
    public record Binary(String op, Expr left, Expr right, Pos pos) implements Expr {}

    /** {@code (e)}. */
    public record Paren(Expr inner, Pos pos) implements Expr {}

    // ---- statements ----

    /** A statement of a block. */
    public sealed interface Stmt permits Assign, Derivative, CallStmt, If, While, Local, Solve, Table, Reaction,
            Flux, Conserve, Compartment, Watch, Initial {
        /** @return where it starts */
        Pos pos();
    }

    /** {@code x = e}. */
    public record Assign(Name target, Expr value, Pos pos) implements Stmt {}

    /** {@code x' = e} in a DERIVATIVE block. */
    public record Derivative(Name state, Expr value, Pos pos) implements Stmt {}

    /** A call used as a statement: {@code rates(v)}, {@code net_send(0, 1)}. */
    public record CallStmt(Call call, Pos pos) implements Stmt {}

    /** {@code if (c) {...} else {...}}; an else-if is an If alone in {@code otherwise}. */
    public record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Pos pos) implements Stmt {}

    /** {@code while (c) {...}}. */
    public record While(Expr condition, List<Stmt> body, Pos pos) implements Stmt {}

    /** {@code LOCAL a, b}. */
    public record Local(List<Name> names, Pos pos) implements Stmt {}

    /** {@code SOLVE block METHOD method} or {@code SOLVE block STEADYSTATE method}. */
    public record Solve(String block, String method, boolean steadyState, Pos pos) implements Stmt {}

    /** {@code TABLE names DEPEND globals FROM lo TO hi WITH n}. */
    public record Table(List<Name> names, List<Name> depend, Expr from, Expr to, Expr with, Pos pos)
            implements Stmt {}

    /** A reacting species with its stoichiometric coefficient. */
    public record Term(int coefficient, Name state) {}

    /** {@code ~ A + B <-> C (kf, kb)}; {@code backward} is null for {@code ->}. */
    public record Reaction(List<Term> left, List<Term> right, Expr forward, Expr backward, Pos pos)
            implements Stmt {}

    /** {@code ~ x << (flux)}. */
    public record Flux(Name state, Expr rate, Pos pos) implements Stmt {}

    /** {@code CONSERVE A + B = total}. */
    public record Conserve(List<Term> terms, Expr total, Pos pos) implements Stmt {}

    /** {@code COMPARTMENT volume {A B}}. */
    public record Compartment(Expr volume, List<Name> states, Pos pos) implements Stmt {}

    /** {@code WATCH (condition) flag} in NET_RECEIVE. */
    public record Watch(Expr condition, Expr flag, Pos pos) implements Stmt {}

    /** An {@code INITIAL {...}} block inside NET_RECEIVE. */
    public record Initial(List<Stmt> body, Pos pos) implements Stmt {}

    // ---- declarations and blocks ----

    /**
     * A declared variable: {@code gbar = .12 (S/cm2) <0, 1e9>}.
     *
     * @param value the default as written, with its sign, or null
     * @param unit the unit as written, or empty
     * @param low the lower limit, or null
     * @param high the upper limit, or null
     */
    public record VarDecl(String name, String value, String unit, String low, String high, Pos pos) {}

    /** {@code NAME = (from) (to)} in UNITS: the factor that converts {@code from} to {@code to}. */
    public record UnitFactor(String name, String from, String to, Pos pos) {}

    /** {@code USEION ca READ cai, cao WRITE ica VALENCE 2}. */
    public record UseIon(String ion, List<Name> read, List<Name> write, String valence, Pos pos) {}

    /** A formal parameter of a FUNCTION, PROCEDURE or NET_RECEIVE, with its unit. */
    public record Param(String name, String unit, Pos pos) {}

    /** A FUNCTION or PROCEDURE. */
    public record Function(String name, List<Param> params, String unit, List<Stmt> body, boolean procedure,
            Pos pos) {}

    /** A DERIVATIVE or KINETIC block. */
    public record Scheme(String name, List<Stmt> body, boolean kinetic, Pos pos) {}

    /** NET_RECEIVE(weight, ...) {...}. */
    public record NetReceive(List<Param> params, List<Stmt> body, Pos pos) {}

    /** What the NEURON block says; {@code currents} lists every current in the order written. */
    public record NeuronBlock(String kind, String name, List<UseIon> ions, List<Name> nonspecific,
            List<Name> electrode, List<Name> range, List<Name> global, boolean threadsafe, List<Name> currents,
            Pos pos) {}

    /**
     * A whole file.
     *
     * @param source the file
     * @param title its TITLE, or empty
     * @param neuron its NEURON block, or null
     * @param parameters PARAMETER declarations
     * @param constants CONSTANT declarations and UNITS constants given as numbers
     * @param assigned ASSIGNED declarations
     * @param states STATE declarations
     * @param unitFactors named unit factors of UNITS
     * @param initial the INITIAL block, or null
     * @param breakpoint the BREAKPOINT block, or null
     * @param schemes DERIVATIVE and KINETIC blocks
     * @param functions FUNCTIONs and PROCEDUREs
     * @param netReceive the NET_RECEIVE block, or null
     * @param globalLocals names declared LOCAL outside any block
     */
    public record Program(Source source, String title, NeuronBlock neuron, List<VarDecl> parameters,
            List<VarDecl> constants, List<VarDecl> assigned, List<VarDecl> states, List<UnitFactor> unitFactors,
            List<Stmt> initial, List<Stmt> breakpoint, List<Scheme> schemes, List<Function> functions,
            NetReceive netReceive, List<Name> globalLocals) {}
}
