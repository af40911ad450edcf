package io.github.neuronkernel.bench;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunRecord;
import io.github.neuronkernel.kernel.display.ChartInterruptedException;
import io.github.neuronkernel.kernel.display.Figure;
import io.github.neuronkernel.kernel.display.FigurePainter;
import io.github.neuronkernel.kernel.display.LineStyle;
import io.github.neuronkernel.kernel.display.MarkerShape;
import io.github.neuronkernel.kernel.display.RunChart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the kernel's charts take to draw, in one JVM after a warm-up, at 1x and 2x: drawing,
 * encoding as PNG and base64 (what a cell waits for; {@code FigurePainter.bundle}), for
 *
 * <ul>
 *   <li>a run's chart of 20,001 lines of t, v (mV) and m_hh (two panels), from a real HH soma;
 *   <li>a 200,001-line run whose first saved column, v, is not ascending (x = v, y = t);
 *   <li>a 200,001-point trace whose x values come in random order;
 * </ul>
 *
 * <p>and how soon drawing stops when its thread is interrupted: a thread draws the 200,001-point
 * charts over and over, and is interrupted at a random moment; the time from the interrupt to the
 * thread's end. Each figure is the median and range of {@code --rounds} rounds (default 20), 1x and
 * 2x alternately. Not a test; after {@code mvn -q -ntp package -DskipTests}:
 *
 * <pre>java -cp bench/target/bench-0.1.0-SNAPSHOT.jar:kernel/target/neuron-kernel.jar \
 *     io.github.neuronkernel.bench.ChartBenchmark [--rounds 20]</pre>
 */
public final class ChartBenchmark {
    private ChartBenchmark() {}

    /** @param args {@code --rounds N} */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length >= 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 20;
        List<Case> cases = List.of(
                new Case("run chart, 20,001 lines of t, v, m_hh (2 panels)", RunChart.figure(run(500, true))),
                new Case("run chart, 200,001 lines, x = v (not ascending)", RunChart.figure(run(5000, false))),
                new Case("200,001 points, x in random order", random()));
        for (int warm = 0; warm < 5; warm++) {
            for (Case c : cases) {
                FigurePainter.bundle(c.at(1), "");
                FigurePainter.bundle(c.at(2), "");
            }
        }
        for (Case c : cases) {
            long[][] ns = new long[2][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int s = 0; s < 2; s++) {
                    long t0 = System.nanoTime();
                    FigurePainter.bundle(c.at(s + 1), "");
                    ns[s][r] = System.nanoTime() - t0;
                }
            }
            System.out.println(c.name());
            System.out.println("    1x " + stats(ns[0]));
            System.out.println("    2x " + stats(ns[1]));
        }
        interrupts(cases.get(1).at(2), rounds, "200,001-line run chart at 2x");
        interrupts(cases.get(2).at(2), rounds, "200,001 random points at 2x");
    }

    /** A figure to draw at either scale. */
    private record Case(String name, Figure figure) {
        Figure at(double scale) {
            return new Figure(figure.title(), figure.xLabel(), figure.xlim(), figure.vlines(), figure.panels(),
                    figure.width(), figure.height(), scale);
        }
    }

    /** Interrupts a thread drawing the figure over and over, at a random moment, {@code rounds} times. */
    private static void interrupts(Figure figure, int rounds, String what) throws InterruptedException {
        Random random = new Random(1);
        long[] ns = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            AtomicLong ended = new AtomicLong();
            Thread drawing = new Thread(() -> {
                try {
                    while (true) {
                        FigurePainter.bundle(figure, "");
                    }
                } catch (ChartInterruptedException e) {
                    ended.set(System.nanoTime());
                }
            });
            drawing.start();
            Thread.sleep(50 + random.nextInt(200));
            long t0 = System.nanoTime();
            drawing.interrupt();
            drawing.join();
            ns[r] = ended.get() - t0;
        }
        System.out.println("interrupt while drawing the " + what + ": drawing stopped " + stats(ns) + " after it");
    }

    /** @return an HH soma's run: t and v (and m_hh), or v then t (x not ascending) */
    private static RunRecord run(double tstop, boolean timeFirst) {
        Simulation h = new Simulation();
        var soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        var stim = h.IClamp(soma.at(0.5));
        stim.delay = 1;
        stim.dur = 1e9;
        stim.amp = 0.1;
        if (timeFirst) {
            h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), soma.at(0.5).ref("m_hh"));
        } else {
            h.batchSave(soma.at(0.5).ref("v"), h.ref("t"));
        }
        RunRecord[] record = new RunRecord[1];
        h.addRunListener(new RunListener() {
            @Override
            public void finished(RunRecord r) {
                record[0] = r;
            }
        });
        h.finitialize(-65);
        h.batchRun(tstop, 0.025);
        return record[0];
    }

    /** @return 200,001 points of a noisy sine, x in random order */
    private static Figure random() {
        Random r = new Random(1);
        double[] x = new double[200_001];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() * 100;
            y[i] = Math.sin(x[i] / 5) + 0.1 * r.nextGaussian();
        }
        Figure.Trace trace = new Figure.Trace("y", x, y, LineStyle.SOLID, MarkerShape.NONE, null);
        Figure.Panel panel = new Figure.Panel(null, "y", null, List.of(trace), false, false);
        return new Figure(null, "x", null, List.of(), List.of(panel), Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT, 1);
    }

    /** @return "median 12.3 ms (8.1 to 20.4 ms)" */
    private static String stats(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        List<Double> ms = new ArrayList<>();
        for (long n : sorted) {
            ms.add(n / 1e6);
        }
        return String.format(Locale.ROOT, "median %.1f ms (%.1f to %.1f ms, n=%d)", ms.get(ms.size() / 2), ms.get(0),
                ms.get(ms.size() - 1), ms.size());
    }
}
