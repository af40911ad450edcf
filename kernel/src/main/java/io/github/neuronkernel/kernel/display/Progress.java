package io.github.neuronkernel.kernel.display;

import java.util.Locale;

/** Progress as a bar: HTML for notebooks, text for consoles. */
public final class Progress {
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
        double fraction = tstop > 0 ? t / tstop : 1;
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        return bar(fraction, String.format(Locale.ROOT, "batchRun t = %.3f of %.3f ms (%d%%, %.1f s)", t, tstop, percent, seconds));
    }

    /**
     * @param fraction how much is done, from 0 to 1 (clamped)
     * @param text what the bar says beside it (escaped in the HTML)
     * @return a {@code <progress>} bar in HTML and {@code [####    ] text} as plain text
     */
    public static MimeBundle bar(double fraction, String text) {
        double done = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        int percent = (int) Math.floor(done * 100);
        int filled = (int) Math.round(done * 30);
        String plain = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + text;
        String html = "<div><progress max=\"100\" value=\"" + percent + "\" style=\"width:30em\"></progress> "
                + escape(text) + "</div>";
        return new MimeBundle().put("text/html", html).put("text/plain", plain);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
