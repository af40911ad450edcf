package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.neuronkernel.kernel.notebook.Glue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a notebook glued ({@code glue(name, value)}), read back from its outputs in cell
 * order, a later glue of a name replacing an earlier one; written beside a run as {@code
 * glued.json}.
 */
final class GluedValues {
    /** The file a run writes them to, in its output directory. */
    static final String FILE = "glued.json";

    private GluedValues() {}

    /** @return name to value (Long, Double, Boolean or String), in first-glued order */
    static Map<String, Object> from(NotebookFile notebook) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            if (!cell.has("outputs")) {
                continue;
            }
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                JsonObject data = o.getAsJsonObject().getAsJsonObject("data");
                if (data != null && data.has(Glue.MIME_TYPE) && data.get(Glue.MIME_TYPE).isJsonObject()) {
                    JsonObject scrap = data.getAsJsonObject(Glue.MIME_TYPE);
                    values.put(scrap.get("name").getAsString(), value(scrap));
                }
            }
        }
        return values;
    }

    private static Object value(JsonObject scrap) {
        JsonPrimitive v = scrap.getAsJsonPrimitive("value");
        if (scrap.has("nonFinite")) {
            return Double.valueOf(v.getAsString());
        }
        return v.isString() ? v.getAsString() : value(v); // a scrap marks its non-finite numbers
    }

    /**
     * @return a glued value read back from JSON: a boolean, a Long for a whole number, a Double for
     *     another number or for the text of NaN or an infinity (as {@link #toJson} writes them), else
     *     the text
     */
    static Object value(JsonPrimitive v) {
        if (v.isBoolean()) {
            return v.getAsBoolean();
        }
        String text = v.getAsString();
        if (v.isNumber()) {
            return text.matches("-?\\d+") ? (Object) Long.valueOf(text) : (Object) Double.valueOf(text);
        }
        return text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity") ? (Object) Double.valueOf(text)
                : text;
    }

    /** @return the values of a JSON object {@link #toJson} wrote, in its order */
    static Map<String, Object> fromJson(JsonObject json) {
        Map<String, Object> values = new LinkedHashMap<>();
        json.entrySet().forEach(e -> values.put(e.getKey(), value(e.getValue().getAsJsonPrimitive())));
        return values;
    }

    /** @return the values as a JSON object (non-finite numbers as text, as glue stores them) */
    static JsonObject toJson(Map<String, Object> values) {
        JsonObject json = new JsonObject();
        values.forEach((name, value) -> {
            if (value instanceof Double d && !Double.isFinite(d)) {
                json.addProperty(name, d.toString());
            } else if (value instanceof Number n) {
                json.addProperty(name, n);
            } else if (value instanceof Boolean b) {
                json.addProperty(name, b);
            } else {
                json.addProperty(name, String.valueOf(value));
            }
        });
        return json;
    }

    static void write(Map<String, Object> values, Path file) throws IOException {
        JsonFile.write(file, toJson(values));
    }
}
