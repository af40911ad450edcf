package io.github.neuronkernel.kernel.widgets;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The kernel's widget models and what the front end says to them ({@link WidgetProtocol}):
 * opens the models of an {@link Interaction} and shows it, applies the values the user chooses,
 * answers state requests and the version check, and says which interactions must run again. Knows
 * nothing of sockets: comms go through a {@link CommChannel}, runs through a {@link CellRunner}.
 */
public final class WidgetManager {
    private static final Logger LOG = Logger.getLogger(WidgetManager.class.getName());

    private final CommChannel channel;
    private final DisplaySink displays;
    private final Map<String, Widget> models = new ConcurrentHashMap<>();
    private final Map<String, List<Interaction>> users = new ConcurrentHashMap<>();
    private final Set<String> versionComms = ConcurrentHashMap.newKeySet();

    /**
     * @param channel where comms go
     * @param displays where the interactions' outputs and views are displayed
     */
    public WidgetManager(CommChannel channel, DisplaySink displays) {
        this.channel = channel;
        this.displays = displays;
    }

    /**
     * What a front end's comm message (or comm_open) came to.
     *
     * @param known whether the comm is one of the kernel's
     * @param replies messages to send back on the comm, under the request
     * @param changed interactions whose controls changed, to run again
     */
    public record Received(boolean known, List<Map<String, Object>> replies, Set<Interaction> changed) {
        static final Received UNKNOWN = new Received(false, List.of(), Set.of());
        static final Received NOTHING = new Received(true, List.of(), Set.of());
    }

    /**
     * Shows an interaction in the running cell, from the cell's thread: runs its function once with
     * the initial values (what it prints and shows collected), then opens the controls' models and
     * shows them, then shows the output as one display that later runs replace. If the function
     * fails, what it printed is shown, no control is, and the failure is the cell's.
     *
     * @return the interaction
     */
    public Interaction start(Interaction ia) {
        OutputCollector out = new OutputCollector();
        Object value;
        try {
            value = channel.collecting(out, ia::call);
        } catch (RuntimeException | Error e) {
            if (!out.isEmpty()) {
                displays.display(out.bundle(), null); // what it printed before it failed
            }
            throw e;
        }
        MimeBundle shown = drawn(value);
        if (shown != null) {
            out.value(shown);
        }
        for (Control<?> c : ia.controls()) {
            open(c);
            users.computeIfAbsent(c.id(), k -> new CopyOnWriteArrayList<>()).add(ia);
        }
        open(ia.box());
        channel.send(ia.box().id(), WidgetProtocol.display());
        displays.display(WidgetProtocol.view(ia.box().id()), null);
        displays.display(out.bundle(), ia.displayId());
        out.forwardUpdates(displays);
        return ia;
    }

    /**
     * Shows an interaction where no front end can move its controls (the headless runner): its
     * function runs once, with the initial values, and its value is shown as a display.
     *
     * @return the interaction
     */
    public static Interaction runOnce(Interaction ia, DisplaySink displays) {
        MimeBundle bundle = drawn(ia.call());
        if (bundle != null) {
            displays.display(bundle, ia.displayId());
        }
        return ia;
    }

    /**
     * Runs an interaction's function again, with its controls' values now, and replaces its output.
     * From the thread that serves the front end's requests, with no cell running.
     *
     * @param runner runs the function as a cell runs
     */
    public void rerun(Interaction ia, CellRunner runner) {
        OutputCollector out = new OutputCollector();
        // drawn where the function runs, so that an interrupt stops the drawing too
        CellRunner.Outcome outcome = channel.collecting(out, () -> runner.call(() -> drawn(ia.call())));
        if (outcome.failure() != null) {
            out.failure(ia + " failed:", outcome.failure());
        } else if (outcome.value() instanceof MimeBundle bundle) {
            out.value(bundle);
        }
        displays.update(out.bundle(), ia.displayId());
        out.forwardUpdates(displays);
    }

    /** @return the function's value drawn, or null if there is nothing to show */
    private static MimeBundle drawn(Object value) {
        if (value == null || value instanceof Interaction) {
            return null;
        }
        return ValueRenderer.renderCellValue(value, String.valueOf(value));
    }

