package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.discretize.NodeLayout;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.state.IonState;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves NEURON's range-variable names at a location ({@code v}, {@code m_hh}, {@code ena}, ...)
 * to a slot in the run-time arrays, with errors that say what exists there.
 */
public final class RangeVariables {
    private final MechanismCatalog catalog;

    /** @param catalog the density mechanisms by name */
    public RangeVariables(MechanismCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A value's place in the run-time arrays.
     *
     * @param array the array holding it
     * @param index its index
     * @param meta its metadata, or null for v and ion variables
     */
    public record Slot(double[] array, int index, Variable meta) {
        /** @return the value's unit: the mechanism variable's, or mV for v and reversal potentials, mA/cm2 for ion currents */
        public String unit(String name) {
            if (meta != null) {
                return meta.unit().equals("1") ? "" : meta.unit();
            }
            if (name.equals("v") || name.startsWith("e")) {
                return "mV";
            }
            return name.startsWith("i") ? "mA/cm2" : "mM";
        }

        /** @return the current value */
        public double get() {
            return array[index];
        }
    }

    /**
     * @return where {@code name} lives at {@code section(x)}
     * @throws IllegalArgumentException if no such variable exists at that location
     */
    public Slot resolve(Runtime rt, Section section, double x, String name) {
        NodeLayout layout = rt.layout();
        if (name.equals("v")) {
            return new Slot(rt.state().v, layout.exactNode(section, x), null);
        }
        int node = layout.segmentNode(section, x);
        Slot ion = ionSlot(rt, node, name);
        if (ion != null) {
            return ion;
        }
        int underscore = name.lastIndexOf('_');
        if (underscore > 0) {
            Slot slot = mechanismSlot(rt, section, x, node, name.substring(0, underscore), name.substring(underscore + 1));
            if (slot != null) {
                return slot;
            }
        }
        throw new IllegalArgumentException(section.name() + "(" + Validate.num(x) + ") has no variable \"" + name
                + "\"; the variables there are " + String.join(", ", namesAt(rt, section, node)));
    }

    private Slot ionSlot(Runtime rt, int node, String name) {
        if (name.length() < 2) {
            return null;
        }
        IonState ion = rt.state().ion(name.substring(1));
        if (ion != null && ion.present[node] && (name.charAt(0) == 'e' || name.charAt(0) == 'i')) {
            return new Slot(name.charAt(0) == 'e' ? ion.erev : ion.cur, node, null);
        }
        char last = name.charAt(name.length() - 1);
        ion = rt.state().ion(name.substring(0, name.length() - 1));
        if (ion != null && ion.present[node] && (last == 'i' || last == 'o')) {
            return new Slot(last == 'i' ? ion.conci : ion.conco, node, null);
        }
        return null;
    }

    private Slot mechanismSlot(Runtime rt, Section section, double x, int node, String local, String mechanism) {
        DensityType type;
        try {
            type = catalog.density(mechanism);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        int var = type.indexOf(local);
        if (var < 0) {
            return null;
        }
        if (!section.has(mechanism)) {
            throw new IllegalArgumentException(local + "_" + mechanism + " is not available at " + section.name()
                    + "(" + Validate.num(x) + "): mechanism " + mechanism + " is not inserted in " + section.name()
                    + " (use " + section.name() + ".insert(\"" + mechanism + "\"))");
        }
        DensityMechanism m = rt.density(mechanism);
        return new Slot(m.column(var), rt.instanceAt(mechanism, node), type.variables().get(var));
    }

    private List<String> namesAt(Runtime rt, Section section, int node) {
        List<String> names = new ArrayList<>(List.of("v", "diam", "cm"));
        for (String mech : section.mechanisms()) {
            names.addAll(catalog.density(mech).rangeNames());
        }
        for (IonState ion : rt.state().ions) {
            if (ion.present[node]) {
                names.addAll(List.of("e" + ion.name, "i" + ion.name, ion.name + "i", ion.name + "o"));
            }
        }
        return names;
    }
}
