package io.github.neuronkernel.engine.mechanism.builtin;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.CableState;

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
