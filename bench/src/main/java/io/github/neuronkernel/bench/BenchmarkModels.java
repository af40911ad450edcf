package io.github.neuronkernel.bench;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four models of {@code shared/bench/neuron_models.py}, built through the engine's API with the
 * same parameters (and, for the network, the same connection file), plus scaled variants.
 */
final class BenchmarkModels {
    /** A built model: what to save and how long to run. */
    record Built(Simulation h, List<Ref> saved, double tstop, double tstep, int nodes) {}

    /** The real CA1 cell of {@code bench/neuron_ca1.py}, relative to the repository root. */
    static final String CA1_SWC = "engine/src/test/resources/morphology/c91662.swc";

    /** The same cell as Neurolucida ASCII (soma as a contour), written by swc_to_asc.py. */
    static final String CA1_ASC = "engine/src/test/resources/morphology/c91662_converted.asc";

    /** The hh-equivalent .mod file, relative to the repository root (where compare.py runs). */
    static final String HHX_MOD = "engine/src/test/resources/nmodl/mod/hhx.mod";

    private BenchmarkModels() {}

    static Built build(String name, int size, Path connections) throws IOException {
        return switch (name) {
            case "seed_long" -> seedLong();
            case "axon" -> axon(size > 0 ? size : 1001, "hh");
            case "axon_hhx" -> axon(size > 0 ? size : 1001, "hhx");
            case "tree" -> tree();
            case "network" -> network(size > 0 ? size : 100, connections);
            case "ca1" -> ca1(false);
            case "ca1_asc" -> ca1(true);
            default -> throw new IllegalArgumentException("unknown model \"" + name
                    + "\": the models are seed_long, axon, axon_hhx, tree, network, ca1, ca1_asc");
        };
    }

    /** The seed cell for 1000 ms, driven by a 0.1 nA step from 1 ms on, as the shared script keeps it. */
    private static Built seedLong() {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 1;
        ic.dur = 1e9;
        ic.amp = 0.1;
        return new Built(h, List.of(h.ref("t"), soma.at(0.5).ref("v")), 1000, 0.1, 1);
    }

    /**
     * The axon with hh, or with {@code hhx}: the project's .mod file equal to hh, compiled by the
     * engine's NMODL path (generated code against the hand-written hh, same output byte for byte).
     */
    private static Built axon(int nseg, String channel) {
        var h = new Simulation();
        if (!channel.equals("hh")) {
            h.loadMechanisms(HHX_MOD);
        }
        Section ax = h.Section("axon");
        ax.L = 10000;
        ax.diam = 1;
        ax.nseg = nseg;
        ax.insert(channel);
        var ic = h.IClamp(ax.at(0));
        ic.delay = 1;
        ic.dur = 1;
        ic.amp = 0.5;
        return new Built(h, List.of(h.ref("t"), ax.at(0.5).ref("v"), ax.at(1).ref("v")), 100, 0.1, nseg);
    }

    /**
     * {@code bench/neuron_ca1.py}: the real CA1 cell imported from SWC, nseg by the d_lambda rule,
     * hh in soma and axon, pas elsewhere, a current step at the soma; {@code ca1_asc} imports the
     * cell from its Neurolucida version instead (h.importAsc).
     */
    private static Built ca1(boolean asc) {
        var h = new Simulation();
        long t0 = System.nanoTime();
        List<Section> secs = asc ? h.importAsc(CA1_ASC) : h.importSwc(CA1_SWC);
        importSeconds = (System.nanoTime() - t0) / 1e9;
        for (Section s : secs) {
            s.Ra = 100;
            s.cm = 1;
        }
        int nodes = h.geomNseg(100, 0.1);
        for (Section s : secs) {
            if (s.name().startsWith("soma") || s.name().startsWith("axon")) {
                s.insert("hh");
            } else {
                s.insert("pas");
                s.set("g_pas", 5e-5).set("e_pas", -65);
            }
        }
        var ic = h.IClamp(h.section("soma[0]").at(0.5));
        ic.delay = 5;
        ic.dur = 80;
        ic.amp = 0.8;
        List<Ref> saved = List.of(h.ref("t"), h.section("soma[0]").at(0.5).ref("v"),
                h.section("apic[20]").at(0.5).ref("v"), h.section("dend[10]").at(1).ref("v"),
                h.section("axon[0]").at(1).ref("v"));
        return new Built(h, saved, 100, 0.1, nodes);
    }

    /** Seconds the last {@link #ca1} spent in h.importSwc or h.importAsc. */
    static double importSeconds;

    private static Built tree() {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        List<Section> dends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Section d = h.Section("dend" + i);
            d.L = 200;
            d.diam = 1;
            d.nseg = 11;
            d.insert("pas");
            d.connect(soma.at(i % 2 == 1 ? 1 : 0));
            dends.add(d);
        }
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 1;
        ic.dur = 50;
        ic.amp = 2;
        return new Built(h, List.of(h.ref("t"), soma.at(0.5).ref("v"), dends.get(0).at(1).ref("v")), 100, 0.1,
                1 + 200 * 11);
    }

    /** The benchmark network; with more than 100 cells, connections repeat the file's pattern per block. */
    private static Built network(int cellCount, Path connections) throws IOException {
        var h = new Simulation();
        List<Section> cells = new ArrayList<>();
        List<ExpSyn> syns = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            Section s = h.Section("cell" + i);
            s.L = 20;
            s.diam = 20;
            s.insert("hh");
            ExpSyn syn = h.ExpSyn(s.at(0.5));
            syn.tau = 2;
            syn.e = 0;
            cells.add(s);
            syns.add(syn);
        }
        List<String> lines = Files.readAllLines(connections);
        for (int block = 0; block < cellCount / 100; block++) {
            int base = block * 100;
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\t");
                var nc = h.NetCon(cells.get(base + Integer.parseInt(f[0])).at(0.5).ref("v"),
                        syns.get(base + Integer.parseInt(f[1])));
                nc.threshold = -20;
                nc.delay = Double.parseDouble(f[2]);
                nc.weight[0] = 0.002;
            }
            for (int i = 0; i < 10; i++) {
                NetStim ns = h.NetStim();
                ns.interval = 20;
                ns.number = 1e9;
                ns.start = 5 + i;
                ns.noise = 0;
                var nc = h.NetCon(ns, syns.get(base + i));
                nc.delay = 1;
                nc.weight[0] = 0.01;
            }
        }
        return new Built(h, List.of(h.ref("t"), cells.get(0).at(0.5).ref("v"), cells.get(50).at(0.5).ref("v")),
                1000, 0.1, cellCount);
    }
}
