package io.github.neuronkernel.kernel.headless;

import static io.github.neuronkernel.kernel.display.Html.escape;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.neuronkernel.engine.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A standalone HTML page of an executed notebook: Markdown cells rendered, code cells with their
 * outputs, charts embedded as images. Opens in any browser without Jupyter.
 */
final class HtmlReport {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final String STYLE = String.join("\n",
            "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }",
            "pre { background: #f6f8fa; padding: .6em; overflow-x: auto; }",
            "pre.code { border-left: 3px solid #4a7bd0; }",
            "pre.stderr { background: #fff4e5; }",
            "pre.error { background: #fdecea; color: #8a1f11; }",
            ".prompt { color: #888; font-size: .8em; }",
            "img { max-width: 100%; }");

    private HtmlReport() {}

    static void write(NotebookFile notebook, String title, Path path) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style></head><body>\n");
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            String type = cell.get("cell_type").getAsString();
            if (type.equals("markdown")) {
                html.append(HTML.render(MARKDOWN.parse(NotebookFile.source(cell)))).append('\n');
            } else if (type.equals("code")) {
                appendCode(html, cell);
            }
        }
        AtomicFile.writeString(path, html.append("</body></html>\n"));
    }

    private static void appendCode(StringBuilder html, JsonObject cell) {
        JsonElement count = cell.get("execution_count");
        html.append("<div class=\"prompt\">In [").append(count == null || count.isJsonNull() ? " " : count.getAsString())
                .append("]</div>\n<pre class=\"code\"><code>").append(escape(NotebookFile.source(cell)))
                .append("</code></pre>\n");
        if (cell.has("outputs")) {
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                appendOutput(html, o.getAsJsonObject());
            }
        }
    }

    /**
     * @return {@code  width="640" height="400"} from an image's metadata: charts are drawn with two
     *     pixels per CSS pixel and shown at their own size, as Jupyter shows them; empty without
     */
    private static String size(JsonObject metadata) {
        JsonObject png = metadata == null || !metadata.has("image/png") ? null : metadata.getAsJsonObject("image/png");
        if (png == null || !png.has("width") || !png.has("height")) {
            return "";
        }
        return " width=\"" + png.get("width").getAsInt() + "\" height=\"" + png.get("height").getAsInt() + "\"";
    }

    private static void appendOutput(StringBuilder html, JsonObject o) {
        switch (o.get("output_type").getAsString()) {
            case "stream" -> html.append("<pre class=\"").append(o.get("name").getAsString()).append("\">")
                    .append(escape(NotebookFile.text(o.get("text")))).append("</pre>\n");
            case "error" -> {
                StringBuilder tb = new StringBuilder();
                o.getAsJsonArray("traceback").forEach(line -> tb.append(line.getAsString()).append('\n'));
                html.append("<pre class=\"error\">").append(escape(o.get("ename").getAsString() + ": "
                        + o.get("evalue").getAsString() + "\n" + tb.toString().replaceAll("\u001B\\[[0-9;]*m", "")))
                        .append("</pre>\n");
            }
            default -> appendData(html, o.getAsJsonObject("data"), o.getAsJsonObject("metadata"));
        }
    }

    private static void appendData(StringBuilder html, JsonObject data, JsonObject metadata) {
        if (data.has("image/png")) {
            html.append("<img alt=\"chart\"").append(size(metadata)).append(" src=\"data:image/png;base64,")
                    .append(NotebookFile.text(data.get("image/png")).replace("\n", "")).append("\">\n");
        } else if (data.has("image/svg+xml")) {
            html.append(NotebookFile.text(data.get("image/svg+xml"))).append('\n');
        } else if (data.has("text/html")) {
            html.append(NotebookFile.text(data.get("text/html"))).append('\n');
        } else if (data.has("text/markdown")) {
            html.append(HTML.render(MARKDOWN.parse(NotebookFile.text(data.get("text/markdown"))))).append('\n');
        } else if (data.has("text/plain")) {
            html.append("<pre>").append(escape(NotebookFile.text(data.get("text/plain")))).append("</pre>\n");
        }
    }
}
