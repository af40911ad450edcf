package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an OutOfMemoryError's traceback adds: the cap, where it came from, how to raise it. */
class OutOfMemoryTest {
    private static final long TWO_GB = 2L << 30;

    @Test
    void defaultCapSaysWhatTheDefaultIsAndBothWaysToRaiseIt() {
        List<String> lines = OutOfMemory.advice(TWO_GB, "default", "default", null);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("The kernel's heap is capped at 2.0 GB (the default: a quarter of memory, at most 2g)."),
                lines.get(0));
        assertTrue(lines.get(0).contains("assign null to the variable"), lines.get(0));
        assertEquals("To allow more, set NEURON_KERNEL_HEAP=4g in the environment Jupyter starts kernels from"
                + " (or reinstall with install/install.sh --heap 4g) and restart the kernel.", lines.get(1));
    }

    @Test
    void capFromTheEnvironmentOrTheInstallIsNamed() {
        assertTrue(OutOfMemory.advice(3L << 30, "3g", "NEURON_KERNEL_HEAP", "3g").get(0)
                .startsWith("The kernel's heap is capped at 3.0 GB (NEURON_KERNEL_HEAP=3g)."));
        List<String> installed = OutOfMemory.advice(512L << 20, "512m", "install", null);
        assertTrue(installed.get(0).startsWith("The kernel's heap is capped at 0.5 GB (install.sh --heap 512m)."), installed.get(0));
        assertTrue(installed.get(1).contains("NEURON_KERNEL_HEAP=1g"), installed.get(1));
    }

    @Test
    void anIgnoredEnvironmentValueIsPointedOut() {
        List<String> lines = OutOfMemory.advice(TWO_GB, "default", "default", "16 GB");
        assertEquals("NEURON_KERNEL_HEAP='16 GB' was ignored: it is not a size such as 512m or 4g.", lines.get(1));
    }

    @Test
    void aJvmNotStartedByTheLauncherNamesXmx() {
        assertEquals(List.of("This JVM's heap is capped at 1.0 GB; java's -Xmx option sets the cap (e.g. -Xmx2g)."),
                OutOfMemory.advice(1L << 30, null, null, "4g"));
    }

    @Test
    void explainedKeepsTheErrorAndAppendsTheAdvice() {
        CellError e = OutOfMemory.explained(new CellError("java.lang.OutOfMemoryError", "Java heap space", List.of("frame")));
        assertEquals("Java heap space", e.evalue());
        assertEquals("frame", e.traceback().get(0));
        assertTrue(e.traceback().size() > 1 && e.traceback().get(1).contains("heap is capped at"), e.traceback().toString());
        assertTrue(OutOfMemory.is(e));
    }

    @Test
    void anArrayLargerThanAnyHeapGetsNoAdviceAboutTheCap() {
        CellError e = new CellError("java.lang.OutOfMemoryError", "Requested array size exceeds VM limit", List.of("frame"));
        assertEquals(e, OutOfMemory.explained(e));
    }
}
