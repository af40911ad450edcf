package io.github.neuronkernel.engine.nmodl.syntax;

import io.github.neuronkernel.engine.nmodl.syntax.Ast.Expr;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Name;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Pos;
import io.github.neuronkernel.engine.nmodl.syntax.Ast.Stmt;
import io.github.neuronkernel.engine.nmodl.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code .mod} file into a syntax tree ({@link Ast.Program}), by recursive descent over
 * NMODL's grammar as NEURON's nocmodl reads it. Operator precedence, lowest first: {@code ||},
 * {@code &&}, comparisons, {@code + -}, {@code * /}, unary {@code - !}, then {@code ^} (right
 * associative). Constructs the engine cannot run (VERBATIM, POINTER, LINEAR, arrays, ...) are
 * refused here with the file, line, column and what to do instead.
 */
public final class Parser {
    private static final Set<String> REFUSED_BLOCKS = Set.of("LINEAR", "NONLINEAR", "DISCRETE", "PARTIAL",
            "FUNCTION_TABLE", "BEFORE", "AFTER", "CONSTRUCTOR", "DESTRUCTOR", "INCLUDE", "DEFINE", "TERMINAL",
            "MATCH", "SENS", "LAG", "FOR_NETCONS", "PROTECT", "KSTEP", "PLOT");
    private final Lexer lexer;
    private Token cur;

    private Parser(Source source) {
        this.lexer = new Lexer(source);
        this.cur = lexer.next();
    }

    /**
     * @param source the file
     * @return its syntax tree
     * @throws NmodlException at the first mistake
     */
    public static Ast.Program parse(Source source) {
        return new Parser(source).program();
    }

