package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.FieldRef;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;
import java.util.List;

/**
 * An integrate-and-fire cell with excitatory and inhibitory synaptic currents, NEURON's {@code
 * IntFire4}: an artificial cell. A positive NetCon weight adds to the excitatory current {@code e}
 * (decays with {@code taue}), a negative one to {@code i1}, which feeds the alpha-like inhibitory
 * current {@code i2} ({@code taui1}, {@code taui2}); the state {@code m} integrates both with time
 * constant {@code taum} and the cell spikes when m reaches 1 (within {@code eps_IntFire4}), then m
 * restarts from 0. The currents are scaled so that a weight of 1 (-1) alone takes m to a peak of 1
 * (-1). The states are updated exactly at events; self-events at a lower bound of the crossing time
 * (Newton's method) find the spike. finitialize first adjusts the time constants so that {@code taue < taui2},
 * {@code taui1 < taui2} and no two are within {@code taueps_IntFire4} of each other (printing a
 * warning where NEURON does).
 */
public final class IntFire4 extends ArtificialCell {
    /** NEURON's type number for IntFire4. */
    public static final int ORDER = 21;
    private static final Variable TAUE = Variable.inRange("taue", "ms", 5, 0, 1e9).means("excitatory time constant");
    private static final Variable TAUI1 = Variable.inRange("taui1", "ms", 10, 0, 1e9)
            .means("time constant of the inhibitory input i1");
    private static final Variable TAUI2 = Variable.inRange("taui2", "ms", 20, 0, 1e9)
            .means("time constant of the inhibitory current i2");
    private static final Variable TAUM = Variable.inRange("taum", "ms", 50, 0, 1e9).means("membrane time constant");
    /** The variables, as {@code h.help("IntFire4")} lists them. */
    public static final List<Variable> VARIABLES = List.of(TAUE, TAUI1, TAUI2, TAUM,
            Variable.assigned("e", "").means("excitatory current state at the last event; E() gives ae e now"),
            Variable.assigned("i1", "").means("inhibitory input state at the last event"),
            Variable.assigned("i2", "").means("inhibitory current state at the last event; I() gives ai2 i2 now"),
            Variable.assigned("m", "").means("membrane state at the last event; M() gives it now"),
            Variable.assigned("ae", "1/ms").means("scale of e in dm/dt, set at finitialize"),
            Variable.assigned("ai1", "1/ms").means("scale of i1 in di2/dt, set at finitialize"),
            Variable.assigned("ai2", "1/ms").means("scale of i2 in dm/dt, set at finitialize"),
            Variable.assigned("nself", "").means("self-events received"),
            Variable.assigned("nexcite", "").means("excitatory events received"),
            Variable.assigned("ninhibit", "").means("inhibitory events received"));
    private static final Variable EPS = Variable.inRange("eps", "", 1e-6, 1e-9, 0.01)
            .means("tolerance of the firing-time search");
    private static final Variable TAUEPS = Variable.inRange("taueps", "ms", 0.01, 1e-9, 1e9)
            .means("smallest difference kept between time constants");
    /** The type's globals, as {@code h.help("IntFire4")} lists them (names without the _IntFire4 suffix). */
    public static final List<Variable> GLOBALS = List.of(EPS, TAUEPS);

    /** The globals one simulation's IntFire4s share: {@code eps_IntFire4} and {@code taueps_IntFire4}. */
    public static final class Globals {
        double eps = 1e-6;
        double taueps = 0.01;

        /** @return the value of GLOBAL {@code name} ({@code eps} or {@code taueps}) */
        public double get(String name) {
            return "eps".equals(name) ? eps : taueps;
        }

        /**
         * Sets GLOBAL {@code eps} (1e-9 to 0.01) or {@code taueps} (ms, 1e-9 to 1e9).
         *
         * @throws IllegalArgumentException for a value out of range
         */
        public void set(String name, double value) {
            if ("eps".equals(name)) {
                eps = EPS.checkAs("eps_IntFire4", value);
            } else {
                taueps = TAUEPS.checkAs("taueps_IntFire4", value);
            }
        }
    }

    /** Excitatory time constant (ms), 0 to 1e9; default 5. */
    @Unit("ms")
    public double taue = 5;
    /** Time constant of the inhibitory input i1 (ms), 0 to 1e9; default 10. */
    @Unit("ms")
    public double taui1 = 10;
    /** Time constant of the inhibitory current i2 (ms), 0 to 1e9; default 20. */
    @Unit("ms")
    public double taui2 = 20;
    /** Membrane time constant (ms), 0 to 1e9; default 50. */
    @Unit("ms")
    public double taum = 50;
    /** Excitatory current state at the last event; read only. */
    @Unit("")
    public double e;
    /** Inhibitory input state at the last event; read only. */
    @Unit("")
    public double i1;
    /** Inhibitory current state at the last event; read only. */
    @Unit("")
    public double i2;
    /** Membrane state at the last event; read only. */
    @Unit("")
    public double m;
    /** Scale of e in dm/dt (1/ms), set at finitialize; read only. */
    @Unit("1/ms")
    public double ae;
    /** Scale of i1 in di2/dt (1/ms), set at finitialize; read only. */
    @Unit("1/ms")
    public double ai1;
    /** Scale of i2 in dm/dt (1/ms), set at finitialize; read only. */
    @Unit("1/ms")
    public double ai2;
    /** Self-events received; read only. */
    @Unit("")
    public double nself;
    /** Excitatory events received; read only. */
    @Unit("")
    public double nexcite;
    /** Inhibitory events received; read only. */
    @Unit("")
    public double ninhibit;

