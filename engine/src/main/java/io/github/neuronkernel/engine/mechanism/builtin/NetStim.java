package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.event.ArtificialCell;
import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A spike generator, NEURON's {@code NetStim} ({@code netstim.mod}): {@code number} spikes, the
 * first at {@code start}, then every {@code interval}. With {@code noise} = 0 its spike times are
 * exactly NEURON's. With noise in (0, 1] intervals are drawn as in netstim.mod from a negative
 * exponential, but from this class's own generator ({@link #seed(long)}), not NEURON's random
 * stream; the generator restarts from its seed at every finitialize.
 *
 * <pre>{@code
 * var ns = h.NetStim();
 * ns.start = 2; ns.interval = 10; ns.number = 3;
 * var nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.005;
 * }</pre>
 */
public final class NetStim extends ArtificialCell {
    /** NEURON's type number for NetStim. */
    public static final int ORDER = 18;
    private static final Variable INTERVAL = Variable.nonNegative("interval", "ms", 10).means("mean time between spikes");
    private static final Variable NUMBER = Variable.nonNegative("number", "", 10).means("number of spikes");
    private static final Variable START = Variable.parameter("start", "ms", 50)
            .means("time of the first spike (negative: none)");
    private static final Variable NOISE = Variable.inRange("noise", "", 0, 0, 1)
            .means("randomness of the intervals, 0 regular to 1 Poisson");
    /** The variables, as {@code h.help("NetStim")} lists them. */
    public static final List<Variable> VARIABLES = List.of(INTERVAL, NUMBER, START, NOISE,
            Variable.assigned("ispike", "").means("spikes sent so far"));

    /** Mean time between spikes (ms), at least 0; default 10. */
    @Unit("ms")
    public double interval = 10;
    /** Number of spikes, at least 0; default 10. */
    @Unit("")
    public double number = 10;
    /** Time of the first spike (ms); default 50 (negative: no spikes). */
    @Unit("ms")
    public double start = 50;
    /** Randomness of the intervals, 0 (regular) to 1 (Poisson); default 0. */
    @Unit("")
    public double noise = 0;
    /** Spikes sent so far; read only. */
    @Unit("")
    public double ispike;
    private boolean on;
    private double event;
    private long seed;
    private SplittableRandom random;

    /** @param seed the seed of the generator used when noise > 0 */
    public NetStim(long seed) {
        this.seed = seed;
    }

    /** Sets the seed of the noise generator; takes effect at the next finitialize. */
    public NetStim seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException for a negative interval or number, or noise outside [0, 1]
     */
    @Override
    protected void validate() {
        INTERVAL.check("NetStim", interval);
        NUMBER.check("NetStim", number);
        START.check("NetStim", start);
        NOISE.check("NetStim", noise);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void initialize(EventSystem events) {
        random = new SplittableRandom(seed);
        on = false;
        ispike = 0;
        if (noise < 0) {
            noise = 0;
        }
        if (noise > 1) {
            noise = 1;
        }
        if (start >= 0 && number > 0) {
            on = true;
            event = start + invl(interval) - interval * (1. - noise);
            if (event < 0) {
                event = 0;
            }
            events.netSend(this, event, 3);
        }
    }

    @Override
    protected void receive(EventSystem events, double[] weight, double flag) {
        if (flag == 0) {
            if (weight[0] > 0 && !on) {
                initSequence();
                nextInterval();
                event = event - interval * (1. - noise);
                events.netSend(this, event, 1);
            } else if (weight[0] < 0) {
                on = false;
            }
        }
        if (flag == 3 && on) {
            initSequence();
            events.netSend(this, 0, 1);
        }
        if (flag == 1 && on) {
            ispike = ispike + 1;
            events.netEvent(this, events.t());
            nextInterval();
            if (on) {
                events.netSend(this, event, 1);
            }
        }
    }

    private void initSequence() {
        if (number > 0) {
            on = true;
            event = 0;
            ispike = 0;
        }
    }

    private void nextInterval() {
        if (number > 0) {
            event = invl(interval);
        }
        if (ispike >= number) {
            on = false;
        }
    }

    private double invl(double mean) {
        if (mean <= 0.) {
            mean = .01;
        }
        if (noise == 0) {
            return mean;
        }
        return (1. - noise) * mean + noise * mean * -Math.log(1.0 - random.nextDouble());
    }

    @Override
    public String toString() {
        return "NetStim[start " + Validate.num(start) + " ms, interval " + Validate.num(interval) + " ms, number "
                + Validate.num(number) + "]";
    }
}
