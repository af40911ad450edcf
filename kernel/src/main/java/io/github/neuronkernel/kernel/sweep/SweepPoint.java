package io.github.neuronkernel.kernel.sweep;

import java.util.Collections;
import java.util.Map;

/**
 * One point of a sweep: a value for each parameter, as the sweep's function receives it.
 *
 * <pre>{@code
 * p -> { var h = newSimulation(); ...; iclamp.amp = p.get("amp"); ...; return Map.of("spikes", n); }
 * }</pre>
 */
public final class SweepPoint {
    private final int index;
    private final Map<String, Object> values;

    /** @param values the point's values by parameter name, in parameter order (kept, not copied) */
    SweepPoint(int index, Map<String, Object> values) {
        this.index = index;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param name a parameter's name
     * @return its value at this point, as a double
     * @throws IllegalArgumentException if there is no such parameter, or its value is not a number
     *     (then use {@link #value(String)})
     */
    public double get(String name) {
        Object value = value(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("sweep point " + index + ": parameter " + name + " = "
                    + describe(value) + " is not a number; read it with value(\"" + name + "\")");
        }
        return number.doubleValue();
    }

    /**
     * @param name a parameter's name
     * @return its value at this point: a number, a string or a boolean, as the sweep's list held it
     * @throws IllegalArgumentException if there is no such parameter
     */
    public Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("sweep point " + index + " has no parameter "
                    + (name == null ? "null" : "\"" + name + "\"") + "; its parameters are " + String.join(", ", values.keySet()));
        }
        return value;
    }

    /** @return the point's place in the sweep, from 0, in the order of the grid's product (the last parameter varies fastest) */
    public int index() {
        return index;
    }

    /** @return the values by parameter name, in parameter order, read-only */
    public Map<String, Object> values() {
        return values;
    }

    /** @return e.g. {@code amp=0.1, tau=2} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> out.append(out.length() > 0 ? ", " : "").append(name).append('=')
                .append(SweepValues.label(value)));
        return out.toString();
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\" (a String)" : value + " (" + SweepValues.kind(value) + ")";
    }
}
