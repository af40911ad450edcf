package io.github.neuronkernel.engine.mechanism;

/**
 * How a mechanism uses one ion species, which decides (with the other mechanisms at a node) what
 * NEURON's ion code does there: a mechanism that reads a concentration makes the reversal potential
 * follow Nernst at initialisation; one that writes a concentration makes the concentrations start
 * from the ion's globals and the reversal potential follow Nernst at every step.
 *
 * @param ion the species, e.g. {@code ca}
 * @param readsConcentration whether it reads {@code cai} or {@code cao} without writing them
 * @param writesConcentration whether it writes {@code cai} or {@code cao}
 */
public record IonUse(String ion, boolean readsConcentration, boolean writesConcentration) {
    /** @return the use of a mechanism that reads only the reversal potential and writes only the current */
    public static IonUse reversalOnly(String ion) {
        return new IonUse(ion, false, false);
    }
}
