package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.mechanism.builtin.Hh;
import io.github.neuronkernel.engine.mechanism.builtin.Pas;
import io.github.neuronkernel.engine.model.MechanismNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The density mechanisms known by name. Immutable and shared by all simulations. */
public final class MechanismCatalog implements MechanismNames {
    /** The built-in catalogue: hh and pas. */
    public static final MechanismCatalog BUILTIN = new MechanismCatalog(Pas.TYPE, Hh.TYPE);

    private final Map<String, DensityType> density = new LinkedHashMap<>();

    private MechanismCatalog(DensityType... types) {
        for (DensityType t : types) {
            density.put(t.name(), t);
        }
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
                    + " (point processes such as IClamp are created with h.IClamp(seg))");
        }
        return type;
    }

    /** @return all density mechanism descriptions, in NEURON's type order */
    public Collection<DensityType> densityTypes() {
        return density.values();
    }
}
