package io.github.neuronkernel.engine.shape;

/**
 * Everything a space plot shows at one moment, for whoever draws it.
 *
 * @param title the title, or empty
 * @param widthPx the chart's width (pixels)
 * @param heightPx the chart's height (pixels)
 * @param variable the variable shown
 * @param unit its unit, or empty
 * @param from where the path begins, e.g. {@code dend(1)}
 * @param to where it ends
 * @param distance each point's path distance (um) from the path's point nearest the root
 * @param value each point's value, in the variable's unit
 */
public record SpacePlotData(String title, int widthPx, int heightPx, String variable, String unit, String from,
        String to, double[] distance, double[] value) {}
