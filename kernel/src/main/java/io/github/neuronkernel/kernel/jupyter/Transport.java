package io.github.neuronkernel.kernel.jupyter;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which {@code transport} of a connection file the kernel can serve: only {@code tcp}.
 *
 * <p>{@code ipc} is refused rather than attempted because JeroMQ (0.5.1, the version
 * jupyter-jvm-basekernel brings) has no Unix-domain sockets: its {@code ipc://NAME} is an emulation
 * that listens on TCP at 127.0.0.1 on a port derived from the name's hash. A front end using libzmq
 * (jupyter_client, pyzmq) connects to the Unix socket file {@code NAME} instead, which nobody
 * listens on, and so waits for its whole start timeout. Refusing at start turns that minute-long
 * silent hang into an immediate, explained failure.
 */
final class Transport {
    /** The one transport served. */
    static final String TCP = "tcp";
    /** The exit status of a kernel refused its connection file, as for other usage errors. */
    static final int REFUSED_STATUS = 2;

    private Transport() {}

    /**
     * @param connectionFile the connection file, to name it in the message
     * @param transport its {@code transport} value; null (absent) means tcp, the value every
     *     Jupyter front end writes and the one the kernel always used when none was given
     * @return why the kernel cannot start on this transport, as one line for stderr; empty if it can
     */
    static Optional<String> refusal(Path connectionFile, String transport) {
        if (transport == null || transport.equals(TCP)) {
            return Optional.empty();
        }
        String why = transport.equals("ipc")
                ? " (JeroMQ, the kernel's ZeroMQ, has no Unix-socket ipc: it would listen on TCP where the client does not look)"
                : "";
        return Optional.of("neuron-java: cannot start on " + connectionFile + ": its transport is \""
                + printable(transport) + "\", but this kernel supports only \"" + TCP + "\"" + why
                + "; start the kernel with transport tcp");
    }

    /** Keeps the message on one line whatever the file holds. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 40 ? out + "..." : out.toString();
    }
}
