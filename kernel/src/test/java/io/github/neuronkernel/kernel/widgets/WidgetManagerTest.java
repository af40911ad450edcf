package io.github.neuronkernel.kernel.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.sweep.RecordingSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The widget messages as the installed front end (jupyter-js-widgets 2.1.4) reads and writes them,
 * and as Debian's python3-ipywidgets 6.0.0 (the kernel side of that front end) sends them.
 */
class WidgetManagerTest {
    /** {@code sorted(ipywidgets.FloatSlider().get_state())} of python3-ipywidgets 6.0.0, without {@code layout}. */
    static final Set<String> FLOAT_SLIDER_KEYS = new TreeSet<>(List.of("_dom_classes", "_model_module",
            "_model_module_version", "_model_name", "_range", "_view_module", "_view_module_version", "_view_name",
            "continuous_update", "description", "disabled", "max", "min", "msg_throttle", "orientation", "readout",
            "readout_format", "slider_color", "step", "value"));
    /** The same for IntSlider, without {@code layout} and {@code style}. */
    static final Set<String> INT_SLIDER_KEYS = new TreeSet<>(List.of("_dom_classes", "_model_module",
            "_model_module_version", "_model_name", "_range", "_view_module", "_view_module_version", "_view_name",
            "continuous_update", "description", "disabled", "max", "min", "msg_throttle", "orientation", "readout",
            "readout_format", "step", "value"));
    static final Set<String> VBOX_KEYS = new TreeSet<>(List.of("_dom_classes", "_model_module", "_model_module_version",
            "_model_name", "_view_module", "_view_module_version", "_view_name", "box_style", "children", "msg_throttle"));
    static final Set<String> DROPDOWN_KEYS = new TreeSet<>(List.of("_dom_classes", "_model_module",
            "_model_module_version", "_model_name", "_options_labels", "_view_module", "_view_module_version",
            "_view_name", "description", "disabled", "msg_throttle", "value"));
    static final Set<String> CHECKBOX_KEYS = new TreeSet<>(List.of("_dom_classes", "_model_module",
            "_model_module_version", "_model_name", "_view_module", "_view_module_version", "_view_name",
            "description", "disabled", "msg_throttle", "value"));

    private final RecordingChannel channel = new RecordingChannel();
    private final RecordingSink displays = new RecordingSink();
    private final WidgetManager widgets = new WidgetManager(channel, displays);
    /** Runs a model at once, as the kernel's cell thread would. */
    private final CellRunner direct = work -> {
        try {
            return new CellRunner.Outcome(work.get(), null);
        } catch (RuntimeException e) {
            return new CellRunner.Outcome(null, new Failure(e.getClass().getName(), e.getMessage(),
                    List.of(e.getClass().getName() + ": " + e.getMessage(), "    at cell [3] line 2")));
        }
    };

    private Interaction interact(Slider<Double> amp) {
        return Interaction.of(values -> {
            double a = (Double) values.get(0);
            if (a > 0.9) {
                throw new IllegalArgumentException("amp " + a + " is too large");
            }
            channel.print("ran with " + a + "\n");
            return "response to " + a;
        }, List.of(amp));
    }

    private static Map<String, Object> backbone(Object value) {
        Map<String, Object> sync = new HashMap<>();
        sync.put("value", value);
        return Map.of("method", "backbone", "sync_data", sync, "buffer_keys", List.of());
    }

    @Test
    void startOpensEachModelWithItsWholeStateFlatAndShowsTheBox() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        Interaction ia = widgets.start(interact(amp));

