package io.github.neuronkernel.engine.nmodl.model;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.Source;
import java.util.List;
import java.util.Map;

/**
 * A mechanism as a .mod file describes it, checked: every name resolved to a {@link Symbol}, the
 * ions and currents known, the SOLVE statements taken out of BREAKPOINT. What code generation
 * needs, and nothing of the parser's tokens.
 *
 * @param source the file
 * @param name the SUFFIX, POINT_PROCESS or ARTIFICIAL_CELL name
 * @param kind what kind of mechanism
 * @param title the TITLE, or empty
 * @param symbols every declared name, in declaration order
 * @param ions the ions used, in the order of the NEURON block
 * @param currents the currents the mechanism contributes (ion currents it writes, NONSPECIFIC and
 *     ELECTRODE currents), in the order NEURON sums them
 * @param electrode whether the currents are electrode currents (added to the node's rhs)
 * @param initial the INITIAL block's statements (empty if none)
 * @param breakpoint BREAKPOINT's statements other than SOLVE
 * @param solves BREAKPOINT's SOLVE statements, in order
 * @param initialSolves SOLVE ... STEADYSTATE statements of INITIAL, in order
 * @param schemes DERIVATIVE and KINETIC blocks by name
 * @param functions FUNCTIONs and PROCEDUREs by name, in order
 * @param tables the TABLE of each FUNCTION or PROCEDURE that has one
 * @param netReceive the NET_RECEIVE block, or null
 */
public record MechanismSpec(Source source, String name, Kind kind, String title, Map<String, Symbol> symbols,
        List<IonUse> ions, List<String> currents, boolean electrode, List<Ast.Stmt> initial,
        List<Ast.Stmt> breakpoint, List<Ast.Solve> solves, List<Ast.Solve> initialSolves,
        Map<String, Ast.Scheme> schemes, Map<String, Ast.Function> functions, Map<String, Ast.Table> tables,
        Ast.NetReceive netReceive) {

    /** The three kinds of mechanism. */
    public enum Kind {
        /** SUFFIX: inserted in sections, values per segment, currents in mA/cm2. */
        DENSITY,
        /** POINT_PROCESS: placed at one location, currents in nA. */
        POINT_PROCESS,
        /** ARTIFICIAL_CELL: no location, only events. */
        ARTIFICIAL_CELL
    }

    /**
     * One USEION statement.
     *
     * @param ion e.g. {@code ca}
     * @param read the ion variables read ({@code eca}, {@code cai}, ...)
     * @param write the ion variables written ({@code ica}, {@code cai}, ...)
     * @param valence the charge, from VALENCE or the ion's known charge
     */
    public record IonUse(String ion, List<String> read, List<String> write, double valence) {
        /** @return whether it writes the inside or outside concentration */
        public boolean writesConcentration() {
            return write.contains(ion + "i") || write.contains(ion + "o");
        }
    }

    /** @return the symbol named {@code name}, or null */
    public Symbol symbol(String name) {
        return symbols.get(name);
    }

}
