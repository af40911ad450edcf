package io.github.neuronkernel.kernel.widgets;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** A choice of one text among several ({@code dropdown("mechanism", "hh", "pas")}), the first chosen at first. */
public final class Dropdown extends Control<String> {
    private final List<String> options;

    private Dropdown(String name, List<String> options) {
        super(name, options.get(0));
        this.options = options;
    }

    /**
     * @param name labels it and names its value
     * @param options the texts to choose from, at least one, no two the same
     * @throws IllegalArgumentException for a blank name, no options, a null or a repeated option
     */
    public static Dropdown of(String name, String... options) {
        Controls.checkName("dropdown", name);
        if (options == null || options.length == 0) {
            throw new IllegalArgumentException("dropdown \"" + name + "\": no options; give at least one, e.g."
                    + " dropdown(\"" + name + "\", \"hh\", \"pas\")");
        }
        var seen = new HashSet<String>();
        for (String o : options) {
            if (o == null) {
                throw new IllegalArgumentException("dropdown \"" + name + "\": an option is null");
            }
            if (!seen.add(o)) {
                // the front end tells options apart by their text
                throw new IllegalArgumentException("dropdown \"" + name + "\": the option \"" + o + "\" is given twice");
            }
        }
        return new Dropdown(name, List.of(options));
    }

    /** @return the texts to choose from */
    public List<String> options() {
        return options;
    }

    @Override
    String modelName() {
        return "DropdownModel";
    }

    @Override
    String viewName() {
        return "DropdownView";
    }

    @Override
    void controlState(Map<String, Object> state) {
        state.put("_options_labels", options); // jupyter-js-widgets 2.1 holds the chosen label itself as the value
    }

    @Override
    String fromJson(Object json) {
        if (!(json instanceof String s) || !options.contains(s)) {
            throw new IllegalArgumentException("dropdown \"" + name() + "\": " + json + " is not one of " + options);
        }
        return s;
    }
}
