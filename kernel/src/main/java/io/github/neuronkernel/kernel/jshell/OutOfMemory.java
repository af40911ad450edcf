package io.github.neuronkernel.kernel.jshell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * After a cell that ran out of heap: gives the memory the cell filled back to the operating system,
 * and tells the user what the cap is, where it came from and how to raise it.
 *
 * <p>The kernel's launcher ({@code kernel.sh}) says where the cap came from in the system properties
 * {@value #HEAP_PROPERTY} (the size, or {@code default}) and {@value #SOURCE_PROPERTY}
 * ({@code NEURON_KERNEL_HEAP}, {@code install} or {@code default}); a JVM started otherwise (the
 * headless runner) has neither, and its cap is java's {@code -Xmx}.
 */
final class OutOfMemory {
    static final String HEAP_PROPERTY = "neuron.kernel.heap";
    static final String SOURCE_PROPERTY = "neuron.kernel.heap.source";
    static final String ENVIRONMENT = "NEURON_KERNEL_HEAP";

    private OutOfMemory() {}

    /** @return whether the failure is the heap's running out */
    static boolean is(CellError error) {
        return error != null && "java.lang.OutOfMemoryError".equals(error.ename());
    }

    /**
     * Collects what the failed cell left: its thread has ended, so what only it referred to is
     * garbage. G1's full collection then shrinks the heap to the live data (within
     * MaxHeapFreeRatio) and returns the rest to the operating system at once, rather than at the
     * next periodic collection.
     */
    static void release() {
        System.gc();
    }

    /**
     * @return the error with lines that say what the cap is and how to raise it, when the heap's cap
     *     is what ran out (not for an array larger than any heap, or the JVM's other memories)
     */
    static CellError explained(CellError error) {
        if (!capReached(error.evalue())) {
            return error;
        }
        List<String> traceback = new ArrayList<>(error.traceback());
        traceback.addAll(advice(Runtime.getRuntime().maxMemory(), System.getProperty(HEAP_PROPERTY),
                System.getProperty(SOURCE_PROPERTY), System.getenv(ENVIRONMENT)));
        return new CellError(error.ename(), error.evalue(), traceback);
    }

    /** @return whether the JVM's message says the heap was full ("Java heap space", "GC overhead limit exceeded") */
    static boolean capReached(String message) {
        return message.equals("Java heap space") || message.equals("GC overhead limit exceeded");
    }

    /**
     * @param maxBytes the heap's cap as the JVM reports it (bytes)
     * @param heap the launcher's size, {@code default}, or null when no launcher started this JVM
     * @param source where the launcher took the cap from, or null
     * @param environment the value of NEURON_KERNEL_HEAP in this process's environment, or null
     * @return the lines to add to the traceback
     */
    static List<String> advice(long maxBytes, String heap, String source, String environment) {
        String cap = gigabytes(maxBytes);
        String more = suggestion(maxBytes);
        if (heap == null || source == null) {
            return List.of("This JVM's heap is capped at " + cap + "; java's -Xmx option sets the cap (e.g. -Xmx" + more + ").");
        }
        String from = switch (source) {
            case "NEURON_KERNEL_HEAP" -> " (NEURON_KERNEL_HEAP=" + heap + ")";
            case "install" -> " (install.sh --heap " + heap + ")";
            default -> " (the default: a quarter of memory, at most 2g)";
        };
        List<String> lines = new ArrayList<>();
        lines.add("The kernel's heap is capped at " + cap + from + ". Data that a variable still refers to"
                + " stays in the heap; assign null to the variable to free it.");
        if (environment != null && !environment.isBlank() && !source.equals(ENVIRONMENT)) {
            lines.add("NEURON_KERNEL_HEAP='" + environment + "' was ignored: it is not a size such as 512m or 4g.");
        }
        lines.add("To allow more, set NEURON_KERNEL_HEAP=" + more + " in the environment Jupyter starts kernels"
                + " from (or reinstall with install/install.sh --heap " + more + ") and restart the kernel.");
        return lines;
    }

    /** @return the size in GB with one decimal, as {@code 2.0 GB} */
    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }

    /** @return twice the cap, in whole gigabytes as the launcher reads them ({@code 4g}) */
    static String suggestion(long maxBytes) {
        return Math.max(1, Math.round(2.0 * maxBytes / (1L << 30))) + "g";
    }
}
