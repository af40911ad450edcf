package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step split between two threads gives, bit for bit, what one thread gives: on an unbranched
 * cable (cut in the middle of its one section), on random branched trees with every mechanism and
 * events, over many repetitions, after a structural change, and with several simulations running
 * at once (which compete for the one helper and fall back to one thread).
 */
class ParallelStepTest {
    @TempDir
    Path dir;

    /** The refs the model on this thread saves (the batch file prints six digits; these give all). */
    private static final ThreadLocal<List<Ref>> SAVED = ThreadLocal.withInitial(List::of);

    /**
     * A model writes every node's v, and more, into the batch file; the file's bytes are returned
     * with the exact bits of the saved values at the end.
     */
    private byte[] run(Consumer<Simulation> model, int threads, String name) throws IOException {
        Simulation h = new Simulation();
        h.threads(threads);
        model.accept(h);
        Path out = dir.resolve(name + "_" + threads + ".dat");
        h.batchRun(15, 0.025, out.toString(), "parallel step");
        StringBuilder bits = new StringBuilder(Files.readString(out));
        for (Ref ref : SAVED.get()) {
            bits.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(ref.get())));
        }
        return bits.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One long hh section, enough work for the plan to cut it in the middle. */
    private static Section axon(Simulation h) {
        Section ax = h.Section("axon");
        ax.L = 2000;
        ax.diam = 1;
        ax.nseg = 301;
        ax.insert("hh");
        return ax;
    }

    private static void cable(Simulation h) {
        Section ax = axon(h);
        IClamp ic = h.IClamp(ax.at(0));
        ic.delay = 0.5;
        ic.dur = 1;
        ic.amp = 0.5;
        List<Ref> refs = new ArrayList<>(List.of(h.ref("t")));
        for (var seg : ax) {
            refs.add(seg.ref("v"));
            refs.add(seg.ref("m_hh"));
        }
        refs.add(ax.at(1).ref("v"));
        h.batchSave(refs.toArray(new Ref[0]));
        SAVED.set(refs);
        h.finitialize(-65);
    }

    /** Random sections, nseg, attachment points and mechanisms; a NetStim drives synapses. */
    private static Consumer<Simulation> tree(long seed) {
        return h -> {
            Random rnd = new Random(seed);
            List<Section> secs = new ArrayList<>();
            List<Ref> refs = new ArrayList<>(List.of(h.ref("t")));
            int roots = 1 + rnd.nextInt(3);
            for (int i = 0; i < 60; i++) {
                Section s = h.Section("s" + i);
                s.L = 20 + rnd.nextInt(300);
                s.diam = 0.5 + rnd.nextDouble() * 3;
                s.nseg = 1 + rnd.nextInt(15);
                s.insert(rnd.nextInt(3) == 0 ? "pas" : "hh");
                if (rnd.nextInt(4) == 0) {
                    s.insert("pas");
                }
                if (i >= roots) {
                    double[] xs = {0, 1, 1, 0.5, rnd.nextDouble()};
                    s.connect(secs.get(rnd.nextInt(secs.size())).at(xs[rnd.nextInt(xs.length)]));
                }
                secs.add(s);
                for (var seg : s) {
                    refs.add(seg.ref("v"));
                }
                refs.add(s.at(1).ref("v"));
            }
            for (int i = 0; i < 6; i++) {
                IClamp ic = h.IClamp(secs.get(rnd.nextInt(secs.size())).at(rnd.nextDouble()));
                ic.delay = rnd.nextDouble() * 3;
                ic.dur = 2;
                ic.amp = 0.3 + rnd.nextDouble();
                refs.add(ic.ref("i"));
            }
            NetStim ns = h.NetStim();
            ns.interval = 2;
            ns.number = 100;
            ns.start = 1;
            for (int i = 0; i < 8; i++) {
                ExpSyn syn = h.ExpSyn(secs.get(rnd.nextInt(secs.size())).at(rnd.nextDouble()));
                syn.tau = 1 + rnd.nextDouble();
                var nc = h.NetCon(ns, syn);
                nc.weight[0] = 0.002 + rnd.nextDouble() * 0.01;
                nc.delay = rnd.nextDouble();
                refs.add(syn.ref("g"));
            }
            Section src = secs.get(secs.size() - 1);
            var spikes = h.NetCon(src.at(0.5).ref("v"), h.ExpSyn(secs.get(0).at(0.5)));
            spikes.weight[0] = 0.01;
            h.batchSave(refs.toArray(new Ref[0]));
            SAVED.set(refs);
            h.finitialize(-65);
        };
    }

    @Test
    void cableCutMidSectionIsIdentical() throws IOException {
        byte[] one = run(ParallelStepTest::cable, 1, "cable");
        for (int r = 0; r < 5; r++) {
            assertArrayEquals(one, run(ParallelStepTest::cable, 2, "cable"), "repetition " + r);
        }
    }

    /**
     * A soma with 40 equal dendrites (quads, see RaggedLockstep): with two threads every dendrite is a
     * subtree, so each quad lane's first node is deferred, the path one thread never takes.
     */
    private static void dendrites(Simulation h) {
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        List<Ref> refs = new ArrayList<>(List.of(h.ref("t"), soma.at(0.5).ref("v")));
        for (int i = 0; i < 40; i++) {
            Section d = h.Section("d" + i);
            d.L = 150 + 7 * i;
            d.diam = 0.5 + 0.05 * i;
            d.nseg = 11;
            d.insert(i % 5 == 0 ? "hh" : "pas");
            d.connect(soma.at(i % 2));
            for (var seg : d) {
                refs.add(seg.ref("v"));
            }
        }
        IClamp ic = h.IClamp(soma.at(0.5));
        ic.delay = 0.5;
        ic.dur = 2;
        ic.amp = 1;
        h.batchSave(refs.toArray(new Ref[0]));
        SAVED.set(refs);
        h.finitialize(-65);
    }

    @Test
    void deferredQuadsAreIdentical() throws IOException {
        byte[] one = run(ParallelStepTest::dendrites, 1, "dendrites");
        assertArrayEquals(one, run(ParallelStepTest::dendrites, 2, "dendrites"));
    }

    @Test
    void randomTreesAreIdentical() throws IOException {
        for (long seed = 1; seed <= 12; seed++) {
            byte[] one = run(tree(seed), 1, "tree" + seed);
            assertArrayEquals(one, run(tree(seed), 2, "tree" + seed), "seed " + seed);
        }
    }

    @Test
    void manyRepetitionsInOneSimulation() throws IOException {
        Simulation h = new Simulation();
        tree(7).accept(h);
        Path out = dir.resolve("rep.dat");
        h.threads(1);
        h.batchRun(5, 0.025, out.toString());
        byte[] one = Files.readAllBytes(out);
        h.threads(2);
        for (int r = 0; r < 30; r++) {
            h.finitialize(-65);
            h.batchRun(5, 0.025, out.toString());
            assertArrayEquals(one, Files.readAllBytes(out), "repetition " + r);
        }
    }

    /** The cable, a step, then a second cell added and a run after the new discretisation. */
    private byte[] runAfterChange(int threads) throws IOException {
        Simulation h = new Simulation();
        h.threads(threads);
        cable(h);
        h.fadvance();
        Section branch = h.Section("branch");
        branch.nseg = 40;
        branch.insert("pas");
        branch.connect(h.Section("stub").at(1)); // a second cell
        h.finitialize(-65);
        Path out = dir.resolve("changed_" + threads + ".dat");
        h.batchRun(3, 0.1, out.toString());
        return Files.readAllBytes(out);
    }

    @Test
    void structuralChangeBetweenRuns() throws IOException {
        assertArrayEquals(runAfterChange(1), runAfterChange(2));
    }

    @Test
    void simulationsInParallelThreads() throws Exception {
        byte[] one = run(tree(3), 1, "alone");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int k = i;
                runs.add(pool.submit(() -> run(tree(3), 2, "par" + k)));
            }
            for (Future<byte[]> f : runs) {
                assertArrayEquals(one, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void divergenceIsReportedWithTwoThreads() {
        Simulation h = new Simulation();
        h.threads(2);
        Section ax = axon(h);
        h.finitialize(-65);
        h.fadvance();
        ax.at(0.9).set("v", 1e308); // in the part the helper thread updates
        var e = assertThrows(io.github.neuronkernel.engine.NumericalInstabilityException.class, () -> {
            for (int i = 0; i < 100; i++) {
                h.fadvance();
            }
        });
        assertEquals("axon", e.section());
    }

}
