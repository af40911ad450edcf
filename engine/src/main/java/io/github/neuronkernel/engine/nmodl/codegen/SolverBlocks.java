package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The blocks of a mechanism that NEURON hands to a solver: DERIVATIVE blocks solved by
 * derivimplicit ({@code Newton}) and KINETIC blocks solved by sparse ({@code SparseSolver}). It
 * writes their solve methods, the functions the solvers call back, and the class's implementation
 * of the solvers' interfaces, numbering the blocks: derivimplicit ones first, then kinetic ones.
 */
final class SolverBlocks {
    private final JavaGenerator gen;
    private final List<Ast.Scheme> implicit;
    private final List<Kinetic> kinetic = new ArrayList<>();

    SolverBlocks(JavaGenerator gen) {
        this.gen = gen;
        MechanismSpec spec = gen.spec;
        this.implicit = implicitSchemes(spec);
        for (Ast.Scheme scheme : spec.schemes().values()) {
            if (scheme.kinetic() && (spec.solves().stream().anyMatch(x -> x.block().equals(scheme.name()))
                    || spec.initialSolves().stream().anyMatch(x -> x.block().equals(scheme.name())))) {
                kinetic.add(new Kinetic(gen, scheme));
            }
        }
    }

    /**
     * @return the DERIVATIVE blocks NEURON solves by derivimplicit: those that ask for it, and
     *     those solved by cnexp with an equation whose state sits inside a call or a divisor
     *     (nocmodl then uses derivimplicit for the whole block)
     */
    private static List<Ast.Scheme> implicitSchemes(MechanismSpec spec) {
        List<Ast.Scheme> list = new ArrayList<>();
        for (Ast.Solve solve : spec.solves()) {
            Ast.Scheme scheme = spec.schemes().get(solve.block());
            if (scheme == null || scheme.kinetic() || list.contains(scheme)) {
                continue;
            }
            boolean fallback = "cnexp".equals(solve.method()) && scheme.body().stream()
                    .anyMatch(st -> st instanceof Ast.Derivative d && Linear.of(d.value(), d.state().name()).dInvalid());
            if ("derivimplicit".equals(solve.method()) || fallback) {
                list.add(scheme);
            }
        }
        return list;
    }

    boolean isImplicit(Ast.Scheme scheme) {
        return implicit.contains(scheme);
    }

    boolean isEmpty() {
        return implicit.isEmpty() && kinetic.isEmpty();
    }

    /** derivimplicit as nocmodl generates it (NOCMODL.md section 3.2), with {@code Newton}. */
    void implicitSolve(Ast.Scheme scheme) {
        int block = implicit.indexOf(scheme);
        String b = scheme.name();
        List<String> states = scheme.body().stream().filter(st -> st instanceof Ast.Derivative)
                .map(st -> ((Ast.Derivative) st).state().name()).toList();
        gen.line("");
        gen.line("    private final ThreadLocal<Newton> newton_" + b + " = ThreadLocal.withInitial(() -> new Newton("
                + states.size() + "));");
        gen.line("");
        gen.line("    private void solve_" + b + "(S gs, int k) {");
        gen.line("        Newton nw = newton_" + b + ".get();");
        gen.line("        nw.gs = gs;");
        gen.line("        nw.dt = clock.secondorder != 0 ? clock.dt * 0.5 : clock.dt;");
        for (int j = 0; j < states.size(); j++) {
            gen.line("        nw.sav[" + j + "] = " + gen.w.instance(states.get(j)) + ";");
        }
        gen.line("        int error = nw.solve(blocks, " + block + ", k);");
        gen.line("        if (error != 0) {");
        gen.line("            throw new NumericalInstabilityException(\"" + gen.spec.name() + ": derivimplicit could not solve "
                + b + " at t = \" + clock.t + \" ms (\" + (error == 1 ? \"no convergence in 50 Newton iterations\""
                + " : \"a singular Jacobian\") + \"); try a smaller dt\", clock.t, \"" + gen.spec.name() + "\");");
        gen.line("        }");
        gen.line("        residual_" + b + "(gs, k, nw);");
        gen.line("        if (clock.secondorder != 0) {");
        for (int j = 0; j < states.size(); j++) {
            gen.line("            " + gen.w.instance(states.get(j)) + " += nw.dt * nw.d[" + j + "];");
        }
        gen.line("        }");
        gen.line("    }");
        gen.line("");
        gen.line("    private void residual_" + b + "(S gs, int k, Newton nw) {");
        gen.declareDerivatives(scheme);
        gen.statements(scheme.body(), new HashSet<>(), "        ", "euler");
        for (int j = 0; j < states.size(); j++) {
            String x = states.get(j);
            gen.line("        nw.d[" + j + "] = _D_" + x + ";");
            gen.line("        nw.value[" + j + "] = _D_" + x + " - (" + gen.w.instance(x) + " - nw.sav[" + j + "]) / nw.dt;");
        }
        gen.line("    }");
    }

    /** @return the interfaces the solvers call the blocks through */
    private String interfaces() {
        List<String> interfaces = new ArrayList<>();
        if (!implicit.isEmpty()) {
            interfaces.add("Newton.Equations");
        }
        if (!kinetic.isEmpty()) {
            interfaces.add("SparseSolver.Scheme");
        }
        return String.join(", ", interfaces);
    }

    private Kinetic kineticOf(String name) {
        return kinetic.stream().filter(x -> x.scheme.name().equals(name)).findFirst().orElseThrow();
    }

    /** The solver's block number of a KINETIC block: after the derivimplicit ones. */
    private int blockOf(Kinetic kin) {
        return implicit.size() + kinetic.indexOf(kin);
    }

