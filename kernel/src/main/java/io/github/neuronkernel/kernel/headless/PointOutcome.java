package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * How one point of a sweep ended ({@code point.json}): {@code ok}, {@code failed} (a cell threw),
 * {@code timeout} (the per-point limit), {@code cancelled} (stopped by a signal, e.g. Slurm's
 * scancel or Ctrl-C); with the seconds it ran, the error, the host and the glued values. A point
 * without the file has not run, or was killed without warning.
 */
record PointOutcome(String status, double seconds, String error, String host, Map<String, Object> glued) {
    static final String OK = "ok";
    static final String FAILED = "failed";
    static final String TIMEOUT = "timeout";
    static final String CANCELLED = "cancelled";
    /** Gathered for a point without a point.json. */
    static final String NOT_RUN = "not run";

    boolean ok() {
        return OK.equals(status);
    }

    void write(Path file) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("status", status);
        json.addProperty("seconds", seconds);
        if (error != null) {
            json.addProperty("error", error);
        }
        json.addProperty("host", host);
        json.add("glued", GluedValues.toJson(glued));
        JsonFile.write(file, json);
    }

    /** @return the outcome in {@code file}, or null if there is none (not run) */
    static PointOutcome read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            Map<String, Object> glued = GluedValues.fromJson(json.getAsJsonObject("glued"));
            return new PointOutcome(json.get("status").getAsString(), json.get("seconds").getAsDouble(),
                    json.has("error") ? json.get("error").getAsString() : null,
                    json.has("host") ? json.get("host").getAsString() : "", glued);
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            return new PointOutcome(FAILED, 0, file + " is unreadable (" + e.getMessage() + ")", "", Map.of());
        }
    }
}
