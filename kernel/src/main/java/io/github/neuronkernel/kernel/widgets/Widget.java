package io.github.neuronkernel.kernel.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A widget model as the front end knows it: an id (which is its comm's id) and a state of named
 * values, in the module and version {@link WidgetProtocol} names.
 */
abstract class Widget {
    private final String id = UUID.randomUUID().toString().replace("-", "");

    /** @return the model's id, which is also its comm's id */
    final String id() {
        return id;
    }

    /** @return the front end's name of the model class, e.g. {@code FloatSliderModel} */
    abstract String modelName();

    /** @return the front end's name of the view class, e.g. {@code FloatSliderView} */
    abstract String viewName();

    /** Adds the state this kind of model has beyond every DOM widget's. */
    abstract void ownState(Map<String, Object> state);

    /**
     * @return the whole state, as ipywidgets 6 sends it for the same widget (without a layout
     *     model: the front end draws the default layout when there is none)
     */
    final Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("_dom_classes", domClasses());
        state.put("_model_module", WidgetProtocol.MODULE);
        state.put("_model_module_version", WidgetProtocol.MODULE_VERSION);
        state.put("_model_name", modelName());
        state.put("_view_module", WidgetProtocol.MODULE);
        state.put("_view_module_version", WidgetProtocol.MODULE_VERSION);
        state.put("_view_name", viewName());
        // the front end sends one change at a time and the next only after the kernel's idle for it
        state.put("msg_throttle", 1);
        ownState(state);
        return state;
    }

    /** @return CSS classes of the view's element */
    List<String> domClasses() {
        return List.of();
    }

    /** @return how another model's state refers to this one */
    final String reference() {
        return WidgetProtocol.MODEL_REFERENCE + id;
    }
}
