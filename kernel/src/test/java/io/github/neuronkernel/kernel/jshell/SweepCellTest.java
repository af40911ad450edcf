package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import io.github.neuronkernel.kernel.notebook.CurrentSimulation;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cell that sweeps, as a notebook runs it: lambdas in JShell, the table as its value, h untouched. */
class SweepCellTest {
    private static final String POINT = String.join("\n",
            "    var h = newSimulation();",
            "    var soma = h.Section(\"soma\");",
            "    soma.L = 20; soma.diam = 20; soma.insert(\"hh\");",
            "    var stim = h.IClamp(soma.at(0.5));",
            "    stim.delay = 10; stim.dur = 100; stim.amp = p.get(\"amp\");",
            "    var spikes = h.Vector();",
            "    var nc = h.NetCon(soma.at(0.5).ref(\"v\"), null);",
            "    nc.threshold = 0; nc.record(spikes);",
            "    h.finitialize(-65);",
            "    h.batchRun(110, 1);");
    @RegisterExtension
    static final CellSession SESSION = new CellSession("import io.github.neuronkernel.kernel.sweep.*;");

    private static CellOutcome run(String cell) {
        CellOutcome o = SESSION.run(cell);
        assertFalse(o.failed(), () -> o.error().ename() + ": " + o.error().evalue() + "\n" + String.join("\n", o.error().traceback()));
        return o;
    }

    @Test
    void aCellSweepsWithSimulationsOfItsOwnAndLeavesH() {
        run("h.Section(\"notebookSoma\");");
        Object h = run("h").value();
        CellOutcome o = run("sweep(Map.of(\"amp\", List.of(0.1, 0.2, 0.3)), p -> {\n" + POINT
                + "\n    return Map.of(\"spikes\", spikes.size());\n})");
        SweepTable table = (SweepTable) o.value();
        // 100 ms of tutorial 4's soma; SweepSimulationTest checks such counts against runs one by one
        assertEquals(List.of(7, 8, 9), table.rows().stream().map(r -> r.results().get("spikes")).toList(), table.toString());
        assertSame(h, run("h").value(), "the notebook's h is the same object");
        assertEquals(List.of("notebookSoma"), run("h.allsec().stream().map(s -> s.name()).toList()").value());
        assertSame(h, CurrentSimulation.get(), "completion still offers h's sections");
        MimeBundle shown = ValueRenderer.renderCellValue(o.value(), o.valueText());
        assertTrue(shown.data().get("text/html").toString().startsWith("<table class=\"neuron-sweep\">"), shown.data().toString());
        assertTrue(shown.plainText().startsWith("3 points: 3 ok\n#  amp  spikes  status"), shown.plainText());
    }

    @Test
    void aTableKeptInAVariableChartsWithPlot() {
        run("var fi = sweep(Map.of(\"amp\", List.of(0.2, 0.1)), 1, p -> Map.of(\"twice\", 2 * p.get(\"amp\")));");
        Object chart = run("plot(fi)").value();
        assertTrue(chart instanceof io.github.neuronkernel.kernel.notebook.Plot
                && chart.toString().equals("Plot 640x400 (2x): twice against amp; 2 points"), String.valueOf(chart));
        String doc = SESSION.evaluator().assist().inspect("fi.toCsv", "fi.toCsv".length());
        assertTrue(doc != null && doc.contains("RFC 4180"), "Shift-Tab shows the table's Javadoc: " + doc);
        String sweepDoc = SESSION.evaluator().assist().inspect("sweep", "sweep".length());
        assertTrue(sweepDoc != null && sweepDoc.contains("LinkedHashMap"), "and sweep's: " + sweepDoc);
    }

    @Test
    void anInterruptedSweepCellFailsAndItsTableIsKeptInTheException() throws InterruptedException {
        Thread interrupter = new Thread(() -> {
            try {
                // once the sweep runs (compiling the cell may take a while on a busy machine), and
                // its first two points are done and the next two asleep
                while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("sweep-"))) {
                    Thread.sleep(10);
                }
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            SESSION.evaluator().interrupt();
        });
        interrupter.start();
        CellOutcome o = SESSION.evaluator().eval("SweepTable partial = null;\n"
                + "try {\n"
                + "    sweep(Map.of(\"i\", List.of(0, 1, 2, 3, 4, 5)), 2, p -> {\n"
                + "        if (p.index() >= 2) { try { Thread.sleep(60_000); } catch (InterruptedException e) { throw new RuntimeException(\"stopped\"); } }\n"
                + "        return Map.of(\"n\", p.index());\n"
                + "    });\n"
                + "} catch (SweepInterruptedException e) {\n"
                + "    partial = e.table();\n"
                + "    throw e;\n"
                + "}", SESSION.next());
        interrupter.join();
        assertTrue(o.failed(), "an interrupted cell fails, so that the cells queued behind it do not run");
        assertTrue(o.error().ename().endsWith("SweepInterruptedException"), o.error().ename());
        assertTrue(o.error().evalue().startsWith("sweep interrupted: 6 points: 2 ok, 2 interrupted, 2 cancelled"), o.error().evalue());
        SweepTable table = (SweepTable) run("partial").value();
        assertEquals(List.of("ok", "ok", "interrupted", "interrupted", "cancelled", "cancelled"),
                table.rows().stream().map(SweepTable.Row::status).toList());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("sweep-")));
        assertEquals(Map.of("n", 1), table.rows().get(1).results());
    }
}
