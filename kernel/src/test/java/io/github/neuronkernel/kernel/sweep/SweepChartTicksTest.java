package io.github.neuronkernel.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.kernel.display.DrawnTicks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** A sweep's chart labels its ticks in one format per axis. */
class SweepChartTicksTest {
    @Test
    void ampAndRateTicksShareTheirDecimals() throws java.io.IOException {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double celsius : new double[] {6.3, 16.3}) {
            for (int i = 0; i <= 10; i++) {
                double amp = i * 0.05; // 0.15000000000000002 and friends, as a sweep's grid makes them
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("amp", amp);
                p.put("celsius", celsius);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("rate", Math.max(0, (amp - 0.08) * (celsius > 10 ? 310 : 190)));
                rows.add(new SweepTable.Row(p, r, SweepTable.OK, 0.5, null));
            }
        }
        XYChart chart = SweepCharts.of(new SweepTable(List.of("amp", "celsius"), List.of("rate"), rows), "rate");
        List<String> x = DrawnTicks.x(chart);
        List<String> y = DrawnTicks.y(chart, 0);
        System.out.println("sweep chart: x " + x + "\n  y " + y);
        // the legend leaves room for a tick every 0.1 (XChart's default read 0, 0.1 ... or .05, 0.1)
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5"), x);
        assertEquals(List.of("0", "20", "40", "60", "80", "100", "120"), y);
        BitmapEncoder.saveBitmap(chart, "target/tick-sweep-chart", BitmapEncoder.BitmapFormat.PNG);
    }
}
