package io.github.neuronkernel.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The table's CSV reads back exactly, its HTML is escaped, its text aligned, its charts grouped. */
class SweepTableTest {
    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static SweepTable.Row ok(Map<String, Object> parameters, Map<String, Object> results) {
        return new SweepTable.Row(parameters, results, SweepTable.OK, 0.5, null);
    }

    private static SweepTable.Row failed(Map<String, Object> parameters, String error) {
        return new SweepTable.Row(parameters, Map.of(), SweepTable.FAILED, 0.25, error);
    }

    @Test
    void csvHasTheHeaderOneLinePerRowAndQuotesAsRfc4180() {
        SweepTable table = new SweepTable(List.of("amp", "cell"), List.of("spikes", "note"), List.of(
                ok(map("amp", 0.1, "cell", "a,b"), map("spikes", 3, "note", "say \"hi\"")),
                ok(map("amp", 2.0, "cell", " padded"), map("spikes", 0, "note", "")),
                failed(map("amp", 0.3, "cell", "c"), "IllegalStateException: bad, very")));
        assertEquals("amp,cell,spikes,note,status,seconds,error\n"
                + "0.1,\"a,b\",3,\"say \"\"hi\"\"\",ok,0.5,\n"
                + "2.0,\" padded\",0,\"\",ok,0.5,\n"
                + "0.3,c,,,failed,0.25,\"IllegalStateException: bad, very\"\n", table.toCsv());
    }

