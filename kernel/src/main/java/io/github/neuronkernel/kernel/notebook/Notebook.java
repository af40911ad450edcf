package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.RunDisplay;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import io.github.neuronkernel.kernel.sweep.SweepPoint;
import io.github.neuronkernel.kernel.sweep.SweepRunner;
import io.github.neuronkernel.kernel.sweep.SweepTable;
import io.github.neuronkernel.kernel.widgets.Checkbox;
import io.github.neuronkernel.kernel.widgets.Control;
import io.github.neuronkernel.kernel.widgets.Dropdown;
import io.github.neuronkernel.kernel.widgets.Interaction;
import io.github.neuronkernel.kernel.widgets.Slider;
import io.github.neuronkernel.kernel.widgets.Values;
import io.github.neuronkernel.kernel.widgets.WidgetManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.knowm.xchart.XYChart;

/**
 * Helpers every cell sees (statically imported): {@code display}, {@code html}, {@code markdown},
 * {@code plot}, {@code raster}, {@code panels}, {@code sweep}, {@code glue}, {@code interact} and its controls. The kernel (or a
 * headless runner) connects them to its output with {@link #attach(DisplaySink)}, and the kernel
 * the widgets to its front end with {@link #attachWidgets(WidgetManager)}.
 *
 * <pre>{@code
 * display(markdown("**Run 1**"));
 * var id = display(html("<i>running</i>"));
 * updateDisplay(id, html("<b>done</b>"));
 * plot(vt, vv)        // a chart of two Vectors, shown as the cell's value
 * plot(vt, vv).xlim(0, 40).vline(10, "stimulus")      // options: see Plot
 * panels(plot(vt, vv), raster(spikeVectors))           // stacked over one time axis
 * var fi = sweep(Map.of("amp", List.of(0.1, 0.2)), p -> { var h = newSimulation(); ...; return Map.of("spikes", n); });
 * interact(amp -> { stim.amp = amp; h.finitialize(-65); h.continuerun(50); return plot(t, v); },
 *          slider("amp", 0, 0.5, 0.01, 0.2))   // a slider that redraws the chart in place
 * }</pre>
 */
public final class Notebook {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static volatile DisplaySink sink = DisplaySink.NONE;
    /** The front end's widgets; null where there is none (the headless runner). */
    private static volatile WidgetManager widgets;
    /** Set on a thread while it runs a sweep's point: its simulations are the point's own. */
    private static final ThreadLocal<Boolean> IN_SWEEP_POINT = ThreadLocal.withInitial(() -> false);

    private Notebook() {}

    /** Connects the helpers (and new simulations' run charts) to where displays go. */
    public static void attach(DisplaySink displays) {
        sink = Objects.requireNonNull(displays, "displays");
    }

    /**
     * Connects {@code interact} to a front end that shows its controls; without one (the headless
     * runner) an interact runs its function once, with the initial values.
     */
    public static void attachWidgets(WidgetManager manager) {
        widgets = manager;
    }

    /**
     * @return a fresh simulation whose every batchRun is shown as a chart; inside a {@link #sweep}
     *     point, a quiet one (no charts, one thread per step, the notebook's current simulation
     *     unchanged)
     */
    public static Simulation newSimulation() {
        Simulation h = new Simulation();
        if (IN_SWEEP_POINT.get()) {
            // The sweep already keeps every core busy with points, so a step split over two
            // threads could only take a core from another point (SweepBenchmark --model axon
            // --sim-threads 0 was no faster on two cores); one thread is also predictable.
            h.threads(1);
            return h;
        }
        h.addRunListener(new RunDisplay(sink));
        CurrentSimulation.set(h);
        return h;
    }

