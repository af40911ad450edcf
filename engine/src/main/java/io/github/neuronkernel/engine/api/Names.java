package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.IonUse;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.PointProcessInternals;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.nmodl.NmodlLoader;
import io.github.neuronkernel.engine.nmodl.runtime.PointType;
import io.github.neuronkernel.engine.nmodl.runtime.PointTypes;
import io.github.neuronkernel.engine.state.IonType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a simulation knows, with their units and kinds, for the kernel's completion and help
 * inside strings ({@code insert("}, {@code seg.get("}, {@code h.set("}). Kept off {@code h} itself so
 * that completion after {@code h.} lists NEURON's API.
 */
public final class Names {
    /**
     * A name and what it is.
     *
     * @param name as users write it, e.g. {@code gnabar_hh}
     * @param unit its unit, e.g. {@code S/cm2}, or empty
     * @param kind e.g. {@code parameter}, {@code state}, {@code global}, {@code density mechanism}
     */
    public record Name(String name, String unit, String kind) {}

    /** What every segment has, in the order its error messages list them. */
    private static final List<Name> SEGMENT = List.of(new Name("v", "mV", "membrane potential"),
            new Name("diam", "um", "diameter"), new Name("cm", "uF/cm2", "specific membrane capacitance"));

    private Names() {}

    /**
     * @return the mechanisms {@code h} knows: the density mechanisms (built in and loaded, which
     *     {@code sec.insert} takes), then the loaded point processes and artificial cells (which
     *     {@code h.PointProcess} takes)
     */
    public static List<Name> mechanisms(Simulation h) {
        List<Name> names = new ArrayList<>();
        h.catalog().densityTypes().forEach(t -> names.add(new Name(t.name(), "", "density mechanism")));
        for (NmodlLoader.Loaded l : h.loaded().values()) {
            if (l.point() != null) {
                names.add(new Name(l.spec().name(), "", l.point().artificial() ? "ARTIFICIAL_CELL" : "POINT_PROCESS"));
            }
        }
        return names;
    }

    /**
     * @return the range variables any segment may have: v, diam, cm, every density mechanism's ({@code
     *     gnabar_hh}, ...) and every ion's ({@code ena}, {@code ina}, {@code nai}, {@code nao})
     */
    public static List<Name> rangeVariables(Simulation h) {
        List<Name> names = new ArrayList<>(SEGMENT);
        h.catalog().densityTypes().forEach(t -> names.addAll(of(t)));
        for (IonType ion : h.catalog().ionTypes()) {
            names.addAll(ionNames(ion.name));
        }
        return names;
    }

    /**
     * @param owner what {@code get}, {@code set} or {@code ref} is called on: a section, a segment,
     *     a point process or an artificial cell
     * @return the variables it has (a section's and a segment's: v, its mechanisms' and its ions'),
     *     or null for another object
     */
    public static List<Name> variablesOf(Simulation h, Object owner) {
        if (owner instanceof Segment seg) {
            return variablesOf(h, seg.sec());
        }
        if (owner instanceof Section sec) {
            return sectionVariables(h, sec);
        }
        PointType loaded = PointTypes.of(owner);
        if (loaded != null) {
            return of(loaded.variables().variables(), "");
        }
        boolean engines = owner instanceof PointProcess || owner instanceof ArtificialCell;
        MechanismDoc builtIn = engines ? BuiltinDocs.of(owner.getClass().getSimpleName(), x -> 0) : null;
        return builtIn == null ? null
                : builtIn.variables().stream().map(r -> new Name(r.name(), r.unit(), r.kind())).toList();
    }

    private static List<Name> sectionVariables(Simulation h, Section sec) {
        List<Name> names = new ArrayList<>(SEGMENT);
        Set<String> ions = new LinkedHashSet<>();
        for (String mechanism : sec.mechanisms()) {
            DensityType type = h.catalog().density(mechanism);
            names.addAll(of(type));
            type.ions().forEach(u -> ions.add(u.ion()));
        }
        for (PointProcess p : h.pointProcesses()) {
            if (p.getSegment().sec() == sec) {
                PointProcessInternals.ionUses(p).stream().map(IonUse::ion).forEach(ions::add);
            }
        }
        ions.forEach(ion -> names.addAll(ionNames(ion)));
        return names;
    }

    /** @return the globals {@code h.get}, {@code h.set} and {@code h.ref} take */
    public static List<Name> globals(Simulation h) {
        List<Name> names = new ArrayList<>();
        for (String g : h.globalNames()) {
            names.add(new Name(g, globalUnit(h, g), "global"));
        }
        return names;
    }

    private static String globalUnit(Simulation h, String name) {
        return switch (name) {
            case "t", "dt", "taueps_IntFire4" -> "ms";
            case "celsius" -> "degC";
            default -> name.endsWith("_ion") ? "mM" : loadedGlobalUnit(h, name);
        };
    }

    private static String loadedGlobalUnit(Simulation h, String name) {
        int cut = name.lastIndexOf('_');
        NmodlLoader.Loaded l = cut > 0 ? h.loaded().get(name.substring(cut + 1)) : null;
        if (l == null) {
            return "";
        }
        String local = name.substring(0, cut);
        for (var list : List.of(l.layout().globals, l.layout().scratch)) {
            for (var g : list) {
                if (g.name().equals(local)) {
                    return unit(g.unit());
                }
            }
        }
        return "";
    }

    /** @return everything {@code h.help(name)} describes: the built-ins, the loaded mechanisms and the ions */
    public static List<Name> documented(Simulation h) {
        List<Name> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(BuiltinDocs.NAMES);
        h.loaded().keySet().forEach(seen::add);
        h.catalog().ionTypes().forEach(t -> seen.add(t.name + "_ion"));
        for (String n : seen) {
            names.add(new Name(n, "", h.describe(n).kind()));
        }
        return names;
    }

    /**
     * @param name a range variable or global as users write it: {@code gnabar_hh}, {@code ena},
     *     {@code usetable_hh}, {@code eps_IntFire4}, a loaded mechanism's {@code gbar_kadt}
     * @return its line of {@code h.help}'s table (kind, unit, default or value, allowed range,
     *     meaning) under its mechanism's name, or null if no mechanism describes it
     */
    public static String describe(Simulation h, String name) {
        List<String> owners = new ArrayList<>();
        int cut = name.lastIndexOf('_');
        if (name.endsWith("_ion")) {
            owners.add(name.substring(name.indexOf('_', name.indexOf("0_")) + 1, name.length()));
        } else if (cut > 0) {
            owners.add(name.substring(cut + 1));
        }
        h.catalog().ionTypes().forEach(t -> owners.add(t.name + "_ion"));
        for (String owner : owners) {
            MechanismDoc doc;
            try {
                doc = h.describe(owner);
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            List<MechanismDoc.Row> rows = new ArrayList<>(doc.variables());
            rows.addAll(doc.globals());
            for (MechanismDoc.Row r : rows) {
                if (r.name().equals(name)) {
                    return line(owner, r);
                }
            }
        }
        return null;
    }

    private static String line(String owner, MechanismDoc.Row r) {
        StringBuilder b = new StringBuilder(r.name()).append(": ").append(r.kind()).append(" of ").append(owner);
        if (!r.unit().isEmpty()) {
            b.append(", ").append(r.unit());
        }
        if (!r.value().isEmpty()) {
            b.append(r.kind().equals("global") ? ", now " : ", default ").append(r.value());
        }
        if (!r.allowed().isEmpty()) {
            b.append(", allowed ").append(r.allowed());
        }
        return r.meaning().isEmpty() ? b.toString() : b.append("\n").append(r.meaning()).toString();
    }

    /** @return the names of the sections {@code h.section} takes */
    public static List<String> sections(Simulation h) {
        return h.allsec().stream().map(Section::name).toList();
    }

    private static List<Name> of(DensityType type) {
        return of(type.variables(), "_" + type.name());
    }

    private static List<Name> of(List<Variable> variables, String suffix) {
        return variables.stream().map(v -> new Name(v.name() + suffix, unit(v.unit()), v.kind().name().toLowerCase()))
                .toList();
    }

    private static List<Name> ionNames(String ion) {
        return List.of(new Name("e" + ion, "mV", "reversal potential"), new Name("i" + ion, "mA/cm2", "ion current"),
                new Name(ion + "i", "mM", "inside concentration"), new Name(ion + "o", "mM", "outside concentration"));
    }

    private static String unit(String unit) {
        return unit.equals("1") ? "" : unit;
    }
}
