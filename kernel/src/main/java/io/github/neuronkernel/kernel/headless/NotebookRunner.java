package io.github.neuronkernel.kernel.headless;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.neuronkernel.engine.io.AtomicFile;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.jshell.CellError;
import io.github.neuronkernel.kernel.jshell.CellOutcome;
import io.github.neuronkernel.kernel.jshell.Evaluator;
import io.github.neuronkernel.kernel.jshell.Startup;
import io.github.neuronkernel.kernel.notebook.Notebook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a notebook's code cells in order through the kernel's {@link Evaluator}, with the kernel's
 * startup script, display helpers and run charts, collecting outputs as a front end would; stops
 * at the first failing cell. Writes the executed notebook, an HTML report and the charts.
 */
final class NotebookRunner {
    /** What a run produced. */
    record Result(int cellsRun, int codeCells, CellError failure, int failedCell, Path notebook, Path html,
            List<Path> charts, Map<String, Object> glued) {
        boolean ok() {
            return failure == null;
        }
    }

    private final PrintStream terminal;
    private final double cellTimeoutSeconds;

    /**
     * @param terminal where progress goes (the real stderr)
     * @param cellTimeoutSeconds interrupt a cell after this long (0: never)
     */
    NotebookRunner(PrintStream terminal, double cellTimeoutSeconds) {
        this.terminal = terminal;
        this.cellTimeoutSeconds = cellTimeoutSeconds;
    }

