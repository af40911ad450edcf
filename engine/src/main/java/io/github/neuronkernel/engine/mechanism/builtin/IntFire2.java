package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.mechanism.FieldRef;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.internal.Libm;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.nmodl.runtime.NmodlMath;
import java.util.List;

/**
 * An integrate-and-fire cell driven by a synaptic current, NEURON's {@code IntFire2}: an artificial
 * cell whose current {@code i} relaxes to the bias {@code ib} with time constant {@code taus} and
 * jumps by each NetCon event's weight, and whose state {@code m} follows {@code taum dm/dt = i - m}.
 * It spikes when m reaches 1 (then m restarts from 0; i is kept). The spike time is found
 * analytically at each event (Newton's method on the exact solution), so it needs taus > taum
 * (finitialize makes taus = taum + 0.1 otherwise). m and i are the values at the last event; {@link
 * #M()} and {@link #I()} are the values now.
 */
public final class IntFire2 extends ArtificialCell {
    /** NEURON's type number for IntFire2. */
    public static final int ORDER = 20;
    private static final Variable TAUS = Variable.positive("taus", "ms", 20).means("time constant of the current");
    private static final Variable TAUM = Variable.positive("taum", "ms", 10).means("membrane time constant");
    private static final Variable IB = Variable.parameter("ib", "", 0).means("bias current");
    /** The variables, as {@code h.help("IntFire2")} lists them. */
    public static final List<Variable> VARIABLES = List.of(TAUS, TAUM, IB,
            Variable.assigned("i", "").means("current at the last event; I() gives it now"),
            Variable.assigned("m", "").means("membrane state at the last event; M() gives it now"));

    /** Time constant of the current (ms), positive; default 20 (raised to taum + 0.1 at finitialize if not above taum). */
    @Unit("ms")
    public double taus = 20;
    /** Time constant of m (ms), positive; default 10. */
    @Unit("ms")
    public double taum = 10;
    /** Bias current: what i relaxes to; default 0. */
    @Unit("")
    public double ib;
    /** The current at the last event; read only. */
    @Unit("")
    public double i;
    /** The state at the last event; read only. */
    @Unit("")
    public double m;
    private double t0;
    private EventSystem events;
    private final int serial;

    /** @param serial its number among the simulation's IntFire2s ({@code IntFire2[0]}); see {@code h.IntFire2()} */
    public IntFire2(int serial) {
        this.serial = serial;
    }

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException for a time constant that is not positive, or a bias that is not finite
     */
    @Override
    protected void validate() {
        TAUS.check(this, taus);
        TAUM.check(this, taum);
        IB.check(this, ib);
    }

    /** @return m now, from the exact solution since the last event */
    public double M() {
        double t = now();
        double f = taus / (taus - taum);
        double x = (i - ib) * NmodlMath.exp(-(t - t0) / taus);
        return ib + f * x + (m - (ib + (i - ib) * f)) * NmodlMath.exp(-(t - t0) / taum);
    }

    /** @return i now, from the exact solution since the last event */
    public double I() {
        return (i - ib) * NmodlMath.exp(-(now() - t0) / taus) + ib;
    }

    private double now() {
        return events == null ? 0 : events.t();
    }

