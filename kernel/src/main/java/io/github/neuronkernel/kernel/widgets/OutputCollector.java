package io.github.neuronkernel.kernel.widgets;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.Html;
import io.github.neuronkernel.kernel.display.MimeBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one run of a model function printed and showed, in order, made into the one display that
 * replaces the last run's: a lone chart stays as it is (its PNG and its text); text alone stays
 * text; several outputs become one piece of HTML (text as preformatted blocks, pictures inline)
 * with their texts as the plain text. The front end can only replace a display by one display,
 * so one run's outputs must be one.
 *
 * <p>Displays made during the run are kept here; an update of a display shown before the run
 * (somewhere else in the notebook) is passed on afterwards ({@link #forwardUpdates}).
 */
public final class OutputCollector implements DisplaySink {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    private final List<Object> items = new ArrayList<>();
    private final List<Object[]> elsewhere = new ArrayList<>();

    /** Text written to a stream ({@code stdout} or {@code stderr}); runs of one stream join. */
    private static final class Text {
        final String stream;
        final StringBuilder text = new StringBuilder();

        Text(String stream) {
            this.stream = stream;
        }
    }

    /** A display, replaceable by its id. */
    private static final class Shown {
        MimeBundle bundle;
        final String displayId;

        Shown(MimeBundle bundle, String displayId) {
            this.bundle = bundle;
            this.displayId = displayId;
        }
    }

    /** Adds printed text. */
    public synchronized void stream(String stream, String text) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Text last && last.stream.equals(stream)) {
            last.text.append(text);
            return;
        }
        Text t = new Text(stream);
        t.text.append(text);
        items.add(t);
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        items.add(new Shown(bundle, displayId));
    }

    @Override
    public synchronized void update(MimeBundle bundle, String displayId) {
        boolean found = false;
        for (Object item : items) {
            if (item instanceof Shown s && displayId != null && displayId.equals(s.displayId)) {
                s.bundle = bundle;
                found = true;
            }
        }
        if (!found) {
            elsewhere.add(new Object[] {bundle, displayId});
        }
    }

    @Override
    public synchronized void clear(String displayId) {
        boolean found = items.removeIf(item -> item instanceof Shown s && displayId != null && displayId.equals(s.displayId));
        if (!found) {
            elsewhere.add(new Object[] {null, displayId});
        }
    }

    /** Adds the function's value, as a cell's value would show. */
    synchronized void value(MimeBundle bundle) {
        items.add(new Shown(bundle, null));
    }

    /** Adds the function's failure. */
    synchronized void failure(String context, Failure failure) {
        List<String> lines = new ArrayList<>();
        lines.add(context);
        lines.addAll(failure.traceback().isEmpty() ? List.of(failure.ename() + ": " + failure.evalue()) : failure.traceback());
        items.add(failure(String.join("\n", lines)));
    }

    private static Object failure(String text) {
        Text t = new Text("error");
        t.text.append(text);
        return t;
    }

    /** Passes updates and clears of displays not made during the run to where they were shown. */
    synchronized void forwardUpdates(DisplaySink displays) {
        for (Object[] u : elsewhere) {
            if (u[0] == null) {
                displays.clear((String) u[1]);
            } else {
                displays.update((MimeBundle) u[0], (String) u[1]);
            }
        }
        elsewhere.clear();
    }

    /** @return whether nothing was printed or shown */
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /** @return the one display for everything collected */
    public synchronized MimeBundle bundle() {
        if (items.isEmpty()) {
            return MimeBundle.text("");
        }
        if (items.size() == 1 && items.get(0) instanceof Shown s) {
            return s.bundle;
        }
        if (items.stream().allMatch(i -> i instanceof Text)) {
            // the notebook colours ANSI in plain text, as it does a cell's error
            return MimeBundle.text(plain(false));
        }
        StringBuilder html = new StringBuilder("<div class=\"neuron-interact\">");
        for (Object item : items) {
            html.append(item instanceof Text t ? html(t) : html(((Shown) item).bundle));
        }
        return new MimeBundle().put("text/html", html.append("</div>").toString()).put("text/plain", plain(true));
    }

    /** @return every item's text, each without its last newline, one item per line */
    private String plain(boolean stripColours) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            String text = item instanceof Text t ? t.text.toString() : String.valueOf(((Shown) item).bundle.plainText());
            text = stripColours ? strip(text) : text;
            parts.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
        return String.join("\n", parts);
    }

    private static String html(Text t) {
        String style = switch (t.stream) {
            case "stderr" -> "background:#fdd;";
            case "error" -> "color:#b00;";
            default -> "";
        };
        return "<pre style=\"margin:0;" + style + "\">" + Html.escape(strip(t.text.toString())) + "</pre>";
    }

    private static String html(MimeBundle b) {
        Map<String, Object> data = b.data();
        for (String image : List.of("image/png", "image/jpeg")) {
            if (data.get(image) instanceof String base64) {
                StringBuilder img = new StringBuilder("<img src=\"data:").append(image).append(";base64,").append(base64).append('"');
                if (b.metadata().get(image) instanceof Map<?, ?> size) {
                    for (String key : List.of("width", "height")) {
                        if (size.get(key) != null) {
                            img.append(' ').append(key).append("=\"").append(size.get(key)).append('"');
                        }
                    }
                }
                return img.append(" alt=\"").append(Html.escape(String.valueOf(b.plainText()))).append("\"/>").toString();
            }
        }
        if (data.get("text/html") instanceof String h) {
            return "<div>" + h + "</div>";
        }
        return "<pre style=\"margin:0;\">" + Html.escape(strip(String.valueOf(b.plainText()))) + "</pre>";
    }

    private static String strip(String text) {
        return ANSI.matcher(text).replaceAll("");
    }
}
