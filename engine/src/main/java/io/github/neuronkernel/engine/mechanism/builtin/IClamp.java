package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Current clamp, NEURON's {@code IClamp} ({@code stim.mod}): injects {@code amp} nA while
 * {@code delay <= t < delay + dur}, judged at each step's midpoint.
 *
 * <pre>{@code
 * var stim = h.IClamp(soma.at(0.5));
 * stim.delay = 0.3; stim.dur = 0.2; stim.amp = 0.5;
 * }</pre>
 */
public final class IClamp extends PointProcess {
    /** NEURON's type number for IClamp. */
    public static final int ORDER = 7;
    private static final Variable DELAY = Variable.any("delay", "ms", 0).means("onset (NEURON's del)");
    private static final Variable DUR = Variable.any("dur", "ms", 0).means("duration");
    private static final Variable AMP = Variable.any("amp", "nA", 0).means("amplitude; positive depolarises");
    /** The variables, as {@code h.help("IClamp")} lists them. */
    public static final List<Variable> VARIABLES = List.of(DELAY, DUR, AMP,
            Variable.assigned("i", "nA").means("injected current, as of the last step's midpoint"));

    /** Onset (ms), NEURON's {@code del}; default 0. */
    @Unit("ms")
    public double delay;
    /** Duration (ms); default 0. */
    @Unit("ms")
    public double dur;
    /** Amplitude (nA), positive depolarises; default 0. */
    @Unit("nA")
    public double amp;
    /** The injected current (nA), as of the last step's midpoint; read only. */
    @Unit("nA")
    public double i;

    /** @param location where to inject */
    public IClamp(Segment location) {
        super(location);
    }

    @Override
    protected String describeParameters() {
        return "del=" + CFormat.g(delay) + " " + "dur=" + CFormat.g(dur) + " " + "amp=" + CFormat.g(amp);
    }

    @Override
    protected void validate() {
        DELAY.check(this, delay);
        DUR.check(this, dur);
        AMP.check(this, amp);
    }

    @Override
    protected int order() {
        return ORDER;
    }

    @Override
    protected void initialize(CableState s) {
        i = 0;
    }

    @Override
    protected void current(CableState s) {
        double t = s.clock.t;
        // ELECTRODE_CURRENT: i does not depend on v, so the finite-difference g is exactly 0
        i = (t < delay + dur && t >= delay) ? amp : 0;
        s.rhs[node] += (0. + i) * areaFactor;
    }
}