    /**
     * Runs {@code run} at every point of the grid, on all of this machine's processors, and
     * gathers the results into a table. The points are the combinations of the parameters' values,
     * the last parameter varying fastest. Parameter order (the table's columns; the first parameter
     * is x in {@code plot(table)}, the second tells series apart) is a {@link java.util.LinkedHashMap}'s
     * or {@link java.util.SortedMap}'s own; any other map's names (such as {@code Map.of}'s, whose
     * order changes from one run to the next) are sorted alphabetically.
     *
     * <p>Each point runs in a thread of its own: a simulation made inside with {@code
     * newSimulation()} belongs to the point (no chart per run, one thread per step, {@code h}
     * untouched). A point that throws, or returns something that is not numbers, strings or
     * booleans by name, is a {@code failed} row and the others go on. Progress shows while the
     * points run. An interrupt stops the sweep: the table so far is shown (points that were running
     * {@code interrupted}, points not begun {@code cancelled}) and the call throws {@link
     * io.github.neuronkernel.kernel.sweep.SweepInterruptedException}, whose {@code table()} it is,
     * so that the cell fails and Jupyter does not run the cells queued behind it.
     *
     * <pre>{@code
     * var grid = new LinkedHashMap<String, List<?>>();
     * grid.put("amp", List.of(0.1, 0.2, 0.3)); grid.put("tau", List.of(1, 2));
     * var fi = sweep(grid, p -> {
     *     var h = newSimulation();
     *     ...
     *     iclamp.amp = p.get("amp");
     *     ...
     *     return Map.of("spikes", spikes.size());
     * });
     * plot(fi)       // spikes against amp, one line per tau
     * }</pre>
     *
     * @param grid each parameter's name (letters, digits, _) and its values (numbers, strings or
     *     booleans)
     * @param run runs one point and returns its results by name
     * @return one row per point, in point order; shows as a table
     * @throws IllegalArgumentException for an empty grid, a bad name, an empty list or a null value
     * @throws io.github.neuronkernel.kernel.sweep.SweepInterruptedException if the cell is interrupted
     */
    public static SweepTable sweep(Map<String, ? extends List<?>> grid, Function<SweepPoint, Map<String, ?>> run) {
        return sweep(grid, Runtime.getRuntime().availableProcessors(), run);
    }

