package io.github.neuronkernel.kernel.display;

import java.util.Map;

/** Units of the variables a run can save, for axis labels. */
final class Units {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("t", "ms"), Map.entry("dt", "ms"), Map.entry("celsius", "degC"),
            Map.entry("v", "mV"), Map.entry("i", "nA"),
            Map.entry("ina", "mA/cm2"), Map.entry("ik", "mA/cm2"), Map.entry("il_hh", "mA/cm2"),
            Map.entry("i_pas", "mA/cm2"), Map.entry("ena", "mV"), Map.entry("ek", "mV"),
            Map.entry("m_hh", "1"), Map.entry("h_hh", "1"), Map.entry("n_hh", "1"),
            Map.entry("gna_hh", "S/cm2"), Map.entry("gk_hh", "S/cm2"));

    private Units() {}

    /** {@code soma(0.5).v} gives {@code v}; a global's name is its variable. */
    static String variable(String column) {
        int dot = column.lastIndexOf(").");
        return dot >= 0 ? column.substring(dot + 2) : column;
    }

    /** @return {@code v (mV)} for {@code soma(0.5).v}, the bare variable when its unit is unknown */
    static String label(String column) {
        String variable = variable(column);
        String unit = KNOWN.get(variable);
        return unit == null || unit.equals("1") ? variable : variable + " (" + unit + ")";
    }
}
