package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless runner, in-process: outputs, parameters, charts, HTML, failures and usage errors. */
class NotebookRunnerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream terminalBytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(terminalBytes, true, StandardCharsets.UTF_8);

    private Path notebook(String... cells) throws Exception {
        return TestNotebooks.write(dir.resolve("test.ipynb"), cells);
    }

    private int run(String... args) {
        return RunnerCommand.main(args, terminal);
    }

    private JsonArray executedCells(String name) throws Exception {
        return executedCells("out", name);
    }

    private JsonArray executedCells(String out, String name) throws Exception {
        return JsonParser.parseString(Files.readString(dir.resolve(out).resolve(name + ".ipynb")))
                .getAsJsonObject().getAsJsonArray("cells");
    }

    @Test
    void runsCellsWithParametersChartsAndHtml() throws Exception {
        Path nb = notebook(
                "//parameters\ndouble amp = 0.1;",
                "System.out.println(\"amp is \" + amp);",
                String.join("\n", "var soma = h.Section(\"soma\");", "soma.L = 10; soma.diam = 10;", "soma.insert(\"hh\");",
                        "var ic = h.IClamp(soma.at(0.5)); ic.delay = 0.3; ic.dur = 0.2; ic.amp = amp;",
                        "h.batchSave(h.ref(\"t\"), soma.at(0.5).ref(\"v\"));", "h.finitialize(-65);",
                        "h.batchRun(2, 0.1, \"" + dir.resolve("run.dat") + "\", \"seed\");"),
                "soma.L = 12;",
                "soma.L");
        assertEquals(0, run(nb.toString(), "--out", dir.resolve("out").toString(), "-p", "amp=0.5"));
        JsonArray cells = executedCells("test");
        assertEquals(7, cells.size(), "markdown, parameters, injected parameters, four code cells");
        JsonObject injected = cells.get(2).getAsJsonObject();
        assertTrue(injected.get("source").getAsString().contains("amp = 0.5;"), injected.toString());
        JsonObject printed = cells.get(3).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("stream", printed.get("output_type").getAsString());
        assertEquals("amp is 0.5\n", printed.get("text").getAsString());
        JsonObject chart = cells.get(4).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("display_data", chart.get("output_type").getAsString());
        assertTrue(chart.getAsJsonObject("data").has("image/png"));
        assertTrue(!chart.has("transient"), "display ids are not saved");
        assertEquals(0, cells.get(5).getAsJsonObject().getAsJsonArray("outputs").size(), "a statement shows nothing");
        JsonObject value = cells.get(6).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("execute_result", value.get("output_type").getAsString());
        assertEquals("12.0", value.getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals(6, value.get("execution_count").getAsInt(), "the injected cell counts too");
        String html = Files.readString(dir.resolve("out/test.html"));
        assertTrue(html.contains("<h1>A run</h1>") && html.contains("data:image/png;base64,"), "HTML report");
        try (var charts = Files.list(dir.resolve("out/charts"))) {
            assertEquals(List.of("test-cell04-1.png"), charts.map(p -> p.getFileName().toString()).toList());
        }
        String progress = terminalBytes.toString(StandardCharsets.UTF_8);
        assertTrue(progress.contains("[6/6]") && progress.contains("all 6 code cells ran"), progress);
    }

    @Test
    void gluedValuesGoToGluedJsonAndShowAsText() throws Exception {
        Path nb = notebook("glue(\"spikes\", 3);\nglue(\"rate\", 0.1 + 0.2);\nglue(\"ok\", true);",
                "glue(\"spikes\", 4L);\nglue(\"none\", Double.NaN);\nglue(\"label\", \"a \\\"b\\\"\");",
                "glue(\"2x\", 1);");
        assertEquals(1, run(nb.toString(), "--out", dir.resolve("out").toString()));
        JsonObject glued = JsonParser.parseString(Files.readString(dir.resolve("out/glued.json"))).getAsJsonObject();
        assertEquals("{\"spikes\":4,\"rate\":0.30000000000000004,\"ok\":true,\"none\":\"NaN\",\"label\":\"a \\\"b\\\"\"}",
                glued.toString(), "a later glue of a name replaces its value; NaN as text");
        JsonArray cells = executedCells("test");
        JsonObject shown = cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("spikes = 3", shown.getAsJsonObject("data").get("text/plain").getAsString());
        JsonObject error = cells.get(3).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertTrue(error.get("evalue").getAsString().contains("glue: name \"2x\" is not allowed"), error.toString());
    }

    @Test
    void stopsAtTheFirstFailingCellAndSaysWhy() throws Exception {
        Path nb = notebook("int a = 1;", "int b = a / 0;", "System.out.println(\"never\");");
        assertEquals(1, run(nb.toString(), "--out", dir.resolve("out").toString()));
        JsonArray cells = executedCells("test");
        JsonObject error = cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("error", error.get("output_type").getAsString());
        assertEquals("java.lang.ArithmeticException", error.get("ename").getAsString());
        assertEquals(0, cells.get(3).getAsJsonObject().getAsJsonArray("outputs").size(), "later cells did not run");
        assertTrue(cells.get(3).getAsJsonObject().get("execution_count").isJsonNull());
        String said = terminalBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("stopped at code cell 2 of 3: java.lang.ArithmeticException: / by zero"), said);
    }

    @Test
    void aCellThatNeverEndsIsStoppedByTheTimeout() throws Exception {
        Path nb = notebook("long n = 0; while (true) { n++; }", "1 + 1");
        assertEquals(1, run(nb.toString(), "--out", dir.resolve("out").toString(), "--cell-timeout", "1"));
        assertTrue(terminalBytes.toString(StandardCharsets.UTF_8).contains("stopped at code cell 1 of 2"));
    }

    /**
     * A cell's value is drawn within the cell's time, so the timeout stops a drawing that would
     * not end (a plot of millions of points took a minute) as it stops a cell. Before, the runner
     * drew the value after cancelling the timeout: here it would have drawn for 30 s and gone on.
     */
    @Test
    void theTimeoutStopsTheDrawingOfAValue() throws Exception {
        Path nb = notebook(String.join("\n", "record Slow() {}",
                        "io.github.neuronkernel.kernel.display.ValueRenderer.register(Slow.class, s -> {",
                        "    long end = System.nanoTime() + 30_000_000_000L;",
                        "    while (System.nanoTime() < end) {",
                        "        if (Thread.currentThread().isInterrupted()) {",
                        "            throw new io.github.neuronkernel.kernel.display.ChartInterruptedException(\"stopped\");",
                        "        }",
                        "    }",
                        "    return io.github.neuronkernel.kernel.display.MimeBundle.text(\"drawn\");",
                        "});"),
                "new Slow()", "1 + 1");
        assertEquals(1, run(nb.toString(), "--out", dir.resolve("out").toString(), "--cell-timeout", "2"));
        String said = terminalBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("stopped at code cell 2 of 3"), said);
        JsonObject error = executedCells("test").get(2).getAsJsonObject() // after a markdown cell
                .getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertTrue(error.get("ename").getAsString().endsWith("ChartInterruptedException"), error.toString());
    }

    /** The files cells write with relative names: a batchRun's, a CSV, %%writefile, plain Java I/O. */
    private Path writingNotebook() throws Exception {
        return notebook(String.join("\n", "var soma = h.Section(\"soma\"); soma.insert(\"pas\");",
                        "h.batchSave(h.ref(\"t\"), soma.at(0.5).ref(\"v\"));", "h.finitialize(-65);",
                        "h.batchRun(1, 0.5, \"rel.dat\", \"relative\");"),
                "Vector.writeCsv(\"rel.csv\", h.Vector(1, 2));",
                "%%writefile rel.mod\nNEURON { SUFFIX rel }",
                "Files.writeString(Path.of(\"rel.txt\"), \"here\");",
                "System.out.println(Path.of(\"\").toAbsolutePath());");
    }

    @Test
    void cellsRunInTheOutputDirectorySoTheirFilesStayWithTheRun() throws Exception {
        Path out = dir.resolve("results");
        assertEquals(0, run(writingNotebook().toString(), "--out", out.toString()),
                terminalBytes.toString(StandardCharsets.UTF_8));
        for (String f : List.of("rel.dat", "rel.csv", "rel.mod", "rel.txt", "test.ipynb", "test.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " is not in " + out);
        }
        assertTrue(Files.readString(out.resolve("rel.dat")).contains("relative"));
        String printed = executedCells("results", "test").get(5).getAsJsonObject().getAsJsonArray("outputs")
                .get(0).getAsJsonObject().get("text").getAsString();
        assertEquals(out.toRealPath() + "\n", printed, "the cells' working directory");
        assertTrue(Files.notExists(Path.of("rel.dat")), "nothing in the runner's own directory");
    }

    @Test
    void cwdNamesAnotherDirectoryForTheCells() throws Exception {
        Path cells = Files.createDirectories(dir.resolve("work"));
        Path out = dir.resolve("out");
        assertEquals(0, run(writingNotebook().toString(), "--out", out.toString(), "--cwd", cells.toString()));
        for (String f : List.of("rel.dat", "rel.csv", "rel.mod", "rel.txt")) {
            assertTrue(Files.isRegularFile(cells.resolve(f)), f + " is not in " + cells);
            assertTrue(Files.notExists(out.resolve(f)), f + " is in " + out);
        }
        assertTrue(Files.isRegularFile(out.resolve("test.ipynb")), "the run's results stay in --out");
        assertEquals(2, run(writingNotebook().toString(), "--cwd", dir.resolve("nowhere").toString()));
        assertTrue(terminalBytes.toString(StandardCharsets.UTF_8).contains("--cwd " + dir.resolve("nowhere")
                + ": no such directory"));
    }

    @Test
    void usageErrorsNameWhatIsWrong() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run(dir.resolve("missing.ipynb").toString()));
        Path nb = notebook("int a = 1;");
        assertEquals(2, run(nb.toString(), "-p", "a"));
        assertEquals(2, run(nb.toString(), "-p", "a=2"));
        Files.writeString(dir.resolve("bad.ipynb"), "{ not json");
        assertEquals(2, run(dir.resolve("bad.ipynb").toString()));
        assertEquals(0, run("--help"));
        String said = terminalBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("--cwd DIR   run the cells in DIR instead"), said);
        assertTrue(said.contains("no notebook given"), said);
        assertTrue(said.contains("missing.ipynb does not exist"), said);
        assertTrue(said.contains("-p a: expected name=value"), said);
        assertTrue(said.contains("has no cell tagged \"parameters\""), said);
        assertTrue(said.contains("is not valid JSON"), said);
    }
}
