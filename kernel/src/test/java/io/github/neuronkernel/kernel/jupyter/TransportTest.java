package io.github.neuronkernel.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection file's transport: tcp is served, anything else refused before a socket is bound. */
class TransportTest {
    @TempDir
    Path dir;

    @Test
    void tcpAndAnAbsentTransportAreServed() {
        assertEquals(Optional.empty(), Transport.refusal(Path.of("k.json"), "tcp"));
        assertEquals(Optional.empty(), Transport.refusal(Path.of("k.json"), null));
    }

    @Test
    void ipcIsRefusedWithTheFileTheValueAndWhatIsAllowed() {
        String message = Transport.refusal(Path.of("/run/kernel-1.json"), "ipc").orElseThrow();
        assertTrue(message.contains("/run/kernel-1.json"), message);
        assertTrue(message.contains("\"ipc\""), message);
        assertTrue(message.contains("supports only \"tcp\""), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void otherTransportsAreRefusedOnOneLine() {
        for (String t : List.of("TCP", "inproc", "udp", "", "tcp\nx")) {
            String message = Transport.refusal(Path.of("k.json"), t).orElseThrow(() -> new AssertionError(t));
            assertTrue(message.contains("supports only \"tcp\""), message);
            assertFalse(message.contains("\n"), message);
        }
    }

    @Test
    void theLauncherExitsWithStatus2BeforeBindingAnything() throws Exception {
        int port = freePort();
        Path file = dir.resolve("kernel-ipc.json");
        Files.writeString(file, String.format("{\"transport\": \"ipc\", \"ip\": \"127.0.0.1\", \"shell_port\": %d,"
                + " \"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d,"
                + " \"key\": \"k\", \"signature_scheme\": \"hmac-sha256\"}", port, port, port, port, port));
        List<Integer> statuses = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            KernelLauncher.run(file, statuses::add);
        } finally {
            System.setErr(saved);
        }
        assertEquals(List.of(2), statuses);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.contains(file.toString()) && printed.contains("\"ipc\""), printed);
        // Nothing listens where the file pointed: the port is still free.
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, s.getLocalPort());
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
