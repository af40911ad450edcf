package io.github.neuronkernel.bench;

import io.github.neuronkernel.engine.model.Ref;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@code batchRun} on one benchmark model as {@code shared/bench/neuron_models.py} times it in
 * NEURON (build, finitialize(-65), then only batchRun is timed), and prints one JSON line:
 * NEURON's fields {@code model, tstop, dt, run_s} (run_s is the first run in this JVM) plus the
 * steady state after warm-up (median wall time, and the least thread CPU time of a run), bytes allocated per step, heap bytes per node and events delivered.
 *
 * <pre>java -cp engine.jar:bench.jar io.github.neuronkernel.bench.EngineBenchmark MODEL
 *      [--size N] [--repeat K] [--out FILE] [--connections TSV]</pre>
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    /** @param args see the class documentation */
    public static void main(String[] args) throws Exception {
        String model = args[0];
        int size = 0;
        int repeat = 10;
        String out = "/tmp/bench_" + model + "_java.dat";
        Path connections = Path.of("bench/network_connections.tsv");
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                case "--out" -> out = args[i + 1];
                case "--connections" -> connections = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long heapBefore = usedHeap();
        BenchmarkModels.Built m = BenchmarkModels.build(model, size, connections);
        var h = m.h();
        h.batchSave();
        h.batchSave(m.saved().toArray(new Ref[0]));
        h.finitialize(-65);
        long heapModel = usedHeap() - heapBefore; // model, layout and runtime arrays
        double first = timeRun(m, out);
        long events = h.eventsDelivered();
        double[] steady = new double[repeat];
        double leastCpu = Double.NaN;
        for (int r = 0; r < repeat; r++) {
            long cpu0 = threadCpu();
            steady[r] = timeRun(m, out);
            double cpu = (threadCpu() - cpu0) / 1e9;
            leastCpu = r == 0 ? cpu : Math.min(leastCpu, cpu);
        }
        long steps = Math.round(m.tstop() / h.dt);
        // marginal allocation per step: a full run minus a half run, so per-run setup cancels out
        h.finitialize(-65);
        long a0 = threadAllocated();
        h.batchRun(m.tstop() / 2, m.tstep(), out, "");
        long half = threadAllocated() - a0;
        h.finitialize(-65);
        a0 = threadAllocated();
        h.batchRun(m.tstop(), m.tstep(), out, "");
        long full = threadAllocated() - a0;
        double perStep = Math.max(0, (double) (full - half) / (steps - steps / 2));
        timeRun(m, out); // leave the output file as NEURON writes it
        Arrays.sort(steady);
        double median = repeat > 0 ? steady[repeat / 2] : first;
        System.out.println(String.format(Locale.ROOT,
                "{\"model\": \"%s\", \"tstop\": %s, \"dt\": %s, \"run_s\": %.4f, \"first_s\": %.4f, \"steady_s\": %.4f,"
                        + " \"nodes\": %d, \"steps\": %d, \"alloc_bytes_per_step\": %.2f, \"heap_bytes_per_node\": %.1f,"
                        + " \"events\": %d, \"import_s\": %.4f, \"least_cpu_s\": %.4f}",
                model, m.tstop(), h.dt, first, first, median, m.nodes(), steps, perStep,
                (double) heapModel / m.nodes(), events, BenchmarkModels.importSeconds, leastCpu));
    }

    /** finitialize(-65), then time batchRun alone, as NEURON's script does. */
    private static double timeRun(BenchmarkModels.Built m, String out) {
        m.h().finitialize(-65);
        long t0 = System.nanoTime();
        m.h().batchRun(m.tstop(), m.tstep(), out, modelComment(out));
        return (System.nanoTime() - t0) / 1e9;
    }

    /** NEURON's script passes the model name as the comment. */
    private static String modelComment(String out) {
        String file = Path.of(out).getFileName().toString();
        return file.replaceFirst("^bench_", "").replaceFirst("_java\\.dat$", "").replaceFirst("\\.dat$", "");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * @return this thread's CPU time (ns): with one thread, the run's own work whatever else the
     *     machine runs, a steadier figure than the wall clock on a busy machine
     */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long threadAllocated() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
