package io.github.neuronkernel.bench;

import io.github.neuronkernel.engine.api.Simulation;
import java.util.List;

/**
 * Times {@code h.loadMechanisms(DIR)} (parse, check, generate, compile, register) in a fresh
 * simulation, several times in one JVM: the first time is the cold figure (javac's own start-up
 * included), the later ones the warm figure of a running kernel.
 *
 * <pre>java -cp engine.jar:bench.jar io.github.neuronkernel.bench.NmodlLoadBenchmark DIR [times]</pre>
 */
public final class NmodlLoadBenchmark {
    private NmodlLoadBenchmark() {}

    /** @param args a directory of supported .mod files, and how many times to load it (default 5) */
    public static void main(String[] args) {
        String dir = args[0];
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            List<String> names = new Simulation().loadMechanisms(dir);
            System.out.printf("{\"load\": %d, \"files\": %d, \"seconds\": %.3f}%n", i + 1, names.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
