package io.github.neuronkernel.engine.mechanism.builtin;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * APCount, AlphaSynapse, IntFire1, IntFire2 and IntFire4 against NEURON 8.2.2: the models of {@code
 * builtin/cases_builtin.py}, built through the engine's API, every recorded value (per-step vectors,
 * spike times, final values) compared with NEURON's to the last bit.
 */
class BuiltinReferenceTest {
    /** Recorded vectors by name, in the order the case file lists them. */
    private final Map<String, double[]> got = new LinkedHashMap<>();

    @Test
    void apcount() throws IOException {
        var h = new Simulation();
        Section soma = hhSoma(h);
        Section dend = h.Section("dend");
        dend.L = 200;
        dend.diam = 2;
        dend.nseg = 5;
        dend.insert("hh");
        dend.connect(soma.at(1));
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 2;
        ic.dur = 40;
        ic.amp = 0.3;
        var a1 = h.APCount(soma.at(0.5));
        var a2 = h.APCount(soma.at(0.5));
        a2.thresh = 0;
        var a3 = h.APCount(soma.at(0.5));
        a3.thresh = -66;
        var a4 = h.APCount(dend.at(0.9));
        a4.thresh = -10;
        var r1 = h.Vector();
        a1.record(r1);
        var r3 = h.Vector();
        a3.record(r3);
        var r4 = h.Vector();
        a4.record(r4);
        record(h, "t", h.ref("t"));
        record(h, "v", soma.at(0.5).ref("v"));
        record(h, "vdend", dend.at(0.9).ref("v"));
        record(h, "n1", a1.ref("n"));
        record(h, "time1", a1.ref("time"));
        record(h, "n2", a2.ref("n"));
        record(h, "time2", a2.ref("time"));
        record(h, "n3", a3.ref("n"));
        record(h, "time3", a3.ref("time"));
        record(h, "n4", a4.ref("n"));
        run(h, 50);
        spikes("rec1", r1);
        spikes("rec3", r3);
        spikes("rec4", r4);
        got.put("final", new double[] {a1.n, a2.n, a3.n, a4.n, a1.time, a2.time, a3.time, a4.time});
        compare("apcount");
    }

    @Test
    void alphasyn() throws IOException {
        var h = new Simulation();
        Section soma = hhSoma(h);
        Section dend = h.Section("dend");
        dend.L = 150;
        dend.diam = 1.5;
        dend.nseg = 3;
        dend.insert("pas");
        dend.connect(soma.at(1));
        var s1 = h.AlphaSynapse(soma.at(0.5));
        s1.onset = 1;
        s1.tau = 0.5;
        s1.gmax = 0.01;
        s1.e = 0;
        var s2 = h.AlphaSynapse(soma.at(0.5));
        s2.onset = 3.3;
        s2.tau = 1.7;
        s2.gmax = 0.004;
        s2.e = -80;
        var s3 = h.AlphaSynapse(dend.at(0.7));
        s3.onset = 0.5;
        s3.tau = 2;
        s3.gmax = 0.003;
        s3.e = 10;
        record(h, "t", h.ref("t"));
        record(h, "v", soma.at(0.5).ref("v"));
        record(h, "vdend", dend.at(0.7).ref("v"));
        record(h, "i1", s1.ref("i"));
        record(h, "i2", s2.ref("i"));
        record(h, "i3", s3.ref("i"));
        run(h, 30);
        compare("alphasyn");
    }

    /** @return a spike-time Vector for each cell (a NetCon with no target records it) */
    private static List<Vector> spikeRecorders(Simulation h, Object... cells) {
        List<Vector> out = new ArrayList<>();
        for (Object c : cells) {
            var v = h.Vector();
            h.NetCon(c, null).record(v);
            out.add(v);
        }
        return out;
    }

    /** Keeps each recorder's spike times as spikes1, spikes2, ... for {@link #compare}. */
    private void spikes(List<Vector> recorders) {
        for (int k = 0; k < recorders.size(); k++) {
            spikes("spikes" + (k + 1), recorders.get(k));
        }
    }

