package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.mechanism.builtin.APCount;
import io.github.neuronkernel.engine.mechanism.builtin.AlphaSynapse;
import io.github.neuronkernel.engine.mechanism.builtin.Exp2Syn;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.Hh;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire1;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire2;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire4;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.mechanism.builtin.Pas;
import io.github.neuronkernel.engine.mechanism.builtin.SEClamp;
import io.github.neuronkernel.engine.mechanism.builtin.VClamp;
import io.github.neuronkernel.engine.state.IonType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The built-in mechanisms and ions as help and {@code docs/mechanisms.md} describe them, made from
 * the descriptions the engine itself uses ({@code VARIABLES}, {@code GLOBALS}, {@code TYPE}).
 */
final class BuiltinDocs {
    /** The built-ins, in the order the documentation lists them. */
    static final List<String> NAMES = List.of("hh", "pas", "IClamp", "SEClamp", "VClamp", "ExpSyn", "Exp2Syn",
            "AlphaSynapse", "APCount", "NetStim", "IntFire1", "IntFire2", "IntFire4", "na_ion", "k_ion");

    private BuiltinDocs() {}

    /**
     * @param name a built-in's name; an ion as {@code na_ion} or {@code na}
     * @param global a global's present value by NEURON's name (its default, for the documentation)
     * @return its description, or null if no built-in has that name
     */
    static MechanismDoc of(String name, ToDoubleFunction<String> global) {
        return switch (name) {
            case "hh" -> density(Hh.TYPE, "Hodgkin and Huxley's (1952) squid axon sodium, potassium and leak"
                    + " channels, NEURON's hh.mod; its rates follow celsius",
                    List.of(MechanismDoc.Row.global(Hh.USETABLE, "usetable_hh", global.applyAsDouble("usetable_hh"))));
            case "pas" -> density(Pas.TYPE, "a passive leak, i = g (v - e)", List.of());
            case "IClamp" -> point(name, IClamp.VARIABLES, "a current step of amp nA from delay for dur ms");
            case "SEClamp" -> point(name, SEClamp.VARIABLES,
                    "a single-electrode voltage clamp with three levels and series resistance rs");
            case "VClamp" -> point(name, VClamp.VARIABLES,
                    "a two-electrode voltage clamp with three levels and an amplifier model");
            case "ExpSyn" -> point(name, ExpSyn.VARIABLES,
                    "a synapse whose conductance jumps by each event's weight and decays with tau");
            case "Exp2Syn" -> point(name, Exp2Syn.VARIABLES,
                    "a synapse whose conductance rises with tau1 and decays with tau2");
            case "AlphaSynapse" -> point(name, AlphaSynapse.VARIABLES,
                    "an alpha-function conductance starting at onset, needing no NetCon");
            case "APCount" -> point(name, APCount.VARIABLES,
                    "counts crossings of thresh by v; record(vector) keeps their times");
            case "NetStim" -> cell(name, NetStim.VARIABLES, List.of(),
                    "a spike generator: number spikes from start, interval apart");
            case "IntFire1" -> cell(name, IntFire1.VARIABLES, List.of(),
                    "an integrate-and-fire cell whose input jumps decay with tau");
            case "IntFire2" -> cell(name, IntFire2.VARIABLES, List.of(),
                    "an integrate-and-fire cell driven by a current that decays with taus");
            case "IntFire4" -> cell(name, IntFire4.VARIABLES, IntFire4.GLOBALS.stream()
                    .map(g -> MechanismDoc.Row.global(g, g.name() + "_IntFire4",
                            global.applyAsDouble(g.name() + "_IntFire4"))).toList(),
                    "an integrate-and-fire cell with excitatory and two-stage inhibitory currents");
            case "na_ion", "na" -> ion(IonType.standard("na", 1), "sodium", global);
            case "k_ion", "k" -> ion(IonType.standard("k", 1), "potassium", global);
            default -> null;
        };
    }

    /** @return the description of an ion species (a loaded mechanism's, such as ca, too) */
    static MechanismDoc ion(IonType ion, String species, ToDoubleFunction<String> global) {
        String n = ion.name;
        List<Variable> variables = List.of(
                Variable.parameter("e" + n, "mV", ion.defaultErev).means(species
                        + " reversal potential (follows Nernst where a mechanism reads or writes " + n + "i or " + n
                        + "o)"),
                Variable.assigned("i" + n, "mA/cm2").means(species + " current, summed over mechanisms"),
                Variable.parameter(n + "i", "mM", ion.defaultConci).means("inside concentration"),
                Variable.parameter(n + "o", "mM", ion.defaultConco).means("outside concentration"));
        Variable inside = Variable.parameter(n + "i0", "mM", ion.defaultConci)
                .means("inside concentration at finitialize where a mechanism writes it");
        Variable outside = Variable.parameter(n + "o0", "mM", ion.defaultConco)
                .means("outside concentration at finitialize where a mechanism writes it");
        String in = n + "i0_" + n + "_ion";
        String out = n + "o0_" + n + "_ion";
        return new MechanismDoc(n + "_ion", "ion, valence " + io.github.neuronkernel.engine.internal.Validate.num(
                ion.charge), "seg.get(\"e" + n + "\")", "", "present where a mechanism uses " + species,
                rows(variables, ""), List.of(MechanismDoc.Row.global(inside, in, global.applyAsDouble(in)),
                        MechanismDoc.Row.global(outside, out, global.applyAsDouble(out))));
    }

    private static MechanismDoc density(DensityType type, String about, List<MechanismDoc.Row> globals) {
        return new MechanismDoc(type.name(), "density mechanism", "sec.insert(\"" + type.name() + "\")", "", about,
                rows(type.variables(), "_" + type.name()), globals);
    }

    private static MechanismDoc point(String name, List<Variable> variables, String about) {
        return new MechanismDoc(name, "built-in POINT_PROCESS", "h." + name + "(seg)", "", about, rows(variables, ""),
                List.of());
    }

    private static MechanismDoc cell(String name, List<Variable> variables, List<MechanismDoc.Row> globals,
            String about) {
        return new MechanismDoc(name, "built-in ARTIFICIAL_CELL", "h." + name + "()", "", about, rows(variables, ""),
                globals);
    }

    static List<MechanismDoc.Row> rows(List<Variable> variables, String suffix) {
        List<MechanismDoc.Row> rows = new ArrayList<>();
        variables.forEach(v -> rows.add(MechanismDoc.Row.of(v, suffix)));
        return rows;
    }
}
