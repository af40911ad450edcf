package io.github.neuronkernel.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.event.NetCon;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.model.Ref;
import io.github.neuronkernel.engine.model.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of {@code reference/events/cases_events.py} (synapses, NetStim, threshold NetCons,
 * simultaneous events, a 100-cell network), built through the Java API; files must equal NEURON's.
 */
class EventCasesTest {
    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    private Section hhSoma(String name) {
        Section s = h.Section(name);
        s.L = 20;
        s.diam = 20;
        s.insert("hh");
        return s;
    }

    private Section pasSoma() {
        Section s = h.Section("soma");
        s.L = 20;
        s.diam = 20;
        s.insert("pas");
        s.set("g_pas", 0.0002).set("e_pas", -65);
        return s;
    }

    private NetStim stim(double start, double interval, double number) {
        NetStim ns = h.NetStim();
        ns.start = start;
        ns.interval = interval;
        ns.number = number;
        ns.noise = 0;
        return ns;
    }

    private ExpSyn expSyn(Section s, double tau, double e) {
        ExpSyn syn = h.ExpSyn(s.at(0.5));
        syn.tau = tau;
        syn.e = e;
        return syn;
    }

    private NetCon connect(Object source, Object target, double delay, double weight) {
        NetCon nc = h.NetCon(source, target);
        nc.delay = delay;
        nc.weight[0] = weight;
        return nc;
    }

