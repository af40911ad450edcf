package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.event.SpikeRecord;
import io.github.neuronkernel.engine.event.SpikeRecords;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Action potential counter, NEURON's {@code APCount}: counts the upward crossings of {@code thresh}
 * by the membrane potential at its location. The check runs after every step with the new v and t
 * (and at finitialize with t = 0): a crossing is v >= thresh while not already "firing"; it adds 1
 * to {@code n}, sets {@code time} to t and appends t to the vector given to {@link #record}. The
 * counter re-arms when v is below thresh at a later t. It injects no current.
 *
 * <pre>{@code
 * var apc = h.APCount(soma.at(0.5));
 * apc.thresh = -20;
 * var times = h.Vector(); apc.record(times);
 * }</pre>
 */
public final class APCount extends PointProcess {
    /** NEURON's type number for APCount. */
    public static final int ORDER = 14;
    private static final Variable N = Variable.parameter("n", "", 0).means("crossings since finitialize");
    private static final Variable THRESH = Variable.parameter("thresh", "mV", -20).means("threshold v must rise above");
    private static final Variable TIME = Variable.parameter("time", "ms", 0).means("time of the last crossing");
    /** The variables, as {@code h.help("APCount")} lists them. */
    public static final List<Variable> VARIABLES = List.of(N, THRESH, TIME);

    /** Number of crossings since finitialize (which sets it to 0). */
    @Unit("")
    public double n;
    /** Threshold (mV); default -20. */
    @Unit("mV")
    public double thresh = -20;
    /** Time (ms) of the last crossing. */
    @Unit("ms")
    public double time;
    private boolean firing;
    private SpikeRecord vector;

    /** @param location where v is watched */
    public APCount(Segment location) {
        super(location);
    }

    /**
     * From the next finitialize on, every crossing time (ms) is appended to {@code times}, which
     * finitialize empties, as NEURON's {@code APCount.record(vector)}.
     *
     * @param times e.g. {@code h.Vector()}
     * @return this counter
     */
    public APCount record(SpikeRecord times) {
        vector = Validate.notNull("record vector", times);
        return this;
    }

    /** Stops recording crossing times, NEURON's {@code APCount.record()} without an argument. */
    public APCount record() {
        vector = null;
        return this;
    }

    @Override
    protected String describeParameters() {
        return "n=" + CFormat.g(n) + " " + "thresh=" + CFormat.g(thresh) + " " + "time=" + CFormat.g(time);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void validate() {
        THRESH.check(this, thresh);
        N.check(this, n);
        TIME.check(this, time);
    }

    @Override
    protected void initialize(CableState s) {
        n = 0;
        firing = false;
        if (vector != null) {
            SpikeRecords.reset(vector);
        }
        check(s.v[node], s.clock.t);
    }

    /** After the step, with the new v and t. */
    @Override
    protected void state(CableState s) {
        check(s.v[node], s.clock.t);
    }

    private void check(double v, double t) {
        if (v >= thresh && !firing) {
            firing = true;
            time = t;
            n += 1.;
            if (vector != null) {
                SpikeRecords.add(vector, time);
            }
        }
        if (firing && v < thresh && t > time) {
            firing = false;
        }
    }
}
