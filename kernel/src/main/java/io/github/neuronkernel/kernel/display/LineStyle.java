package io.github.neuronkernel.kernel.display;

import java.awt.BasicStroke;
import java.util.Locale;

/** How a trace's points are joined, written as in matplotlib: {@code "-"}, {@code "--"}, {@code ":"}, {@code "-."}, {@code "none"}. */
public enum LineStyle {
    /** {@code "-"}: a solid line (the default). */
    SOLID("-", null),
    /** {@code "--"}: dashes. */
    DASHED("--", new float[] {6, 4}),
    /** {@code ":"}: dots. */
    DOTTED(":", new float[] {1.5f, 3}),
    /** {@code "-."}: dashes and dots. */
    DASH_DOT("-.", new float[] {6, 3, 1.5f, 3}),
    /** {@code "none"}: no line, only markers. */
    NONE("none", null);

    /** Every line's width (CSS px). */
    static final float WIDTH = 2f;
    private static final BasicStroke ROUND = new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final String symbol;
    private final float[] dashes;

    LineStyle(String symbol, float[] dashes) {
        this.symbol = symbol;
        this.dashes = dashes;
    }

    /** @return how it is written: {@code "--"} */
    public String symbol() {
        return symbol;
    }

    /**
     * @param option the option being set, for the message ({@code "style"})
     * @param text {@code "-"}, {@code "--"}, {@code ":"}, {@code "-."} or {@code "none"} (or the
     *     constant's name, any case)
     * @return the style
     * @throws IllegalArgumentException naming the text and the styles there are
     */
    public static LineStyle parse(String option, String text) {
        for (LineStyle s : values()) {
            if (s.symbol.equals(text) || s.name().equalsIgnoreCase(text == null ? "" : text.strip().replace(' ', '_').replace('-', '_'))) {
                return s;
            }
        }
        throw new IllegalArgumentException(option + ": " + (text == null ? "null" : "\"" + text + "\"")
                + " is not a line style; use \"-\" (solid), \"--\" (dashed), \":\" (dotted), \"-.\" (dash-dot) or \"none\"");
    }

    /**
     * @return the stroke a whole trace is drawn with as one path (and the legend's sample): round
     *     joins (a mitre at a sharp turn of noisy data would stick out up to ten widths), round
     *     ends when solid
     */
    BasicStroke pathStroke() {
        return dashes == null ? ROUND : new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }


    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + " (\"" + symbol + "\")";
    }
}
