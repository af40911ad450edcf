package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.engine.run.RunStart;
import io.github.neuronkernel.kernel.display.ChartImages;
import io.github.neuronkernel.kernel.display.RunChart;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Gets the slow first times out of the way before a person waits on them: the first charts (fonts,
 * Java2D, the PNG encoder, and XChart's and the encoder's code compiled by the JIT), then javac's
 * code, by compiling throwaway cells.
 */
public final class Warmup {
    /** Charts drawn: the first loads the classes, the later ones give the JIT its profile. */
    static final int CHARTS = 4;
    /** Throwaway cells compiled: javac inside JShell is compiled by the JIT over about a hundred. */
    static final int CELLS = 100;
    /** Points per series of a warm-up chart: a 500 ms run at dt 0.025 ms, as a typical cell saves. */
    static final int POINTS = 20_001;

    /**
     * Runs of a small branched cell, twice each way (automatic, one thread, two threads): the
     * engine's step (mechanisms, the tree solve in its several forms) compiled by the JIT before a
     * person's first run. Without them the real CA1 cell's first run in a new kernel took 0.19 s,
     * three times its steady time.
     */
    static final int ENGINE_RUNS = 6;

    /**
     * Completion requests answered, of each kind of string and of Java: the code that follows a
     * receiver and lists a model's names, and JShell's own completion, compiled by the JIT before a
     * person's first Tab.
     */
    static final int ASSISTS = 20;
    /** What the warm-up completes (the cursor at each end); none needs anything the notebook defined. */
    private static final List<String> COMPLETIONS = List.of("h.set(\"", "h.help(\"", "h.section(\"",
            "h.Section(\"s\").at(0.5).get(\"", "h.loadMechanisms(\"", "h.batchR");

    /** How long no cell must have run before a warm-up chart is drawn (ms). */
    static final long IDLE_MS = 200;
    /** After this long the warm-up is dropped (ms): a kernel busy all along is warm anyway. */
    static final long GIVE_UP_MS = 120_000;

    private Warmup() {}

    /**
     * Runs after startup, on the starting thread: draws each chart, and compiles each throwaway
     * cell, only once no cell has run for {@link #IDLE_MS}, so that it does not compete with a
     * person's first cells for the processors;
     * gives up after {@link #GIVE_UP_MS}. Failures only cost speed.
     */
    public static void afterStart(Evaluator evaluator) {
        try {
            RunRecord run = spikingRun();
            long deadline = System.nanoTime() + GIVE_UP_MS * 1_000_000;
            whenIdle(evaluator, ENGINE_RUNS, deadline, n -> {
                engineRun(n % 3); // automatic, one and two threads: each way's code compiled
                return true;
            });
            whenIdle(evaluator, CHARTS, deadline, n -> {
                RunChart.bundle(run);
                return true;
            });
            whenIdle(evaluator, CELLS, deadline, evaluator::warmUpOnce);
            whenIdle(evaluator, ASSISTS, deadline, n -> {
                for (String code : COMPLETIONS) {
                    evaluator.assist().complete(code, code.length());
                }
                return true;
            });
        } catch (RuntimeException | LinkageError e) {
            // no display here: the first real chart will just be slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code step} {@code times} times, each once no cell has run for {@link #IDLE_MS}; a step
     * that returns false (a cell got in first) is tried again.
     */
    private static void whenIdle(Evaluator evaluator, int times, long deadline, IntPredicate step)
            throws InterruptedException {
        for (int done = 0; done < times && System.nanoTime() < deadline; ) {
            if (evaluator.idleMillis() >= IDLE_MS && step.test(done)) {
                done++;
            } else {
                Thread.sleep(IDLE_MS / 4);
            }
        }
    }

    /** @return a made-up run shaped like a spiking soma's: v in mV and a gate on a second axis */
    /**
     * A soma with hh and 200 passive dendrites of 1 to 13 segments, some branching, run for 100 ms
     * (4,000 steps of some 1,600 nodes: enough work per step for the two-thread plan), writing
     * nothing.
     */
    private static void engineRun(int threads) {
        var h = new io.github.neuronkernel.engine.api.Simulation();
        h.threads(threads);
        var soma = h.Section("soma");
        soma.L = soma.diam = 20;
        soma.insert("hh");
        for (int k = 0; k < 200; k++) {
            var dend = h.Section("dend" + k);
            dend.L = 150;
            dend.diam = 1;
            dend.nseg = 1 + 2 * (k % 7);
            dend.insert("pas");
            dend.connect(k % 4 == 3 ? h.allsec().get(k).at(1) : soma.at(k % 2));
        }
        var stim = h.IClamp(soma.at(0.5));
        stim.delay = 1;
        stim.dur = 90;
        stim.amp = 0.5;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(100, 0.1);
    }

    private static RunRecord spikingRun() {
        double[] t = new double[POINTS];
        double[] v = new double[POINTS];
        double[] m = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            t[i] = i * 0.025;
            double phase = (t[i] % 15.0) / 15.0; // a spike every 15 ms
            v[i] = phase < 0.1 ? -65 + 105 * Math.sin(Math.PI * phase / 0.1) : -65 + 10 * phase;
            m[i] = phase < 0.1 ? 0.05 + 0.9 * Math.sin(Math.PI * phase / 0.1) : 0.05;
        }
        RunStart start = new RunStart(null, "warm-up", 0, t[POINTS - 1], 0.025, 0.025,
                List.of("t", "soma(0.5).v", "soma(0.5).m_hh"), List.of("ms", "mV", ""));
        return new RunRecord(start, new double[][] {t, v, m}, POINTS, t[POINTS - 1], null);
    }
}
