package io.github.neuronkernel.engine.api;

import static io.github.neuronkernel.engine.Digits17.g17;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vector statistics, record with an interval or at given times, and discrete play, against NEURON
 * 8.2.2 ({@code vector/vector_cases.py}): every number to 17 digits.
 */
class VectorCasesTest {
    private static final double[] OP_VALUES = {Double.NaN, 0.5, 3.0000000001, -5.5}; // NaN: the first element

    @Test
    void statisticsAndIndwhereMatchNeuron() throws IOException {
        Map<String, double[]> stats = new LinkedHashMap<>();
        stats.put("ties", new double[] {3, 1, 3, -2, -2, 0.5});
        stats.put("tenth", new double[] {0.1, 0.2, 0.3, 0.4, 0.7, 1e-3, 123.456});
        stats.put("two", new double[] {1e16, 1});
        stats.put("neg", new double[] {-5.5, -5.5, -1e-300, -7.25});
        stats.put("one", new double[] {4.0});
        Simulation h = new Simulation();
        List<String> lines = new ArrayList<>();
        for (var e : stats.entrySet()) {
            Vector v = h.Vector(e.getValue());
            lines.add("stats " + e.getKey() + " " + g17(v.max()) + " " + g17(v.min()) + " " + v.max_ind() + " "
                    + v.min_ind() + " " + g17(v.sum()) + " " + g17(v.mean()) + " "
                    + (v.size() > 1 ? g17(v.stdev()) : "error"));
            for (String op : new String[] {">", "<", ">=", "<=", "==", "!="}) {
                for (double x : OP_VALUES) {
                    double value = Double.isNaN(x) ? e.getValue()[0] : x;
                    lines.add("indwhere " + e.getKey() + " " + op + " " + g17(value) + " " + v.indwhere(op, value));
                }
            }
        }
        assertEquals(String.join("\n", expected("stats ", "indwhere ")), String.join("\n", lines));
    }

    @Test
    void recordWithIntervalPointOneMatchesNeuron() throws IOException {
        recordDt(0.1);
    }

    @Test
    void recordWithIntervalNotAMultipleOfDtMatchesNeuron() throws IOException {
        recordDt(0.0375);
    }

    private static void recordDt(double interval) throws IOException {
        Simulation h = new Simulation();
        IClamp stim = somaCell(h);
        Section soma = h.section("soma");
        Vector vt = h.Vector().record(h.ref("t"), interval);
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"), interval);
        Vector vi = h.Vector().record(stim.ref("i"), interval);
        run(h);
        String name = "recdt" + g17(interval);
        assertEquals(String.join("\n", expected(name + " ")), write(name, vt, "t", vv, "v", vi, "i"));
    }

    @Test
    void recordAtGivenTimesMatchesNeuron() throws IOException {
        Simulation h = new Simulation();
        somaCell(h);
        Section soma = h.section("soma");
        Vector times = h.Vector(0, 0.0125, 0.5, 1.0, 1.01, 2.5, 2.5, 4.99, 5, 7);
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"), times);
        Vector vt = h.Vector().record(h.ref("t"), times);
        run(h);
        assertEquals(String.join("\n", expected("rectimes ")), write("rectimes", vt, "t", vv, "v"));
    }

    @Test
    void playAtGivenTimesMatchesNeuron() throws IOException {
        Simulation h = new Simulation();
        IClamp stim = somaCell(h);
        stim.delay = 0;
        stim.dur = 1e9;
        Section soma = h.section("soma");
        Vector tp = h.Vector(0, 0.5, 1.0125, 2.0, 2.0, 3.33);
        Vector ap = h.Vector(0.1, 0.5, -0.2, 0.0, 0.4, 0.05);
        ap.play(stim.ref("amp"), tp);
        Vector vt = h.Vector().record(h.ref("t"));
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"));
        Vector va = h.Vector().record(stim.ref("amp"));
        run(h);
        assertEquals(String.join("\n", expected("playtimes ")), write("playtimes", vt, "t", vv, "v", va, "amp"));
    }

