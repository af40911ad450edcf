package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Describes a density mechanism (one inserted with {@code sec.insert(name)}): its name, NEURON type
 * number, variables, the ions it reads and writes, and how to create its run-time instances.
 *
 * @param name the name given to insert, e.g. {@code hh}
 * @param order NEURON's type number, which fixes the call order
 * @param variables its range variables, in NEURON's order
 * @param ions how it uses each ion species
 * @param factory creates the instances over the given nodes (in node order)
 */
public record DensityType(String name, int order, List<Variable> variables, List<IonUse> ions, Factory factory) {

    /** Creates a mechanism's instances for one discretisation. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param nodes the node of each instance, in node order
         * @param state the arrays they will act on
         * @return the instances
         */
        DensityMechanism create(int[] nodes, CableState state);
    }

    /** @return instances over {@code nodes}, acting on {@code state} */
    public DensityMechanism create(int[] nodes, CableState state) {
        return factory.create(nodes, state);
    }

    /** @return the index of the variable named {@code local} (without suffix), or -1 */
    public int indexOf(String local) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(local)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the user-visible names, e.g. {@code gnabar_hh} */
    public List<String> rangeNames() {
        return variables.stream().map(v -> v.name() + "_" + name).toList();
    }
}