    @Test
    void intfire1() throws IOException {
        var h = new Simulation();
        var ns1 = stim(h, 1, 2, 40);
        var ns2 = stim(h, 2.5, 3, 30);
        var c1 = h.IntFire1();
        c1.tau = 10;
        c1.refrac = 5;
        var c2 = h.IntFire1();
        c2.tau = 4;
        c2.refrac = 1.5;
        var c3 = h.IntFire1();
        c3.tau = 20;
        c3.refrac = 0;
        h.NetCon(ns1, c1, 10, 0.5, 0.3);
        h.NetCon(ns1, c2, 10, 1, 0.7);
        h.NetCon(ns2, c2, 10, 0.25, -0.4);
        h.NetCon(ns2, c1, 10, 0, 0.45);
        Section soma = hhSoma(h);
        var syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 2;
        h.NetCon(c1, syn, 10, 1, 0.02);
        h.NetCon(c2, syn, 10, 2, 0.01);
        var apc = h.APCount(soma.at(0.5));
        var ra = h.Vector();
        apc.record(ra);
        h.NetCon(soma.at(0.5).ref("v"), c3, -20, 1.5, 0.6);
        h.NetCon(c2, c3, 10, 0.75, 0.5);
        List<Vector> sp = spikeRecorders(h, c1, c2, c3);
        record(h, "t", h.ref("t"));
        record(h, "m1", c1.ref("m"));
        record(h, "m2", c2.ref("m"));
        record(h, "m3", c3.ref("m"));
        record(h, "v", soma.at(0.5).ref("v"));
        record(h, "g", syn.ref("g"));
        run(h, 100);
        spikes(sp);
        spikes("apc", ra);
        compare("intfire1");
    }

    @Test
    void intfire2() throws IOException {
        var h = new Simulation();
        var ns1 = stim(h, 1, 3, 50);
        var ns2 = stim(h, 4, 7, 20);
        var c1 = h.IntFire2();
        c1.ib = 1.3;
        c1.taum = 10;
        c1.taus = 20;
        var c2 = h.IntFire2();
        c2.taum = 5;
        c2.taus = 15;
        var c3 = h.IntFire2();
        c3.taum = 8;
        c3.taus = 8;
        c3.ib = 0.6;
        var c4 = h.IntFire2();
        c4.taum = 3;
        c4.taus = 30;
        c4.ib = -0.2;
        h.NetCon(ns1, c2, 10, 0.5, 0.8);
        h.NetCon(ns2, c2, 10, 1, -1.5);
        h.NetCon(c1, c2, 10, 2, 0.6);
        h.NetCon(ns1, c3, 10, 0, 0.35);
        h.NetCon(ns2, c4, 10, 0.3, 2.5);
        h.NetCon(c2, c4, 10, 1, -0.7);
        Section soma = hhSoma(h);
        var syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 3;
        h.NetCon(c2, syn, 10, 1, 0.01);
        List<Vector> sp = spikeRecorders(h, c1, c2, c3, c4);
        record(h, "t", h.ref("t"));
        record(h, "m1", c1.ref("m"));
        record(h, "i1", c1.ref("i"));
        record(h, "m2", c2.ref("m"));
        record(h, "i2", c2.ref("i"));
        record(h, "m3", c3.ref("m"));
        record(h, "m4", c4.ref("m"));
        record(h, "i4", c4.ref("i"));
        record(h, "v", soma.at(0.5).ref("v"));
        run(h, 150);
        spikes(sp);
        got.put("taus3", new double[] {c3.taus});
        compare("intfire2");
    }

    @Test
    void intfire4() throws IOException {
        var h = new Simulation();
        var ns1 = stim(h, 1, 2, 60);
        var ns2 = stim(h, 3, 5, 25);
        var c1 = h.IntFire4();
        var c2 = h.IntFire4();
        c2.taue = 2;
        c2.taui1 = 4;
        c2.taui2 = 9;
        c2.taum = 15;
        var c3 = h.IntFire4();
        c3.taue = 3;
        c3.taui1 = 6;
        c3.taui2 = 12;
        c3.taum = 6;
        h.NetCon(ns1, c1, 10, 0.5, 0.35);
        h.NetCon(ns2, c1, 10, 1, -0.5);
        h.NetCon(ns1, c2, 10, 0, 0.6);
        h.NetCon(c1, c2, 10, 2, 0.9);
        h.NetCon(ns2, c3, 10, 0.2, 1.4);
        h.NetCon(ns1, c3, 10, 0.7, -0.3);
        Section soma = hhSoma(h);
        var syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 2;
        h.NetCon(c2, syn, 10, 1, 0.01);
        List<Vector> sp = spikeRecorders(h, c1, c2, c3);
        record(h, "t", h.ref("t"));
        record(h, "m1", c1.ref("m"));
        record(h, "e1", c1.ref("e"));
        record(h, "i21", c1.ref("i2"));
        record(h, "m2", c2.ref("m"));
        record(h, "m3", c3.ref("m"));
        record(h, "v", soma.at(0.5).ref("v"));
        run(h, 150);
        spikes(sp);
        List<Double> fin = new ArrayList<>();
        for (IntFire4 c : List.of(c1, c2, c3)) {
            for (double x : new double[] {c.taue, c.taui1, c.taui2, c.taum, c.ae, c.ai1, c.ai2, c.nself, c.nexcite,
                    c.ninhibit}) {
                fin.add(x);
            }
        }
        got.put("final", fin.stream().mapToDouble(Double::doubleValue).toArray());
        compare("intfire4");
    }