    /**
     * {@link #sweep(Map, Function)} on a chosen number of threads.
     *
     * @param threads how many points run at once, 1 or more
     */
    public static SweepTable sweep(Map<String, ? extends List<?>> grid, int threads, Function<SweepPoint, Map<String, ?>> run) {
        if (IN_SWEEP_POINT.get()) {
            throw new IllegalStateException("sweep: called inside a sweep's point; sweep over all the parameters at once");
        }
        if (run == null) {
            throw new IllegalArgumentException("sweep: the function is null; pass one that runs a point, e.g."
                    + " p -> Map.of(\"twice\", 2 * p.get(\"amp\"))");
        }
        return SweepRunner.run(grid, threads, point -> {
            IN_SWEEP_POINT.set(true);
            try {
                return run.apply(point);
            } finally {
                IN_SWEEP_POINT.remove();
            }
        }, sink);
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
     * A line chart of one or more series against x, to shape with options ({@link Plot}):
     * {@code plot(x, y).title("f-I curve").xlabel("I (nA)").ylabel("rate (Hz)").marker("o")}.
     *
     * @param x the x values
     * @param ys one or more series, each as long as x (named y1, y2, ...)
     * @return the plot; as a cell's value it shows as a picture
     */
    public static Plot plot(double[] x, double[]... ys) {
        return Plots.of(x, ys);
    }

    /** A line chart of a series against its index (0, 1, 2, ...). */
    public static Plot plot(double[] y) {
        return Plots.of(null, new double[][] {y});
    }

    /**
     * A line chart of recorded Vectors: the first is x (e.g. t), each other a series named after
     * what it records ({@code soma(0.5).v}, or {@code vec.label("soma")}), axes titled with units
     * ({@code t (ms)}, {@code mV}). Series of different units go in panels of their own, one per
     * unit, sharing the x axis (as a run's chart).
     *
     * <pre>{@code
     * plot(t, v).xlim(0, 40).vline(10, "stimulus")
     * }</pre>
     */
    public static Plot plot(Vector x, Vector... ys) {
        return Plots.of(x, ys);
    }

    /**
     * A spike raster: one row per cell, a tick at each spike time; row 0 at the bottom. Rows are
     * named after the Vectors' labels ({@code vec.label("E0")}), else {@code cell 0}, {@code cell
     * 1}, ...
     *
     * <pre>{@code
     * List<Vector> spikes = ...;            // nc.record(spikes.get(i)) for each cell's NetCon
     * raster(spikes).xlim(0, 100)
     * panels(plot(t, v), raster(spikes))    // above a voltage trace, sharing t
     * }</pre>
     *
     * @param spikeTimes each cell's spike times (ms)
     * @return the plot; as a cell's value it shows as a picture
     */
    public static Plot raster(Vector... spikeTimes) {
        return raster(spikeTimes == null ? null : java.util.Arrays.asList(spikeTimes));
    }

    /** A spike raster of a list of spike-time Vectors, one row per Vector ({@link #raster(Vector...)}). */
    public static Plot raster(List<Vector> spikeTimes) {
        if (spikeTimes == null) {
            throw new IllegalArgumentException("raster: the spike trains are null; pass one Vector of spike times (ms) per cell");
        }
        List<double[]> trains = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (Vector v : spikeTimes) {
            trains.add(v == null ? null : v.toArray());
            names.add(v == null ? null : v.name());
        }
        return Plots.raster(trains, names);
    }

    /** A spike raster of arrays of spike times (ms), one row per array ({@link #raster(Vector...)}). */
    public static Plot raster(double[]... spikeTimes) {
        return Plots.raster(spikeTimes == null ? List.of() : java.util.Arrays.asList(spikeTimes), null);
    }

    /**
     * Stacks plots one above another over one shared x axis: the panels keep their own y axes,
     * titles (shown over each), styles and y limits; they share the x range (limits set on the
     * stack, else the first set on one of them, else all the data), the x title (the first one's)
     * and vertical lines. Options on the result apply to the whole stack.
     *
     * <pre>{@code
     * panels(plot(t, v).title("soma"), plot(t, m, h_), raster(spikes)).xlim(0, 50).vline(10)
     * }</pre>
     *
     * @param plots the plots to stack, top to bottom (each may have panels of its own)
     * @return the stack; as a cell's value it shows as one picture
     */
    public static Plot panels(Plot... plots) {
        return Plots.stack(plots);
    }

    /**
     * A sweep's first numeric result against its first parameter, one series per value of the
     * others (as {@link SweepTable#charts()} draws them; {@code table.charts()} has them all).
     *
     * @throws IllegalArgumentException if the sweep has no numeric result or its first parameter is
     *     not numeric
     */
    public static Plot plot(SweepTable table) {
        if (table == null) {
            throw new IllegalArgumentException("plot: the table is null; pass what sweep(...) returned");
        }
        List<XYChart> charts = table.charts();
        if (charts.isEmpty()) {
            // the table's own message says which of the two is missing
            return Plots.of(table.chart(table.resultNames().isEmpty() ? "" : table.resultNames().get(0)));
        }
        return Plots.of(charts.get(0));
    }

    /**
     * A sweep's chosen result against its first parameter.
     *
     * @param result a numeric result's name
     */
    public static Plot plot(SweepTable table, String result) {
        if (table == null) {
            throw new IllegalArgumentException("plot: the table is null; pass what sweep(...) returned");
        }
        return Plots.of(table.chart(result));
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

    /**
     * Runs a model with a control's value and shows what it returns (a chart), then runs it again
     * whenever the user moves the control, replacing that output in place. What the model prints
     * and displays is part of its output; a failure shows there, as a cell's would, and the next
     * move runs it again. Moves that come while the model runs are not queued: it then runs once
     * more, with the latest value. The model runs as cells run (an interrupt stops it), never
     * while a cell runs. Where no front end can move a control (the headless runner, {@code
     * jupyter nbconvert --execute}) the model runs once, with the initial value.
     *
     * <pre>{@code
     * interact(amp -> {
     *     stim.amp = amp;                     // nA
     *     h.finitialize(-65);
     *     h.continuerun(40);                  // ms
     *     return plot(t, v);
     * }, slider("amp", 0, 0.5, 0.01, 0.2))
     * }</pre>
     *
     * <p>The model must return a value (return {@code null} to show only what it printed or
     * displayed): a lambda such as {@code amp -> plot(t, v)} fits both a model that returns and
     * one that does not, so {@code interact} takes only the first.
     *
     * @param model takes the control's value, returns what to show
     * @param control a {@link #slider}, {@link #dropdown} or {@link #checkbox}
     * @return the interaction; as a cell's value it shows nothing more
     * @throws IllegalArgumentException for a null model or control
     * @throws RuntimeException whatever the model throws the first time, with the initial value:
     *     the cell fails and no control is shown
     */
    @SuppressWarnings("unchecked")
    public static <T> Interaction interact(Function<T, ?> model, Control<T> control) {
        requireModel(model);
        return start(Interaction.of(values -> shown(model.apply((T) values.get(0))), java.util.Arrays.asList(control)));
    }

    /**
     * {@link #interact(Function, Control)} with two controls: {@code interact((amp, dur) -> ...,
     * slider("amp", 0, 1, 0.05), slider("dur", 1, 10, 1))}.
     */
    @SuppressWarnings("unchecked")
    public static <A, B> Interaction interact(BiFunction<A, B, ?> model, Control<A> first, Control<B> second) {
        requireModel(model);
        return start(Interaction.of(values -> shown(model.apply((A) values.get(0), (B) values.get(1))),
                java.util.Arrays.asList(first, second)));
    }

    /**
     * {@link #interact(Function, Control)} with any number of controls, whose values the model
     * reads by name: {@code interact(p -> run(p.get("amp"), p.get("dur"), (String) p.value("mech")),
     * slider("amp", 0, 1, 0.05), slider("dur", 1, 10, 1), dropdown("mech", "hh", "pas"))}.
     */
    public static Interaction interact(Function<Values, ?> model, Control<?>... controls) {
        requireModel(model);
        List<Control<?>> list = controls == null ? List.of() : java.util.Arrays.asList(controls);
        return start(Interaction.byName(p -> shown(model.apply(p)), list));
    }

    private static void requireModel(Object model) {
        if (model == null) {
            throw new IllegalArgumentException("interact: the model is null; pass a function of the controls' values"
                    + " that returns what to show, e.g. amp -> { stim.amp = amp; h.continuerun(40); return plot(t, v); }");
        }
    }

    /** A display's id as the model's value: it has shown itself. */
    private static Object shown(Object value) {
        return value instanceof DisplayId ? null : value;
    }

    private static Interaction start(Interaction ia) {
        WidgetManager w = widgets;
        return w != null ? w.start(ia) : WidgetManager.runOnce(ia, sink);
    }

    /**
     * A slider of doubles from min to max in steps, starting in the middle (on a step).
     *
     * @param name labels the slider and names its value
     * @throws IllegalArgumentException unless min &lt; max, 0 &lt; step &le; max - min, all finite
     */
    public static Slider<Double> slider(String name, double min, double max, double step) {
        return Slider.of(name, min, max, step);
    }

    /**
     * A slider of doubles from min to max in steps, starting at value: {@code slider("amp", 0, 1,
     * 0.05, 0.2)}.
     *
     * @throws IllegalArgumentException as {@link #slider(String, double, double, double)}, or if
     *     value is outside min to max
     */
    public static Slider<Double> slider(String name, double min, double max, double step, double value) {
        return Slider.of(name, min, max, step, value);
    }

    /** A slider of ints (all four arguments ints: {@code slider("n", 1, 10, 1)}), starting in the middle. */
    public static Slider<Integer> slider(String name, int min, int max, int step) {
        return Slider.ofInt(name, min, max, step);
    }

    /** A slider of ints from min to max in steps, starting at value. */
    public static Slider<Integer> slider(String name, int min, int max, int step, int value) {
        return Slider.ofInt(name, min, max, step, value);
    }

    /** A choice among texts, the first chosen at first: {@code dropdown("mech", "hh", "pas")}. */
    public static Dropdown dropdown(String name, String... options) {
        return Dropdown.of(name, options);
    }

    /** A yes/no choice: {@code checkbox("noise", false)}. */
    public static Checkbox checkbox(String name, boolean value) {
        return Checkbox.of(name, value);
    }

    private static MimeBundle render(Object value) {
        return ValueRenderer.render(value, String.valueOf(value));
    }
}
