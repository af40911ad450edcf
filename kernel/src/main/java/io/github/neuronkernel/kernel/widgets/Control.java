package io.github.neuronkernel.kernel.widgets;

import java.util.Map;

/**
 * A control whose value a model's function takes: a {@link Slider}, a {@link Dropdown} or a {@link
 * Checkbox}, made by {@code slider(...)}, {@code dropdown(...)} or {@code checkbox(...)} and passed
 * to {@code interact(...)}. Its name labels it and names its value.
 *
 * @param <T> the type of its value
 */
public abstract sealed class Control<T> extends Widget permits Slider, Dropdown, Checkbox {
    private final String name;
    private volatile T value;

    Control(String name, T value) {
        this.name = name;
        this.value = value;
    }

    /** @return the name it was given, which labels it */
    public final String name() {
        return name;
    }

    /** @return its value now: the initial one, or the last one the user chose */
    public final T value() {
        return value;
    }

    /**
     * Takes a value the front end sent, made to fit (a slider's clamped to its range).
     *
     * @param json the value as JSON gave it (a Double for any number)
     * @return the value taken
     * @throws IllegalArgumentException if it is not a value of this control at all
     */
    final T accept(Object json) {
        T v = fromJson(json);
        value = v;
        return v;
    }

    /** @return the value as this control holds it, made to fit */
    abstract T fromJson(Object json);

    /** @return the value as the front end holds it */
    Object toJson(T v) {
        return v;
    }

    /** Adds what every control's state has: its label, that it is enabled, its value. */
    @Override
    final void ownState(Map<String, Object> state) {
        state.put("description", name);
        state.put("disabled", false);
        controlState(state);
        state.put("value", toJson(value));
    }

    /** Adds this kind of control's own state (not its value). */
    abstract void controlState(Map<String, Object> state);

    @Override
    public String toString() {
        return name + " = " + value;
    }
}
