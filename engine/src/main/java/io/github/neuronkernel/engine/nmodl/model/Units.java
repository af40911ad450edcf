package io.github.neuronkernel.engine.nmodl.model;

import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import io.github.neuronkernel.engine.nmodl.syntax.Source;
import java.util.Map;

/**
 * The values of UNITS constants such as {@code FARADAY = (faraday) (coulomb)}: the number that
 * converts the first unit into the second, as NEURON 8.2's units database gives it (the 2019 SI
 * values, not the legacy ones). Only conversions published models use are known; others are
 * refused with the list of known ones.
 */
final class Units {
    /** Exact doubles as NEURON 8.2.2's nocmodl writes them into the C it generates. */
    private static final Map<String, Double> KNOWN = Map.ofEntries(
            Map.entry("faraday coulomb", 96485.33212331001),
            Map.entry("faraday kilocoulomb", 96.48533212331001),
            Map.entry("faraday coul", 96485.33212331001),
            Map.entry("k-mole joule/degc", 8.31446261815324),
            Map.entry("k-mole joule/kelvin", 8.31446261815324),
            Map.entry("k-mole mv-coulomb/degc", 8314.46261815324),
            Map.entry("e coulomb", 1.602176634e-19),
            Map.entry("pi 1", 3.141592653589793),
            Map.entry("boltzmann joule/kelvin", 1.380649e-23),
            Map.entry("avogadro 1", 6.02214076e23),
            Map.entry("1 1", 1.0));

    private Units() {}

    static double factor(String from, String to, Source source, Ast.Pos pos) {
        String key = (from.strip() + " " + to.strip()).toLowerCase(java.util.Locale.ROOT).replace(" ", " ");
        Double value = KNOWN.get(key);
        if (value == null) {
            throw new NmodlException(source, pos.line(), pos.column(), "the unit conversion (" + from + ") (" + to
                    + ") is not known to this engine; known are " + String.join(", ", KNOWN.keySet().stream()
                            .sorted().map(k -> "(" + k.replace(" ", ") (") + ")").toList())
                    + "; write the number instead, e.g. NAME = 96485.33212331001 (coulomb)");
        }
        return value;
    }
}
