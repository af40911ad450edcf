package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.kernel.display.MimeBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a glued value travels: a display output of its own MIME type, so it lives in the executed
 * notebook (as scrapbook's scraps do) and a sweep can read it back from there or from {@code
 * glued.json}. A {@code text/plain} copy makes it visible in every front end.
 */
public final class Glue {
    /** The MIME type of a glued value: a JSON object {@code {"name": ..., "value": ...}}. */
    public static final String MIME_TYPE = "application/vnd.neuron-kernel.glue+json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Glue() {}

    /**
     * @return the display output for {@code glue(name, value)}
     * @throws IllegalArgumentException for a name that is not an identifier or a value that is not a
     *     number, boolean or string
     */
    static MimeBundle bundle(String name, Object value) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("glue: name " + (name == null ? "null" : "\"" + name + "\"")
                    + " is not allowed; use letters, digits and _, not starting with a digit (e.g. \"spikes\")");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        String shown;
        if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
            if (!(n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte)) {
                throw notScalar(name, value);
            }
            json.put("value", n.longValue());
            shown = Long.toString(n.longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                json.put("value", d);
            } else {
                // JSON has no NaN or infinity: the text stands in, marked so it reads back as a number
                json.put("value", Double.toString(d));
                json.put("nonFinite", true);
            }
            shown = Double.toString(d);
        } else if (value instanceof Boolean || value instanceof String || value instanceof Character) {
            json.put("value", value instanceof Boolean ? value : value.toString());
            shown = value instanceof Boolean ? value.toString() : "\"" + value + "\"";
        } else {
            throw notScalar(name, value);
        }
        return new MimeBundle().put(MIME_TYPE, json).put("text/plain", name + " = " + shown);
    }

    private static IllegalArgumentException notScalar(String name, Object value) {
        String what = value == null ? "null" : "a " + value.getClass().getSimpleName();
        return new IllegalArgumentException("glue(\"" + name + "\", ...): the value is " + what
                + "; glue takes a number, a boolean or a string (for a Vector, glue e.g. its size() or max())");
    }
}
