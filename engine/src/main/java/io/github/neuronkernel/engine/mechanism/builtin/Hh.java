package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Hodgkin-Huxley sodium, potassium and leak channels (NEURON's {@code hh.mod}, squid axon, Hodgkin
 * and Huxley 1952). Currents {@code ina = gnabar m^3 h (v - ena)}, {@code ik = gkbar n^4 (v - ek)},
 * {@code il = gl (v - el)}; states by cnexp with rates from the table in {@link HhRates}.
 */
public final class Hh extends DensityMechanism {
    /** NEURON's type number for hh. */
    public static final int ORDER = 17;
    /** The description: variables in NEURON's order with units and defaults. */
    public static final DensityType TYPE = new DensityType("hh", ORDER, List.of(
            Variable.nonNegative("gnabar", "S/cm2", .12),
            Variable.nonNegative("gkbar", "S/cm2", .036),
            Variable.nonNegative("gl", "S/cm2", .0003),
            Variable.parameter("el", "mV", -54.3),
            Variable.assigned("gna", "S/cm2"),
            Variable.assigned("gk", "S/cm2"),
            Variable.assigned("il", "mA/cm2"),
            Variable.state("m", "1"),
            Variable.state("h", "1"),
            Variable.state("n", "1")), List.of("na", "k"), Hh::new);

    private final double[] gnabar = values[0];
    private final double[] gkbar = values[1];
    private final double[] gl = values[2];
    private final double[] el = values[3];
    private final double[] gna = values[4];
    private final double[] gk = values[5];
    private final double[] il = values[6];
    private final double[] m = values[7];
    private final double[] h = values[8];
    private final double[] n = values[9];
    /** Finite-difference conductance kept from current() for jacobian() (S/cm2). */
    private final double[] gfd;
    private final HhRates rates = new HhRates();

    private Hh(int[] node) {
        super(TYPE, node);
        gfd = new double[count];
    }

    @Override
    public void initialize(CableState s) {
        double[] v = s.v;
        for (int k = 0; k < count; k++) {
            rates.rates(v[node[k]], s.clock.celsius, s.clock.useTableHh);
            m[k] = rates.minf;
            h[k] = rates.hinf;
            n[k] = rates.ninf;
        }
    }

    @Override
    public void current(CableState s) {
        double[] v = s.v;
        double[] rhs = s.rhs;
        double[] ena = s.na.erev;
        double[] ek = s.k.erev;
        double[] inaSum = s.na.cur;
        double[] ikSum = s.k.cur;
        double[] dinadv = s.na.dcurdv;
        double[] dikdv = s.k.dcurdv;
        for (int k = 0; k < count; k++) {
            int nd = node[k];
            double vk = v[nd];
            double ek0 = ek[nd];
            double ena0 = ena[nd];
            double el0 = el[k];
            double gl0 = gl[k];
            double mk = m[k];
            double nk = n[k];
            // BREAKPOINT evaluated at v + 0.001 and at v, term by term as nocmodl's nrn_cur does
            double gnak = gnabar[k] * mk * mk * mk * h[k];
            double gkk = gkbar[k] * nk * nk * nk * nk;
            double inaPlus = gnak * ((vk + .001) - ena0);
            double ikPlus = gkk * ((vk + .001) - ek0);
            double currentPlus = 0. + inaPlus + ikPlus + gl0 * ((vk + .001) - el0);
            double ina = gnak * (vk - ena0);
            double ik = gkk * (vk - ek0);
            double ilk = gl0 * (vk - el0);
            double current = 0. + ina + ik + ilk;
            gna[k] = gnak;
            gk[k] = gkk;
            il[k] = ilk;
            dikdv[nd] += (ikPlus - ik) / .001;
            dinadv[nd] += (inaPlus - ina) / .001;
            gfd[k] = (currentPlus - current) / .001;
            inaSum[nd] += ina;
            ikSum[nd] += ik;
            rhs[nd] -= current;
        }
    }

    @Override
    public void jacobian(CableState s) {
        double[] d = s.d;
        for (int k = 0; k < count; k++) {
            d[node[k]] += gfd[k];
        }
    }

    @Override
    public void state(CableState s) {
        double[] v = s.v;
        double dt = s.clock.dt;
        double celsius = s.clock.celsius;
        boolean useTable = s.clock.useTableHh;
        HhRates r = rates;
        for (int k = 0; k < count; k++) {
            r.rates(v[node[k]], celsius, useTable);
            double mtau = r.mtau;
            double htau = r.htau;
            double ntau = r.ntau;
            double mk = m[k];
            double hk = h[k];
            double nk = n[k];
            // cnexp as generated: x += (1 - exp(dt*(-1/tau))) * (-(xinf/tau)/(-1/tau) - x)
            m[k] = mk + (1. - Math.exp(dt * ((-1.0) / mtau))) * (-(r.minf / mtau) / ((-1.0) / mtau) - mk);
            h[k] = hk + (1. - Math.exp(dt * ((-1.0) / htau))) * (-(r.hinf / htau) / ((-1.0) / htau) - hk);
            n[k] = nk + (1. - Math.exp(dt * ((-1.0) / ntau))) * (-(r.ninf / ntau) / ((-1.0) / ntau) - nk);
        }
    }

    @Override
    public void checkTables(CableState s) {
        rates.checkTable(s.clock.celsius, s.clock.useTableHh);
    }
}