    /** KINETIC ... METHOD sparse as nocmodl generates it (NOCMODL.md section 4). */
    void kineticSolve(Ast.Scheme scheme) {
        Kinetic kin = kineticOf(scheme.name());
        String b = kin.scheme.name();
        gen.line("");
        gen.line("    private void solve_" + b + "(S gs, int k) {");
        gen.line("        SparseSolver so = sparse_" + b + ".get();");
        gen.line("        so.gs = gs;");
        gen.line("        double dt = clock.secondorder != 0 ? clock.dt * 0.5 : clock.dt;");
        gen.line("        so.advance(blocks, " + blockOf(kin) + ", k, dt, " + kin.linear + "); // NEURON ignores its error");
        gen.line("        if (clock.secondorder != 0) {");
        for (int j = 0; j < kin.states.size(); j++) {
            gen.line("            " + gen.w.instance(kin.states.get(j)) + " += dt * so.d[" + j + "];");
        }
        gen.line("        }");
        gen.line("    }");
    }

    /** The members every KINETIC block needs: its solver per thread and the function that fills its matrix. */
    private void kineticMembers() {
        for (Kinetic kin : kinetic) {
            String b = kin.scheme.name();
            gen.line("");
            gen.line("    private final ThreadLocal<SparseSolver> sparse_" + b + " = ThreadLocal.withInitial(() -> new SparseSolver("
                    + kin.states.size() + "));");
            gen.line("");
            gen.line("    private void fill_" + b + "(S gs, int k, SparseSolver so, double dt) {");
            kin.fillBody("        ");
            gen.line("    }");
        }
    }

    /** STEADYSTATE sparse in INITIAL, as NEURON's _ss_sparse_thread does it. */
    String steadyState(Ast.Solve solve) {
        Ast.Scheme scheme = gen.spec.schemes().get(solve.block());
        if (scheme == null || !scheme.kinetic() || !"sparse".equals(solve.method())) {
            throw gen.unsupported(solve.pos(), "SOLVE " + solve.block() + " STEADYSTATE " + solve.method());
        }
        Kinetic kin = kineticOf(scheme.name());
        StringBuilder b = new StringBuilder("{\n");
        b.append("SparseSolver so = sparse_").append(scheme.name()).append(".get();\n");
        b.append("so.gs = gs;\n");
        b.append("so.steadyState(blocks, ").append(blockOf(kin)).append(", k, ").append(kin.linear).append(");\n");
        b.append("if (clock.secondorder != 0) {\n");
        for (int j = 0; j < kin.states.size(); j++) {
            b.append(gen.w.instance(kin.states.get(j))).append(" += clock.dt * so.d[").append(j).append("];\n");
        }
        return b.append("}\n}").toString();
    }

    /**
     * The solvers' interfaces, implemented by a nested class {@code Blocks} that dispatches on the
     * block and the state: the mechanism's own class does not implement them, so that a point
     * process's users do not see these methods.
     */
    void dispatch() {
        kineticMembers();
        if (implicit.isEmpty() && kinetic.isEmpty()) {
            return;
        }
        gen.line("");
        gen.line("    private final Blocks blocks = new Blocks();");
        gen.line("");
        gen.line("    /** The blocks as the solvers call them. */");
        gen.line("    private final class Blocks implements " + interfaces() + " {");
        gen.indent("    ");
        if (!implicit.isEmpty()) {
            gen.line("");
            gen.line("    @Override");
            gen.line("    public void residual(int block, int k, Newton nw) {");
            gen.line("        switch (block) {");
            for (int i = 0; i < implicit.size(); i++) {
                gen.line("            case " + i + " -> residual_" + implicit.get(i).name() + "((S) nw.gs, k, nw);");
            }
            gen.line("            default -> throw new IllegalStateException(\"no block \" + block);");
            gen.line("        }");
            gen.line("    }");
        }
        if (!kinetic.isEmpty()) {
            gen.line("");
            gen.line("    @Override");
            gen.line("    public void fill(int block, int k, SparseSolver so, double dt) {");
            gen.line("        switch (block) {");
            for (Kinetic kin : kinetic) {
                gen.line("            case " + blockOf(kin) + " -> fill_" + kin.scheme.name() + "((S) so.gs, k, so, dt);");
            }
            gen.line("            default -> throw new IllegalStateException(\"no block \" + block);");
            gen.line("        }");
            gen.line("    }");
        }
        for (boolean set : new boolean[] {false, true}) {
            gen.line("");
            gen.line("    @Override");
            gen.line(set ? "    public void setState(int block, int k, int j, double x) {"
                    : "    public double state(int block, int k, int j) {");
            for (int i = 0; i < implicit.size() + kinetic.size(); i++) {
                List<String> states = i >= implicit.size() ? kinetic.get(i - implicit.size()).states
                        : implicit.get(i).body().stream().filter(st -> st instanceof Ast.Derivative)
                                .map(st -> ((Ast.Derivative) st).state().name()).toList();
                for (int j = 0; j < states.size(); j++) {
                    gen.line("        if (block == " + i + " && j == " + j + ") {");
                    gen.line(set ? "            " + gen.w.instance(states.get(j)) + " = x;\n            return;"
                            : "            return " + gen.w.instance(states.get(j)) + ";");
                    gen.line("        }");
                }
            }
            gen.line("        throw new IllegalStateException(\"no state \" + j + \" in block \" + block);");
            gen.line("    }");
        }
        gen.indent("");
        gen.line("    }");
    }
}
