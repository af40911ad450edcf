package io.github.neuronkernel.kernel.widgets;

import java.util.Map;

/** A yes/no choice ({@code checkbox("noise", false)}). */
public final class Checkbox extends Control<Boolean> {
    private Checkbox(String name, boolean value) {
        super(name, value);
    }

    /**
     * @param name labels it and names its value
     * @param value whether it starts ticked
     * @throws IllegalArgumentException for a blank name
     */
    public static Checkbox of(String name, boolean value) {
        Controls.checkName("checkbox", name);
        return new Checkbox(name, value);
    }

    @Override
    String modelName() {
        return "CheckboxModel";
    }

    @Override
    String viewName() {
        return "CheckboxView";
    }

    @Override
    void controlState(Map<String, Object> state) {
        // nothing beyond the label and the value
    }

    @Override
    Boolean fromJson(Object json) {
        if (!(json instanceof Boolean b)) {
            throw new IllegalArgumentException("checkbox \"" + name() + "\": " + json + " is not true or false");
        }
        return b;
    }
}
