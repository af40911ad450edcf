package io.github.neuronkernel.kernel.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.sweep.RecordingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One run's outputs made into the one display that replaces the last run's. */
class OutputCollectorTest {
    private static MimeBundle chart(String png, String text) {
        return new MimeBundle().put("image/png", png).put("text/plain", text).meta("image/png", Map.of("width", 640, "height", 400));
    }

    @Test
    void aLoneChartIsShownAsItIs() {
        OutputCollector out = new OutputCollector();
        MimeBundle chart = chart("AAAA", "XYChart 640x400");
        out.value(chart);
        assertSame(chart, out.bundle());
    }

    @Test
    void textAloneStaysTextWithItsColours() {
        OutputCollector out = new OutputCollector();
        out.stream("stdout", "a");
        out.stream("stdout", "b\n");
        out.failure("interact(amp = 2) failed:", new Failure("E", "bad", List.of("\u001b[0;31mE\u001b[0m: bad")));
        assertEquals(Map.of("text/plain", "ab\ninteract(amp = 2) failed:\n\u001b[0;31mE\u001b[0m: bad"), out.bundle().data());
    }

    @Test
    void severalOutputsBecomeOnePieceOfHtmlInTheirOrder() {
        OutputCollector out = new OutputCollector();
        out.stream("stdout", "spikes: 3 <of 4>\n");
        out.display(chart("QUJD", "run chart"), null);
        out.stream("stderr", "\u001b[0;31mwarning\u001b[0m\n");
        out.value(chart("REVG", "XYChart"));
        MimeBundle b = out.bundle();
        assertEquals("<div class=\"neuron-interact\">"
                + "<pre style=\"margin:0;\">spikes: 3 &lt;of 4&gt;\n</pre>"
                + "<img src=\"data:image/png;base64,QUJD\" width=\"640\" height=\"400\" alt=\"run chart\"/>"
                + "<pre style=\"margin:0;background:#fdd;\">warning\n</pre>"
                + "<img src=\"data:image/png;base64,REVG\" width=\"640\" height=\"400\" alt=\"XYChart\"/></div>",
                b.data().get("text/html"));
        assertEquals("spikes: 3 <of 4>\nrun chart\nwarning\nXYChart", b.plainText(), "the texts, without colours");
    }

    @Test
    void displaysMadeInTheRunAreUpdatedThereAndOthersPassedOn() {
        OutputCollector out = new OutputCollector();
        out.display(MimeBundle.text("running 10%"), "progress");
        out.update(MimeBundle.text("running 90%"), "progress");
        out.update(MimeBundle.text("elsewhere"), "cell-3-display");
        out.display(MimeBundle.text("gone"), "bar");
        out.clear("bar");
        out.clear("old-bar");
        assertEquals("running 90%", out.bundle().plainText());
        RecordingSink sink = new RecordingSink();
        out.forwardUpdates(sink);
        assertEquals(List.of("update cell-3-display: elsewhere", "update old-bar: "), sink.events);
    }

    @Test
    void nothingIsEmptyText() {
        OutputCollector out = new OutputCollector();
        assertTrue(out.isEmpty());
        assertEquals(Map.of("text/plain", ""), out.bundle().data(), "the front end replaces a display only by one it can show");
    }
}