        assertEquals(2, channel.opened.size(), "the slider's model, then the box's");
        RecordingChannel.Open slider = channel.opened.get(0);
        assertEquals("jupyter.widget", slider.target());
        Map<String, Object> data = slider.data();
        assertEquals("FloatSliderModel", data.get("_model_name"));
        assertEquals("FloatSliderView", data.get("_view_name"));
        assertEquals("jupyter-js-widgets", data.get("_model_module"));
        assertEquals("~2.1.4", data.get("_model_module_version"));
        assertEquals("jupyter-js-widgets", data.get("_view_module"));
        assertEquals("~2.1.4", data.get("_view_module_version"));
        assertEquals(0.2, data.get("value"));
        assertEquals(0.0, data.get("min"));
        assertEquals(1.0, data.get("max"));
        assertEquals(0.05, data.get("step"));
        assertEquals("amp", data.get("description"));
        assertEquals(".2f", data.get("readout_format"));
        assertEquals(1, data.get("msg_throttle"));
        Map<String, Object> flat = new HashMap<>(data);
        Object nested = flat.remove("state");
        assertEquals(FLOAT_SLIDER_KEYS, new TreeSet<>(flat.keySet()), "the keys ipywidgets 6.0 sends");
        assertEquals(flat, nested, "the same state again under 'state', for widget protocol 2 clients (nbclient)");

        RecordingChannel.Open box = channel.opened.get(1);
        assertEquals("VBoxModel", box.data().get("_model_name"));
        assertEquals(List.of("IPY_MODEL_" + slider.commId()), box.data().get("children"));
        assertEquals(List.of("widget-interact"), box.data().get("_dom_classes"));
        Map<String, Object> boxFlat = new HashMap<>(box.data());
        boxFlat.remove("state");
        assertEquals(VBOX_KEYS, new TreeSet<>(boxFlat.keySet()));

