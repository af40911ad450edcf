package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.event.SpikeRecord;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.solver.Runtime;
import io.github.neuronkernel.engine.solver.Sampler;
import java.util.Arrays;

/**
 * A growable array of doubles, NEURON's {@code Vector}. With {@link #record(Ref)} it samples a
 * variable as NEURON does: once at the end of finitialize (t = 0) and once after every step,
 * before the step's final event delivery. As {@code nc.record(vector)} it collects spike times.
 *
 * <pre>{@code
 * var vt = h.Vector(); vt.record(h.ref("t"));
 * var vv = h.Vector(); vv.record(soma.at(0.5).ref("v"));
 * h.finitialize(-65); h.batchRun(5, 0.1, "run.dat");
 * double[] v = vv.toArray();
 * }</pre>
 */
public final class Vector implements Sampler, SpikeRecord {
    private final Simulation simulation;
    private double[] data = new double[16];
    private int size;
    private Ref source;
    private Probe probe;

    Vector(Simulation simulation) {
        this.simulation = simulation;
    }

    /**
     * Records {@code ref} from the next finitialize on.
     *
     * @return this vector
     */
    public Vector record(Ref ref) {
        Validate.notNull("record reference", ref);
        boolean first = source == null;
        source = ref;
        probe = null;
        if (first) {
            simulation.record(this);
        }
        return this;
    }

    /** @return whether this vector records a variable of a deleted section */
    boolean recordsDeletedSection() {
        return source != null && source.isOnDeletedSection();
    }

    /** @return the name of the recorded variable, or null */
    String recordedName() {
        return source == null ? null : source.name();
    }

    /** Stops recording (NEURON's {@code play_remove()}); the values recorded so far stay. */
    public Vector play_remove() {
        source = null;
        probe = null;
        return this;
    }

    /** @return the number of elements */
    public int size() {
        return size;
    }

    /**
     * @param i index, 0 to size()-1
     * @return element i
     */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("Vector index " + i + " is out of range: allowed is 0 to " + (size - 1));
        }
        return data[i];
    }

    /** Appends a value. */
    public Vector append(double value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, 2 * data.length);
        }
        data[size++] = value;
        return this;
    }

    /** @return a copy of the elements */
    public double[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** Removes all elements (recording continues). */
    public Vector clear() {
        size = 0;
        return this;
    }

    @Override
    public void restart(Runtime runtime) {
        if (source == null) {
            return; // not recording (never, or stopped): keep the values
        }
        size = 0;
        probe = null; // if binding fails (the variable is gone) nothing stale is sampled
        try {
            probe = source == null ? null : source.bind(simulation.bindings());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Vector recording " + source.name() + ": " + e.getMessage()
                    + "; vec.play_remove() stops the recording", e);
        }
    }

    @Override
    public void sample() {
        if (probe != null) {
            append(probe.get());
        }
    }

    /** NetCon.record: spikes are forgotten at finitialize. */
    @Override
    public void resetSpikes() {
        size = 0;
    }

    /** NetCon.record: appends a spike time (ms). */
    @Override
    public void recordSpike(double t) {
        append(t);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Vector[").append(size).append("]");
        if (source != null) {
            sb.append(" recording ").append(source.name());
        }
        if (size > 0) {
            sb.append(" {");
            for (int i = 0; i < Math.min(size, 8); i++) {
                sb.append(i == 0 ? "" : ", ");
                CFormat.appendG(sb, data[i]);
            }
            sb.append(size > 8 ? ", ...}" : "}");
        }
        return sb.toString();
    }
}
