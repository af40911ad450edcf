package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.kernel.sweep.SweepPoint;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The in-kernel sweep's speed: the same sweep through {@code Notebook.sweep} on one thread and on
 * all processors, alternately, after a warm-up; prints points per second and the speedup of each
 * round and their median. A soma's point takes a few milliseconds, so each timing runs the sweep
 * {@code --repeat} times (default 10) to last about a second. Not a test: run by {@code bench/kernel_sweep.py}, or after {@code mvn
 * -q -ntp package -DskipTests -pl engine,kernel -am}:
 *
 * <pre>
 * java -cp kernel/target/neuron-kernel.jar:kernel/target/test-classes \
 *     io.github.neuronkernel.kernel.notebook.SweepBenchmark [--points 32] [--tstop 510] [--rounds 5]
 *     [--repeat 10] [--model soma|axon] [--nseg 101] [--sim-threads 1|0|2]
 * </pre>
 *
 * <p>Each round also times an arithmetic loop on one thread and on all (no memory, no sharing): the
 * most any parallel work can gain on this machine at that moment, which other work on a shared
 * machine takes down with the sweep's.
 *
 * <p>{@code --model soma} is tutorial 4's HH soma under a current step (one node);
 * {@code axon} adds an HH axon of {@code --nseg} segments (101), enough work per step for the
 * engine to split a step over two threads when it runs alone. {@code --sim-threads} overrides what each point's simulation uses (the sweep
 * sets 1; 0 is the engine's automatic choice), to measure that choice.
 */
public final class SweepBenchmark {
    private SweepBenchmark() {}

    /** @param args see the class comment */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int points = Integer.parseInt(options.getOrDefault("points", "32"));
        double tstop = Double.parseDouble(options.getOrDefault("tstop", "510"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "10"));
        boolean axon = options.getOrDefault("model", "soma").equals("axon");
        int nseg = Integer.parseInt(options.getOrDefault("nseg", "101"));
        String simThreads = options.get("sim-threads");
        int all = Runtime.getRuntime().availableProcessors();
        Map<String, List<?>> grid = Map.of("amp", amps(points));
        Function<SweepPoint, Map<String, ?>> point = p -> {
            Simulation h = Notebook.newSimulation();
            if (simThreads != null) {
                h.threads(Integer.parseInt(simThreads));
            }
            return run(h, p.get("amp"), tstop, axon ? nseg : 0);
        };
        System.out.printf(Locale.ROOT, "%d points of %s, %.0f ms each, each sweep %d times; 1 thread against %d;"
                + " point simulations on %s%n", points, axon ? "an HH soma with a " + nseg + "-segment HH axon" : "an HH soma", tstop, repeat, all,
                simThreads == null ? "1 thread (the sweep's default)" : "threads(" + simThreads + ")");
        Notebook.sweep(grid, all, point); // warm-up: the JIT compiles the step and the sweep
        Notebook.sweep(grid, 1, point);
        loopSeconds(1, all);
        loopSeconds(all, all);
        double[] speedups = new double[rounds];
        double[] ceilings = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double one = seconds(grid, 1, point, repeat);
            double many = seconds(grid, all, point, repeat);
            speedups[r] = one / many;
            ceilings[r] = loopSeconds(1, all) / loopSeconds(all, all);
            System.out.printf(Locale.ROOT, "round %d: 1 thread %.3f s (%.1f points/s), %d threads %.3f s (%.1f points/s):"
                    + " %.2fx (an arithmetic loop: %.2fx)%n", r + 1, one, points * repeat / one, all, many,
                    points * repeat / many, speedups[r], ceilings[r]);
        }
        Arrays.sort(speedups);
        Arrays.sort(ceilings);
        System.out.printf(Locale.ROOT, "speedup on %d processors: median %.2fx (%.2f-%.2f over %d rounds);"
                + " the arithmetic loop's median %.2fx (%.2f-%.2f)%n", all, speedups[rounds / 2], speedups[0],
                speedups[rounds - 1], rounds, ceilings[rounds / 2], ceilings[0], ceilings[rounds - 1]);
    }

    /** @return how long {@code repeat} sweeps took (s) */
    private static double seconds(Map<String, List<?>> grid, int threads, Function<SweepPoint, Map<String, ?>> point, int repeat) {
        long t0 = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            SweepTable table = Notebook.sweep(grid, threads, point);
            if (table.count(SweepTable.OK) != table.rows().size()) {
                throw new IllegalStateException("a point failed:\n" + table);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * @return how long {@code threads} threads take to share {@code parts} equal pieces of a
     *     dependent arithmetic loop (s): one thread does them all, {@code parts} threads one each
     */
    private static double loopSeconds(int threads, int parts) {
        long t0 = System.nanoTime();
        List<Thread> team = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int mine = parts / threads;
            Thread t = new Thread(() -> {
                for (int k = 0; k < mine; k++) {
                    logistic(150_000_000L);
                }
            });
            team.add(t);
            t.start();
        }
        for (Thread t : team) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A loop whose every step needs the previous one: pure processor time, nothing to share. */
    private static double logistic(long steps) {
        double x = 0.5;
        for (long i = 0; i < steps; i++) {
            x = 3.7 * x * (1 - x);
        }
        if (x == 42) {
            System.out.print(""); // keeps the JIT from dropping the loop
        }
        return x;
    }

    private static List<Double> amps(int n) {
        List<Double> amps = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            amps.add(0.3 * k / Math.max(1, n - 1));
        }
        return amps;
    }

    /** @param nseg the axon's segments, 0 for no axon */
    private static Map<String, Object> run(Simulation h, double amp, double tstop, int nseg) {
        return HhSomaPoint.run(h, amp, tstop, soma -> {
            if (nseg > 0) {
                var a = h.Section("axon");
                a.L = 1000;
                a.diam = 1;
                a.nseg = nseg;
                a.insert("hh");
                a.connect(soma.at(1));
            }
        });
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
