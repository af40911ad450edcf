package io.github.neuronkernel.kernel.widgets;

import io.github.neuronkernel.kernel.display.MimeBundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The widget messages of the front end Debian ships for the classic notebook
 * ({@code jupyter-nbextension-jupyter-js-widgets} 6.0.0, that is jupyter-js-widgets 2.1.4, the
 * front end of ipywidgets 6.0). Models live in the module {@value #MODULE}, version range
 * {@value #MODULE_VERSION}; the later {@code @jupyter-widgets/controls} modules and widget protocol
 * 2 (ipywidgets 7, {@code {state, buffer_paths}}) are unknown to it. What it expects:
 *
 * <ul>
 *   <li>kernel to front end: {@code comm_open} on target {@value #TARGET} whose {@code data} is the
 *       model's whole state, flat ({@code _model_name}, {@code value}, ...); {@code comm_msg}
 *       {@code {method: "update", state: {...}, buffers: []}} for changes; {@code comm_msg}
 *       {@code {method: "display"}} under the cell's request, which puts the view in the cell's
 *       widget area, plus a {@code display_data} of {@value #VIEW_MIME} {@code {model_id}} that a
 *       reloaded page uses to show the view again;</li>
 *   <li>front end to kernel: {@code {method: "backbone", sync_data: {...}, buffer_keys: []}} when
 *       the user changes a value (one message in flight per model: the next waits for the kernel's
 *       idle status of the last, and only the latest value is sent then), {@code {method:
 *       "request_state"}} after a page reload (answered with a whole-state {@code update}), {@code
 *       {method: "custom"}}; and a comm on {@value #VERSION_TARGET}, to which the kernel sends
 *       {@code {version: "~2.1.4"}} and the front end answers {@code {validated, frontend_version}}.</li>
 * </ul>
 *
 * <p>There is no {@code echo_update} (widget protocol 2.1): a value the kernel changes (a slider
 * value clamped to its range) is sent back as an {@code update}.
 */
final class WidgetProtocol {
    /** The comm target of widget models. */
    static final String TARGET = "jupyter.widget";
    /** The comm target the front end opens to compare versions. */
    static final String VERSION_TARGET = "jupyter.widget.version";
    /** The JavaScript module of every model and view. */
    static final String MODULE = "jupyter-js-widgets";
    /** The version range of that module the models need: the installed front end is 2.1.4. */
    static final String MODULE_VERSION = "~2.1.4";
    /** The MIME type of a view in a display_data. */
    static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
    /** The prefix that turns a model id into a reference inside another model's state. */
    static final String MODEL_REFERENCE = "IPY_MODEL_";

    private WidgetProtocol() {}

    /**
     * @return the data of a model's {@code comm_open}: its state, flat, as the front end reads it,
     *     and the same state under {@code state} for clients of widget protocol 2: nbclient 0.7
     *     (Debian's, which nbconvert runs notebooks with) reads {@code data.state._model_module} of
     *     every widget comm_open and fails the notebook when it is missing. The front end keeps that
     *     copy as an attribute no view reads.
     */
    static Map<String, Object> openData(Map<String, Object> state) {
        Map<String, Object> data = new LinkedHashMap<>(state);
        data.put("state", state);
        return data;
    }

    /** @return a {@code comm_msg} data that sets some (or all) of a model's state */
    static Map<String, Object> update(Map<String, Object> state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("method", "update");
        data.put("state", state);
        data.put("buffers", List.of());
        return data;
    }

    /** @return the {@code comm_msg} data that shows a model's view in the cell that sent it */
    static Map<String, Object> display() {
        return Map.of("method", "display");
    }

    /** @return what the kernel sends on the version comm */
    static Map<String, Object> versionRequirement() {
        return Map.of("version", MODULE_VERSION);
    }

    /** @return the display_data of a model's view (no text: the notebook shows nothing for it) */
    static MimeBundle view(String modelId) {
        return new MimeBundle().put(VIEW_MIME, Map.of("model_id", modelId));
    }

    /** What a front end's {@code comm_msg} on a model asks. */
    sealed interface Incoming permits Backbone, RequestState, Custom, Unknown {}

    /** The user changed values: {@code sync_data} by name. */
    record Backbone(Map<String, Object> syncData) implements Incoming {}

    /** The front end (after a reload) wants the whole state. */
    record RequestState() implements Incoming {}

    /** A message for the model's own code; none of the kernel's models has any. */
    record Custom(Object content) implements Incoming {}

    /** A method this protocol does not have, or no method at all. */
    record Unknown(String method) implements Incoming {}

    /** @return what {@code data} asks */
    @SuppressWarnings("unchecked")
    static Incoming parse(Map<String, Object> data) {
        Object method = data.get("method");
        if ("backbone".equals(method)) {
            Object sync = data.get("sync_data");
            return sync instanceof Map<?, ?> m ? new Backbone((Map<String, Object>) m) : new Unknown("backbone without sync_data");
        }
        if ("request_state".equals(method)) {
            return new RequestState();
        }
        if ("custom".equals(method)) {
            return new Custom(data.get("content"));
        }
        return new Unknown(String.valueOf(method));
    }
}
