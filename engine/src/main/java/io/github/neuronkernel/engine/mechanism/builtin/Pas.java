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
            Variable.nonNegative("g", "S/cm2", .001),
            Variable.parameter("e", "mV", -70),
            Variable.assigned("i", "mA/cm2")), List.of(), Pas::new);

    private final double[] g = values[0];
    private final double[] e = values[1];
    private final double[] i = values[2];
    private final double[] gfd;

    private Pas(int[] node) {
        super(TYPE, node);
        gfd = new double[count];
    }

    @Override
    public void current(CableState s) {
        double[] v = s.v;
        double[] rhs = s.rhs;
        for (int k = 0; k < count; k++) {
            int nd = node[k];
            double gplus = 0. + g[k] * ((v[nd] + .001) - e[k]);
            i[k] = g[k] * (v[nd] - e[k]);
            double rhsm = 0. + i[k];
            gfd[k] = (gplus - rhsm) / .001;
            rhs[nd] -= rhsm;
        }
    }

    @Override
    public void jacobian(CableState s) {
        double[] d = s.d;
        for (int k = 0; k < count; k++) {
            d[node[k]] += gfd[k];
        }
    }
}
