package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tutorial 4's F-I run: an HH soma (20 x 20 um) driven by a 500 ms current step, its spikes
 * counted by a NetCon at 0 mV. NEURON 8.2 counts {@link #NEURON_SPIKES} at {@code 0.3 * k / 12} nA.
 */
final class HhSomaPoint {
    /** NEURON 8.2's spike counts at 0, 0.025, ..., 0.3 nA (notebooks/04-fi-curve.ipynb). */
    static final int[] NEURON_SPIKES = {0, 0, 1, 2, 31, 34, 37, 39, 40, 42, 43, 45, 46};

    private HhSomaPoint() {}

    /**
     * @param h a fresh simulation
     * @param amp the step's amplitude (nA)
     * @param tstop how long to run (ms); the step lasts from 10 ms to 510 ms
     * @return spikes, first and last spike time (ms, -1 without spikes) and v at the end (mV)
     */
    static Map<String, Object> run(Simulation h, double amp, double tstop) {
        return run(h, amp, tstop, soma -> { });
    }

    /** {@link #run(Simulation, double, double)} with more model: {@code more} gets the soma before the run. */
    static Map<String, Object> run(Simulation h, double amp, double tstop, Consumer<Section> more) {
        var soma = h.Section("soma");
        soma.L = 20;
        soma.diam = 20;
        soma.insert("hh");
        more.accept(soma);
        var stim = h.IClamp(soma.at(0.5));
        stim.delay = 10;
        stim.dur = 500;
        stim.amp = amp;
        var spikes = h.Vector();
        var detector = h.NetCon(soma.at(0.5).ref("v"), null);
        detector.threshold = 0;
        detector.record(spikes);
        h.finitialize(-65);
        h.batchRun(tstop, 1); // no file: only the detector records
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("spikes", spikes.size());
        results.put("first_ms", spikes.size() > 0 ? spikes.get(0) : -1.0);
        results.put("last_ms", spikes.size() > 0 ? spikes.get(spikes.size() - 1) : -1.0);
        results.put("v_end", soma.at(0.5).get("v"));
        return results;
    }
}