    Result run(Path input, Path outDir, Parameters parameters) throws IOException {
        NotebookFile notebook = NotebookFile.read(input);
        injectParameters(notebook, parameters, input);
        Files.createDirectories(outDir);
        String name = input.getFileName().toString().replaceFirst("\\.ipynb$", "");
        CellCapture capture = new CellCapture();
        Notebook.attach(capture);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        int codeCells = countCodeCells(notebook);
        int run = 0;
        CellError failure = null;
        int failedCell = -1;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cell-timeout");
            t.setDaemon(true);
            return t;
        });
        try (Evaluator evaluator = new Evaluator(terminal)) {
            evaluator.runStartup(Startup.SCRIPT);
            System.setOut(capture.out());
            System.setErr(capture.err());
            for (JsonElement e : notebook.cells()) {
                JsonObject cell = e.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("code")) {
                    continue;
                }
                run++;
                failure = runCell(evaluator, cell, run, codeCells, capture, timer);
                if (failure != null) {
                    failedCell = run;
                    break;
                }
            }
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
            timer.shutdownNow();
        }
        markUnrun(notebook, run);
        Map<String, Object> glued = GluedValues.from(notebook);
        GluedValues.write(glued, outDir.resolve(GluedValues.FILE));
        List<Path> charts = extractCharts(notebook, outDir, name);
        stripTransient(notebook);
        notebook.metadata().add("neuron_kernel_run", runMetadata(parameters));
        Path executed = outDir.resolve(name + ".ipynb");
        notebook.write(executed);
        Path html = outDir.resolve(name + ".html");
        HtmlReport.write(notebook, name, html);
        return new Result(run, codeCells, failure, failedCell, executed, html, charts, glued);
    }

    private CellError runCell(Evaluator evaluator, JsonObject cell, int n, int total, CellCapture capture,
            ScheduledExecutorService timer) {
        JsonArray outputs = capture.startCell();
        cell.add("outputs", outputs);
        cell.addProperty("execution_count", n);
        String source = NotebookFile.source(cell);
        String firstLine = source.strip().lines().findFirst().orElse("");
        terminal.printf(Locale.ROOT, "[%d/%d] %s ... ", n, total, shorten(firstLine));
        long t0 = System.nanoTime();
        ScheduledFuture<?> timeout = cellTimeoutSeconds > 0
                ? timer.schedule(evaluator::interrupt, (long) (cellTimeoutSeconds * 1000), TimeUnit.MILLISECONDS)
                : null;
        // drawn within the cell's time: the timeout stops a huge plot's drawing as it stops the cell
        CellOutcome outcome = evaluator.drawValue(evaluator.eval(source, n));
        if (timeout != null) {
            timeout.cancel(false);
        }
        capture.flushStreams();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.failed()) {
            CellError error = outcome.error();
            capture.error(error.ename(), error.evalue(), error.traceback());
            terminal.printf(Locale.ROOT, "FAILED after %.2f s%n%s: %s%n", seconds, error.ename(), error.evalue());
            error.traceback().forEach(terminal::println);
            return error;
        }
        if (outcome.hasValue()) {
            capture.result((MimeBundle) outcome.value(), n);
        }
        terminal.printf(Locale.ROOT, "ok %.2f s%n", seconds);
        return null;
    }

    private static void injectParameters(NotebookFile notebook, Parameters parameters, Path input) {
        if (parameters.isEmpty()) {
            return;
        }
        JsonArray cells = notebook.cells();
        for (int i = cells.size() - 1; i >= 0; i--) { // a previous run's injection is replaced, as papermill does
            if (NotebookFile.hasTag(cells.get(i).getAsJsonObject(), "injected-parameters")) {
                cells.remove(i);
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (NotebookFile.hasTag(cells.get(i).getAsJsonObject(), "parameters")) {
                parameters.checkAgainst(new ParameterCell(NotebookFile.source(cells.get(i).getAsJsonObject())));
                JsonArray next = new JsonArray();
                for (int j = 0; j < cells.size(); j++) {
                    next.add(cells.get(j));
                    if (j == i) {
                        next.add(NotebookFile.codeCell("injected-parameters", parameters.injectedSource(),
                                "injected-parameters"));
                    }
                }
                while (cells.size() > 0) {
                    cells.remove(0);
                }
                cells.addAll(next);
                return;
            }
        }
        throw new IllegalArgumentException("-p given, but " + input + " has no cell tagged \"parameters\" to override"
                + " (tag the cell that defines " + String.join(", ", parameters.names()) + ")");
    }

    private static int countCodeCells(NotebookFile notebook) {
        int n = 0;
        for (JsonElement e : notebook.cells()) {
            if (e.getAsJsonObject().get("cell_type").getAsString().equals("code")) {
                n++;
            }
        }
        return n;
    }

    /** Cells after a failure keep no stale outputs from an earlier run. */
    private static void markUnrun(NotebookFile notebook, int run) {
        int n = 0;
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            if (cell.get("cell_type").getAsString().equals("code") && ++n > run) {
                cell.add("outputs", new JsonArray());
                cell.add("execution_count", null);
            }
        }
    }

    private static List<Path> extractCharts(NotebookFile notebook, Path outDir, String name) throws IOException {
        List<Path> charts = new ArrayList<>();
        Path dir = outDir.resolve("charts");
        int cellNo = 0;
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) {
                continue;
            }
            cellNo++;
            int k = 0;
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                JsonObject data = o.getAsJsonObject().getAsJsonObject("data");
                if (data != null && data.has("image/png")) {
                    Files.createDirectories(dir);
                    Path png = dir.resolve(String.format(Locale.ROOT, "%s-cell%02d-%d.png", name, cellNo, ++k));
                    AtomicFile.write(png, Base64.getMimeDecoder().decode(NotebookFile.text(data.get("image/png"))));
                    charts.add(png);
                }
            }
        }
        return charts;
    }

    /** display ids are for a live front end; nbformat files do not keep them. */
    private static void stripTransient(NotebookFile notebook) {
        for (JsonElement e : notebook.cells()) {
            JsonObject cell = e.getAsJsonObject();
            if (cell.has("outputs")) {
                cell.getAsJsonArray("outputs").forEach(o -> o.getAsJsonObject().remove("transient"));
            }
        }
    }

    private static JsonObject runMetadata(Parameters parameters) {
        JsonObject meta = new JsonObject();
        meta.addProperty("runner", "neuron-kernel headless");
        meta.addProperty("java", System.getProperty("java.version"));
        if (!parameters.isEmpty()) {
            meta.addProperty("parameters", parameters.injectedSource());
        }
        return meta;
    }

    private static String shorten(String line) {
        return line.length() > 50 ? line.substring(0, 47) + "..." : line;
    }
}
