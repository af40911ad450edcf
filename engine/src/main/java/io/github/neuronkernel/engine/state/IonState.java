package io.github.neuronkernel.engine.state;

import java.util.Arrays;

/**
 * One ion species' per-node values (NEURON's na_ion, k_ion, ca_ion, ...): reversal potential,
 * concentrations, total current and its slope, indexed by node. Only nodes where a mechanism uses
 * the ion are meaningful.
 */
public final class IonState {
    /** Ion name, e.g. {@code na}. */
    public final String name;
    /** The species' charge and starting values. */
    public final IonType type;
    /** Reversal potential (mV), e.g. ena. */
    public final double[] erev;
    /** Inside concentration (mM), e.g. nai. */
    public final double[] conci;
    /** Outside concentration (mM), e.g. nao. */
    public final double[] conco;
    /** Total ionic current density (mA/cm2), e.g. ina. */
    public final double[] cur;
    /** d(cur)/dv (S/cm2), used by secondorder = 2. */
    public final double[] dcurdv;
    /** Whether a mechanism using this ion is present at the node. */
    public final boolean[] present;
    /** Per node: {@link #CINIT}, {@link #EINIT} and {@link #EADVANCE} bits (NEURON's ion style). */
    public final byte[] style;
    /** Concentrations start from the ion's globals at initialisation. */
    public static final byte CINIT = 1;
    /** The reversal potential follows Nernst at initialisation. */
    public static final byte EINIT = 2;
    /** The reversal potential follows Nernst at every step. */
    public static final byte EADVANCE = 4;
    /** Whether some node has {@link #EADVANCE}. */
    private boolean advancing;

    /**
     * @param type the species
     * @param nodes number of nodes
     */
    public IonState(IonType type, int nodes) {
        this.name = type.name;
        this.type = type;
        this.erev = new double[nodes];
        this.conci = new double[nodes];
        this.conco = new double[nodes];
        this.cur = new double[nodes];
        this.dcurdv = new double[nodes];
        this.present = new boolean[nodes];
        this.style = new byte[nodes];
        Arrays.fill(erev, type.defaultErev);
        Arrays.fill(conci, type.defaultConci); // NEURON allocates ions with the defaults, not the globals
        Arrays.fill(conco, type.defaultConco);
    }

    /**
     * Records that a mechanism at {@code node} uses the ion.
     *
     * @param readsConcentration whether it reads a concentration
     * @param writesConcentration whether it writes one
     */
    public void use(int node, boolean readsConcentration, boolean writesConcentration) {
        present[node] = true;
        if (writesConcentration) {
            style[node] |= CINIT | EINIT | EADVANCE;
            advancing = true;
        } else if (readsConcentration) {
            style[node] |= EINIT;
        }
    }

    /** @return whether some node's reversal potential follows Nernst at every step */
    public boolean advancing() {
        return advancing;
    }

    /** NEURON's ion initialisation: concentrations from the globals, then Nernst, as the style says. */
    public void initialize(double celsius) {
        for (int i = 0; i < style.length; i++) {
            if ((style[i] & CINIT) != 0) {
                conci[i] = type.conci0;
                conco[i] = type.conco0;
            }
        }
        for (int i = 0; i < style.length; i++) {
            if ((style[i] & EINIT) != 0) {
                erev[i] = nernst(conci[i], conco[i], type.charge, celsius);
            }
        }
    }

    /** NEURON's {@code nrn_wrote_conc}: after a mechanism set a concentration at init. */
    public void wroteConcentration(int node, double celsius) {
        if ((style[node] & EINIT) != 0) {
            erev[node] = nernst(conci[node], conco[node], type.charge, celsius);
        }
    }

    /** The per-step part of NEURON's ion current routine for nodes {@code from .. to-1}: Nernst where it advances. */
    public void advance(int from, int to, double celsius) {
        for (int i = from; i < to; i++) {
            if ((style[i] & EADVANCE) != 0) {
                erev[i] = nernst(conci[i], conco[i], type.charge, celsius);
            }
        }
    }

    /**
     * NEURON's {@code nrn_nernst}: the reversal potential (mV) for inside and outside concentrations
     * (mM) and a charge, at celsius (degC), with its guards for empty compartments.
     */
    public static double nernst(double ci, double co, double z, double celsius) {
        if (z == 0) {
            return 0.;
        }
        if (ci <= 0.) {
            return 1e6;
        } else if (co <= 0.) {
            return -1e6;
        }
        double ktf = 1000. * GAS_CONSTANT * (celsius + 273.15) / FARADAY;
        return ktf / z * Math.log(co / ci);
    }

    /** The Faraday constant (C/mol), 2019 SI, as NEURON 8.2 uses it. */
    public static final double FARADAY = 96485.33212331001;
    /** The gas constant (J/(K mol)), 2019 SI, as NEURON 8.2 uses it. */
    public static final double GAS_CONSTANT = 8.31446261815324;

    /** The ion's own current routine: currents are summed afresh each step. */
    public void clearCurrents() {
        Arrays.fill(cur, 0.0);
        Arrays.fill(dcurdv, 0.0);
    }
}