    @Test
    void mixedOrder() throws IOException {
        var h = new Simulation();
        h.Section("soma");
        var c4 = h.IntFire4();
        var c2 = h.IntFire2();
        c2.ib = 2;
        var c1 = h.IntFire1();
        c1.refrac = 0.5;
        var ns = stim(h, 0, 1, 20);
        h.NetCon(ns, c1, 10, 0, 1.5);
        h.NetCon(c1, c2, 10, 0, 0.5);
        h.NetCon(c2, c4, 10, 0, 2);
        h.NetCon(ns, c4, 10, 0, -0.5);
        List<Vector> sp = spikeRecorders(h, ns, c1, c2, c4);
        record(h, "t", h.ref("t"));
        record(h, "m1", c1.ref("m"));
        record(h, "m2", c2.ref("m"));
        record(h, "m4", c4.ref("m"));
        run(h, 25);
        spikes("spikes_ns", sp.get(0));
        spikes("spikes1", sp.get(1));
        spikes("spikes2", sp.get(2));
        spikes("spikes4", sp.get(3));
        compare("mixed_order");
    }

    @Test
    void vclamp() throws IOException {
        var h = new Simulation();
        Section soma = hhSoma(h);
        Section dend = h.Section("dend");
        dend.L = 100;
        dend.diam = 2;
        dend.nseg = 3;
        dend.insert("pas");
        dend.connect(soma.at(1));
        var vc = h.VClamp(soma.at(0.5));
        vc.dur[0] = 2;
        vc.amp[0] = -65;
        vc.dur[1] = 5;
        vc.amp[1] = -20;
        vc.dur[2] = 4;
        vc.amp[2] = -80;
        var v2 = h.VClamp(dend.at(0.8));
        v2.dur[0] = 3;
        v2.amp[0] = -60;
        v2.dur[1] = 6;
        v2.amp[1] = -40;
        v2.gain = 1000;
        v2.rstim = 10;
        v2.tau1 = 0.05;
        v2.tau2 = 0.02;
        v2.fac = 1;
        record(h, "t", h.ref("t"));
        record(h, "v", soma.at(0.5).ref("v"));
        record(h, "vdend", dend.at(0.8).ref("v"));
        for (String f : new String[] {"i", "e", "vo", "vi", "e0", "vo0"}) {
            record(h, f, vc.ref(f));
        }
        record(h, "i2", v2.ref("i"));
        record(h, "e2", v2.ref("e"));
        record(h, "vo2", v2.ref("vo"));
        record(h, "vi02", v2.ref("vi0"));
        run(h, 15);
        compare("vclamp");
    }

    /** hh's q10 = 3^((celsius - 6.3)/10) by glibc's pow: Math.pow differs at this temperature. */
    @Test
    void hhQ10() throws IOException {
        var h = new Simulation();
        h.celsius = 7 * 0.1;
        Section soma = hhSoma(h);
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 1;
        ic.dur = 20;
        ic.amp = 0.2;
        record(h, "t", h.ref("t"));
        record(h, "v", soma.at(0.5).ref("v"));
        record(h, "m", soma.at(0.5).ref("m_hh"));
        run(h, 30);
        compare("hh_q10");
    }

