package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.RunDisplay;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.knowm.xchart.XYChart;

/**
 * Helpers every cell sees (statically imported): {@code display}, {@code html}, {@code markdown},
 * {@code plot}, {@code glue}. The kernel (or a headless runner) connects them to its output with {@link
 * #attach(DisplaySink)}.
 *
 * <pre>{@code
 * display(markdown("**Run 1**"));
 * var id = display(html("<i>running</i>"));
 * updateDisplay(id, html("<b>done</b>"));
 * plot(vt, vv)        // a chart of two Vectors, shown as the cell's value
 * }</pre>
 */
public final class Notebook {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static volatile DisplaySink sink = DisplaySink.NONE;

    private Notebook() {}

    /** Connects the helpers (and new simulations' run charts) to where displays go. */
    public static void attach(DisplaySink displays) {
        sink = Objects.requireNonNull(displays, "displays");
    }

    /** @return a fresh simulation whose every batchRun is shown as a chart */
    public static Simulation newSimulation() {
        Simulation h = new Simulation();
        h.addRunListener(new RunDisplay(sink));
        CurrentSimulation.set(h);
        return h;
    }

    /**
     * Shows a value now, as a cell's value would be shown: charts and images as pictures, {@link
     * #html}/{@link #markdown} as such, anything else as text.
     *
     * @return an id to pass to {@link #updateDisplay} to replace this output later (as a cell's
     *     value it shows nothing)
     */
    public static DisplayId display(Object value) {
        String id = "neuron-display-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
        sink.display(render(value), id);
        return new DisplayId(id);
    }

    /**
     * Replaces an output shown by {@link #display(Object)}.
     *
     * @param displayId what {@code display} returned
     * @param value the new content
     */
    public static void updateDisplay(DisplayId displayId, Object value) {
        if (displayId == null) {
            throw new IllegalArgumentException("updateDisplay: displayId is null; pass what display(...) returned");
        }
        updateDisplay(displayId.id(), value);
    }

    /**
     * Replaces an output shown by {@link #display(Object)}.
     *
     * @param displayId the id {@code display} returned
     * @param value the new content
     */
    public static void updateDisplay(String displayId, Object value) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay: displayId is " + (displayId == null ? "null" : "blank")
                    + "; pass the id that display(...) returned");
        }
        sink.update(render(value), displayId);
    }

    /** @return HTML to display (or to end a cell with) */
    public static MimeBundle html(String html) {
        String text = html == null ? "null" : html;
        return new MimeBundle().put("text/html", text).put("text/plain", text);
    }

    /** @return Markdown to display (or to end a cell with) */
    public static MimeBundle markdown(String markdown) {
        String text = markdown == null ? "null" : markdown;
        return new MimeBundle().put("text/markdown", text).put("text/plain", text);
    }

    /**
     * A line chart of one or more series against x.
     *
     * @param x the x values
     * @param ys one or more series, each as long as x
     * @return the chart; as a cell's value it shows as a picture
     */
    public static XYChart plot(double[] x, double[]... ys) {
        return Plot.of(x, ys);
    }

    /** A line chart of a series against its index. */
    public static XYChart plot(double[] y) {
        return Plot.of(null, new double[][] {y});
    }

    /** A line chart of recorded Vectors: the first is x (e.g. t), each other a series. */
    public static XYChart plot(Vector x, Vector... ys) {
        return Plot.of(x, ys);
    }

    /**
     * Records a scalar this run produced, under a name, as scrapbook's {@code glue} does for
     * papermill: a sweep ({@code java -jar neuron-kernel.jar sweep}) gathers every point's glued
     * values into one table, and the headless runner writes them to {@code glued.json}. The cell
     * shows {@code name = value}; gluing a name again replaces its value.
     *
     * <pre>{@code
     * glue("spikes", spk.size());
     * glue("first_spike_ms", spk.size() > 0 ? spk.get(0) : -1);
     * }</pre>
     *
     * @param name a Java-identifier-like name (letters, digits, {@code _}; not starting with a digit)
     * @param value a number, a boolean or a string
     * @throws IllegalArgumentException for another name or value
     */
    public static void glue(String name, Object value) {
        sink.display(Glue.bundle(name, value), null);
    }

    private static MimeBundle render(Object value) {
        return ValueRenderer.render(value, String.valueOf(value));
    }
}
