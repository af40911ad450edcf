package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small nbformat 4 notebooks for the runner's and the sweep's tests. */
final class TestNotebooks {
    private TestNotebooks() {}

    /** A code cell whose source starts with this line is tagged {@code parameters}. */
    static final String PARAMETERS = "//parameters\n";

    /**
     * Writes a notebook of a Markdown title and code cells; a cell starting with {@link #PARAMETERS}
     * is tagged {@code parameters}.
     */
    static Path write(Path path, String... codeCells) throws IOException {
        JsonArray array = new JsonArray();
        array.add(cell("markdown", "# A run", null));
        for (String c : codeCells) {
            array.add(cell("code", c, c.startsWith(PARAMETERS) ? "parameters" : null));
        }
        JsonObject nb = new JsonObject();
        nb.add("cells", array);
        nb.add("metadata", new JsonObject());
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        Files.writeString(path, nb.toString());
        return path;
    }

    private static JsonObject cell(String type, String source, String tag) {
        JsonObject c = new JsonObject();
        c.addProperty("cell_type", type);
        c.addProperty("source", source);
        JsonObject meta = new JsonObject();
        if (tag != null) {
            JsonArray tags = new JsonArray();
            tags.add(tag);
            meta.add("tags", tags);
        }
        c.add("metadata", meta);
        if (type.equals("code")) {
            c.add("outputs", new JsonArray());
            c.add("execution_count", null);
        }
        return c;
    }
}
