package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.shape.SpacePlotData;
import java.util.List;

/** Draws a space plot as a line chart: distance (um) across, the variable (with its unit) up. */
public final class SpacePlotChart {
    private SpacePlotChart() {}

    /** @return the figure of the data: one panel, one line */
    public static Figure figure(SpacePlotData d) {
        Figure.Trace line = new Figure.Trace(d.variable(), d.distance(), d.value(), LineStyle.SOLID, MarkerShape.NONE, null);
        Figure.Panel panel = new Figure.Panel(null, d.unit().isEmpty() ? d.variable() : d.variable() + " (" + d.unit() + ")",
                null, List.of(line), false, false);
        return new Figure(d.title(), "distance (um)", null, List.of(), List.of(panel), d.widthPx(), d.heightPx(),
                Figure.DEFAULT_SCALE);
    }
}
