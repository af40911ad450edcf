package io.github.neuronkernel.engine.state;

/**
 * An ion species as NEURON registers it ({@code ion_reg}): its charge and the values a node
 * starts with. The starting concentrations are NEURON's globals {@code nai0_na_ion}, {@code
 * nao0_na_ion}, ... which a user may change before finitialize.
 */
public final class IonType {
    /** Ion name, e.g. {@code ca}. */
    public final String name;
    /** Charge (valence), e.g. 2 for ca. */
    public final double charge;
    /** The reversal potential a new node starts with (mV). */
    public final double defaultErev;
    /** The inside concentration a new node starts with (mM), whatever the global says. */
    public final double defaultConci;
    /** The outside concentration a new node starts with (mM). */
    public final double defaultConco;
    /** Inside concentration at initialisation (mM), NEURON's {@code NAMEi0_NAME_ion}. */
    public double conci0;
    /** Outside concentration at initialisation (mM), NEURON's {@code NAMEo0_NAME_ion}. */
    public double conco0;

    /**
     * @param name ion name
     * @param charge valence
     * @param defaultErev starting reversal potential (mV)
     * @param conci0 starting inside concentration (mM)
     * @param conco0 starting outside concentration (mM)
     */
    public IonType(String name, double charge, double defaultErev, double conci0, double conco0) {
        this.name = name;
        this.charge = charge;
        this.defaultErev = defaultErev;
        this.defaultConci = conci0;
        this.defaultConco = conco0;
        this.conci0 = conci0;
        this.conco0 = conco0;
    }

    /** @return NEURON's defaults for a known ion (na, k, ca), or those of an unknown one (1 mM, 0 mV) */
    public static IonType standard(String name, double charge) {
        return switch (name) {
            case "na" -> new IonType("na", 1, 115.0 + -65.0, 10, 140);
            case "k" -> new IonType("k", 1, -12.0 + -65.0, 54.4, 2.5);
            case "ca" -> new IonType("ca", 2, 12.5 * Math.log(2.0 / 5e-5), 5e-5, 2);
            default -> new IonType(name, charge, 0, 1, 1);
        };
    }
}
