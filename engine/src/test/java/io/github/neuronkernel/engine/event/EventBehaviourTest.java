package io.github.neuronkernel.engine.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.model.Section;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event semantics beyond the NEURON reference files: reruns, bad input, allocation, spike times. */
class EventBehaviourTest {
    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    private Section soma() {
        Section s = h.Section("soma");
        s.L = 20;
        s.diam = 20;
        s.insert("hh");
        return s;
    }

    private NetStim stim(double start, double interval, double number) {
        NetStim ns = h.NetStim();
        ns.start = start;
        ns.interval = interval;
        ns.number = number;
        return ns;
    }

    @Test
    void finitializeResetsEventsSoASecondRunWritesTheSameFile() throws Exception {
        Section soma = soma();
        ExpSyn syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 2;
        var nc = h.NetCon(stim(2, 5, 4), syn);
        nc.weight[0] = 0.01;
        var spikes = h.Vector();
        h.NetCon(soma.at(0.5).ref("v"), null).record(spikes);
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"), syn.ref("g"));
        h.finitialize(-65);
        h.batchRun(10, 0.5, dir.resolve("first.dat").toString(), "run");
        double[] firstSpikes = spikes.toArray();
        h.batchRun(15, 0.5, null, ""); // leave events pending and state changed
        h.finitialize(-65);
        h.batchRun(10, 0.5, dir.resolve("second.dat").toString(), "run");
        assertEquals(Files.readString(dir.resolve("first.dat")), Files.readString(dir.resolve("second.dat")));
        assertArrayEquals(firstSpikes, spikes.toArray(), 0.0);
        assertTrue(firstSpikes.length > 0, "the synaptic input makes the cell spike");
    }

    @Test
    void thresholdSpikeTimeIsTheStepStartPlusTenToTheMinusTen() {
        Section soma = soma();
        soma.L = 10; // the seed cell
        soma.diam = 10;
        var ic = h.IClamp(soma.at(0.5));
        ic.delay = 0.3;
        ic.dur = 0.2;
        ic.amp = 0.5;
        var spikes = h.Vector();
        var nc = h.NetCon(soma.at(0.5).ref("v"), null);
        nc.threshold = 10;
        nc.record(spikes);
        h.finitialize(-65);
        h.batchRun(2, 0.1);
        // seed model: v first exceeds 10 mV during the step to 0.875; the spike is stamped at the
        // start of the next step plus 1e-10, as NEURON does
        assertEquals(1, spikes.size());
        double t = spikes.get(0);
        double stepStart = Math.round(t / 0.025) * 0.025;
        assertEquals(1e-10, t - stepStart, 1e-13, "spike at " + t + ": a step start plus 1e-10");
    }

    @Test
    void manyEventsPerMillisecondAllocateNothingPerEvent() {
        Section soma = soma();
        ExpSyn syn = h.ExpSyn(soma.at(0.5));
        syn.tau = 1;
        for (int i = 0; i < 100; i++) { // 100 NetStims every 0.05 ms: 2000 events per ms
            var nc = h.NetCon(stim(0.01 * i, 0.05, 1e9), syn);
            nc.delay = 0.5 + 0.001 * i;
            nc.weight[0] = 1e-6;
        }
        h.finitialize(-65);
        h.batchRun(20, 1); // warm up and let the queue grow to its working size
        long events0 = h.eventsDelivered();
        long bytes0 = allocatedBytes();
        h.batchRun(40, 1);
        long bytes = allocatedBytes() - bytes0;
        long events = h.eventsDelivered() - events0;
        assertTrue(events > 30_000, "events delivered: " + events);
        assertTrue(bytes < 20_000, bytes + " bytes allocated for " + events + " events");
    }

    @Test
    void noisyNetStimIsReproducibleFromItsSeed() {
        NetStim ns = stim(1, 5, 50);
        ns.noise = 1;
        ns.seed(42);
        var times = h.Vector();
        h.NetCon(ns, null).record(times);
        h.finitialize(-65);
        h.batchRun(200, 10);
        double[] first = times.toArray();
        h.finitialize(-65);
        h.batchRun(200, 10);
        assertArrayEquals(first, times.toArray(), 0.0, "finitialize restarts the generator from its seed");
        ns.seed(43);
        h.finitialize(-65);
        h.batchRun(200, 10);
        assertTrue(!java.util.Arrays.equals(first, times.toArray()), "another seed, other intervals");
        double mean = (first[first.length - 1] - first[0]) / (first.length - 1);
        assertTrue(first.length > 25 && mean > 2.5 && mean < 7.5, first.length + " spikes, mean interval " + mean);
        for (int i = 1; i < first.length; i++) {
            assertTrue(first[i] >= first[i - 1], "spike times increase");
        }
    }

    @Test
    void badEventParametersNameTheValue() {
        Section soma = soma();
        ExpSyn syn = h.ExpSyn(soma.at(0.5));
        syn.tau = -1;
        assertMessage("tau = -1", h::finitialize);
        syn.tau = 2;
        var syn2 = h.Exp2Syn(soma.at(0.5));
        syn2.tau1 = 5;
        syn2.tau2 = 3;
        assertMessage("tau1 = 5 ms must be smaller than tau2 = 3 ms", h::finitialize);
        syn2.tau1 = 0;
        assertMessage("tau1 = 0", h::finitialize);
        syn2.tau1 = 1;
        var clamp = h.SEClamp(soma.at(0.5));
        clamp.rs = 0;
        assertMessage("rs = 0", h::finitialize);
        clamp.rs = 1;
        NetStim ns = stim(1, -2, 3);
        assertMessage("NetStim.interval = -2", h::finitialize);
        ns.interval = 2;
        var nc = h.NetCon(ns, syn);
        nc.delay = -1;
        assertMessage("NetCon.delay = -1", h::finitialize);
        nc.delay = 1;
        assertMessage("cannot receive events", () -> h.NetCon(ns, h.IClamp(soma.at(0.5))));
        assertMessage("is not supported", () -> h.NetCon("soma", syn));
        assertMessage("weight index 1 is out of range", () -> nc.setWeight(1, 0.1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> nc.weight[1] = 0.1);
        h.finitialize(-65); // everything fixed: the simulation runs
        h.batchRun(5, 1);
        assertEquals(5, h.t, 1e-9);
    }

    private static void assertMessage(String expected, Runnable action) {
        var e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
    }

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
