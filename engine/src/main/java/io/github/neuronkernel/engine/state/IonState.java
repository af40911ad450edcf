package io.github.neuronkernel.engine.state;

import java.util.Arrays;

/**
 * One ion species' per-node values (NEURON's na_ion, k_ion): reversal potential, total current
 * and its slope, indexed by node. Only nodes where a mechanism uses the ion are meaningful.
 */
public final class IonState {
    /** Ion name, e.g. {@code na}. */
    public final String name;
    /** Reversal potential (mV), e.g. ena. */
    public final double[] erev;
    /** Total ionic current density (mA/cm2), e.g. ina. */
    public final double[] cur;
    /** d(cur)/dv (S/cm2), used by secondorder = 2. */
    public final double[] dcurdv;
    /** Whether a mechanism using this ion is present at the node. */
    public final boolean[] present;

    /**
     * @param name ion name
     * @param nodes number of nodes
     * @param defaultErev the reversal potential a new node starts with (mV)
     */
    public IonState(String name, int nodes, double defaultErev) {
        this.name = name;
        this.erev = new double[nodes];
        this.cur = new double[nodes];
        this.dcurdv = new double[nodes];
        this.present = new boolean[nodes];
        Arrays.fill(erev, defaultErev);
    }

    /** The ion's own current routine: currents are summed afresh each step. */
    public void clearCurrents() {
        Arrays.fill(cur, 0.0);
        Arrays.fill(dcurdv, 0.0);
    }
}
