package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulations share nothing: different models (with different celsius and dt) run in parallel
 * threads many times, each writing exactly what it writes alone, which is NEURON's file; and the
 * globals of one simulation never reach another, even when their steps interleave on one thread.
 */
class IndependentSimulationsTest {
    @TempDir
    Path dir;

    /** Each model builds itself in a new simulation and writes its batch file; name = reference case. */
    private static final Map<String, BiConsumer<Simulation, Path>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("seed", (h, out) -> new SeedModel(h).run(out));
        MODELS.put("warm", (h, out) -> {
            h.celsius = 16.3;
            Section soma = hhSoma(h, 10);
            clamp(h, soma, 1, 1, 0.3);
            h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
            h.finitialize(-65);
            h.batchRun(6, 0.1, out.toString(), "hh at 16.3 degC");
        });
        MODELS.put("fine_dt", (h, out) -> {
            h.dt = 0.01;
            Section soma = hhSoma(h, 10);
            clamp(h, soma, 0.3, 0.2, 0.5);
            h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
            h.finitialize(-65);
            h.batchRun(3, 0.05, out.toString());
        });
        MODELS.put("hh_cable", (h, out) -> {
            Section ax = h.Section("axon");
            ax.L = 500;
            ax.diam = 2;
            ax.nseg = 21;
            ax.Ra = 100;
            ax.insert("hh");
            IClamp ic = h.IClamp(ax.at(0));
            ic.delay = 0.5;
            ic.dur = 0.5;
            ic.amp = 1;
            h.batchSave(h.ref("t"), ax.at(0).ref("v"), ax.at(0.5).ref("v"), ax.at(1).ref("v"));
            h.finitialize(-65);
            h.batchRun(8, 0.2, out.toString(), "propagation along an axon");
        });
        MODELS.put("hh_states", (h, out) -> {
            Section soma = hhSoma(h, 18.8);
            IClamp ic = clamp(h, soma, 2, 100, 0.15);
            var s = soma.at(0.5);
            h.batchSave(h.ref("t"), s.ref("v"), s.ref("m_hh"), s.ref("h_hh"), s.ref("n_hh"), s.ref("ina"), s.ref("ik"),
                    s.ref("il_hh"), ic.ref("i"));
            h.finitialize(-65);
            h.batchRun(30, 0.5, out.toString(), "repetitive firing: hh states and currents");
        });
    }

    private static Section hhSoma(Simulation h, double size) {
        Section soma = h.Section("soma");
        soma.L = size;
        soma.diam = size;
        soma.insert("hh");
        return soma;
    }

    private static IClamp clamp(Simulation h, Section soma, double delay, double dur, double amp) {
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = delay;
        ic.dur = dur;
        ic.amp = amp;
        return ic;
    }

    private String runAlone(String model, Path out) {
        MODELS.get(model).accept(new Simulation(), out);
        return SeedModel.read(out);
    }

    @Test
    void eachModelAloneWritesNeuronsFile() {
        for (String model : MODELS.keySet()) {
            assertEquals(SeedModel.reference("reference/" + model + ".dat"),
                    runAlone(model, dir.resolve("alone-" + model + ".dat")), model);
        }
    }

    @Test
    void parallelRunsAreIdenticalToRunningAlone() throws Exception {
        Map<String, String> alone = new LinkedHashMap<>();
        for (String model : MODELS.keySet()) {
            alone.put(model, runAlone(model, dir.resolve("alone-" + model + ".dat")));
        }
        int threads = 8;
        int runsPerModel = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < runsPerModel; i++) {
                for (String model : MODELS.keySet()) {
                    Path out = dir.resolve(model + "-" + i + ".dat");
                    names.add(model + " run " + i);
                    results.add(pool.submit(() -> {
                        go.await();
                        return runAlone(model, out);
                    }));
                }
            }
            go.countDown();
            int k = 0;
            for (int i = 0; i < runsPerModel; i++) {
                for (String model : MODELS.keySet()) {
                    assertEquals(alone.get(model), results.get(k).get(60, TimeUnit.SECONDS), names.get(k));
                    k++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread, steps interleaved: celsius and dt of one simulation do not reach the other. */
    @Test
    void globalsOfOneDoNotAffectTheOther() {
        Simulation warm = new Simulation();
        warm.celsius = 16.3;
        warm.dt = 0.01;
        Section hot = hhSoma(warm, 10);
        clamp(warm, hot, 0.3, 0.2, 0.5);
        SeedModel seed = new SeedModel();
        Simulation h = seed.h;
        Vector hotV = warm.Vector().record(hot.at(0.5).ref("v"));
        Vector seedV = h.Vector().record(seed.soma.at(0.5).ref("v"));
        warm.finitialize(-65);
        h.finitialize(-65);
        for (int i = 0; i < 80; i++) {
            warm.fadvance();
            warm.fadvance();
            h.fadvance();
            assertEquals(6.3, h.celsius);
            assertEquals(0.025, h.dt);
        }
        assertEquals(16.3, warm.celsius);
        assertEquals(0.01, warm.dt);
        assertEquals(161, hotV.size());
        // the seed simulation printed every 0.1 ms must be NEURON's seed.dat
        String[] lines = SeedModel.reference("reference/seed.dat").split("\n");
        for (int line = 2; line < lines.length; line++) {
            int sample = 4 * (line - 2);
            assertEquals(lines[line].substring(lines[line].lastIndexOf(' ') + 1), CFormat.g(seedV.get(sample)),
                    "seed v at sample " + sample);
        }
        // and the interleaved warm run equals the same model run alone
        Simulation alone = new Simulation();
        alone.celsius = 16.3;
        alone.dt = 0.01;
        Section soma = hhSoma(alone, 10);
        clamp(alone, soma, 0.3, 0.2, 0.5);
        Vector aloneV = alone.Vector().record(soma.at(0.5).ref("v"));
        alone.finitialize(-65);
        for (int i = 0; i < 160; i++) {
            alone.fadvance();
        }
        assertEquals(java.util.Arrays.toString(aloneV.toArray()), java.util.Arrays.toString(hotV.toArray()));
    }
}