    @Test
    void playWithIntervalMatchesNeuron() throws IOException {
        Simulation h = new Simulation();
        IClamp stim = somaCell(h);
        stim.delay = 0;
        stim.dur = 1e9;
        Section soma = h.section("soma");
        Vector ap = h.Vector(0.2, -0.1, 0.3, 0.0, 0.25);
        ap.play(stim.ref("amp"), 0.7);
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"));
        Vector va = h.Vector().record(stim.ref("amp"));
        run(h);
        assertEquals(String.join("\n", expected("playdt ")), write("playdt", vv, "v", va, "amp"));
    }

    @Test
    void continuousPlayMatchesNeuron() throws IOException {
        Simulation h = new Simulation();
        IClamp stim = somaCell(h);
        stim.delay = 0;
        stim.dur = 1e9;
        Section soma = h.section("soma");
        Vector tp = h.Vector(0.3, 1.0, 1.7, 1.7, 2.4625, 4.0);
        Vector ap = h.Vector(0.0, 0.6, -0.1, 0.35, 0.2, 0.0);
        ap.play(stim.ref("amp"), tp, true);
        Vector vt = h.Vector().record(h.ref("t"));
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"));
        Vector va = h.Vector().record(stim.ref("amp"));
        Vector vi = h.Vector().record(stim.ref("i"));
        run(h);
        assertEquals(String.join("\n", expected("playcont ")),
                write("playcont", vt, "t", vv, "v", va, "amp", vi, "i"));
    }

    @Test
    void playIntoRangeVariablesMatchesNeuron() throws IOException {
        Simulation h = new Simulation();
        somaCell(h);
        Section soma = h.section("soma");
        Vector gp = h.Vector(0.12, 0.05, 0.2, 0.12);
        gp.play(soma.at(0.5).ref("gnabar_hh"), h.Vector(0, 1.5, 2.5, 3.7));
        Vector ep = h.Vector(-54.3, -40, -70);
        ep.play(soma.at(0.5).ref("el_hh"), h.Vector(0.5, 2.0125, 4.2), true);
        Vector vv = h.Vector().record(soma.at(0.5).ref("v"));
        Vector vg = h.Vector().record(soma.at(0.5).ref("gnabar_hh"));
        Vector ve = h.Vector().record(soma.at(0.5).ref("el_hh"), 0.25);
        run(h);
        assertEquals(String.join("\n", expected("playrange ")),
                write("playrange", vv, "v", vg, "gnabar", ve, "el"));
    }

    private static IClamp somaCell(Simulation h) {
        Section soma = h.Section("soma");
        soma.L = soma.diam = 12.6157;
        soma.insert("hh");
        IClamp stim = h.IClamp(soma.at(0.5));
        stim.delay = 1;
        stim.dur = 2;
        stim.amp = 0.3;
        return stim;
    }

    private static void run(Simulation h) {
        h.dt = 0.025;
        h.finitialize(-65);
        h.continuerun(5);
    }

    /** @param pairs vector, label, vector, label, ... */
    private static String write(String name, Object... pairs) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < pairs.length; k += 2) {
            Vector v = (Vector) pairs[k];
            String label = name + " " + pairs[k + 1];
            lines.add(label + " n " + v.size());
            for (int i = 0; i < v.size(); i++) {
                lines.add(label + " " + i + " " + g17(v.get(i)));
            }
        }
        return String.join("\n", lines);
    }

    static List<String> expected(String... prefixes) throws IOException {
        try (InputStream in = VectorCasesTest.class.getResourceAsStream("/vector/vector_cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> {
                        for (String p : prefixes) {
                            if (l.startsWith(p)) {
                                return true;
                            }
                        }
                        return false;
                    }).toList();
        }
    }
}