    @Test
    void exp2syn() throws IOException {
        Section soma = hhSoma("soma");
        var syn = h.Exp2Syn(soma.at(0.5));
        syn.tau1 = 0.5;
        syn.tau2 = 3;
        syn.e = 0;
        connect(stim(2, 7, 4), syn, 1, 0.004);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("g"), syn.ref("i"));
        h.finitialize(-65);
        h.batchRun(40, 0.25, out("exp2syn"), "Exp2Syn driven by NetStim");
        assertSameAsNeuron("exp2syn");
    }

    @Test
    void seclamp() throws IOException {
        Section soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("pas");
        soma.insert("hh");
        soma.set("g_pas", 0.001).set("e_pas", -70);
        var vc = h.SEClamp(soma.at(0.5));
        vc.rs = 0.5;
        vc.dur1 = 2;
        vc.amp1 = -65;
        vc.dur2 = 3;
        vc.amp2 = -20;
        vc.dur3 = 2;
        vc.amp3 = -80;
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), vc.ref("i"));
        h.finitialize(-65);
        h.batchRun(10, 0.1, out("seclamp"), "SEClamp steps on pas+hh soma");
        assertSameAsNeuron("seclamp");
    }

    @Test
    void twoCellsThroughAThresholdNetCon() throws IOException {
        Section a = hhSoma("A");
        Section b = hhSoma("B");
        var ic = h.IClamp(a.at(0.5));
        ic.delay = 1;
        ic.dur = 1;
        ic.amp = 0.5;
        ExpSyn syn = expSyn(b, 2, 0);
        NetCon nc = connect(a.at(0.5).ref("v"), syn, 2, 0.01);
        nc.threshold = -20;
        var spikes = h.Vector();
        nc.record(spikes);
        h.batchSave(h.ref("t"), a.at(0.5).ref("v"), b.at(0.5).ref("v"), syn.ref("g"));
        h.finitialize(-65);
        h.batchRun(20, 0.1, out("two_cell"), "cell A drives cell B through a threshold NetCon");
        assertSameAsNeuron("two_cell");
        assertArrayEquals(new double[] {1.8000000000999956}, spikes.toArray(), 0.0, "NEURON's spike times");
    }

    @Test
    void simultaneousEvents() throws IOException {
        Section soma = hhSoma("soma");
        ExpSyn s1 = expSyn(soma, 2, 0);
        ExpSyn s2 = expSyn(soma, 5, -80);
        NetStim n1 = stim(2, 6, 4);
        NetStim n2 = stim(2, 6, 4);
        connect(n1, s1, 1, 0.003);
        connect(n2, s1, 1, 0.002);
        connect(n1, s1, 1, 0.0007);
        connect(n1, s2, 1, 0.001);
        connect(n2, s2, 1, 0.0015);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), s1.ref("g"), s2.ref("g"), s1.ref("i"), s2.ref("i"));
        h.finitialize(-65);
        h.batchRun(30, 0.1, out("same_time"), "simultaneous events on one and two ExpSyns");
        assertSameAsNeuron("same_time");
    }

    @Test
    void eventsOnStepBoundaries() throws IOException {
        Section soma = pasSoma();
        ExpSyn s0 = expSyn(soma, 1, 0);
        ExpSyn s1 = expSyn(soma, 1, 0);
        ExpSyn s2 = expSyn(soma, 1, 0);
        NetStim ns = stim(0.5, 0.5, 2);
        connect(ns, s0, 0, 0.001);
        connect(ns, s1, 0.5, 0.001);
        connect(ns, s2, 0.0125, 0.001);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), s0.ref("g"), s1.ref("g"), s2.ref("g"));
        h.finitialize(-65);
        h.batchRun(2, 0.025, out("step_boundary"), "events landing on step boundaries");
        assertSameAsNeuron("step_boundary");
    }

    @Test
    void netStimFirstEventFormula() throws IOException {
        Section soma = pasSoma();
        ExpSyn s0 = expSyn(soma, 0.5, 0);
        ExpSyn s1 = expSyn(soma, 0.5, 0);
        ExpSyn s2 = expSyn(soma, 0.5, 0);
        connect(stim(0, 0.3, 3), s0, 0, 0.001);
        connect(stim(-1, 0.3, 3), s1, 0, 0.001);
        connect(stim(0.1, 0.3, 3), s2, 0, 0.001);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), s0.ref("g"), s1.ref("g"), s2.ref("g"));
        h.finitialize(-65);
        h.batchRun(3, 0.025, out("netstim_start0"), "NetStim start 0, start -1, start 0.1");
        assertSameAsNeuron("netstim_start0");
    }

    @Test
    void hundredCellNetwork() throws IOException {
        List<Section> cells = new ArrayList<>();
        List<ExpSyn> syns = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Section s = hhSoma("cell" + i);
            cells.add(s);
            syns.add(expSyn(s, 2, 0));
        }
        for (String[] row : connections()) {
            int pre = Integer.parseInt(row[0]);
            Ref v = cells.get(pre).at(0.5).ref("v");
            NetCon nc = connect(v, syns.get(Integer.parseInt(row[1])), Double.parseDouble(row[2]), 0.002);
            nc.threshold = -20;
        }
        for (int i = 0; i < 10; i++) {
            connect(stim(5 + i, 20, 1e9), syns.get(i), 1, 0.01);
        }
        h.batchSave(h.ref("t"), cells.get(0).at(0.5).ref("v"), cells.get(17).at(0.5).ref("v"),
                cells.get(50).at(0.5).ref("v"), cells.get(99).at(0.5).ref("v"), syns.get(0).ref("g"),
                syns.get(50).ref("g"));
        h.finitialize(-65);
        h.batchRun(200, 0.5, out("network"), "100-cell network (bench/neuron_models.py), 200 ms");
        assertSameAsNeuron("network");
    }

    /** A NetStim gate turned on and off by simultaneous events; its spikes drive an ExpSyn. */
    private ExpSyn gate(Section soma, double startOn, double delayOn, double startOff, double delayOff) {
        ExpSyn syn = expSyn(soma, 1, 0);
        NetStim gate = stim(-1, 0.5, 100);
        connect(gate, syn, 0, 0.001);
        NetStim on = stim(startOn, 10, 1);
        NetStim off = stim(startOff, 10, 1);
        connect(on, gate, delayOn, 1);
        connect(off, gate, delayOff, -1);
        return syn;
    }

    @Test
    void equalTimeEventsInQueueOrder() throws IOException {
        Section soma = pasSoma();
        soma.set("g_pas", 0.001).set("e_pas", -70);
        ExpSyn g1 = gate(soma, 1, 4, 2, 3);
        ExpSyn g2 = gate(soma, 2, 3, 1, 4);
        ExpSyn g3 = gate(soma, 1, 4, 2, 3);
        displacer(soma);
        ExpSyn g4 = gate(soma, 2, 3, 1, 4);
        displacer(soma);
        h.batchSave(h.ref("t"), g1.ref("g"), g2.ref("g"), g3.ref("g"), g4.ref("g"));
        h.finitialize(-65);
        h.batchRun(9, 0.25, out("event_order"), "equal-time on/off events at a NetStim");
        assertSameAsNeuron("event_order");
    }

    private void displacer(Section soma) {
        NetStim c = stim(2.5, 10, 1);
        ExpSyn syn2 = expSyn(soma, 0.1, 0);
        connect(c, syn2, 0.5, 0.0005);
    }

    /** NEURON's queue is not FIFO: a displaced least item re-enters behind equal-time items. */
    @Test
    void equalTimeEventsAfterTheLeastItemIsDisplaced() throws IOException {
        Section soma = pasSoma();
        soma.set("g_pas", 0.001).set("e_pas", -70);
        Section cell = hhSoma("cell");
        var ic = h.IClamp(cell.at(0.5));
        ic.delay = 2.2;
        ic.dur = 0.5;
        ic.amp = 1;
        ExpSyn g = gate(soma, 1, 4, 2, 3);
        ExpSyn syn2 = expSyn(soma, 0.1, 0);
        NetCon nc = connect(cell.at(0.5).ref("v"), syn2, 0.1, 0.0005);
        nc.threshold = -20;
        h.batchSave(h.ref("t"), g.ref("g"), syn2.ref("g"), cell.at(0.5).ref("v"));
        h.finitialize(-65);
        h.batchRun(9, 0.25, out("event_order_displaced"), "equal-time on/off after the least item is displaced");
        assertSameAsNeuron("event_order_displaced");
    }

    static List<String[]> connections() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = EventCasesTest.class.getResourceAsStream("/reference/events/network_connections.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.trim().split("\t"));
                }
            }
        }
        return rows;
    }

    private String out(String name) {
        return dir.resolve(name + ".dat").toString();
    }

    private void assertSameAsNeuron(String name) throws IOException {
        String expected = ReferenceCasesTest.reference("events/" + name + ".dat");
        String actual = Files.readString(dir.resolve(name + ".dat"), StandardCharsets.UTF_8);
        assertEquals(expected, actual, name + ".dat differs from NEURON's");
    }
}
