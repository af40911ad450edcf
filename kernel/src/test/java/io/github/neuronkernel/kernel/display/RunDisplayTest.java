package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.api.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run shows in the notebook when it has nothing to draw. */
class RunDisplayTest {
    @Test
    void aRunThatSavedNothingSaysHowToSave() {
        Simulation h = new Simulation();
        h.Section("soma").insert("hh");
        List<String> shown = new ArrayList<>();
        h.addRunListener(new RunDisplay(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                shown.add(bundle.plainText());
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {}
        }));
        h.finitialize(-65);
        h.batchRun(5, 0.1);
        assertEquals(List.of("batchRun ran to t = 5 ms and saved nothing: h.batchSave(h.ref(\"t\"),"
                + " soma.at(0.5).ref(\"v\")) before a run saves and draws t and v"), shown);
    }
}
