package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep's directory and what it runs, kept in {@code DIR/sweep.json} so that workers (local
 * processes or Slurm tasks), {@code --resume} and {@code --gather} all read the same points: the
 * notebook (copied into DIR, so editing it later does not change a running sweep), the parameter
 * names, every point's values as text, and the per-point time limit.
 *
 * <pre>
 * DIR/sweep.json            the plan
 * DIR/NAME.ipynb            the notebook every point runs
 * DIR/points/0000/          a point: its executed notebook, HTML, charts, data files, run.log
 * DIR/points/0000/point.json   its outcome: status, seconds, error, glued values
 * DIR/sweep.csv, sweep.html the gathered table and charts
 * </pre>
 */
final class SweepPlan {
    static final String FILE = "sweep.json";
    /** The file a finished (or failed, timed-out, cancelled) point leaves in its directory. */
    static final String POINT_FILE = "point.json";

    private final Path dir;
    private final String notebookName;
    private final String source;
    private final List<String> names;
    private final List<Map<String, String>> points;
    private final double timeoutSeconds;

    SweepPlan(Path dir, String notebookName, String source, List<String> names, List<Map<String, String>> points,
            double timeoutSeconds) {
        this.dir = dir.toAbsolutePath().normalize();
        this.notebookName = notebookName;
        this.source = source;
        this.names = List.copyOf(names);
        this.points = List.copyOf(points);
        this.timeoutSeconds = timeoutSeconds;
    }

    Path dir() {
        return dir;
    }

    /** @return the notebook copy every point runs */
    Path notebook() {
        return dir.resolve(notebookName);
    }

    /** @return where the notebook was copied from */
    String source() {
        return source;
    }

    List<String> names() {
        return names;
    }

    List<Map<String, String>> points() {
        return points;
    }

    /** @return a point's time limit in seconds, 0 for none */
    double timeoutSeconds() {
        return timeoutSeconds;
    }

    /** @return how many digits a point's directory name has: 4, more for 10,000 points or more */
    int width() {
        return Math.max(4, Integer.toString(points.size() - 1).length());
    }

    Path pointDir(int index) {
        return dir.resolve("points").resolve(String.format(Locale.ROOT, "%0" + width() + "d", index));
    }

    Path pointFile(int index) {
        return pointDir(index).resolve(POINT_FILE);
    }

    /** @return e.g. {@code amp=0.1, tau=2} */
    String describe(int index) {
        StringBuilder s = new StringBuilder();
        points.get(index).forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }

    /** @return true if {@code other} runs the same notebook source over the same points */
    boolean samePoints(SweepPlan other) {
        return names.equals(other.names) && points.equals(other.points);
    }

    void write() throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("notebook", notebookName);
        json.addProperty("source", source);
        json.addProperty("timeoutSeconds", timeoutSeconds);
        JsonArray n = new JsonArray();
        names.forEach(n::add);
        json.add("parameters", n);
        JsonArray p = new JsonArray();
        for (Map<String, String> point : points) {
            JsonObject o = new JsonObject();
            point.forEach(o::addProperty);
            p.add(o);
        }
        json.add("points", p);
        JsonFile.write(dir.resolve(FILE), json);
    }

    /** @return true if {@code dir} holds a sweep */
    static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * @throws IllegalArgumentException if DIR holds no sweep or its plan is unreadable
     */
    static SweepPlan read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            List<String> names = new ArrayList<>();
            json.getAsJsonArray("parameters").forEach(e -> names.add(e.getAsString()));
            List<Map<String, String>> points = new ArrayList<>();
            for (JsonElement e : json.getAsJsonArray("points")) {
                Map<String, String> point = new LinkedHashMap<>();
                e.getAsJsonObject().entrySet().forEach(v -> point.put(v.getKey(), v.getValue().getAsString()));
                points.add(point);
            }
            return new SweepPlan(dir, json.get("notebook").getAsString(), json.get("source").getAsString(), names,
                    points, json.get("timeoutSeconds").getAsDouble());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(dir + " holds no sweep (no " + FILE + "); start one with"
                    + " sweep NOTEBOOK --out " + dir + " -p name=v1,v2");
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(file + " is not a sweep plan this version can read (" + e + ")");
        }
    }
}
