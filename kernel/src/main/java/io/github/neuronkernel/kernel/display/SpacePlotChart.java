package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.shape.SpacePlotData;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a space plot as a line chart: distance (um) across, the variable (with its unit) up. */
public final class SpacePlotChart {
    private SpacePlotChart() {}

    /** @return the chart of the data */
    public static XYChart chart(SpacePlotData d) {
        XYChart chart = new XYChartBuilder()
                .width(d.widthPx()).height(d.heightPx())
                .title(d.title())
                .xAxisTitle("distance (um)")
                .yAxisTitle(d.unit().isEmpty() ? d.variable() : d.variable() + " (" + d.unit() + ")")
                .build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setLegendVisible(false);
        styler.setAntiAlias(true);
        XYSeries s = chart.addSeries(d.variable(), d.distance(), d.value());
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(RunChart.LINE);
        AxisFormat.fitX(chart, d.distance());
        TickFormat.apply(chart);
        return chart;
    }
}
