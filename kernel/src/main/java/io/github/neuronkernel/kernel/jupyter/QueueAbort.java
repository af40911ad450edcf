package io.github.neuronkernel.kernel.jupyter;

/**
 * {@code stop_on_error}: after a cell fails (and its request did not set {@code stop_on_error} to
 * false), the execute requests already waiting on the shell channel are answered
 * {@code status: "aborted"} without running, as ipykernel does: a "Run All" stops at the first
 * failing cell. Exactly the requests waiting when the failing cell's reply goes out are aborted
 * ({@link ChannelLoop} takes them just before it): a request sent after the client read that reply
 * runs normally, however late the kernel's thread gets back to its socket.
 *
 * <p>Set by the cell's thread and read by the shell loop, which is the same thread; volatile so
 * that any other reader sees it too.
 */
final class QueueAbort {
    private volatile boolean active;

    /** The failing cell asks for the queued execute requests to be aborted. */
    void begin() {
        active = true;
    }

    /** The requests that were waiting have been answered: requests from now on run. */
    void end() {
        active = false;
    }

    /** @return whether queued execute requests are being aborted */
    boolean active() {
        return active;
    }
}
