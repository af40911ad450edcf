package io.github.neuronkernel.kernel.display;

import java.util.Locale;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What is drawn at each point of a trace, written as in matplotlib: {@code "o"} circle, {@code "s"}
 * square, {@code "d"} diamond, {@code "^"} triangle, {@code "x"} cross, {@code "+"} plus, {@code
 * "|"} a vertical tick (a raster's spikes), {@code "none"}.
 */
public enum MarkerShape {
    /** {@code "none"}: no marker (the default for lines). */
    NONE("none", SeriesMarkers.NONE),
    /** {@code "o"}: a filled circle. */
    CIRCLE("o", SeriesMarkers.CIRCLE),
    /** {@code "s"}: a filled square. */
    SQUARE("s", SeriesMarkers.SQUARE),
    /** {@code "d"}: a filled diamond. */
    DIAMOND("d", SeriesMarkers.DIAMOND),
    /** {@code "^"}: a filled triangle, point up. */
    TRIANGLE("^", SeriesMarkers.TRIANGLE_UP),
    /** {@code "x"}: a diagonal cross. */
    CROSS("x", SeriesMarkers.CROSS),
    /** {@code "+"}: an upright cross. */
    PLUS("+", SeriesMarkers.PLUS),
    /** {@code "|"}: a vertical tick, as tall as the marker size. */
    TICK("|", new TickMarker());

    private final String symbol;
    private final Marker marker;

    MarkerShape(String symbol, Marker marker) {
        this.symbol = symbol;
        this.marker = marker;
    }

    /** @return how it is written: {@code "o"} */
    public String symbol() {
        return symbol;
    }

    /**
     * @param option the option being set, for the message ({@code "marker"})
     * @param text {@code "o"}, {@code "s"}, {@code "d"}, {@code "^"}, {@code "x"}, {@code "+"},
     *     {@code "|"} or {@code "none"} (or the constant's name, any case: {@code "circle"})
     * @return the shape
     * @throws IllegalArgumentException naming the text and the shapes there are
     */
    public static MarkerShape parse(String option, String text) {
        for (MarkerShape s : values()) {
            if (s.symbol.equals(text) || s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException(option + ": " + (text == null ? "null" : "\"" + text + "\"")
                + " is not a marker; use \"o\" (circle), \"s\" (square), \"d\" (diamond), \"^\" (triangle), \"x\" (cross),"
                + " \"+\" (plus), \"|\" (tick) or \"none\"");
    }

    /** @return the XChart marker that draws it */
    Marker marker() {
        return marker;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT) + " (\"" + symbol + "\")";
    }
}
