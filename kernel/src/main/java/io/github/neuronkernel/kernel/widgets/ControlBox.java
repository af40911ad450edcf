package io.github.neuronkernel.kernel.widgets;

import java.util.List;
import java.util.Map;

/** The controls of one {@code interact}, one under the other, as ipywidgets 6 lays out its interact. */
final class ControlBox extends Widget {
    private final List<Control<?>> controls;

    ControlBox(List<Control<?>> controls) {
        this.controls = List.copyOf(controls);
    }

    @Override
    String modelName() {
        return "VBoxModel";
    }

    @Override
    String viewName() {
        return "VBoxView";
    }

    @Override
    List<String> domClasses() {
        return List.of("widget-interact");
    }

    @Override
    void ownState(Map<String, Object> state) {
        state.put("box_style", "");
        state.put("children", controls.stream().map(Widget::reference).toList());
    }
}