    private final Globals globals;
    private final int serial;
    private EventSystem events;
    private double enew;
    private double i1new;
    private double i2new;
    private double mnew;
    private double t0;
    private double ke;
    private double ki1;
    private double ki2;
    private double km;
    private double be;
    private double bi1;
    private double bi2;
    private double a;
    private double b;
    private boolean searchFailed;

    /**
     * @param serial its number among the simulation's IntFire4s ({@code IntFire4[0]}); see {@code h.IntFire4()}
     * @param globals the simulation's IntFire4 globals
     */
    public IntFire4(int serial, Globals globals) {
        this.serial = serial;
        this.globals = Validate.notNull("globals", globals);
    }

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException for a time constant outside 0 to 1e9 ms
     */
    @Override
    protected void validate() {
        TAUE.check(this, taue);
        TAUI1.check(this, taui1);
        TAUI2.check(this, taui2);
        TAUM.check(this, taum);
    }

    /** @return m now, from the exact solution since the last event */
    public double M() {
        newstates(now() - t0);
        return mnew;
    }

    /** @return the excitatory current now (ae e) */
    public double E() {
        newstates(now() - t0);
        return ae * enew;
    }

    /** @return the inhibitory current now (ai2 i2) */
    public double I() {
        newstates(now() - t0);
        return ai2 * i2new;
    }

    private double now() {
        return events == null ? 0 : events.t();
    }

    /** @return a reference to a variable (taue, taui1, taui2, taum, e, i1, i2, m, ae, ai1, ai2, nself, nexcite, ninhibit) */
    public Ref ref(String field) {
        return FieldRef.of(this, field, "taue, taui1, taui2, taum, e, i1, i2, m, ae, ai1, ai2, nself, nexcite, ninhibit");
    }

    @Override
    protected int order() {
        return ORDER;
    }

    /** The states after d ms without events, from the exact solution of the four linear equations. */
    private void newstates(double d) {
        double ee = NmodlMath.exp(-ke * d);
        double ei1 = NmodlMath.exp(-ki1 * d);
        double ei2 = NmodlMath.exp(-ki2 * d);
        double em = NmodlMath.exp(-km * d);
        enew = e * ee;
        i1new = i1 * ei1;
        i2new = i2 * ei2 + bi1 * i1 * (ei2 - ei1);
        mnew = m * em + be * e * (em - ee) + (bi2 * i2 + a * i1) * (em - ei2) - b * i1 * (em - ei1);
    }

    private void update(double t) {
        e = enew;
        i1 = i1new;
        i2 = i2new;
        m = mnew;
        t0 = t;
    }

    /** Keeps the time constants apart so the exact solution has no equal rates (NEURON's precondition). */
    private void fixPreconditions() {
        double taueps = globals.taueps;
        if (taui2 < 4.0 * taueps) {
            taui2 = 4.0 * taueps;
        }
        if (taui1 < 3.0 * taueps) {
            taui1 = 3.0 * taueps;
        }
        if (taue < 2.0 * taueps) {
            taue = 2.0 * taueps;
        }
        if (taue > taui2) {
            double old = taue;
            taue = taui2 - taueps;
            System.out.println("Warning: Adjusted taue from " + CFormat.g(old) + "  to " + CFormat.g(taue)
                    + "  to ensure taue < taui2");
        } else if (taui2 - taue < taueps) {
            taue = taui2 - taueps;
        }
        if (taui1 > taui2) {
            double swap = taui2;
            taui2 = taui1;
            taui1 = swap;
            System.out.println("Warning: Swapped taui1 and taui2");
        }
        if (taui2 - taui1 < taueps) {
            taui1 = taui2 - taueps;
        }
        if (taum <= taui2) {
            if (taui2 - taum < taueps) {
                taum = taui2 - taueps;
            }
            if (Math.abs(taui1 - taum) < taueps) {
                taum = taui1 - taueps;
            }
            if (Math.abs(taui1 - taum) < taueps) {
                if (taui1 - taum < 0.0) {
                    taum = taui1 - taueps;
                } else {
                    taui1 = taum - taueps;
                }
            }
            if (Math.abs(taue - taum) < taueps) {
                if (taue - taum < 0.0) {
                    taum = taue - taueps;
                } else {
                    taue = taum - taueps;
                }
            }
            if (Math.abs(taui1 - taum) < taueps) {
                taum = taui1 - taueps;
            }
        } else if (taum - taui2 < taueps) {
            taum = taui2 + taueps;
        }
    }

