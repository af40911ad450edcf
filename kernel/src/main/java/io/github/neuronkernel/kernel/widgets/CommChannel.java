package io.github.neuronkernel.kernel.widgets;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Where widget models reach the front end: Jupyter comms, published under the request being
 * handled (the cell's, or the comm message's that changed a control).
 */
public interface CommChannel {
    /** Opens a comm from the kernel ({@code comm_open}). */
    void open(String commId, String target, Map<String, Object> data);

    /** Sends a message on an open comm ({@code comm_msg}). */
    void send(String commId, Map<String, Object> data);

    /**
     * Runs {@code work} with everything printed (stdout, stderr) and displayed meanwhile collected
     * into {@code into} instead of sent.
     *
     * @return what {@code work} returned
     */
    <T> T collecting(OutputCollector into, Supplier<T> work);
}
