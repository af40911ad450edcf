package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local sweep end to end: worker processes run each point in its own directory, glued values are
 * gathered into sweep.csv and sweep.html, a failing point does not stop the others, --resume reruns
 * only points without a result, the per-point time limit stops a hung point, and bad input is refused
 * before anything runs.
 */
class SweepCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream terminalBytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(terminalBytes, true, StandardCharsets.UTF_8);

    private Path notebook(String parameters, String... cells) throws Exception {
        String[] all = new String[cells.length + 1];
        all[0] = TestNotebooks.PARAMETERS + parameters;
        System.arraycopy(cells, 0, all, 1, cells.length);
        return TestNotebooks.write(dir.resolve("model.ipynb"), all);
    }

    private int sweep(String... args) {
        return SweepCommand.main(args, terminal);
    }

    private String said() {
        return terminalBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsEveryPointGathersGluedValuesAndKeepsGoingPastAFailure() throws Exception {
        Path nb = notebook("double amp = 0.1;\nint n = 1;",
                "Files.writeString(Path.of(\"amp.txt\"), \"\" + amp);\nglue(\"twice\", 2 * amp);\nglue(\"label\", \"n\" + n);",
                "if (amp > 0.25) throw new IllegalStateException(\"too strong: \" + amp);\nglue(\"after\", true);");
        Path out = dir.resolve("out");
        int status = sweep(nb.toString(), "--out", out.toString(), "-p", "amp=0.1:0.3:3", "-p", "n=1,2", "--on", "local:2");
        assertEquals(1, status, said());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(7, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("amp,n,twice,label,after,status,seconds,error"), csv.get(0));
        assertTrue(csv.get(1).startsWith("0.1,1,0.2,n1,true,ok,"), csv.get(1));
        assertTrue(csv.get(4).startsWith("0.2,2,0.4,n2,true,ok,"), csv.get(4));
        assertTrue(csv.get(6).startsWith("0.3,2,0.6,n2,,failed,"), csv.get(6));
        assertTrue(csv.get(6).contains("IllegalStateException: too strong: 0.3"), csv.get(6));
        // each point ran in its own directory: its data file, executed notebook and report are there
        assertEquals("0.2", Files.readString(out.resolve("points/0002/amp.txt")));
        assertTrue(Files.exists(out.resolve("points/0002/model.ipynb")));
        assertTrue(Files.exists(out.resolve("points/0002/model.html")));
        assertFalse(Files.exists(dir.resolve("amp.txt")));
        String html = Files.readString(out.resolve("sweep.html"));
        assertTrue(html.contains("data:image/png;base64,"), "a chart of the glued numbers");
        assertTrue(said().contains("4 of 6 points ok; glued: twice, label, after"), said());
        assertTrue(said().contains("point 4 (amp=0.3, n=1): failed: cell 4 of 4: java.lang.IllegalStateException: too strong"),
                said());

        // --resume reruns only points without an ok result
        FileTime okBefore = Files.getLastModifiedTime(out.resolve("points/0000/point.json"));
        Files.delete(out.resolve("points/0001/point.json"));
        terminalBytes.reset();
        assertEquals(1, sweep("--resume", "--out", out.toString()), said());
        assertTrue(said().contains("sweep: 3 of 6 points"), said());
        assertEquals(okBefore, Files.getLastModifiedTime(out.resolve("points/0000/point.json")));
        assertTrue(Files.exists(out.resolve("points/0001/point.json")));

        // a directory holding a sweep is not overwritten by accident
        terminalBytes.reset();
        assertEquals(2, sweep(nb.toString(), "--out", out.toString(), "-p", "amp=1"));
        assertTrue(said().contains("already holds a sweep"), said());
        terminalBytes.reset();
        assertEquals(2, sweep(nb.toString(), "--out", out.toString(), "-p", "amp=1", "--resume"));
        assertTrue(said().contains("--resume: " + out + " holds a sweep of other points"), said());
    }

    @Test
    void aHungPointStopsAtTheTimeLimitAndTheOthersFinish() throws Exception {
        Path nb = notebook("int wait = 0;", "Thread.sleep(wait * 1000L);\nglue(\"waited\", wait);");
        Path out = dir.resolve("hang");
        assertEquals(1, sweep(nb.toString(), "--out", out.toString(), "-p", "wait=0,600", "--timeout", "20"), said());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(csv.get(1).startsWith("0,0,ok,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("600,,timeout,"), csv.get(2));
        assertTrue(csv.get(2).contains("per-point limit of 20 s"), csv.get(2));
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns() throws Exception {
        Path nb = notebook("double amp = 0.1;", "glue(\"x\", amp);");
        Path out = dir.resolve("bad");
        assertEquals(2, sweep(nb.toString(), "--out", out.toString(), "-p", "ampp=1,2"));
        assertTrue(said().contains("-p ampp=1: the parameters cell declares no \"ampp\"; it declares amp (double)"),
                said());
        assertEquals(2, sweep(nb.toString(), "--out", out.toString(), "-p", "amp=1,big"));
        assertTrue(said().contains("-p amp=big: \"amp\" is declared double"), said());
        assertEquals(2, sweep(nb.toString(), "--out", out.toString()));
        assertTrue(said().contains("no parameters to sweep"), said());
        assertEquals(2, sweep(nb.toString(), "--on", "cloud", "-p", "amp=1"));
        assertTrue(said().contains("--on cloud: expected local, local:N, slurm or slurm:PARTITION"), said());
        assertEquals(2, sweep("--gather", dir.resolve("nothing").toString()));
        assertTrue(said().contains("holds no sweep"), said());
        assertFalse(Files.exists(out.resolve("sweep.json")));

        Path noParameters = dir.resolve("plain.ipynb");
        Files.writeString(noParameters, Files.readString(nb).replace("\"parameters\"", "\"other\""));
        assertEquals(2, sweep(noParameters.toString(), "-p", "amp=1"));
        assertTrue(said().contains("has no cell tagged \"parameters\""), said());
    }
}
