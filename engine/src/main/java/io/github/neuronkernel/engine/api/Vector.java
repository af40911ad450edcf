package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.event.SpikeRecord;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.AtomicFile;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.solver.Runtime;
import io.github.neuronkernel.engine.solver.Sampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A growable array of doubles, NEURON's {@code Vector}. With {@link #record(Ref)} it samples a
 * variable as NEURON does: once at the end of finitialize (t = 0) and once after every step,
 * before the step's final event delivery. With {@link #record(Ref, double)} or {@link #record(Ref,
 * Vector)} it samples at its own times, and {@link #play(Ref, Vector)} drives a variable from its
 * values, both through events as NEURON's {@code VecRecordDt}, {@code VecRecordDiscrete} and {@code
 * VecPlayStep}. As {@code nc.record(vector)} it collects spike times.
 *
 * <pre>{@code
 * var vt = h.Vector(); vt.record(h.ref("t"));
 * var vv = h.Vector(); vv.record(soma.at(0.5).ref("v"));
 * h.finitialize(-65); h.batchRun(5, 0.1, "run.dat");
 * double[] v = vv.toArray();
 * }</pre>
 */
public final class Vector extends SpikeRecord {
    /** NEURON's {@code hoc_epsilon}, the default of {@code h.float_epsilon}, the tolerance of indwhere. */
    private static final double HOC_EPSILON = 1e-11;
    /** NEURON's bounds for a record or play interval (ms), {@code chkarg(..., 1e-9, 1e10)}. */
    private static final double MIN_INTERVAL = 1e-9;
    private static final double MAX_INTERVAL = 1e10;

    private final Simulation simulation;
    private double[] data = new double[16];
    private int size;
    private Ref source;
    private String name; // set by label(s)
    private String recordedName = ""; // the last recorded variable, kept when recording stops
    private String recordedUnit = "";
    private Probe probe;
    private boolean registered;
    /** Record interval (ms) for {@code record(ref, dt)}, 0 when not recording that way. */
    private double recordDt;
    /** Record times for {@code record(ref, tvec)}, null when not recording that way. */
    private Vector recordTimes;
    /** Whether the source is the global t, which record(t, tvec) reads as NEURON's hoc t. */
    private boolean readsT;
    private Recorder recorder;
    private Player player;
    /** The stepper's view: sampling, initialisation and play calls, kept off the vector's own methods. */
    final Sampler sampler = new Sampling();

    Vector(Simulation simulation) {
        this.simulation = simulation;
    }

    /**
     * Records {@code ref} from the next finitialize on, at t = 0 and after every step.
     *
     * @return this vector
     */
    public Vector record(Ref ref) {
        return startRecording(ref, 0, null);
    }

    /**
     * NEURON's {@code vec.record(&var, Dt)}: records {@code ref} at t = 0, Dt, 2 Dt, ... (each time
     * the previous one plus Dt, as NEURON adds them). A sample is an event, so it holds the value at
     * the step boundary nearest its time: after the step if the time is at most the step's end, else
     * before the next step (the value at that same step end). A reference to {@code t} records the
     * sample times themselves.
     *
     * @param dt the interval (ms), 1e-9 to 1e10 as NEURON allows
     * @return this vector
     * @throws IllegalArgumentException for an interval out of that range
     */
    public Vector record(Ref ref, double dt) {
        checkInterval("record", dt);
        return startRecording(ref, dt, null);
    }

    /**
     * NEURON's {@code vec.record(&var, tvec)}: records {@code ref} once at each time of {@code
     * tvec} (read at finitialize and as the run goes), delivered as events like {@link #record(Ref,
     * double)}.
     *
     * @param times the sample times (ms), ascending and not negative
     * @return this vector
     * @throws IllegalArgumentException if times is this vector, not ascending or has a negative time
     */
    public Vector record(Ref ref, Vector times) {
        Validate.notNull("record times", times);
        if (times == this) {
            throw new IllegalArgumentException("record times: a vector cannot hold both the samples and their times");
        }
        checkTimes("record", times);
        return startRecording(ref, 0, times);
    }

    private Vector startRecording(Ref ref, double dt, Vector times) {
        Validate.notNull("record reference", ref);
        simulation.checkOwn("Vector.record", ref);
        source = ref;
        recordedName = ref.name();
        recordedUnit = ref.unit();
        probe = null;
        recordDt = dt;
        recordTimes = times;
        readsT = "t".equals(ref.name());
        if ((dt > 0 || times != null) && recorder == null) {
            recorder = new Recorder();
            recorder.self = simulation.events().selfTarget(recorder);
        }
        if (recorder != null) {
            recorder.generation++; // events of an earlier recording are ignored
        }
        register();
        return this;
    }

