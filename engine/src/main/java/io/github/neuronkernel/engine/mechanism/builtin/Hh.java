package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.internal.Libm;
import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.IonUse;
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
    /** The global {@code usetable_hh}: whether the rates come from NEURON's tables. */
    public static final Variable USETABLE = Variable.inRange("usetable", "", 1, 0, 1)
            .means("1: rates from NEURON's tables (its default), 0: computed at each step");
    /** The description: variables in NEURON's order with units and defaults. */
    public static final DensityType TYPE = new DensityType("hh", ORDER, List.of(
            Variable.nonNegative("gnabar", "S/cm2", .12).means("maximum sodium conductance"),
            Variable.nonNegative("gkbar", "S/cm2", .036).means("maximum potassium conductance"),
            Variable.nonNegative("gl", "S/cm2", .0003).means("leak conductance"),
            Variable.parameter("el", "mV", -54.3).means("leak reversal potential"),
            Variable.assigned("gna", "S/cm2").means("sodium conductance, gnabar m^3 h"),
            Variable.assigned("gk", "S/cm2").means("potassium conductance, gkbar n^4"),
            Variable.assigned("il", "mA/cm2").means("leak current"),
            Variable.state("m", "1").means("sodium activation"),
            Variable.state("h", "1").means("sodium inactivation"),
            Variable.state("n", "1").means("potassium activation")), List.of(IonUse.reversalOnly("na"), IonUse.reversalOnly("k")),
            (nodes, state) -> new Hh(nodes));

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
    private final HhRates rates = new HhRates();

    private Hh(int[] node) {
        super(TYPE, node);
    }

    @Override
    public double costPerInstance() {
        return 60; // three exp, a table lookup and a dozen divisions per step
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
    public void current(CableState s, int from, int to) {
        double[] v = s.v;
        double[] rhs = s.rhs;
        double[] d = s.d;
        double[] ena = s.na.erev;
        double[] ek = s.k.erev;
        double[] inaSum = s.na.cur;
        double[] ikSum = s.k.cur;
        int shift = node[from] - from;
        boolean contiguous = consecutiveNodes(from, to);
        for (int k = from; k < to; k++) {
            int nd = contiguous ? k + shift : node[k];
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
            double currentPlus = 0. + gnak * ((vk + .001) - ena0) + gkk * ((vk + .001) - ek0)
                    + gl0 * ((vk + .001) - el0);
            double ina = gnak * (vk - ena0);
            double ik = gkk * (vk - ek0);
            double ilk = gl0 * (vk - el0);
            double current = 0. + ina + ik + ilk;
            gna[k] = gnak;
            gk[k] = gkk;
            il[k] = ilk;
            inaSum[nd] += ina;
            ikSum[nd] += ik;
            rhs[nd] -= current;
            d[nd] += (currentPlus - current) / .001;
        }
        if (s.clock.secondorder == 2) {
            ionSlopes(s, from, to);
        }
    }

    /**
     * dina/dv and dik/dv, the same finite differences as nrn_cur's; only secondorder = 2 reads
     * them, so they are computed only then.
     */
    private void ionSlopes(CableState s, int from, int to) {
        double[] v = s.v;
        double[] dinadv = s.na.dcurdv;
        double[] dikdv = s.k.dcurdv;
        for (int k = from; k < to; k++) {
            int nd = node[k];
            double vk = v[nd];
            double gnak = gna[k];
            double gkk = gk[k];
            double ena0 = s.na.erev[nd];
            double ek0 = s.k.erev[nd];
            dikdv[nd] += (gkk * ((vk + .001) - ek0) - gkk * (vk - ek0)) / .001;
            dinadv[nd] += (gnak * ((vk + .001) - ena0) - gnak * (vk - ena0)) / .001;
        }
    }

    @Override
    public void state(CableState s, int from, int to) {
        if (s.clock.useTableHh) {
            stateByTable(s, from, to);
        } else {
            stateDirect(s, from, to);
        }
    }

    /** cnexp with rates from the table; everything in locals, so two threads may run it at once. */
    private void stateByTable(CableState s, int from, int to) {
        double[] v = s.v;
        double dt = s.clock.dt;
        double[] t = rates.table;
        for (int k = from; k < to; k++) {
            double xi = HhRates.index(v[node[k]]);
            if (xi > 0. && xi < HhRates.POINTS - 1) { // the interpolation of HhRates.at, row found once
                int i = HhRates.floor(xi);
                double theta = xi - (double) i;
                int r = HhRates.COLUMNS * i;
                int s2 = r + HhRates.COLUMNS;
                integrate(k, dt, t[r] + theta * (t[s2] - t[r]), t[r + 1] + theta * (t[s2 + 1] - t[r + 1]),
                        t[r + 2] + theta * (t[s2 + 2] - t[r + 2]), t[r + 3] + theta * (t[s2 + 3] - t[r + 3]),
                        t[r + 4] + theta * (t[s2 + 4] - t[r + 4]), t[r + 5] + theta * (t[s2 + 5] - t[r + 5]));
            } else {
                integrate(k, dt, HhRates.at(t, HhRates.MINF, xi), HhRates.at(t, HhRates.MTAU, xi),
                        HhRates.at(t, HhRates.HINF, xi), HhRates.at(t, HhRates.HTAU, xi),
                        HhRates.at(t, HhRates.NINF, xi), HhRates.at(t, HhRates.NTAU, xi));
            }
        }
    }

    /** cnexp with rates computed directly ({@code usetable_hh = 0}). */
    private void stateDirect(CableState s, int from, int to) {
        double[] v = s.v;
        double dt = s.clock.dt;
        double q10 = HhRates.q10(s.clock.celsius);
        for (int k = from; k < to; k++) {
            double vk = v[node[k]];
            double alpha = HhRates.alphaM(vk);
            double sum = alpha + HhRates.betaM(vk);
            double mtau = 1. / (q10 * sum);
            double minf = alpha / sum;
            alpha = HhRates.alphaH(vk);
            sum = alpha + HhRates.betaH(vk);
            double htau = 1. / (q10 * sum);
            double hinf = alpha / sum;
            alpha = HhRates.alphaN(vk);
            sum = alpha + HhRates.betaN(vk);
            double ntau = 1. / (q10 * sum);
            double ninf = alpha / sum;
            integrate(k, dt, minf, mtau, hinf, htau, ninf, ntau);
        }
    }

    /** cnexp as generated: x += (1 - exp(dt*(-1/tau))) * (-(xinf/tau)/(-1/tau) - x). */
    private void integrate(int k, double dt, double minf, double mtau, double hinf, double htau, double ninf,
            double ntau) {
        double mk = m[k];
        double hk = h[k];
        double nk = n[k];
        m[k] = mk + (1. - Libm.exp(dt * ((-1.0) / mtau))) * (-(minf / mtau) / ((-1.0) / mtau) - mk);
        h[k] = hk + (1. - Libm.exp(dt * ((-1.0) / htau))) * (-(hinf / htau) / ((-1.0) / htau) - hk);
        n[k] = nk + (1. - Libm.exp(dt * ((-1.0) / ntau))) * (-(ninf / ntau) / ((-1.0) / ntau) - nk);
    }

    @Override
    public void checkTables(CableState s) {
        rates.checkTable(s.clock.celsius, s.clock.useTableHh);
    }
}
