package io.github.neuronkernel.kernel.headless;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** Converts display values (strings, numbers, maps, lists) to JSON for a notebook file. */
final class NotebookJson {
    private static final Gson GSON = new Gson();

    private NotebookJson() {}

    static JsonElement value(Object value) {
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        return GSON.toJsonTree(value);
    }
}
