package io.github.neuronkernel.kernel.widgets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of an interact's controls by name, for a model function of several controls:
 * {@code interact(p -> run(p.get("amp"), p.get("dur")), slider("amp", ...), slider("dur", ...))}.
 */
public final class Values {
    private final Map<String, Object> values;

    Values(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param name a slider's name
     * @return its value as a double
     * @throws IllegalArgumentException if no control has that name or its value is not a number
     */
    public double get(String name) {
        Object v = value(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("\"" + name + "\" is " + v + ", not a number; use value(\"" + name
                    + "\") for a dropdown's or a checkbox's value");
        }
        return n.doubleValue();
    }

    /**
     * @param name a control's name
     * @return its value: a Double or Integer (slider), String (dropdown) or Boolean (checkbox)
     * @throws IllegalArgumentException if no control has that name
     */
    public Object value(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no control is named \"" + name + "\"; the controls are " + values.keySet());
        }
        return values.get(name);
    }

    /** @return every control's value by name, in the order they were given */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
