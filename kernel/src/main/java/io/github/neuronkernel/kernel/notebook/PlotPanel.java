package io.github.neuronkernel.kernel.notebook;

import io.github.neuronkernel.kernel.display.Figure;
import java.util.ArrayList;
import java.util.List;

/** One panel of a {@link Plot} while its options are being set: changed in place, built into a {@link Figure.Panel}. */
final class PlotPanel {
    String title;
    String yLabel;
    Figure.Range ylim;
    final List<Figure.Trace> traces;
    final boolean raster;

    PlotPanel(String yLabel, List<Figure.Trace> traces, boolean raster) {
        this.yLabel = yLabel;
        this.traces = new ArrayList<>(traces);
        this.raster = raster;
    }

    /** @return the panel as it is now; a legend when it has more than one series (rasters never) */
    Figure.Panel build() {
        return new Figure.Panel(title, yLabel, ylim, traces, !raster && traces.size() > 1, raster);
    }

    /** @return a copy whose later changes do not reach this one (traces are values) */
    PlotPanel copy() {
        PlotPanel p = new PlotPanel(yLabel, traces, raster);
        p.title = title;
        p.ylim = ylim;
        return p;
    }
}