    /**
     * @return every name of the file in the order it first appears (nocmodl installs a symbol at its
     *     first appearance, and orders a KINETIC block's states by that)
     */
    public static List<String> namesInOrder(Source source) {
        Lexer lexer = new Lexer(source);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Token t = lexer.next(); t.kind() != Kind.END; t = lexer.next()) {
            if (t.kind() == Kind.NAME) {
                names.add(t.text());
            }
        }
        return List.copyOf(names);
    }

    private Ast.Program program() {
        ProgramBuilder b = new ProgramBuilder();
        while (cur.kind() != Kind.END) {
            topLevel(b);
        }
        return b.build(lexer.source());
    }

    private void topLevel(ProgramBuilder b) {
        Token t = cur;
        if (t.kind() == Kind.TITLE) {
            b.title = t.text();
            advance();
            return;
        }
        if (t.kind() != Kind.NAME) {
            throw error(t, "expected a block (NEURON, PARAMETER, STATE, BREAKPOINT, ...), found " + t.describe());
        }
        String word = t.text();
        if (REFUSED_BLOCKS.contains(word)) {
            throw error(t, word + " is not supported by this engine; the supported blocks are NEURON, UNITS,"
                    + " PARAMETER, CONSTANT, ASSIGNED, STATE, INDEPENDENT, INITIAL, BREAKPOINT, DERIVATIVE,"
                    + " KINETIC, PROCEDURE, FUNCTION and NET_RECEIVE");
        }
        advance();
        switch (word) {
            case "NEURON" -> neuron(b, t);
            case "UNITS" -> units(b);
            case "PARAMETER" -> declarations(b.parameters);
            case "CONSTANT" -> declarations(b.constants);
            case "ASSIGNED" -> declarations(b.assigned);
            case "STATE" -> declarations(b.states);
            case "INDEPENDENT" -> skipBraces();
            case "UNITSON", "UNITSOFF", "THREADSAFE" -> { }
            case "INITIAL" -> b.initial = once(b.initial, t, body());
            case "BREAKPOINT" -> b.breakpoint = once(b.breakpoint, t, body());
            case "DERIVATIVE", "KINETIC" -> {
                Token name = expectName("a name for the " + word + " block");
                b.schemes.add(new Ast.Scheme(name.text(), body(), word.equals("KINETIC"), pos(t)));
            }
            case "PROCEDURE", "FUNCTION" -> b.functions.add(function(t, word.equals("PROCEDURE")));
            case "NET_RECEIVE" -> {
                if (b.netReceive != null) {
                    throw error(t, "a second NET_RECEIVE block; a mechanism has at most one");
                }
                List<Ast.Param> params = params();
                b.netReceive = new Ast.NetReceive(params, body(), pos(t));
            }
            case "LOCAL" -> b.globalLocals.addAll(nameList());
            default -> throw error(t, "unknown block \"" + word + "\"; expected NEURON, UNITS, PARAMETER, CONSTANT,"
                    + " ASSIGNED, STATE, INITIAL, BREAKPOINT, DERIVATIVE, KINETIC, PROCEDURE, FUNCTION or NET_RECEIVE");
        }
    }

    private <T> T once(T previous, Token t, T next) {
        if (previous != null) {
            throw error(t, "a second " + t.text() + " block; a mechanism has at most one");
        }
        return next;
    }

    // ---- NEURON block ----

    private void neuron(ProgramBuilder b, Token start) {
        expect("{");
        String kind = null;
        String name = null;
        List<Ast.UseIon> ions = new ArrayList<>();
        List<Name> nonspecific = new ArrayList<>();
        List<Name> electrode = new ArrayList<>();
        List<Name> range = new ArrayList<>();
        List<Name> global = new ArrayList<>();
        List<Name> currents = new ArrayList<>();
        boolean threadsafe = false;
        while (!cur.is("}")) {
            Token t = expectName("a NEURON block statement (SUFFIX, USEION, RANGE, ...)");
            switch (t.text()) {
                case "SUFFIX", "POINT_PROCESS", "ARTIFICIAL_CELL" -> {
                    if (kind != null) {
                        throw error(t, t.text() + " after " + kind + ": a mechanism has one name");
                    }
                    kind = t.text();
                    name = expectName("the mechanism's name").text();
                }
                case "USEION" -> {
                    Ast.UseIon u = useIon(t);
                    ions.add(u);
                    u.write().stream().filter(n -> n.name().equals("i" + u.ion())).forEach(currents::add);
                }
                case "NONSPECIFIC_CURRENT" -> {
                    List<Name> names = nameList();
                    nonspecific.addAll(names);
                    currents.addAll(names);
                }
                case "ELECTRODE_CURRENT" -> {
                    List<Name> names = nameList();
                    electrode.addAll(names);
                    currents.addAll(names);
                }
                case "RANGE" -> range.addAll(nameList());
                case "GLOBAL" -> global.addAll(nameList());
                case "THREADSAFE" -> threadsafe = true;
                case "REPRESENTS" -> advance();
                case "EXTERNAL" -> nameList();
                case "POINTER", "BBCOREPOINTER", "RANDOM" -> throw error(t, t.text() + " is not supported by this"
                        + " engine: a mechanism cannot point at another's variables here");
                default -> throw error(t, "unknown NEURON block statement \"" + t.text() + "\"; allowed are SUFFIX,"
                        + " POINT_PROCESS, ARTIFICIAL_CELL, USEION, NONSPECIFIC_CURRENT, ELECTRODE_CURRENT, RANGE,"
                        + " GLOBAL and THREADSAFE");
            }
        }
        advance();
        if (b.neuron != null) {
            throw error(start, "a second NEURON block; a mechanism has one");
        }
        b.neuron = new Ast.NeuronBlock(kind, name, ions, nonspecific, electrode, range, global, threadsafe,
                currents, pos(start));
    }

    private Ast.UseIon useIon(Token start) {
        String ion = expectName("the ion's name, e.g. ca").text();
        List<Name> read = new ArrayList<>();
        List<Name> write = new ArrayList<>();
        String valence = null;
        while (true) {
            if (cur.is("READ")) {
                advance();
                read.addAll(nameList());
            } else if (cur.is("WRITE")) {
                advance();
                write.addAll(nameList());
            } else if (cur.is("VALENCE")) {
                advance();
                valence = signedNumber("the ion's valence, e.g. 2");
            } else if (cur.is("REPRESENTS")) {
                advance();
                advance();
            } else {
                return new Ast.UseIon(ion, read, write, valence, pos(start));
            }
        }
    }

    /** Names separated by commas. */
    private List<Name> commaList() {
        List<Name> names = new ArrayList<>();
        names.add(name(expectName("a name")));
        while (cur.is(",")) {
            advance();
            names.add(name(expectName("a name after the comma")));
        }
        return names;
    }

    /** Names separated by commas (or by nothing, as nocmodl also accepts in the NEURON block). */
    private List<Name> nameList() {
        List<Name> names = new ArrayList<>();
        names.add(name(expectName("a name")));
        while (true) {
            if (cur.is(",")) {
                advance();
                names.add(name(expectName("a name after the comma")));
            } else if (cur.kind() == Kind.NAME && !isNeuronKeyword(cur.text())) {
                names.add(name(cur));
                advance();
            } else {
                return names;
            }
        }
    }

    private static boolean isNeuronKeyword(String s) {
        return switch (s) {
            case "SUFFIX", "POINT_PROCESS", "ARTIFICIAL_CELL", "USEION", "READ", "WRITE", "VALENCE",
                    "NONSPECIFIC_CURRENT", "ELECTRODE_CURRENT", "RANGE", "GLOBAL", "THREADSAFE", "POINTER",
                    "BBCOREPOINTER", "EXTERNAL", "REPRESENTS", "RANDOM", "LOCAL", "if", "while", "SOLVE", "TABLE",
                    "DEPEND", "FROM", "CONSERVE", "COMPARTMENT", "UNITSON", "UNITSOFF", "WATCH", "INITIAL" -> true;
            default -> false;
        };
    }

    // ---- UNITS and declarations ----

    private void units(ProgramBuilder b) {
        expect("{");
        while (!cur.is("}")) {
            if (cur.is("(")) { // (mA) = (milliamp): a unit name, which changes no number
                unit();
                expect("=");
                unit();
                continue;
            }
            Token name = expectName("a unit definition: (name) = (unit), or NAME = (unit) (unit)");
            expect("=");
            if (cur.is("(")) {
                String from = unit();
                if (!cur.is("(")) {
                    throw error(cur, "expected the second unit of " + name.text() + " = (" + from + ") (unit)");
                }
                String to = unit();
                b.unitFactors.add(new Ast.UnitFactor(name.text(), from, to, pos(name)));
            } else {
                String value = signedNumber("a number or a unit in parentheses");
                b.constants.add(new Ast.VarDecl(name.text(), value, optionalUnit(), null, null, pos(name)));
            }
        }
        advance();
    }

    private void declarations(List<Ast.VarDecl> into) {
        expect("{");
        while (!cur.is("}")) {
            if (cur.is("UNITSON") || cur.is("UNITSOFF")) {
                advance();
                continue;
            }
            Token name = expectName("a variable declaration");
            if (cur.is("[")) {
                throw error(cur, "array variables (" + name.text() + "[...]) are not supported by this engine");
            }
            String value = null;
            if (cur.is("=")) {
                advance();
                value = signedNumber("a number for " + name.text());
            }
            String unit = optionalUnit();
            String low = null;
            String high = null;
            if (cur.is("<")) {
                advance();
                low = signedNumber("the lower limit of " + name.text());
                if (cur.is(",")) {
                    advance();
                    high = signedNumber("the upper limit of " + name.text());
                }
                expect(">");
            }
            if (cur.is("FROM")) { // STATE x FROM 0 TO 1: an old range hint that changes nothing
                advance();
                signedNumber("a number");
                expect("TO");
                signedNumber("a number");
            }
            into.add(new Ast.VarDecl(name.text(), value, unit, low, high, pos(name)));
        }
        advance();
    }

    private String optionalUnit() {
        return cur.is("(") ? unit() : "";
    }

    private String unit() {
        String text = lexer.rawParenthesised(cur);
        cur = lexer.next();
        return text;
    }

    private String signedNumber(String what) {
        String sign = "";
        if (cur.is("-") || cur.is("+")) {
            sign = cur.text().equals("-") ? "-" : "";
            advance();
        }
        if (cur.kind() != Kind.NUMBER) {
            throw error(cur, "expected " + what + ", found " + cur.describe());
        }
        String text = sign + cur.text();
        advance();
        return text;
    }

    private void skipBraces() {
        while (!cur.is("{")) {
            if (cur.kind() == Kind.END) {
                throw error(cur, "expected {");
            }
            advance();
        }
        int depth = 0;
        do {
            if (cur.is("{")) {
                depth++;
            } else if (cur.is("}")) {
                depth--;
            } else if (cur.kind() == Kind.END) {
                throw error(cur, "a block that is not closed: add }");
            }
            advance();
        } while (depth > 0);
    }

    // ---- functions ----

    private Ast.Function function(Token start, boolean procedure) {
        Token name = expectName("the " + (procedure ? "procedure" : "function") + "'s name");
        List<Ast.Param> params = params();
        String unit = procedure ? "" : optionalUnit();
        return new Ast.Function(name.text(), params, unit, body(), procedure, pos(start));
    }

    private List<Ast.Param> params() {
        expect("(");
        List<Ast.Param> params = new ArrayList<>();
        while (!cur.is(")")) {
            if (!params.isEmpty()) {
                expect(",");
            }
            Token p = expectName("a parameter name");
            params.add(new Ast.Param(p.text(), optionalUnit(), pos(p)));
        }
        advance();
        return params;
    }

    // ---- statements ----

    private List<Stmt> body() {
        expect("{");
        List<Stmt> stmts = new ArrayList<>();
        while (!cur.is("}")) {
            if (cur.kind() == Kind.END) {
                throw error(cur, "a block that is not closed: add }");
            }
            statement(stmts);
        }
        advance();
        return stmts;
    }

    private void statement(List<Stmt> out) {
        Token t = cur;
        if (t.is("{")) {
            out.addAll(body());
            return;
        }
        if (t.is("~")) {
            advance();
            out.add(reaction(t));
            return;
        }
        if (t.kind() != Kind.NAME) {
            throw error(t, "expected a statement, found " + t.describe());
        }
        switch (t.text()) {
            case "LOCAL" -> {
                advance();
                out.add(new Ast.Local(commaList(), pos(t)));
            }
            case "if" -> out.add(ifStatement());
            case "while" -> {
                advance();
                expect("(");
                Expr c = expression();
                expect(")");
                out.add(new Ast.While(c, body(), pos(t)));
            }
            case "SOLVE" -> out.add(solve());
            case "TABLE" -> out.add(table());
            case "CONSERVE" -> {
                advance();
                List<Ast.Term> terms = terms();
                expect("=");
                out.add(new Ast.Conserve(terms, expression(), pos(t)));
            }
            case "COMPARTMENT" -> out.add(compartment());
            case "WATCH" -> {
                advance();
                expect("(");
                Expr c = expression();
                expect(")");
                out.add(new Ast.Watch(c, expression(), pos(t)));
            }
            case "INITIAL" -> {
                advance();
                out.add(new Ast.Initial(body(), pos(t)));
            }
            case "UNITSON", "UNITSOFF", "MUTEXLOCK", "MUTEXUNLOCK" -> advance();
            case "FROM", "FOR_NETCONS", "LAG", "SENS", "CONDUCTANCE", "printf", "VERBATIM", "PROTECT", "RESET" ->
                    throw error(t, t.text() + " is not supported by this engine");
            default -> out.add(simpleStatement(t));
        }
    }

    private Stmt simpleStatement(Token t) {
        advance();
        Name target = name(t);
        if (cur.is("'")) {
            advance();
            expect("=");
            return new Ast.Derivative(target, expression(), pos(t));
        }
        if (cur.is("=")) {
            advance();
            return new Ast.Assign(target, expression(), pos(t));
        }
        if (cur.is("(")) {
            return new Ast.CallStmt(call(t), pos(t));
        }
        if (cur.is("[")) {
            throw error(cur, "array variables (" + t.text() + "[...]) are not supported by this engine");
        }
        throw error(cur, "expected =, ' or ( after \"" + t.text() + "\", found " + cur.describe());
    }

    private Stmt ifStatement() {
        Token t = cur;
        advance();
        expect("(");
        Expr c = expression();
        expect(")");
        List<Stmt> then = body();
        List<Stmt> otherwise = List.of();
        if (cur.is("else")) {
            advance();
            otherwise = cur.is("if") ? List.of(ifStatement()) : body();
        }
        return new Ast.If(c, then, otherwise, pos(t));
    }

    private Stmt solve() {
        Token t = cur;
        advance();
        String block = expectName("the name of the block to solve").text();
        String method = null;
        boolean steady = false;
        if (cur.is("METHOD") || cur.is("STEADYSTATE")) {
            steady = cur.is("STEADYSTATE");
            advance();
            method = expectName("a method: cnexp, derivimplicit, euler or sparse").text();
        }
        if (cur.is("IFERROR")) {
            throw error(cur, "SOLVE ... IFERROR is not supported by this engine");
        }
        return new Ast.Solve(block, method, steady, pos(t));
    }

    private Stmt table() {
        Token t = cur;
        advance();
        List<Name> names = cur.is("DEPEND") || cur.is("FROM") ? List.of() : nameList();
        List<Name> depend = List.of();
        if (cur.is("DEPEND")) {
            advance();
            depend = nameList();
        }
        expect("FROM");
        Expr from = expression();
        expect("TO");
        Expr to = expression();
        expect("WITH");
        Expr with = expression();
        return new Ast.Table(names, depend, from, to, with, pos(t));
    }

    private Stmt compartment() {
        Token t = cur;
        advance();
        Expr volume = expression();
        if (cur.is(",")) {
            throw error(cur, "COMPARTMENT with an index (COMPARTMENT i, volume {...}) is not supported by this engine");
        }
        expect("{");
        List<Name> states = new ArrayList<>();
        while (!cur.is("}")) {
            states.add(name(expectName("a STATE name")));
        }
        advance();
        return new Ast.Compartment(volume, states, pos(t));
    }

    private Stmt reaction(Token start) {
        List<Ast.Term> left = terms();
        if (cur.is("<<")) {
            if (left.size() != 1 || left.get(0).coefficient() != 1) {
                throw error(start, "a flux (~ x << (rate)) names one STATE");
            }
            advance();
            return new Ast.Flux(left.get(0).state(), primary(), pos(start));
        }
        boolean reversible = cur.is("<->");
        if (!reversible && !cur.is("->")) {
            throw error(cur, "expected <->, -> or << in a reaction, found " + cur.describe());
        }
        advance();
        List<Ast.Term> right = terms();
        expect("(");
        Expr forward = expression();
        Expr backward = null;
        if (reversible) {
            expect(",");
            backward = expression();
        }
        expect(")");
        return new Ast.Reaction(left, right, forward, backward, pos(start));
    }

    private List<Ast.Term> terms() {
        List<Ast.Term> terms = new ArrayList<>();
        do {
            if (!terms.isEmpty()) {
                advance(); // the +
            }
            int coefficient = 1;
            if (cur.kind() == Kind.NUMBER) {
                try {
                    coefficient = Integer.parseInt(cur.text());
                } catch (NumberFormatException e) {
                    throw error(cur, "a stoichiometric coefficient must be a whole number, found " + cur.text());
                }
                advance();
            }
            terms.add(new Ast.Term(coefficient, name(expectName("a STATE name"))));
        } while (cur.is("+"));
        return terms;
    }

    // ---- expressions ----

    private Expr expression() {
        return or();
    }

    private Expr or() {
        Expr e = and();
        while (cur.is("||")) {
            Token op = cur;
            advance();
            e = new Ast.Binary("||", e, and(), pos(op));
        }
        return e;
    }

    private Expr and() {
        Expr e = comparison();
        while (cur.is("&&")) {
            Token op = cur;
            advance();
            e = new Ast.Binary("&&", e, comparison(), pos(op));
        }
        return e;
    }

    private Expr comparison() {
        Expr e = sum();
        while (cur.is("<") || cur.is(">") || cur.is("<=") || cur.is(">=") || cur.is("==") || cur.is("!=")) {
            Token op = cur;
            advance();
            e = new Ast.Binary(op.text(), e, sum(), pos(op));
        }
        return e;
    }

    private Expr sum() {
        Expr e = product();
        while (cur.is("+") || cur.is("-")) {
            Token op = cur;
            advance();
            e = new Ast.Binary(op.text(), e, product(), pos(op));
        }
        return e;
    }

    private Expr product() {
        Expr e = unary();
        while (cur.is("*") || cur.is("/")) {
            Token op = cur;
            advance();
            e = new Ast.Binary(op.text(), e, unary(), pos(op));
        }
        return e;
    }

    private Expr unary() {
        if (cur.is("-") || cur.is("!") || cur.is("+")) {
            Token op = cur;
            advance();
            Expr operand = unary();
            return op.text().equals("+") ? operand : new Ast.Unary(op.text(), operand, pos(op));
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (cur.is("^")) {
            Token op = cur;
            advance();
            Expr exponent = cur.is("-") || cur.is("!") || cur.is("+") ? unary() : power();
            return new Ast.Binary("^", base, exponent, pos(op));
        }
        return base;
    }

    private Expr primary() {
        Token t = cur;
        if (t.kind() == Kind.NUMBER) {
            advance();
            return new Ast.Num(t.text(), pos(t));
        }
        if (t.is("(")) {
            advance();
            Expr inner = expression();
            expect(")");
            return new Ast.Paren(inner, pos(t));
        }
        if (t.kind() == Kind.NAME) {
            advance();
            if (cur.is("(")) {
                return call(t);
            }
            if (cur.is("[")) {
                throw error(cur, "array variables (" + t.text() + "[...]) are not supported by this engine");
            }
            return name(t);
        }
        throw error(t, "expected a number, a name or (, found " + t.describe());
    }

    private Ast.Call call(Token name) {
        expect("(");
        List<Expr> args = new ArrayList<>();
        while (!cur.is(")")) {
            if (!args.isEmpty()) {
                expect(",");
            }
            args.add(expression());
        }
        advance();
        return new Ast.Call(name.text(), args, pos(name));
    }

    // ---- helpers ----

    private void advance() {
        cur = lexer.next();
    }

    private void expect(String s) {
        if (!cur.is(s)) {
            throw error(cur, "expected " + s + ", found " + cur.describe());
        }
        advance();
    }

    private Token expectName(String what) {
        Token t = cur;
        if (t.kind() != Kind.NAME) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        advance();
        return t;
    }

    private static Name name(Token t) {
        return new Name(t.text(), pos(t));
    }

    private static Pos pos(Token t) {
        return new Pos(t.line(), t.column());
    }

    private NmodlException error(Token t, String message) {
        return new NmodlException(lexer.source(), t.line(), t.column(), message);
    }

    /** Collects the blocks of a file as they come. */
    private static final class ProgramBuilder {
        String title = "";
        Ast.NeuronBlock neuron;
        final List<Ast.VarDecl> parameters = new ArrayList<>();
        final List<Ast.VarDecl> constants = new ArrayList<>();
        final List<Ast.VarDecl> assigned = new ArrayList<>();
        final List<Ast.VarDecl> states = new ArrayList<>();
        final List<Ast.UnitFactor> unitFactors = new ArrayList<>();
        List<Stmt> initial;
        List<Stmt> breakpoint;
        final List<Ast.Scheme> schemes = new ArrayList<>();
        final List<Ast.Function> functions = new ArrayList<>();
        Ast.NetReceive netReceive;
        final List<Name> globalLocals = new ArrayList<>();

        Ast.Program build(Source source) {
            return new Ast.Program(source, title, neuron, parameters, constants, assigned, states, unitFactors,
                    initial, breakpoint, schemes, functions, netReceive, globalLocals);
        }
    }
}