    /** @return a reference to a variable (taus, taum, ib, i or m), for batchSave and Vector.record */
    public Ref ref(String field) {
        return FieldRef.of(this, field, "taus, taum, ib, i, m");
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void initialize(EventSystem ev) {
        events = ev;
        double t = ev.t();
        i = ib;
        m = 0;
        if (taus <= taum) {
            taus = taum + .1;
        }
        t0 = t;
        ev.netSendAt(selfIndex(), t + firetime(ib, 0, 0), 1);
    }

    @Override
    protected void receive(EventSystem ev, double[] weight, double flag) {
        double t = ev.t();
        double f = taus / (taus - taum);
        double x = (i - ib) * NmodlMath.exp(-(t - t0) / taus);
        double inew = ib + x;
        if (flag == 1.0) { // the predicted spike
            ev.netEvent(this, t);
            m = 0;
            double ibf = (inew - ib) * f;
            ev.netSendAt(selfIndex(), t + firetime(ib, ibf, 0), 1);
        } else { // input: bring m to now, add the weight to i, predict the next spike again
            m = ib + f * x + (m - (ib + (i - ib) * f)) * NmodlMath.exp(-(t - t0) / taum);
            inew = inew + weight[0];
            if (m >= 1) {
                ev.netMove(selfIndex(), t);
            } else {
                double ibf = (inew - ib) * f;
                ev.netMove(selfIndex(), firetime(ib, ibf, m) + t);
            }
        }
        t0 = t;
        i = inew;
    }

    /**
     * The time from now until m reaches 1, given m(s) = a + b e^(-s/taus) + (c - a - b) e^(-s/taum)
     * (a the bias, b the scaled excess current, c = m now < 1), or 1e9 if it never does. With x =
     * e^(-s/taum) and r = taum/taus the equation is 1 = a + b x^r + (c - a - b) x, 0 < x <= 1,
     * solved by Newton's method; when b is so negative that the slope at x = 1 points out of that
     * interval, in y = e^(-s/taus) instead: 1 = a + (c - a - b) y^(1/r) + b y.
     */
    private double firetime(double a, double b, double c) {
        double r = taum / taus;
        if (a <= 1.0 && a + b <= 1.0) {
            return 1e9; // the drive never reaches 1
        }
        if (a > 1.0 && b <= 0.0) { // the bias alone crosses 1: exactly one solution
            double cab = c - a - b;
            double slope = r * b + cab; // of the right side at x = 1
            if (slope >= 0.0) {
                return -taus * Math.log(newton(a, cab, b, 1.0 / r, 0.0));
            }
            double x = (1.0 - c + slope) / slope; // where the tangent at x = 1 meets 1
            if (x <= 0.0) {
                return -taus * Math.log(newton(a, cab, b, 1.0 / r, 0.0));
            }
            return -taum * Math.log(newton(a, b, cab, r, x));
        }
        // a solution exists only if the maximum of the right side is above 1 and at x < 1;
        // Newton's method from the tangent at x = 1 then finds the first one
        double cab = c - a - b;
        double x = Libm.pow(-cab / (r * b), 1.0 / (r - 1.0));
        double top = a + b * Libm.pow(x, r) + cab * x;
        if (x >= 1.0 || top <= 1.0) {
            return 1e9;
        }
        double slope = r * b + cab;
        x = (1.0 - c + slope) / slope;
        return -taum * Math.log(newton(a, b, cab, r, x));
    }

    /** Solves 1 = a + b x^r + c x for x in (0, 1] by Newton's method from x. */
    private static double newton(double a, double b, double c, double r, double x) {
        double dx = 1.0;
        double f = 0.0;
        double iter = 0.0;
        while (Math.abs(dx) > 1e-6 || Math.abs(f - 1.0) > 1e-6) {
            f = a + b * Libm.pow(x, r) + c * x;
            double df = r * b * Libm.pow(x, r - 1.0) + c;
            dx = (1.0 - f) / df;
            x = x + dx;
            if (x <= 0.0) {
                x = 1e-4;
            } else if (x > 1.0) {
                x = 1.0;
            }
            iter = iter + 1.0;
            if (iter > 10.0) { // give up, as NEURON does, with its message
                System.out.println("Intfire2 iter " + CFormat.g(iter) + " x=" + CFormat.g(x) + " f=" + CFormat.g(f)
                        + " df=" + CFormat.g(df) + " dx=" + CFormat.g(dx) + " a=" + CFormat.g(a) + " b=" + CFormat.g(b)
                        + " c=" + CFormat.g(c) + " r=" + CFormat.g(r));
                f = 1.0;
                dx = 0.0;
            }
        }
        return x;
    }

    @Override
    public String toString() {
        return "IntFire2[" + serial + "]";
    }
}
