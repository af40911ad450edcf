package io.github.neuronkernel.kernel.display;

import java.util.Locale;

/** A run's progress as a bar: HTML for notebooks, text for consoles. */
final class Progress {
    private Progress() {}

    /**
     * The first display of a run's progress: the bar for clients that update displays, and as text
     * a line that stays true for those that show only this first one (terminal clients).
     */
    static MimeBundle first(double t, double tstop, double seconds) {
        return bundle(t, tstop, seconds).put("text/plain",
                "batchRun running to t = " + java.math.BigDecimal.valueOf(tstop).stripTrailingZeros().toPlainString() + " ms ...");
    }

    static MimeBundle bundle(double t, double tstop, double seconds) {
        double fraction = tstop > 0 ? Math.max(0, Math.min(1, t / tstop)) : 1;
        int percent = (int) Math.floor(fraction * 100);
        String text = String.format(Locale.ROOT, "batchRun t = %.3f of %.3f ms (%d%%, %.1f s)", t, tstop, percent, seconds);
        int filled = (int) Math.round(fraction * 30);
        String bar = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + text;
        String html = "<div><progress max=\"100\" value=\"" + percent + "\" style=\"width:30em\"></progress> "
                + text + "</div>";
        return new MimeBundle().put("text/html", html).put("text/plain", bar);
    }
}
