package io.github.neuronkernel.kernel.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.sweep.RecordingSink;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sweep(...) with real simulations: each point's own, the notebook's untouched, NEURON's numbers. */
class SweepSimulationTest {
    private static final List<Double> AMPS = amps();

    private static List<Double> amps() {
        List<Double> amps = new ArrayList<>();
        for (int k = 0; k <= 12; k++) {
            amps.add(0.3 * k / 12);
        }
        return amps;
    }

    @AfterEach
    void detach() {
        Notebook.attach(DisplaySink.NONE);
    }

    @Test
    void aSweepGivesTheNumbersOfRunningThePointsOneAfterAnother() {
        SweepTable table = Notebook.sweep(Map.of("amp", AMPS), p -> HhSomaPoint.run(Notebook.newSimulation(), p.get("amp"), 510));
        assertEquals(List.of("spikes", "first_ms", "last_ms", "v_end"), table.resultNames());
        for (int k = 0; k < AMPS.size(); k++) {
            SweepTable.Row row = table.rows().get(k);
            assertEquals(SweepTable.OK, row.status(), row.toString());
            assertEquals(HhSomaPoint.run(new Simulation(), AMPS.get(k), 510), row.results(), "at " + AMPS.get(k) + " nA");
            assertEquals(HhSomaPoint.NEURON_SPIKES[k], row.results().get("spikes"), "NEURON's count at " + AMPS.get(k) + " nA");
        }
    }

    @Test
    void simulationsMadeInPointsAreTheirsAndShowNothing() {
        RecordingSink sink = new RecordingSink();
        Notebook.attach(sink);
        Simulation notebooks = Notebook.newSimulation();
        Set<Simulation> made = ConcurrentHashMap.newKeySet();
        SweepTable table = Notebook.sweep(Map.of("amp", List.of(0.1, 0.2, 0.3, 0.4)), 2, p -> {
            Simulation h = Notebook.newSimulation();
            made.add(h);
            return HhSomaPoint.run(h, p.get("amp"), 50);
        });
        assertEquals(4, table.count(SweepTable.OK), table.toString());
        assertEquals(4, made.size(), "a simulation per point");
        assertSame(notebooks, CurrentSimulation.get(), "the notebook's current simulation stays");
        assertTrue(sink.events.stream().allMatch(e -> e.matches("(display|update) neuron-sweep-.*")),
                "no run chart per point, only the sweep's progress: " + sink.events);
        assertTrue(Notebook.newSimulation() != notebooks && CurrentSimulation.get() != notebooks,
                "after the sweep, newSimulation() is the notebook's again");
    }

    @Test
    void aSweepInsideAPointIsRefused() {
        SweepTable table = Notebook.sweep(Map.of("amp", List.of(0.1)), 1,
                p -> Notebook.sweep(Map.of("x", List.of(1)), q -> Map.of()).rows().get(0).results());
        assertTrue(table.rows().get(0).error().startsWith("IllegalStateException: sweep: called inside a sweep's point"),
                table.rows().get(0).error());
    }

    @Test
    void plotDrawsTheFirstNumericResultOrAChosenOne() {
        SweepTable table = Notebook.sweep(Map.of("amp", List.of(0.1, 0.2), "cell", List.of("a")),
                p -> Map.of("cell_name", p.value("cell"), "double", 2 * p.get("amp"), "half", p.get("amp") / 2));
        assertEquals("double", Notebook.plot(table).figure().panels().get(0).yLabel());
        assertEquals("half", Notebook.plot(table, "half").figure().panels().get(0).yLabel());
        // "cell" has one value: it tells no series apart, so the one series is named after the result
        assertEquals("double", Notebook.plot(table).figure().panels().get(0).traces().get(0).name());
        assertEquals("amp", Notebook.plot(table).title("F-I").figure().xLabel(), "a sweep's plot takes options too");
    }
}
