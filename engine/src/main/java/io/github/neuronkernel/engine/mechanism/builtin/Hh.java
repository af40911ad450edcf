package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.state.CableState;
import io.github.neuronkernel.engine.state.IonState;
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
    /** ina and ik from the last call of {@link #current(int, double, double, double)}. */
    private double ina;
    private double ik;

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
        IonState na = s.na;
        IonState kion = s.k;
        for (int k = 0; k < count; k++) {
            int nd = node[k];
            double ena = na.erev[nd];
            double ek = kion.erev[nd];
            double g = current(k, v[nd] + .001, ena, ek);
            double dina = ina;
            double dik = ik;
            double rhsm = current(k, v[nd], ena, ek);
            kion.dcurdv[nd] += (dik - ik) / .001;
            na.dcurdv[nd] += (dina - ina) / .001;
            gfd[k] = (g - rhsm) / .001;
            na.cur[nd] += ina;
            kion.cur[nd] += ik;
            rhs[nd] -= rhsm;
        }
    }

    /** hh's BREAKPOINT at membrane potential v; sets gna, gk, il, ina, ik and returns the sum. */
    private double current(int k, double v, double ena, double ek) {
        gna[k] = gnabar[k] * m[k] * m[k] * m[k] * h[k];
        ina = gna[k] * (v - ena);
        gk[k] = gkbar[k] * n[k] * n[k] * n[k] * n[k];
        ik = gk[k] * (v - ek);
        il[k] = gl[k] * (v - el[k]);
        double current = 0.;
        current += ina;
        current += ik;
        current += il[k];
        return current;
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
        for (int k = 0; k < count; k++) {
            rates.rates(v[node[k]], celsius, useTable);
            m[k] = m[k] + (1. - Math.exp(dt * ((-1.0) / rates.mtau))) * (-(rates.minf / rates.mtau) / ((-1.0) / rates.mtau) - m[k]);
            h[k] = h[k] + (1. - Math.exp(dt * ((-1.0) / rates.htau))) * (-(rates.hinf / rates.htau) / ((-1.0) / rates.htau) - h[k]);
            n[k] = n[k] + (1. - Math.exp(dt * ((-1.0) / rates.ntau))) * (-(rates.ninf / rates.ntau) / ((-1.0) / rates.ntau) - n[k]);
        }
    }

    @Override
    public void checkTables(CableState s) {
        rates.checkTable(s.clock.celsius, s.clock.useTableHh);
    }
}