    private void open(Widget w) {
        if (models.putIfAbsent(w.id(), w) == null) {
            channel.open(w.id(), WidgetProtocol.TARGET, WidgetProtocol.openData(w.state()));
        }
    }

    /**
     * A comm the front end opened: the version check is answered with the version the models need;
     * a widget the front end would make itself is not one the kernel has, so it is refused.
     *
     * @return what to send on it, or {@link Received#known()} false: close it
     */
    public Received opened(String commId, String target) {
        if (WidgetProtocol.VERSION_TARGET.equals(target)) {
            versionComms.add(commId);
            return new Received(true, List.of(WidgetProtocol.versionRequirement()), Set.of());
        }
        return Received.UNKNOWN;
    }

    /**
     * A message the front end sent on a comm.
     *
     * @param data its {@code data}
     * @return what to send back and which interactions to run again
     */
    public Received received(String commId, Map<String, Object> data) {
        if (versionComms.contains(commId)) {
            if (!Boolean.TRUE.equals(data.get("validated"))) {
                LOG.warning("the widget front end (" + data.get("frontend_version") + ") does not satisfy "
                        + WidgetProtocol.MODULE_VERSION + "; widgets may not show");
            }
            return Received.NOTHING;
        }
        Widget w = models.get(commId);
        if (w == null) {
            return Received.UNKNOWN;
        }
        WidgetProtocol.Incoming incoming = WidgetProtocol.parse(data);
        if (incoming instanceof WidgetProtocol.Backbone b) {
            return sync(w, b.syncData());
        }
        if (incoming instanceof WidgetProtocol.RequestState) {
            return new Received(true, List.of(WidgetProtocol.update(w.state())), Set.of());
        }
        if (incoming instanceof WidgetProtocol.Unknown u) {
            LOG.warning("widget " + commId + ": ignored a message with method " + u.method());
        }
        return Received.NOTHING; // custom messages: none of the kernel's models has any
    }

    /** Applies the values the user chose; a value that had to be changed is sent back as it was taken. */
    private Received sync(Widget w, Map<String, Object> syncData) {
        if (!(w instanceof Control<?> control) || !syncData.containsKey("value")) {
            return Received.NOTHING; // nothing else the user can change here
        }
        Object sent = syncData.get("value");
        Object taken;
        try {
            taken = takeValue(control, sent);
        } catch (IllegalArgumentException e) {
            LOG.warning(e.getMessage());
            return new Received(true, List.of(valueUpdate(control)), Set.of());
        }
        List<Map<String, Object>> replies = sameNumber(sent, taken) ? List.of() : List.of(valueUpdate(control));
        return new Received(true, replies, new LinkedHashSet<>(users.getOrDefault(control.id(), List.of())));
    }

    private static <T> Object takeValue(Control<T> control, Object json) {
        return control.toJson(control.accept(json));
    }

    private static <T> Map<String, Object> valueUpdate(Control<T> control) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("value", control.toJson(control.value()));
        return WidgetProtocol.update(state);
    }

    /** JSON numbers arrive as doubles: 3.0 sent and 3 taken are the same value. */
    private static boolean sameNumber(Object sent, Object taken) {
        if (sent instanceof Number a && taken instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return java.util.Objects.equals(sent, taken);
    }

    /** The front end closed a comm (the kernel keeps the interaction; its controls no longer reach it). */
    public void closed(String commId) {
        versionComms.remove(commId);
        models.remove(commId);
        users.remove(commId);
    }

    /**
     * @param target a comm target, or null for all
     * @return the open comms, by id, with their targets
     */
    public Map<String, String> comms(String target) {
        Map<String, String> comms = new LinkedHashMap<>();
        for (String id : new ArrayList<>(models.keySet())) {
            comms.put(id, WidgetProtocol.TARGET);
        }
        for (String id : versionComms) {
            comms.put(id, WidgetProtocol.VERSION_TARGET);
        }
        if (target != null) {
            comms.values().removeIf(t -> !t.equals(target));
        }
        return comms;
    }
}
