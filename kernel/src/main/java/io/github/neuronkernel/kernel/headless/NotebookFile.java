package io.github.neuronkernel.kernel.headless;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.neuronkernel.engine.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An nbformat 4 notebook as JSON, read and written with Gson. Keeps everything it does not touch
 * (metadata, attachments, unknown fields) as it was.
 */
final class NotebookFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private final JsonObject root;

    private NotebookFile(JsonObject root) {
        this.root = root;
    }

    /**
     * @throws IllegalArgumentException if the file is missing, not JSON, or not nbformat 4
     */
    static NotebookFile read(Path path) throws IOException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("notebook " + path + " does not exist");
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("notebook " + path + " is not valid JSON: " + e.getMessage());
        }
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("cells")
                || parsed.getAsJsonObject().get("nbformat") == null
                || parsed.getAsJsonObject().get("nbformat").getAsInt() != 4) {
            throw new IllegalArgumentException("notebook " + path + " is not an nbformat 4 notebook (.ipynb)");
        }
        return new NotebookFile(parsed.getAsJsonObject());
    }

    JsonArray cells() {
        return root.getAsJsonArray("cells");
    }

    JsonObject metadata() {
        if (!root.has("metadata")) {
            root.add("metadata", new JsonObject());
        }
        return root.getAsJsonObject("metadata");
    }

    void write(Path path) throws IOException {
        AtomicFile.writeString(path, GSON.toJson(root) + "\n");
    }

    /** @return a cell's source as one string (nbformat allows a string or a list of lines) */
    static String source(JsonObject cell) {
        return text(cell.get("source"));
    }

    static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonArray()) {
            StringBuilder sb = new StringBuilder();
            e.getAsJsonArray().forEach(line -> sb.append(line.getAsString()));
            return sb.toString();
        }
        return e.getAsString();
    }

    static boolean hasTag(JsonObject cell, String tag) {
        JsonObject meta = cell.getAsJsonObject("metadata");
        if (meta == null || !meta.has("tags") || !meta.get("tags").isJsonArray()) {
            return false;
        }
        for (JsonElement t : meta.getAsJsonArray("tags")) {
            if (tag.equals(t.getAsString())) {
                return true;
            }
        }
        return false;
    }

    /** @return a new code cell with the given source and tag, as papermill injects parameters */
    static JsonObject codeCell(String id, String source, String tag) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        cell.addProperty("id", id);
        JsonObject meta = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add(tag);
        meta.add("tags", tags);
        cell.add("metadata", meta);
        cell.addProperty("source", source);
        cell.add("outputs", new JsonArray());
        cell.add("execution_count", null);
        return cell;
    }
}
