package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects what cells show, as nbformat outputs: stdout/stderr text (consecutive writes merged),
 * displays and their updates (an update replaces every output with the same display id, in any
 * cell, as a front end would; a cleared display is dropped), results and errors.
 */
final class CellCapture implements DisplaySink {
    private final List<JsonArray> allCells = new ArrayList<>();
    private JsonArray outputs = new JsonArray();
    private final PrintStream out = new PrintStream(new StreamSink("stdout"), true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(new StreamSink("stderr"), true, StandardCharsets.UTF_8);

    /** Starts collecting for a new cell; its outputs array is returned. */
    synchronized JsonArray startCell() {
        outputs = new JsonArray();
        allCells.add(outputs);
        return outputs;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    // Lock order: a printing thread holds its PrintStream's lock, then this object's. So the
    // methods below flush the streams before they take this object's lock, never while holding it.

    @Override
    public void display(MimeBundle bundle, String displayId) {
        flushStreams();
        JsonObject o = output("display_data", bundle, displayId);
        synchronized (this) {
            outputs.add(o);
        }
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        flushStreams();
        synchronized (this) {
            replace(bundle, displayId);
        }
    }

    @Override
    public void clear(String displayId) {
        flushStreams();
        synchronized (this) {
            for (JsonArray cellOutputs : allCells) {
                for (int i = cellOutputs.size() - 1; i >= 0; i--) {
                    if (displayId != null && displayId.equals(displayIdOf(cellOutputs.get(i).getAsJsonObject()))) {
                        cellOutputs.remove(i);
                    }
                }
            }
        }
    }

    private void replace(MimeBundle bundle, String displayId) {
        for (JsonArray cellOutputs : allCells) {
            for (JsonElement o : cellOutputs) {
                JsonObject shown = o.getAsJsonObject();
                if (displayId != null && displayId.equals(displayIdOf(shown))) {
                    JsonObject replacement = output("display_data", bundle, displayId);
                    shown.add("data", replacement.get("data"));
                    shown.add("metadata", replacement.get("metadata"));
                }
            }
        }
    }

    void result(MimeBundle bundle, int executionCount) {
        flushStreams();
        JsonObject o = output("execute_result", bundle, null);
        o.addProperty("execution_count", executionCount);
        synchronized (this) {
            outputs.add(o);
        }
    }

    void error(String ename, String evalue, List<String> traceback) {
        flushStreams();
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "error");
        o.addProperty("ename", ename);
        o.addProperty("evalue", evalue);
        JsonArray tb = new JsonArray();
        traceback.forEach(tb::add);
        o.add("traceback", tb);
        synchronized (this) {
            outputs.add(o);
        }
    }

    void flushStreams() {
        out.flush();
        err.flush();
    }

    private static String displayIdOf(JsonObject output) {
        JsonObject transient_ = output.getAsJsonObject("transient");
        return transient_ == null || !transient_.has("display_id") ? null : transient_.get("display_id").getAsString();
    }

    private static JsonObject output(String type, MimeBundle bundle, String displayId) {
        JsonObject o = new JsonObject();
        o.addProperty("output_type", type);
        JsonObject data = new JsonObject();
        for (Map.Entry<String, Object> e : bundle.data().entrySet()) {
            data.add(e.getKey(), NotebookJson.value(e.getValue()));
        }
        o.add("data", data);
        JsonObject meta = new JsonObject();
        for (Map.Entry<String, Object> e : bundle.metadata().entrySet()) {
            meta.add(e.getKey(), NotebookJson.value(e.getValue()));
        }
        o.add("metadata", meta);
        if (displayId != null && type.equals("display_data")) {
            JsonObject transient_ = new JsonObject(); // kept while running; dropped when the file is written
            transient_.addProperty("display_id", displayId);
            o.add("transient", transient_);
        }
        return o;
    }

    /** Appends text to the current cell, merging with the previous output of the same stream. */
    private synchronized void appendStream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!outputs.isEmpty()) {
            JsonObject last = outputs.get(outputs.size() - 1).getAsJsonObject();
            if (last.get("output_type").getAsString().equals("stream") && last.get("name").getAsString().equals(name)) {
                last.addProperty("text", last.get("text").getAsString() + text);
                return;
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "stream");
        o.addProperty("name", name);
        o.addProperty("text", text);
        outputs.add(o);
    }

    /** Buffers bytes until a flush, so that multi-byte characters are decoded whole. */
    private final class StreamSink extends OutputStream {
        private final String name;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        StreamSink(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            synchronized (CellCapture.this) {
                pending.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (CellCapture.this) {
                pending.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            synchronized (CellCapture.this) {
                String text = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                appendStream(name, text);
            }
        }
    }
}
