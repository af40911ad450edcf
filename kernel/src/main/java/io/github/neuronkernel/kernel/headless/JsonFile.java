package io.github.neuronkernel.kernel.headless;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import io.github.neuronkernel.engine.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/** The small JSON files a run and a sweep leave (glued.json, sweep.json, point.json): indented, replaced whole. */
final class JsonFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonFile() {}

    static void write(Path file, JsonElement json) throws IOException {
        AtomicFile.writeString(file, GSON.toJson(json) + "\n");
    }
}