    @Test
    void stressIntFire() throws IOException {
        var h = new Simulation();
        List<Object> stims = new ArrayList<>();
        List<Object> if2 = new ArrayList<>();
        List<Object> if4 = new ArrayList<>();
        Map<String, List<Object>> groups = Map.of("stim", stims, "if2", if2, "if4", if4);
        Map<String, double[]> want = new LinkedHashMap<>();
        try (InputStream in = BuiltinReferenceTest.class.getResourceAsStream("/builtin/stress_intfire.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "stim" -> stims.add(stim(h, num(f[1]), num(f[2]), 1000));
                    case "if2" -> {
                        var c = h.IntFire2();
                        c.taum = num(f[1]);
                        c.taus = num(f[2]);
                        c.ib = num(f[3]);
                        if2.add(c);
                    }
                    case "if4" -> {
                        var c = h.IntFire4();
                        c.taue = num(f[1]);
                        c.taui1 = num(f[2]);
                        c.taui2 = num(f[3]);
                        c.taum = num(f[4]);
                        if4.add(c);
                    }
                    case "con" -> h.NetCon(groups.get(f[1]).get(Integer.parseInt(f[2])),
                            groups.get(f[3]).get(Integer.parseInt(f[4])), 10, num(f[6]), num(f[5]));
                    default -> {
                        double[] x = new double[f.length - 3];
                        for (int k = 3; k < f.length; k++) {
                            x[k - 3] = num(f[k]);
                        }
                        want.put(f[1] + "[" + f[2] + "]", x);
                    }
                }
            }
        }
        for (var e : want.keySet()) {
            String kind = e.substring(0, 3);
            int k = Integer.parseInt(e.substring(4, e.length() - 1));
            var v = h.Vector();
            h.NetCon(groups.get(kind).get(k), null).record(v);
            recorded.put(e, v);
        }
        run(h, 300);
        compareWith("stress_intfire", want);
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }

    // ---- helpers

    private final Map<String, Vector> recorded = new LinkedHashMap<>();

    private void record(Simulation h, String name, Ref ref) {
        recorded.put(name, h.Vector().record(ref));
    }

    private void spikes(String name, Vector v) {
        got.put(name, v.toArray());
    }

    static Section hhSoma(Simulation h) {
        Section s = h.Section("soma");
        s.L = 18.8;
        s.diam = 18.8;
        s.insert("hh");
        return s;
    }

    static io.github.neuronkernel.engine.mechanism.builtin.NetStim stim(Simulation h, double start, double interval,
            double number) {
        var ns = h.NetStim();
        ns.start = start;
        ns.interval = interval;
        ns.number = number;
        ns.noise = 0;
        return ns;
    }

    static void run(Simulation h, double tstop) {
        h.dt = 0.025;
        h.finitialize(-65);
        while (h.t < tstop - h.dt / 2) {
            h.fadvance();
        }
    }

    /** Every vector of the case's reference file, value by value (and its length), with the engine's. */
    private void compare(String name) throws IOException {
        compareWith(name, reference(name));
    }

    private void compareWith(String name, Map<String, double[]> want) {
        for (var e : recorded.entrySet()) {
            got.putIfAbsent(e.getKey(), e.getValue().toArray());
        }
        int values = 0;
        int same = 0;
        StringBuilder diffs = new StringBuilder();
        for (var e : want.entrySet()) {
            double[] w = e.getValue();
            double[] g = got.get(e.getKey());
            if (g == null) {
                fail(name + ": the engine recorded no vector " + e.getKey());
            }
            if (g.length != w.length) {
                diffs.append(String.format("%s: %d values, NEURON %d%n", e.getKey(), g.length, w.length));
            }
            for (int k = 0; k < Math.min(g.length, w.length); k++) {
                values++;
                if (Double.doubleToLongBits(g[k]) == Double.doubleToLongBits(w[k])) {
                    same++;
                } else if (diffs.length() < 4000) {
                    diffs.append(String.format("%s[%d]: %.17g, NEURON %.17g%n", e.getKey(), k, g[k], w[k]));
                }
            }
        }
        System.out.printf("%s: %d of %d values identical to NEURON%n", name, same, values);
        if (diffs.length() > 0) {
            fail(name + ": differences from NEURON 8.2.2 (" + same + " of " + values + " values identical)\n" + diffs);
        }
    }

    static Map<String, double[]> reference(String name) throws IOException {
        Map<String, double[]> m = new LinkedHashMap<>();
        try (InputStream in = BuiltinReferenceTest.class.getResourceAsStream("/builtin/" + name + ".txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split(" ");
                double[] x = new double[f.length - 1];
                for (int k = 1; k < f.length; k++) {
                    x[k - 1] = Double.parseDouble(f[k]);
                }
                m.put(f[0], x);
            }
        }
        return m;
    }
}
