package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.run.RunInterruptedException;
import io.github.neuronkernel.engine.run.RunListener;
import io.github.neuronkernel.engine.run.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupt while a run's chart is drawn stops the drawing and the cell; a run stopped by an
 * interrupt still shows the chart of its lines.
 */
class RunDisplayInterruptTest {
    private final List<MimeBundle> shown = new ArrayList<>();
    private final Simulation h = new Simulation();

    RunDisplayInterruptTest() {
        var soma = h.Section("soma");
        soma.insert("hh");
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
    }

    private RunDisplay display() {
        return new RunDisplay(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                shown.add(bundle);
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {}
        });
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptWhileTheChartIsDrawnStopsItAndTheCell() {
        // interrupts the thread as the run ends, before the chart is drawn: as a user pressing stop then
        h.addRunListener(new RunListener() {
            @Override
            public void finished(RunRecord record) {
                Thread.currentThread().interrupt();
            }
        });
        h.addRunListener(display());
        h.finitialize(-65);
        var e = assertThrows(ChartInterruptedException.class, () -> h.batchRun(5, 0.025, null, "AP"));
        assertEquals("the chart of \"AP\" was not drawn: interrupted while drawing it (the run itself completed)", e.getMessage());
        assertEquals(1, shown.size());
        assertEquals(null, shown.get(0).data().get("image/png"));
        assertEquals("AP: 201 lines of t (ms), soma(0.5).v (mV), t = 0 to 5 ms (chart not drawn: interrupted)", shown.get(0).plainText());
        assertTrue(Thread.currentThread().isInterrupted(), "the cell stays interrupted");
    }

    @Test
    void aRunStoppedByAnInterruptStillShowsTheChartOfItsLines() {
        h.addRunListener(display());
        h.addRunListener(new RunListener() {
            @Override
            public void progress(double t, double tstop) {
                if (t >= 2) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        h.finitialize(-65);
        assertThrows(RunInterruptedException.class, () -> h.batchRun(5, 0.025, null, "AP"));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).data().get("image/png") != null, "the chart of the lines so far");
        assertTrue(shown.get(0).plainText().contains("stopped early"), shown.get(0).plainText());
        assertTrue(Thread.currentThread().isInterrupted(), "the run's interrupt is kept for the cell");
    }
}
