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
 * steady state after warm-up, bytes allocated per step, heap bytes per node and events delivered.
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
        long heapModel = usedHeap() - heapBefore;
        double first = timeRun(m, out);
        long events = h.eventsDelivered();
        double[] steady = new double[repeat];
        long allocated = 0;
        for (int r = 0; r < repeat; r++) {
            h.finitialize(-65);
            long a0 = threadAllocated();
            steady[r] = timeRun(m, out);
            allocated = threadAllocated() - a0;
        }
        long steps = Math.round(m.tstop() / h.dt);
        Arrays.sort(steady);
        double median = repeat > 0 ? steady[repeat / 2] : first;
        System.out.println(String.format(Locale.ROOT,
                "{\"model\": \"%s\", \"tstop\": %s, \"dt\": %s, \"run_s\": %.4f, \"first_s\": %.4f, \"steady_s\": %.4f,"
                        + " \"nodes\": %d, \"steps\": %d, \"alloc_bytes_per_step\": %.2f, \"heap_bytes_per_node\": %.1f,"
                        + " \"events\": %d}",
                model, m.tstop(), h.dt, first, first, median, m.nodes(), steps, (double) allocated / steps,
                (double) heapModel / m.nodes(), events));
    }

    private static double timeRun(BenchmarkModels.Built m, String out) {
        long t0 = System.nanoTime();
        m.h().batchRun(m.tstop(), m.tstep(), out, m.h() == null ? "" : modelComment(out));
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

    private static long threadAllocated() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
