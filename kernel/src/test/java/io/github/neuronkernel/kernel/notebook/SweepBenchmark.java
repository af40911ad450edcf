package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.kernel.sweep.SweepPoint;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The in-kernel sweep's speed: the same sweep through {@code Notebook.sweep} on one thread and on
 * all processors, alternately, after a warm-up; prints points per second and the speedup of each
 * round and their median. A soma's point takes a few milliseconds, so each timing runs the sweep
 * {@code --repeat} times (default 10) to last about a second. Not a test: run by {@code
 * bench/kernel_sweep.py}, or after {@code mvn -q -ntp package -DskipTests -pl engine,kernel -am}:
 *
 * <pre>
 * java -cp kernel/target/neuron-kernel.jar:kernel/target/test-classes \
 *     io.github.neuronkernel.kernel.notebook.SweepBenchmark [--points 32] [--tstop 510] [--rounds 5]
 *     [--repeat 10] [--model soma|axon] [--nseg 101] [--sim-threads 1|0|2]
 * </pre>
 *
 * <p>Each round also runs the same points by hand, dealt to plain threads without the sweep's
 * machinery: what this machine, with whatever else runs on it at that moment, gives this work on
 * all processors against one.
 *
 * <p>{@code --model soma} is tutorial 4's HH soma under a current step (one node); {@code axon}
 * adds an HH axon of {@code --nseg} segments (101), enough work per step for the engine to split a
 * step over two threads when it runs alone. {@code --sim-threads} overrides what each point's
 * simulation uses (the sweep sets 1; 0 is the engine's automatic choice), to measure that choice.
 */
public final class SweepBenchmark {
    private final List<Double> amps;
    private final double tstop;
    private final int repeat;
    /** The axon's segments, 0 for the soma alone. */
    private final int nseg;
    /** What each point's simulation is set to, or null for the sweep's own choice. */
    private final Integer simThreads;
    private final int all = Runtime.getRuntime().availableProcessors();

    private SweepBenchmark(Map<String, String> options) {
        this.amps = amps(Integer.parseInt(options.getOrDefault("points", "32")));
        this.tstop = Double.parseDouble(options.getOrDefault("tstop", "510"));
        this.repeat = Integer.parseInt(options.getOrDefault("repeat", "10"));
        boolean axon = options.getOrDefault("model", "soma").equals("axon");
        this.nseg = axon ? Integer.parseInt(options.getOrDefault("nseg", "101")) : 0;
        this.simThreads = options.containsKey("sim-threads") ? Integer.valueOf(options.get("sim-threads")) : null;
    }

    /** @param args see the class comment */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        new SweepBenchmark(options).run(Integer.parseInt(options.getOrDefault("rounds", "5")));
    }

    private void run(int rounds) {
        System.out.printf(Locale.ROOT, "%d points of %s, %.0f ms each, each sweep %d times; 1 thread against %d;"
                + " point simulations on %s%n", amps.size(), nseg > 0 ? "an HH soma with a " + nseg + "-segment HH axon"
                : "an HH soma", tstop, repeat, all, simThreads == null ? "1 thread (the sweep's default)" : "threads(" + simThreads + ")");
        Notebook.sweep(Map.of("amp", amps), all, this::point); // warm-up: the JIT compiles the step and the sweep
        Notebook.sweep(Map.of("amp", amps), 1, this::point);
        byHand(all);
        double[] speedups = new double[rounds];
        double[] byHand = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double one = sweeps(1);
            double many = sweeps(all);
            speedups[r] = one / many;
            byHand[r] = byHand(1) / byHand(all);
            double points = amps.size() * repeat;
            System.out.printf(Locale.ROOT, "round %d: 1 thread %.3f s (%.1f points/s), %d threads %.3f s (%.1f points/s):"
                    + " %.2fx (by hand on plain threads: %.2fx)%n", r + 1, one, points / one, all, many, points / many,
                    speedups[r], byHand[r]);
        }
        System.out.printf(Locale.ROOT, "speedup on %d processors: %s over %d rounds; by hand on plain threads: %s%n",
                all, spread(speedups), rounds, spread(byHand));
    }

    private Map<String, ?> point(SweepPoint p) {
        Simulation h = Notebook.newSimulation();
        if (simThreads != null) {
            h.threads(simThreads);
        }
        return model(h, p.get("amp"));
    }

    /** @return how long {@code repeat} sweeps on {@code threads} threads took (s) */
    private double sweeps(int threads) {
        long t0 = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            SweepTable table = Notebook.sweep(Map.of("amp", amps), threads, this::point);
            if (table.count(SweepTable.OK) != table.rows().size()) {
                throw new IllegalStateException("a point failed:\n" + table);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * @return how long the same points take, {@code repeat} times, by hand (s): dealt round-robin to
     *     {@code threads} plain threads, each point's simulation made directly
     */
    private double byHand(int threads) {
        long t0 = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            List<Thread> team = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int first = k;
                team.add(new Thread(() -> {
                    for (int i = first; i < amps.size(); i += threads) {
                        Simulation h = new Simulation();
                        h.threads(simThreads == null ? 1 : simThreads);
                        model(h, amps.get(i));
                    }
                }));
            }
            team.forEach(Thread::start);
            team.forEach(SweepBenchmark::join);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private Map<String, Object> model(Simulation h, double amp) {
        return HhSomaPoint.run(h, amp, tstop, soma -> {
            if (nseg > 0) {
                var axon = h.Section("axon");
                axon.L = 1000;
                axon.diam = 1;
                axon.nseg = nseg;
                axon.insert("hh");
                axon.connect(soma.at(1));
            }
        });
    }

    /** @return e.g. "median 1.91x (1.77-2.14)" */
    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2fx (%.2f-%.2f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> amps(int n) {
        List<Double> amps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            amps.add(0.3 * k / Math.max(1, n - 1));
        }
        return amps;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