    /**
     * NEURON's {@code vec.play(&var, tvec)} without interpolation: from the next finitialize on, the
     * variable takes value i of this vector at time {@code tvec[i]}, as an event (a value at t = 0
     * is set before v and the INITIAL blocks). The vectors are read as the run goes.
     *
     * @param ref what to set, e.g. {@code stim.ref("amp")}
     * @param times the times (ms), as many as this vector's values, ascending and not negative
     * @return this vector
     * @throws IllegalArgumentException for mismatched sizes, descending or negative times
     */
    public Vector play(Ref ref, Vector times) {
        Validate.notNull("play reference", ref);
        Validate.notNull("play times", times);
        checkPlayTimes(times);
        return startPlaying(ref, times, 0);
    }

    /**
     * NEURON's {@code vec.play(&var, tvec, continuous)}: with {@code continuous} false as {@link
     * #play(Ref, Vector)}; with true the variable follows the straight lines between the points
     * (tvec[i], value i), set twice in every step (at t + dt/2 before the currents and at t + dt
     * before the states) and at every time of tvec; before tvec[0] it is value 0, after the last
     * time the line through the last two points goes on (NEURON 8.2.2 extrapolates), and at a
     * repeated time it is the mean of the two values (as NEURON's {@code VecPlayContinuous}).
     *
     * @return this vector
     * @throws IllegalArgumentException for mismatched sizes, descending or negative times
     */
    public Vector play(Ref ref, Vector times, boolean continuous) {
        play(ref, times);
        player.continuous = continuous;
        return this;
    }

    /**
     * NEURON's {@code vec.play(&var, Dt)}: value i is set at time i Dt (each time the previous one
     * plus Dt), as an event.
     *
     * @param dt the interval (ms), 1e-9 to 1e10 as NEURON allows
     * @return this vector
     * @throws IllegalArgumentException for an interval out of that range
     */
    public Vector play(Ref ref, double dt) {
        Validate.notNull("play reference", ref);
        checkInterval("play", dt);
        return startPlaying(ref, null, dt);
    }

    private Vector startPlaying(Ref ref, Vector times, double dt) {
        Validate.notNull("play reference", ref);
        simulation.checkOwn("Vector.play", ref);
        if (player == null) {
            player = new Player();
            player.self = simulation.events().selfTarget(player);
        }
        player.target = ref;
        player.setter = null;
        player.times = times;
        player.dt = dt;
        player.continuous = false;
        player.generation++;
        register();
        return this;
    }

    private void register() {
        if (!registered) {
            registered = true;
            simulation.record(this);
        }
    }

    /** @return whether this vector records or plays a variable of a deleted section */
    boolean recordsDeletedSection() {
        return (source != null && source.isOnDeletedSection())
                || (player != null && player.target != null && player.target.isOnDeletedSection());
    }

    /** @return what this vector records or plays, for messages */
    String recordedName() {
        return source != null ? "recording " + source.name()
                : player != null && player.target != null ? "playing into " + player.target.name() : "nothing";
    }

    /** Stops recording and playing (NEURON's {@code play_remove()}); the values recorded so far stay. */
    public Vector play_remove() {
        source = null;
        probe = null;
        recordDt = 0;
        recordTimes = null;
        if (recorder != null) {
            recorder.generation++;
        }
        if (player != null) {
            player.target = null;
            player.setter = null;
            player.generation++;
        }
        return this;
    }

    private static void checkInterval(String what, double dt) {
        if (!(dt >= MIN_INTERVAL && dt <= MAX_INTERVAL)) {
            throw new IllegalArgumentException(what + " interval dt = " + Validate.num(dt)
                    + " ms is not allowed: give 1e-9 to 1e10 ms");
        }
    }

    private static void checkTimes(String what, Vector times) {
        for (int i = 0; i < times.size; i++) {
            double ti = times.data[i];
            if (!(ti >= 0) || ti == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(what + " times: element " + i + " is " + Validate.num(ti)
                        + " ms; times must be finite and at least 0");
            }
            if (i > 0 && ti < times.data[i - 1]) {
                throw new IllegalArgumentException(what + " times: element " + i + " (" + Validate.num(ti)
                        + " ms) is before element " + (i - 1) + " (" + Validate.num(times.data[i - 1])
                        + " ms); times must be ascending (equal neighbours are allowed)");
            }
        }
    }

