package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.builtin.Hh;
import io.github.neuronkernel.engine.mechanism.builtin.Pas;
import io.github.neuronkernel.engine.model.MechanismNames;
import io.github.neuronkernel.engine.state.IonType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mechanisms and ion species one simulation knows by name: the built-in ones, then those it
 * loaded (from NMODL files), each registered once. Each simulation has its own, so two simulations
 * may load different mechanisms.
 */
public final class MechanismCatalog implements MechanismNames {
    /**
     * NEURON's type number of the first mechanism loaded after the built-ins: NEURON numbers its
     * built-in mechanisms up to 23 and loaded ones after them, in loading order.
     */
    public static final int FIRST_LOADED_ORDER = 100;
    /** NEURON's built-in point processes and artificial cells: names a loaded mechanism may not take. */
    private static final List<String> BUILTIN_POINT_PROCESSES = List.of("IClamp", "ExpSyn", "Exp2Syn", "SEClamp",
            "NetStim", "AlphaSynapse", "VClamp", "OClamp", "APCount", "IntFire1", "IntFire2", "IntFire4",
            "PatternStim", "PointProcessMark");
    private static final List<String> BUILTIN_ARTIFICIAL_CELLS = List.of("NetStim", "IntFire1", "IntFire2", "IntFire4",
            "PatternStim");
    private final Map<String, DensityType> density = new LinkedHashMap<>();
    private final java.util.Set<String> loadedPoints = new java.util.LinkedHashSet<>();
    private final List<IonType> ions = new ArrayList<>();
    private int nextOrder = FIRST_LOADED_ORDER;

    private MechanismCatalog() {}

    /** @return a catalogue with the built-in mechanisms (pas, hh) and ions (na, k) */
    public static MechanismCatalog withBuiltins() {
        MechanismCatalog c = new MechanismCatalog();
        c.density.put(Pas.TYPE.name(), Pas.TYPE);
        c.density.put(Hh.TYPE.name(), Hh.TYPE);
        c.ions.add(IonType.standard("na", 1));
        c.ions.add(IonType.standard("k", 1));
        return c;
    }

    @Override
    public void requireDensity(String name) {
        density(name);
    }

    /**
     * @param name e.g. {@code hh}
     * @return its description
     * @throws IllegalArgumentException naming the known mechanisms if there is none by that name
     */
    public DensityType density(String name) {
        DensityType type = density.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown mechanism \"" + name
                    + "\": the density mechanisms are " + String.join(", ", density.keySet())
                    + (BUILTIN_ARTIFICIAL_CELLS.contains(name) ? " (" + name + " is an artificial cell: create it with h."
                            + name + "())"
                            : BUILTIN_POINT_PROCESSES.contains(name) ? " (" + name + " is a point process: create it with h."
                            + name + "(seg))"
                            : loadedPoints.contains(name) ? " (" + name + " is a point process: create it with"
                                    + " h.PointProcess(\"" + name + "\", seg))"
                            : " (point processes such as IClamp are created with h.IClamp(seg);"
                                    + " load your own mechanisms with h.loadMechanisms(path))"));
        }
        return type;
    }

    /** @return all density mechanism descriptions, in NEURON's type order */
    public Collection<DensityType> densityTypes() {
        return density.values();
    }

    /** @return whether {@code name} is a density mechanism (inserted with {@code sec.insert}) */
    public boolean isDensity(String name) {
        return density.containsKey(name);
    }

    /** @return whether {@code name} is taken by a mechanism of any kind */
    public boolean contains(String name) {
        return density.containsKey(name) || BUILTIN_POINT_PROCESSES.contains(name) || loadedPoints.contains(name);
    }

    /** @return the next free NEURON type number for a loaded mechanism (each call takes one) */
    public int takeOrder() {
        return nextOrder++;
    }

    /**
     * Adds a loaded density mechanism.
     *
     * @throws IllegalArgumentException if its name is taken
     */
    public void register(DensityType type) {
        requireFree(type.name());
        density.put(type.name(), type);
    }

    /**
     * Reserves the name of a loaded point process or artificial cell, so that no later mechanism takes it.
     *
     * @throws IllegalArgumentException if the name is taken
     */
    public void registerPointName(String name) {
        requireFree(name);
        loadedPoints.add(name);
    }

    private void requireFree(String name) {
        if (contains(name)) {
            boolean builtIn = BUILTIN_POINT_PROCESSES.contains(name) || name.equals("hh") || name.equals("pas");
            throw new IllegalArgumentException("a mechanism named \"" + name + "\" already exists in this simulation ("
                    + (builtIn ? "built in" : "loaded before") + "): give the SUFFIX another name");
        }
    }

    /** @return the ion species, na and k first, then others in the order they were first used */
    public List<IonType> ionTypes() {
        return List.copyOf(ions);
    }

    private IonType ion(String name) {
        for (IonType t : ions) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Registers an ion species if it is new (NEURON's {@code ion_reg}).
     *
     * @param name e.g. {@code ca}
     * @param charge its valence
     * @throws IllegalArgumentException if the ion exists with another charge
     */
    public IonType requireIon(String name, double charge) {
        IonType t = ion(name);
        if (t == null) {
            t = IonType.standard(name, charge);
            ions.add(t);
        } else if (t.charge != charge) {
            throw new IllegalArgumentException("the ion " + name + " has valence " + Validate.num(t.charge)
                    + ", not " + Validate.num(charge));
        }
        return t;
    }
}