    @Test
    void csvReadsBackToTheSameValues() {
        Random random = new Random(14);
        List<Double> values = new ArrayList<>(List.of(0.1, 0.1 + 0.2, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -0.0,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2e23, 1.0 / 3));
        for (int i = 0; i < 2000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
        }
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double v : values) {
            rows.add(ok(map("x", v), map("y", v, "n", Long.MAX_VALUE, "text", "line\nbreak, \"q\"", "flag", false)));
        }
        SweepTable table = new SweepTable(List.of("x"), List.of("y", "n", "text", "flag"), rows);
        List<List<String>> records = CsvReader.read(table.toCsv());
        assertEquals(values.size() + 1, records.size());
        for (int i = 0; i < values.size(); i++) {
            List<String> r = records.get(i + 1);
            long bits = Double.doubleToRawLongBits(values.get(i));
            if (!Double.isNaN(values.get(i))) {
                assertEquals(bits, Double.doubleToRawLongBits(Double.parseDouble(r.get(0))), r.get(0));
                assertEquals(bits, Double.doubleToRawLongBits(Double.parseDouble(r.get(1))), r.get(1));
            } else {
                assertEquals("NaN", r.get(0));
            }
            assertEquals(List.of(Long.toString(Long.MAX_VALUE), "line\nbreak, \"q\"", "false", "ok"), r.subList(2, 6));
        }
    }

    @Test
    void writeCsvReplacesTheFileWhole(@TempDir Path dir) throws IOException {
        SweepTable table = new SweepTable(List.of("amp"), List.of("spikes"), List.of(ok(map("amp", 0.1), map("spikes", 2))));
        Path file = dir.resolve("sweep.csv");
        Files.writeString(file, "old");
        table.writeCsv(file);
        assertEquals(table.toCsv(), Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
        IOException missing = assertThrows(IOException.class, () -> table.writeCsv(dir.resolve("no/such/dir/sweep.csv")));
        assertTrue(missing.getMessage().contains("sweep.csv"), missing.getMessage());
    }

    @Test
    void htmlEscapesEveryValueAndMarksRowsThatDidNotEndOk() {
        SweepTable table = new SweepTable(List.of("cell"), List.of("<b>name</b>"), List.of(
                ok(map("cell", "a&b"), map("<b>name</b>", "<script>alert('x')</script>")),
                failed(map("cell", "c\"d"), "IllegalArgumentException: diam < 0"),
                new SweepTable.Row(map("cell", "e"), Map.of(), SweepTable.CANCELLED, 0, null)));
        String html = table.toHtml();
        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("<th>&lt;b&gt;name&lt;/b&gt;</th>"), html);
        assertTrue(html.contains("a&amp;b") && html.contains("c&quot;d") && html.contains("diam &lt; 0"), html);
        assertTrue(html.contains("<caption>3 points: 1 ok, 1 failed, 1 cancelled</caption>"), html);
        assertTrue(html.contains("<tr class=\"neuron-sweep-failed\" style=\"background:#fde8e8\">"), html);
        assertTrue(html.contains("<tr class=\"neuron-sweep-cancelled\""), html);
        assertTrue(html.contains("font-weight:bold;color:#b00020\">failed</td>"), html);
        assertEquals(2, html.split("<tr class=", -1).length - 1, "the ok row is not marked");
    }

    @Test
    void textIsAlignedNumbersRightWordsLeft() {
        SweepTable table = new SweepTable(List.of("amp", "tau"), List.of("rate"), List.of(
                ok(map("amp", 0.1, "tau", 2), map("rate", 12.345678901)),
                failed(map("amp", 0.25, "tau", 10), "ArithmeticException: / by zero")));
        assertEquals(String.join("\n",
                "2 points: 1 ok, 1 failed",
                "#   amp  tau     rate  status  seconds  error",
                "0   0.1    2  12.3457  ok        0.500",
                "1  0.25   10           failed    0.250  ArithmeticException: / by zero"), table.toString());
    }

    @Test
    void chartsPlotEachNumericResultAgainstTheFirstParameterOneSeriesPerSecond() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (int tau : new int[] {2, 1}) {
            for (double amp : new double[] {0.3, 0.1, 0.2}) {
                rows.add(ok(map("amp", amp, "tau", tau), map("rate", amp * tau * 10, "cell", "pyr", "ok", true)));
            }
        }
        rows.set(1, failed(rows.get(1).parameters(), "RuntimeException"));
        rows.add(ok(map("amp", 0.4, "tau", 1), map("cell", "no rate here")));
        SweepTable table = new SweepTable(List.of("amp", "tau"), List.of("rate", "cell", "ok"), rows);
        List<XYChart> charts = table.charts();
        assertEquals(1, charts.size(), "only rate is numeric");
        XYChart chart = charts.get(0);
        assertEquals("amp", chart.getXAxisTitle());
        assertEquals("rate", chart.getYAxisTitle());
        assertEquals(List.of("tau = 2", "tau = 1"), List.copyOf(chart.getSeriesMap().keySet()));
        assertSeries(chart.getSeriesMap().get("tau = 2"), new double[] {0.2, 0.3}, new double[] {0.2 * 2 * 10, 0.3 * 2 * 10});
        assertSeries(chart.getSeriesMap().get("tau = 1"), new double[] {0.1, 0.2, 0.3}, new double[] {1, 0.2 * 10, 0.3 * 10});
        assertEquals(chart.getSeriesMap().keySet(), table.chart("rate").getSeriesMap().keySet());
    }

    @Test
    void oneParameterGivesOneSeriesNamedAfterTheResult() {
        SweepTable table = new SweepTable(List.of("amp"), List.of("spikes"), List.of(
                ok(map("amp", 0.2), map("spikes", 4)), ok(map("amp", 0.1), map("spikes", 1)),
                ok(map("amp", 0.3), map("spikes", Double.NaN))));
        XYChart chart = table.charts().get(0);
        assertEquals(List.of("spikes"), List.copyOf(chart.getSeriesMap().keySet()));
        assertSeries(chart.getSeriesMap().get("spikes"), new double[] {0.1, 0.2}, new double[] {1, 4});
    }

    @Test
    void threeParametersMakeASeriesPerCombinationOfTheLastTwo() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (String cell : List.of("a", "b")) {
            for (double gk : new double[] {0.036, 0.04}) {
                for (int amp = 1; amp <= 2; amp++) {
                    rows.add(ok(map("amp", amp, "cell", cell, "gk", gk), map("n", amp)));
                }
            }
        }
        XYChart chart = new SweepTable(List.of("amp", "cell", "gk"), List.of("n"), rows).charts().get(0);
        assertEquals(List.of("cell = a, gk = 0.036", "cell = a, gk = 0.04", "cell = b, gk = 0.036", "cell = b, gk = 0.04"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void aParameterHeldFixedStaysOutOfTheLegend() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (double celsius : new double[] {6.3, 16.3}) {
            for (int amp = 1; amp <= 2; amp++) {
                rows.add(ok(map("amp", amp, "celsius", celsius, "wholeCurve", false), map("n", amp)));
            }
        }
        XYChart chart = new SweepTable(List.of("amp", "celsius", "wholeCurve"), List.of("n"), rows).charts().get(0);
        assertEquals(List.of("celsius = 6.3", "celsius = 16.3"), List.copyOf(chart.getSeriesMap().keySet()));
        List<SweepTable.Row> fixed = List.of(ok(map("amp", 1, "wholeCurve", false), map("n", 1)),
                ok(map("amp", 2, "wholeCurve", false), map("n", 2)));
        XYChart one = new SweepTable(List.of("amp", "wholeCurve"), List.of("n"), fixed).charts().get(0);
        assertEquals(List.of("n"), List.copyOf(one.getSeriesMap().keySet()));
    }

    @Test
    void aChartThatCannotBeDrawnSaysWhy() {
        SweepTable words = new SweepTable(List.of("cell"), List.of("n"), List.of(ok(map("cell", "a"), map("n", 1))));
        assertEquals(List.of(), words.charts());
        String x = assertThrows(IllegalArgumentException.class, () -> words.chart("n")).getMessage();
        assertTrue(x.contains("first parameter, cell, is not a number"), x);
        SweepTable numbers = new SweepTable(List.of("amp"), List.of("n", "cell"), List.of(ok(map("amp", 1), map("n", 1, "cell", "a"))));
        String result = assertThrows(IllegalArgumentException.class, () -> numbers.chart("cells")).getMessage();
        assertTrue(result.contains("\"cells\" is not a numeric result") && result.contains("[n]"), result);
    }

    @Test
    void badTablesAreRefused() {
        String reserved = assertThrows(IllegalArgumentException.class,
                () -> new SweepTable(List.of("amp"), List.of("seconds"), List.of())).getMessage();
        assertTrue(reserved.contains("\"seconds\" is reserved"), reserved);
        String twice = assertThrows(IllegalArgumentException.class,
                () -> new SweepTable(List.of("amp"), List.of("amp"), List.of())).getMessage();
        assertTrue(twice.contains("\"amp\" appears twice"), twice);
        String stray = assertThrows(IllegalArgumentException.class, () -> new SweepTable(List.of("amp"), List.of("n"),
                List.of(ok(map("amp", 1), map("m", 2))))).getMessage();
        assertTrue(stray.contains("row 0 has result \"m\", which is not a column"), stray);
        assertThrows(IllegalArgumentException.class, () -> new SweepTable.Row(map("amp", 1), map("n", null), "ok", 0, null));
        assertThrows(IllegalArgumentException.class, () -> new SweepTable.Row(map("amp", 1), Map.of(), null, 0, null));
    }

    @Test
    void longTablesShowTheirFirstRowsAndSayHowManyMore() {
        List<SweepTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            rows.add(ok(map("i", i), map("n", i)));
        }
        SweepTable table = new SweepTable(List.of("i"), List.of("n"), rows);
        assertTrue(table.toString().endsWith("... 1,034 more rows (all of them are in toCsv() and writeCsv(path))"));
        assertEquals(SweepCells.SHOWN_ROWS, table.toHtml().split("<tr>", -1).length - 2); // the header's and the shown rows'
        assertEquals(1235, table.toCsv().split("\n").length);
    }

    private static void assertSeries(XYSeries series, double[] x, double[] y) {
        assertArrayEquals(x, series.getXData(), Arrays.toString(series.getXData()));
        assertArrayEquals(y, series.getYData(), Arrays.toString(series.getYData()));
    }
}