    /** The rates and the scale factors that make a unit input peak at 1. */
    private void factors() {
        ke = 1.0 / taue;
        ki1 = 1.0 / taui1;
        ki2 = 1.0 / taui2;
        km = 1.0 / taum;
        double tp = Math.log(km / ke) / (km - ke); // when m peaks after a unit e
        be = 1.0 / (NmodlMath.exp(-km * tp) - NmodlMath.exp(-ke * tp));
        ae = be * (ke - km);
        tp = Math.log(ki2 / ki1) / (ki2 - ki1); // when i2 peaks after a unit i1
        bi1 = 1.0 / (NmodlMath.exp(-ki2 * tp) - NmodlMath.exp(-ki1 * tp));
        ai1 = bi1 * (ki1 - ki2);
        // m after a unit i1 with bi2 = 1, to find its peak and scale it to 1
        e = 0.0;
        i1 = 1.0;
        i2 = 0.0;
        m = 0.0;
        bi2 = 1.0;
        ai2 = bi2 * (ki2 - km);
        a = bi2 * bi1;
        b = a * (ki2 - km) / (ki1 - km);
        tp = search();
        newstates(tp);
        bi2 = 1.0 / mnew;
        ai2 = bi2 * (ki2 - km);
        a = bi2 * bi1;
        b = a * (ki2 - km) / (ki1 - km);
        newstates(tp);
        i1 = 0.0;
    }

    /** Has the sign of dm/dt after a unit i1 at d ms (positive before the peak). */
    private double deriv(double d) {
        return (-km * NmodlMath.exp(-d * km) + ki2 * NmodlMath.exp(-d * ki2)) / (ki2 - km)
                - ((-km * NmodlMath.exp(-d * km) + ki1 * NmodlMath.exp(-d * ki1))) / (ki1 - km);
    }

    /** The time of m's peak after a unit i1: bracketed by factors of 10 from 1 ms, then bisected. */
    private double search() {
        double found = 0;
        double t1 = 1.0;
        double t2 = 0;
        searchFailed = false;
        if (deriv(t1) < 0.0) {
            while (deriv(t1) < 0.0 && t1 > 1e-9) {
                t2 = t1;
                t1 = t1 / 10.0;
            }
            if (deriv(t1) < 0.0) {
                System.out.println("Error wrong deriv(t1): t1=" + CFormat.g(t1) + " deriv(t1)=" + CFormat.g(deriv(t1)));
                searchFailed = true;
                found = 1e-9;
            }
        } else {
            t2 = t1;
            while (deriv(t2) > 0.0 && t2 < 1e9) {
                t1 = t2;
                t2 = t2 * 10.0;
            }
            if (deriv(t2) > 0.0) {
                System.out.println("Error wrong deriv(t2): t2=" + CFormat.g(t2) + " deriv(t2)=" + CFormat.g(deriv(t2)));
                searchFailed = true;
                found = 1e9;
            }
        }
        while (t2 - t1 > 1e-6 && !searchFailed) {
            found = (t1 + t2) / 2.0;
            double x = deriv(found);
            if (x > 0.0) {
                t1 = found;
            } else {
                t2 = found;
            }
        }
        return found;
    }

    /** A lower bound of the time until m reaches 1: m's distance to 1 over its present slope (1e9 if not rising). */
    private double firetimebound() {
        double slope = -km * m + ae * e + ai2 * i2;
        if (slope <= 1e-9) {
            return 1e9;
        }
        return (1.0 - m) / slope;
    }

    @Override
    protected void initialize(EventSystem ev) {
        events = ev;
        fixPreconditions();
        factors();
        e = 0.0;
        i1 = 0.0;
        i2 = 0.0;
        m = 0.0;
        double t = ev.t();
        t0 = t;
        ev.netSendAt(selfIndex(), t + firetimebound(), 1);
        nself = 0.0;
        nexcite = 0.0;
        ninhibit = 0.0;
    }

    @Override
    protected void receive(EventSystem ev, double[] weight, double flag) {
        double t = ev.t();
        newstates(t - t0);
        update(t);
        if (m > 1 - globals.eps) {
            ev.netEvent(this, t);
            m = 0.0;
        }
        if (flag == 1.0) { // a self-event: predict again from here
            nself = nself + 1.0;
            ev.netSendAt(selfIndex(), t + firetimebound(), 1);
        } else {
            double w = weight[0];
            if (w > 0.0) {
                nexcite = nexcite + 1.0;
                e = e + w;
            } else {
                ninhibit = ninhibit + 1.0;
                i1 = i1 + w;
            }
            ev.netMove(selfIndex(), firetimebound() + t);
        }
    }

    @Override
    public String toString() {
        return "IntFire4[" + serial + "]";
    }
}