        assertEquals(List.of(new RecordingChannel.Sent(box.commId(), Map.of("method", "display"))), channel.sent,
                "the box's view shown in the cell by a display message");
        assertEquals(List.of("display null: null", "display " + ia.displayId() + ": ran with 0.2\nresponse to 0.2"),
                displays.events, "the view's display_data (no text), then the output under the interact's display id");
    }

    @Test
    void theViewIsShownByItsMimeTypeAndModelId() {
        var bundle = WidgetProtocol.view("abc");
        assertEquals(Map.of("application/vnd.jupyter.widget-view+json", Map.of("model_id", "abc")), bundle.data());
    }

    @Test
    void aValueTheUserChoseIsTakenAndTheInteractionRunsAgainInPlace() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        Interaction ia = widgets.start(interact(amp));
        String id = channel.opened.get(0).commId();

        WidgetManager.Received r = widgets.received(id, backbone(0.35));
        assertTrue(r.known());
        assertEquals(List.of(), r.replies(), "a value taken as sent is not echoed (protocol 1 has no echo_update)");
        assertEquals(Set.of(ia), r.changed());
        assertEquals(0.35, amp.value());

        widgets.rerun(ia, direct);
        assertEquals("update " + ia.displayId() + ": ran with 0.35\nresponse to 0.35", displays.events.get(displays.events.size() - 1));
    }

    @Test
    void aValueOutsideTheRangeIsClampedAndSentBack() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        widgets.start(interact(amp));
        String id = channel.opened.get(0).commId();
        WidgetManager.Received r = widgets.received(id, backbone(5));
        assertEquals(1.0, amp.value());
        assertEquals(List.of(Map.of("method", "update", "state", Map.of("value", 1.0), "buffers", List.of())), r.replies());
        assertEquals(1, r.changed().size());
    }

    @Test
    void aValueThatIsNoNumberIsRefusedAndTheFrontEndPutBack() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        widgets.start(interact(amp));
        WidgetManager.Received r = widgets.received(channel.opened.get(0).commId(), backbone("lots"));
        assertEquals(0.2, amp.value());
        assertEquals(Set.of(), r.changed());
        assertEquals(List.of(Map.of("method", "update", "state", Map.of("value", 0.2), "buffers", List.of())), r.replies());
    }

    @Test
    void intSlidersRoundWhatJsonGivesAsDoubles() {
        Slider<Integer> n = Slider.ofInt("n", 1, 10, 1, 3);
        widgets.start(Interaction.of(values -> values.get(0), List.of(n)));
        Map<String, Object> data = new HashMap<>(channel.opened.get(0).data());
        data.remove("state");
        assertEquals(INT_SLIDER_KEYS, new TreeSet<>(data.keySet()));
        assertEquals("IntSliderModel", data.get("_model_name"));
        assertEquals("d", data.get("readout_format"));
        assertEquals(3, data.get("value"));
        WidgetManager.Received r = widgets.received(channel.opened.get(0).commId(), backbone(7.0));
        assertEquals(7, n.value());
        assertEquals(List.of(), r.replies(), "7.0 sent, 7 taken: the same value");
    }

    @Test
    void dropdownsAndCheckboxesHaveIpywidgetsSixState() {
        Dropdown mech = Dropdown.of("mech", "hh", "pas");
        Checkbox noise = Checkbox.of("noise", false);
        widgets.start(Interaction.of(values -> values.get(0) + " " + values.get(1), List.of(mech, noise)));
        Map<String, Object> dropdown = new HashMap<>(channel.opened.get(0).data());
        dropdown.remove("state");
        Map<String, Object> checkbox = new HashMap<>(channel.opened.get(1).data());
        checkbox.remove("state");
        assertEquals(DROPDOWN_KEYS, new TreeSet<>(dropdown.keySet()));
        assertEquals(List.of("hh", "pas"), dropdown.get("_options_labels"));
        assertEquals("hh", dropdown.get("value"), "jupyter-js-widgets 2.1 holds the chosen label as the value");
        assertEquals(CHECKBOX_KEYS, new TreeSet<>(checkbox.keySet()));
        assertEquals(false, checkbox.get("value"));

        widgets.received(channel.opened.get(0).commId(), backbone("pas"));
        widgets.received(channel.opened.get(1).commId(), backbone(true));
        assertEquals("pas", mech.value());
        assertEquals(true, noise.value());
        assertEquals(Set.of(), widgets.received(channel.opened.get(0).commId(), backbone("kdr")).changed(),
                "not an option: refused");
    }

    @Test
    void aStateRequestAfterAReloadGetsTheWholeState() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        widgets.start(interact(amp));
        String id = channel.opened.get(0).commId();
        WidgetManager.Received r = widgets.received(id, Map.of("method", "request_state"));
        assertEquals(1, r.replies().size());
        Map<String, Object> reply = r.replies().get(0);
        assertEquals("update", reply.get("method"));
        assertEquals(List.of(), reply.get("buffers"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) reply.get("state");
        assertEquals(FLOAT_SLIDER_KEYS, new TreeSet<>(state.keySet()));
        assertEquals("FloatSliderModel", state.get("_model_name"));
    }

    @Test
    void theVersionCheckIsAnsweredWithTheRangeTheModelsNeed() {
        WidgetManager.Received r = widgets.opened("v1", "jupyter.widget.version");
        assertTrue(r.known());
        assertEquals(List.of(Map.of("version", "~2.1.4")), r.replies());
        assertEquals(WidgetManager.Received.NOTHING, widgets.received("v1", Map.of("validated", true, "frontend_version", "2.1.4")));
        assertEquals(Map.of("v1", "jupyter.widget.version"), widgets.comms(null));
        assertFalse(widgets.opened("w1", "jupyter.widget").known(), "a widget the front end makes itself is refused");
        assertFalse(widgets.opened("x1", "some.other.target").known());
        widgets.closed("v1");
        assertEquals(Map.of(), widgets.comms(null));
    }

    @Test
    void commInfoListsTheOpenModelsByTarget() {
        widgets.opened("v1", "jupyter.widget.version");
        widgets.start(interact(Slider.of("amp", 0, 1, 0.05, 0.2)));
        String slider = channel.opened.get(0).commId();
        String box = channel.opened.get(1).commId();
        assertEquals(Map.of(slider, "jupyter.widget", box, "jupyter.widget"), widgets.comms("jupyter.widget"));
        assertEquals(3, widgets.comms(null).size());
        widgets.closed(slider);
        assertEquals(Map.of(box, "jupyter.widget"), widgets.comms("jupyter.widget"));
        assertFalse(widgets.received(slider, backbone(0.5)).known(), "a closed comm is no longer the kernel's");
    }

    @Test
    void aFailureOfALaterRunReplacesTheOutputAndNamesTheValues() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        Interaction ia = widgets.start(interact(amp));
        widgets.received(channel.opened.get(0).commId(), backbone(0.95));
        widgets.rerun(ia, direct);
        String last = displays.events.get(displays.events.size() - 1);
        assertEquals("update " + ia.displayId() + ": interact(amp = 0.95) failed:\n"
                + "java.lang.IllegalArgumentException: amp 0.95 is too large\n    at cell [3] line 2", last);
        widgets.received(channel.opened.get(0).commId(), backbone(0.5));
        widgets.rerun(ia, direct);
        assertEquals("update " + ia.displayId() + ": ran with 0.5\nresponse to 0.5", displays.events.get(displays.events.size() - 1),
                "the next run shows its output again");
    }

    @Test
    void aFailureOfTheFirstRunIsTheCellsAndShowsNoControl() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.95);
        Interaction ia = interact(amp);
        assertThrows(IllegalArgumentException.class, () -> widgets.start(ia));
        assertEquals(List.of(), channel.opened, "no model opened");
        assertEquals(List.of(), displays.events, "nothing was printed before the failure, so nothing is shown");
    }

    @Test
    void withoutAFrontEndTheModelRunsOnceAndItsValueIsShown() {
        RecordingSink headless = new RecordingSink();
        Interaction ia = WidgetManager.runOnce(Interaction.of(values -> "response to " + values.get(0),
                List.of(Slider.of("amp", 0, 1, 0.05, 0.2))), headless);
        assertEquals(List.of("display " + ia.displayId() + ": response to 0.2"), headless.events);
    }

    @Test
    void oneControlMayServeTwoInteractions() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        Interaction a = widgets.start(Interaction.of(values -> "a", List.of(amp)));
        Interaction b = widgets.start(Interaction.of(values -> "b", List.of(amp)));
        assertEquals(3, channel.opened.size(), "the slider once, then each interaction's box");
        assertEquals(Set.of(a, b), widgets.received(channel.opened.get(0).commId(), backbone(0.4)).changed());
    }

    @Test
    void mistakesInAnInteractionAreNamed() {
        Slider<Double> amp = Slider.of("amp", 0, 1, 0.05, 0.2);
        assertEquals("interact: no controls; pass at least one, e.g. slider(\"amp\", 0, 1, 0.05)",
                assertThrows(IllegalArgumentException.class, () -> Interaction.of(v -> null, List.of())).getMessage());
        assertEquals("interact: the control \"amp\" is given twice",
                assertThrows(IllegalArgumentException.class, () -> Interaction.of(v -> null, List.of(amp, amp))).getMessage());
        assertEquals("interact: two controls are named \"amp\"; give each its own name", assertThrows(
                IllegalArgumentException.class, () -> Interaction.of(v -> null, List.of(amp, Slider.of("amp", 0, 2, 1)))).getMessage());
        List<Control<?>> withNull = new ArrayList<>();
        withNull.add(amp);
        withNull.add(null);
        assertEquals("interact: control 2 of 2 is null",
                assertThrows(IllegalArgumentException.class, () -> Interaction.of(v -> null, withNull)).getMessage());
        Interaction nested = Interaction.of(v -> Interaction.of(w -> null, List.of(Slider.of("x", 0, 1, 0.1))), List.of(amp));
        assertEquals("interact: called inside an interact's function; call interact once, in the cell, with all the controls",
                assertThrows(IllegalStateException.class, () -> WidgetManager.runOnce(nested, displays)).getMessage());
    }

    @Test
    void valuesByNameForModelsOfSeveralControls() {
        Interaction ia = Interaction.byName(p -> p.get("amp") * 2 + " " + p.value("mech") + " " + p.values(),
                List.of(Slider.of("amp", 0, 1, 0.05, 0.2), Dropdown.of("mech", "hh", "pas")));
        RecordingSink headless = new RecordingSink();
        WidgetManager.runOnce(ia, headless);
        assertEquals(List.of("display " + ia.displayId() + ": 0.4 hh {amp=0.2, mech=hh}"), headless.events);
        Values values = new Values(Map.of("mech", "hh"));
        assertEquals("no control is named \"amps\"; the controls are [mech]",
                assertThrows(IllegalArgumentException.class, () -> values.get("amps")).getMessage());
        assertEquals("\"mech\" is hh, not a number; use value(\"mech\") for a dropdown's or a checkbox's value",
                assertThrows(IllegalArgumentException.class, () -> values.get("mech")).getMessage());
    }
}
