package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/** Passive leak, NEURON's {@code pas}: {@code i = g (v - e)}. */
public final class Pas extends DensityMechanism {
    /** NEURON's type number for pas. */
    public static final int ORDER = 4;
    /** The description. */
    public static final DensityType TYPE = new DensityType("pas", ORDER, List.of(
            Variable.nonNegative("g", "S/cm2", .001).means("passive conductance"),
            Variable.parameter("e", "mV", -70).means("passive reversal potential"),
            Variable.assigned("i", "mA/cm2").means("passive current")), List.of(), (nodes, state) -> new Pas(nodes));

    private final double[] g = values[0];
    private final double[] e = values[1];
    private final double[] i = values[2];

    private Pas(int[] node) {
        super(TYPE, node);
    }

    @Override
    public void current(CableState s, int from, int to) {
        double[] v = s.v;
        double[] rhs = s.rhs;
        double[] d = s.d;
        int shift = node[from] - from;
        boolean contiguous = consecutiveNodes(from, to);
        for (int k = from; k < to; k++) {
            int nd = contiguous ? k + shift : node[k];
            double vk = v[nd];
            double gk = g[k];
            double ek = e[k];
            double gplus = 0. + gk * ((vk + .001) - ek);
            double ik = gk * (vk - ek);
            i[k] = ik;
            double rhsm = 0. + ik;
            rhs[nd] -= rhsm;
            d[nd] += (gplus - rhsm) / .001;
        }
    }
}
