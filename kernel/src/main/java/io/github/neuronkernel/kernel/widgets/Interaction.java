package io.github.neuronkernel.kernel.widgets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model function bound to controls, as {@code interact(...)} made it: the function runs with the
 * controls' values, and again whenever one of them changes, its output replacing the last in place
 * (one display). As a cell's value it shows nothing: {@code interact} has shown it.
 */
public final class Interaction {
    private static final AtomicInteger IDS = new AtomicInteger();
    /** Set while a model function runs on this thread: interact inside one would nest without end. */
    private static final ThreadLocal<Boolean> CALLING = ThreadLocal.withInitial(() -> false);

    private final Function<List<Object>, Object> model;
    private final List<Control<?>> controls;
    private final ControlBox box;
    private final String displayId;

    private Interaction(Function<List<Object>, Object> model, List<Control<?>> controls) {
        this.model = model;
        this.controls = List.copyOf(controls);
        this.box = new ControlBox(this.controls);
        this.displayId = "neuron-interact-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
    }

    /**
     * @param model takes the controls' values, in their order, and returns what to show (or null)
     * @param controls one or more, none twice, no two with the same name
     * @throws IllegalArgumentException for a null model, no controls, a null control, a control
     *     given twice or two with one name
     * @throws IllegalStateException when called while a model function runs
     */
    public static Interaction of(Function<List<Object>, Object> model, List<Control<?>> controls) {
        check(model, controls);
        return new Interaction(model, controls);
    }

    /**
     * @param model takes the controls' values by name and returns what to show (or null)
     * @param controls as {@link #of}
     * @throws IllegalArgumentException as {@link #of}
     */
    public static Interaction byName(Function<Values, Object> model, List<Control<?>> controls) {
        check(model, controls);
        List<Control<?>> list = List.copyOf(controls);
        return new Interaction(values -> {
            Map<String, Object> byName = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byName.put(list.get(i).name(), values.get(i));
            }
            return model.apply(new Values(byName));
        }, list);
    }

    private static void check(Object model, List<Control<?>> controls) {
        if (CALLING.get()) {
            throw new IllegalStateException("interact: called inside an interact's function; call interact once,"
                    + " in the cell, with all the controls");
        }
        if (model == null) {
            throw new IllegalArgumentException("interact: the function is null; pass one that takes the controls'"
                    + " values and returns what to show, e.g. amp -> plot(t, v)");
        }
        if (controls == null || controls.isEmpty()) {
            throw new IllegalArgumentException("interact: no controls; pass at least one, e.g. slider(\"amp\", 0, 1, 0.05)");
        }
        Set<Control<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < controls.size(); i++) {
            Control<?> c = controls.get(i);
            if (c == null) {
                throw new IllegalArgumentException("interact: control " + (i + 1) + " of " + controls.size() + " is null");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("interact: the control \"" + c.name() + "\" is given twice");
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("interact: two controls are named \"" + c.name()
                        + "\"; give each its own name");
            }
        }
    }

    /** Runs the model function with the controls' values now. */
    Object call() {
        List<Object> values = new ArrayList<>(controls.size());
        for (Control<?> c : controls) {
            values.add(c.value());
        }
        CALLING.set(true);
        try {
            return model.apply(values);
        } finally {
            CALLING.set(false);
        }
    }

    List<Control<?>> controls() {
        return controls;
    }

    ControlBox box() {
        return box;
    }

    /** @return the id of the display that shows the function's output */
    String displayId() {
        return displayId;
    }

    /** @return each control's value now, by name */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Control<?> c : controls) {
            values.put(c.name(), c.value());
        }
        return Collections.unmodifiableMap(values);
    }

    /** @return e.g. {@code interact(amp = 0.5, dur = 2)} */
    @Override
    public String toString() {
        return "interact(" + String.join(", ", controls.stream().map(Control::toString).toList()) + ")";
    }
}