    private void checkPlayTimes(Vector times) {
        if (times.size != size) {
            throw new IllegalArgumentException("play: the time vector has " + times.size
                    + " elements and the value vector " + size + "; they must have the same size");
        }
        checkTimes("play", times);
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

    /**
     * NEURON's {@code resize(n)}: keeps the first n elements, or appends zeros up to n.
     *
     * @param n the new size, at least 0
     * @return this vector
     */
    public Vector resize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException(label() + ".resize(" + n + "): the size must be at least 0");
        }
        if (n > data.length) {
            data = Arrays.copyOf(data, Math.max(n, 2 * data.length));
        }
        if (n > size) {
            Arrays.fill(data, size, n, 0.0);
        }
        size = n;
        return this;
    }

    /** NEURON's {@code fill(x)}: every element becomes x. */
    public Vector fill(double x) {
        Arrays.fill(data, 0, size, x);
        return this;
    }

    /** @return the largest element, 0 for an empty vector (as NEURON's {@code max()}) */
    public double max() {
        int i = max_ind();
        return i < 0 ? 0.0 : data[i];
    }

    /** @return the smallest element, 0 for an empty vector (as NEURON's {@code min()}) */
    public double min() {
        int i = min_ind();
        return i < 0 ? 0.0 : data[i];
    }

    /** @return the index of the first largest element, -1 for an empty vector (as NEURON) */
    public int max_ind() {
        if (size == 0) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (data[best] < data[i]) { // std::max_element: the first of equal largest
                best = i;
            }
        }
        return best;
    }

    /** @return the index of the first smallest element, -1 for an empty vector (as NEURON) */
    public int min_ind() {
        if (size == 0) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (data[i] < data[best]) { // std::min_element: the first of equal smallest
                best = i;
            }
        }
        return best;
    }

    /** @return the sum of the elements, in order (0 for an empty vector) */
    public double sum() {
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            s += data[i];
        }
        return s;
    }

    /**
     * @return the mean, the sum divided by the size
     * @throws IllegalStateException for an empty vector (NEURON: "Vector must have size > 0")
     */
    public double mean() {
        if (size < 1) {
            throw new IllegalStateException(label() + ".mean(): the vector is empty; it must have at least 1 element");
        }
        return sum() / size;
    }

    /**
     * @return the sample standard deviation (divisor n - 1), computed as NEURON's: the mean, then
     *     the sum of squared deviations in order
     * @throws IllegalStateException for fewer than 2 elements (NEURON: "Vector must have size > 1")
     */
    public double stdev() {
        if (size < 2) {
            throw new IllegalStateException(label() + ".stdev(): the vector has " + size
                    + " element" + (size == 1 ? "" : "s") + "; it must have at least 2");
        }
        double m = sum() / size;
        double accum = 0.0;
        for (int i = 0; i < size; i++) {
            double d = data[i] - m;
            accum += d * d;
        }
        return Math.sqrt(accum / (size - 1));
    }

    /**
     * NEURON's {@code indwhere(op, value)}: the index of the first element for which {@code element
     * op value} holds, -1 if none. As NEURON, comparisons allow its {@code float_epsilon} (1e-11):
     * "==" means within 1e-11, ">" means more than value + 1e-11, ">=" at least value - 1e-11.
     *
     * @param op one of {@code ">", "<", ">=", "<=", "==", "!="}
     * @throws IllegalArgumentException for another op
     */
    public int indwhere(String op, double value) {
        Validate.notNull("indwhere comparator", op);
        double e = HOC_EPSILON;
        for (int i = 0; i < size; i++) {
            double x = data[i];
            boolean hit = switch (op) {
                case "==" -> x - value < e && value - x < e;
                case "!=" -> !(x - value < e && value - x < e);
                case ">" -> x > value + e;
                case "<" -> x < value - e;
                case ">=" -> x >= value - e;
                case "<=" -> x <= value + e;
                default -> throw badOp(op);
            };
            if (hit) {
                return i;
            }
        }
        switch (op) {
            case "==", "!=", ">", "<", ">=", "<=" -> {
                return -1;
            }
            default -> throw badOp(op);
        }
    }

    private IllegalArgumentException badOp(String op) {
        return new IllegalArgumentException(label() + ".indwhere: comparator \"" + op
                + "\" is not allowed; give one of \">\", \"<\", \">=\", \"<=\", \"==\", \"!=\"");
    }

    /**
     * @return this vector as CSV: a header with the recorded variable's name (if it records one),
     *     then one value a line, written so that it reads back exactly
     */
    public String toCsv() {
        return csv(this);
    }

    /**
     * Vectors as the columns of a CSV text: a header row of the recorded variables' names if any
     * vector records one ({@code column<i>} for those that do not, i from 1), then one row per index,
     * each number as Java's shortest representation that reads back exactly ({@code Double.toString}).
     *
     * @throws IllegalArgumentException for no vectors or vectors of different sizes
     */
    public static String csv(Vector... columns) {
        Validate.notNull("CSV columns", columns);
        if (columns.length == 0) {
            throw new IllegalArgumentException("CSV: no vectors given; give at least one");
        }
        int n = -1;
        boolean named = false;
        for (int c = 0; c < columns.length; c++) {
            Vector v = Validate.notNull("CSV column " + (c + 1), columns[c]);
            if (n >= 0 && v.size != n) {
                throw new IllegalArgumentException("CSV: column " + (c + 1) + " (" + v.label() + ") has " + v.size
                        + " elements and column 1 has " + n + "; the vectors must have the same size");
            }
            n = v.size;
            named |= v.source != null;
        }
        StringBuilder sb = new StringBuilder();
        if (named) {
            for (int c = 0; c < columns.length; c++) {
                Ref s = columns[c].source;
                sb.append(c == 0 ? "" : ",").append(csvField(s == null ? "column" + (c + 1) : s.name()));
            }
            sb.append('\n');
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < columns.length; c++) {
                sb.append(c == 0 ? "" : ",").append(columns[c].data[i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@link #csv(Vector...)} to a file (UTF-8), replacing it whole or not at all.
     *
     * @throws UncheckedIOException if the file cannot be written, naming it and why (e.g. the disk
     *     is full); an existing file is then unchanged
     */
    public static void writeCsv(String path, Vector... columns) {
        Validate.notNull("CSV path", path);
        String text = csv(columns);
        try {
            AtomicFile.writeString(Path.of(path), text);
        } catch (IOException e) {
            throw new UncheckedIOException("CSV: " + e.getMessage(), e);
        }
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private String label() {
        return source == null ? "Vector[" + size + "]" : "Vector recording " + source.name();
    }

    /**
     * @return the name of what this vector shows, NEURON's {@code label()}: the one given to
     *     {@link #label(String)}, else the recorded variable's ({@code soma(0.5).v}, {@code t}), else
     *     empty; plot uses it to name series and axes
     */
    public String name() {
        if (name != null) {
            return name;
        }
        return recordedName;
    }

    /** Names what this vector shows (NEURON's {@code label(s)}), e.g. for plot's legend. */
    public Vector label(String text) {
        name = Validate.notNull("label", text);
        return this;
    }

    /** @return the unit of the recorded variable ({@code mV}, {@code ms}, ...), or empty */
    public String unit() {
        return recordedUnit;
    }

    private void restart(Runtime runtime) {
        if (source != null) { // a vector that only plays keeps its values
            size = 0;
        }
        rebind(runtime);
    }

    /** A new discretisation (nseg changed, a section added): the samples so far stay, as in NEURON. */
    private void rebind(Runtime runtime) {
        probe = null; // if binding fails (the variable is gone) nothing stale is sampled
        try {
            probe = source == null ? null : source.bind(simulation.bindings());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Vector recording " + source.name() + ": " + e.getMessage()
                    + "; vec.play_remove() stops the recording", e);
        }
        if (player != null && player.target != null) {
            player.bind();
        }
    }

    private void playInit() {
        Player p = player;
        if (p == null || p.target == null) {
            return;
        }
        p.bind();
        p.generation++;
        p.index = 0;
        p.upper = 0;
        p.last = 0;
        if (p.times != null) {
            checkPlayTimes(p.times);
            if (p.times.size > 0) {
                simulation.events().netSendAt(p.self, p.times.data[0], p.generation);
            }
        } else {
            simulation.events().netSendAt(p.self, simulation.events().t(), p.generation);
        }
    }

    private void playContinuous() {
        Player p = player;
        if (p != null && p.continuous && p.setter != null) {
            p.continuous(simulation.clock().t);
        }
    }

    private void recordInit() {
        if (probe == null || recorder == null) {
            return;
        }
        Recorder r = recorder;
        r.generation++;
        EventSystem events = simulation.events();
        if (recordDt > 0) {
            events.netSendAt(r.self, events.t(), r.generation);
        } else if (recordTimes != null) {
            checkTimes("record", recordTimes);
            if (recordTimes.size > 0) {
                events.netSendAt(r.self, recordTimes.data[0], r.generation);
            }
        }
    }

    private void sample() {
        if (probe != null && recordDt == 0 && recordTimes == null) {
            append(probe.get());
        }
    }

    /** NetCon.record: spikes are forgotten at finitialize. */
    @Override
    protected void resetSpikes() {
        size = 0;
    }

    /** NetCon.record: appends a spike time (ms). */
    @Override
    protected void recordSpike(double t) {
        append(t);
    }

    /** Forwards the stepper's calls. */
    private final class Sampling implements Sampler {
        @Override
        public void restart(Runtime runtime) {
            Vector.this.restart(runtime);
        }

        @Override
        public void rebind(Runtime runtime) {
            Vector.this.rebind(runtime);
        }

        @Override
        public void playInit() {
            Vector.this.playInit();
        }

        @Override
        public void playContinuous() {
            Vector.this.playContinuous();
        }

        @Override
        public void recordInit() {
            Vector.this.recordInit();
        }

        @Override
        public void sample() {
            Vector.this.sample();
        }
    }

    /** NEURON's VecRecordDt and VecRecordDiscrete: one sample per event. */
    private final class Recorder implements EventTarget {
        int self;
        /** Sent with each event as its flag; events of an earlier finitialize or recording are ignored. */
        int generation;

        @Override
        public void receive(EventSystem events, double[] weight, double flag) {
            if (flag != generation || probe == null) {
                return;
            }
            double te = events.t();
            if (recordTimes != null && readsT) { // NEURON reads its hoc t, the step's start
                append(simulation.clock().stepStart);
            } else {
                append(probe.get()); // for t with an interval, the event's time: the clock is te now
            }
            if (recordDt > 0) {
                events.netSendAt(self, te + recordDt, generation);
            } else if (recordTimes != null && size < recordTimes.size) {
                events.netSendAt(self, Math.max(recordTimes.data[size], te), generation);
            }
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** NEURON's VecPlayStep: one value set per event. */
    private final class Player implements EventTarget {
        int self;
        int generation;
        Ref target;
        /** The target bound for writing at restart and finitialize. */
        java.util.function.DoubleConsumer setter;
        Vector times;
        double dt;
        int index;
        boolean continuous;
        /** VecPlayContinuous's ubound_index_ and last_index_. */
        int upper;
        int last;

        @Override
        public void receive(EventSystem events, double[] weight, double flag) {
            if (flag != generation || setter == null || index >= size) {
                return;
            }
            double te = events.t();
            if (continuous) { // VecPlayContinuous: the next breakpoint, then the value now
                last = upper;
                if (upper < times.size - 1) {
                    upper++;
                    events.netSendAt(self, Math.max(times.data[upper], te), generation);
                }
                continuous(te);
                return;
            }
            setter.accept(data[index++]);
            if (index < size) {
                if (times != null) {
                    if (index < times.size) {
                        events.netSendAt(self, Math.max(times.data[index], te), generation);
                    }
                } else {
                    events.netSendAt(self, te + dt, generation);
                }
            }
        }

        void bind() {
            setter = null;
            try {
                setter = target.bindSetter(simulation.bindings());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Vector playing " + target.name() + ": " + e.getMessage()
                        + "; vec.play_remove() stops playing", e);
            }
        }

        /** Sets the value interpolated at time tt, NEURON's VecPlayContinuous::continuous. */
        void continuous(double tt) {
            int n = Math.min(size, times.size);
            if (n == 0 || upper >= n) {
                return;
            }
            setter.accept(interpolate(tt));
        }

        private double interpolate(double tt) {
            double[] tv = times.data;
            double[] yv = data;
            if (tt >= tv[upper]) {
                last = upper;
                if (last == 0) {
                    return yv[0];
                }
            } else if (tt <= tv[0]) {
                last = 0;
                return yv[0];
            } else {
                while (tt < tv[last]) {
                    --last;
                }
                while (tt >= tv[last]) {
                    ++last;
                }
            }
            double x0 = yv[last - 1];
            double x1 = yv[last];
            double t0 = tv[last - 1];
            double t1 = tv[last];
            if (t0 == t1) {
                return (x0 + x1) / 2.;
            }
            return x0 + (x1 - x0) * ((tt - t0) / (t1 - t0));
        }

        @Override
        public String toString() {
            return "Vector[" + size + "] playing " + target;
        }
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
