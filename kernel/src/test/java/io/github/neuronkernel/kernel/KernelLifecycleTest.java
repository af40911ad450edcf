package io.github.neuronkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shutdown ends the process fast; a restarted kernel has a fresh simulation. */
class KernelLifecycleTest {
    @Test
    void shutdownEndsTheProcessWithinASecond() throws Exception {
        try (KernelClient k = new KernelClient()) {
            long t0 = System.nanoTime();
            var r = k.request(k.control, "shutdown_request", KernelClient.shutdownContent(false), Duration.ofSeconds(5));
            assertEquals("ok", r.status());
            assertTrue(k.process.waitFor(1, TimeUnit.SECONDS), "still running 1 s after shutdown");
            assertTrue((System.nanoTime() - t0) / 1e6 < 1000);
        }
    }

    @Test
    void restartGivesAFreshSimulation() throws Exception {
        try (KernelClient first = new KernelClient()) {
            first.execute("var soma = h.Section(\"soma\");");
            var r = first.request(first.shell, "shutdown_request", KernelClient.shutdownContent(true), Duration.ofSeconds(5));
            assertTrue(r.content().get("restart").getAsBoolean());
            assertTrue(first.process.waitFor(2, TimeUnit.SECONDS));
        }
        try (KernelClient second = new KernelClient()) {
            var r = second.execute("h.t");
            assertEquals("0.0", r.of("execute_result").get(0).getAsJsonObject("content")
                    .getAsJsonObject("data").get("text/plain").getAsString());
            assertEquals("error", second.execute("soma").status());
        }
    }
}
