package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.messages.Message;
import java.util.ArrayDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQException;

/**
 * Serves one ROUTER socket (shell or control) on a thread of its own, blocking in receive until a
 * message arrives: no polling interval, so a request is handled the moment it lands. Each ZMQ
 * message is read whole ({@link MessageReader}); one that is malformed, wrongly signed, a replay or
 * that does not parse is logged to the kernel's log and dropped alone; the loop keeps serving.
 *
 * <p>When a request begins a {@link QueueAbort} (a cell failed), the loop takes every message
 * already queued just before that request's reply goes out, answers those (execute requests as
 * aborted), then ends the abort: so exactly the requests that were waiting when the cell failed
 * are aborted, and one sent after its reply arrived is not.
 *
 * <p>Work the dispatcher defers ({@link Dispatcher#hasDeferred()}) is done when no message is
 * queued, before the loop blocks again.
 */
final class ChannelLoop {
    private static final Logger LOG = Logger.getLogger(ChannelLoop.class.getName());

    private final String name;
    private final MessageReader reader;
    private final QueueAbort abort;
    private final IoPub iopub;
    private final Dispatcher dispatcher;
    private final Thread thread;
    private volatile boolean running = true;
    /** The requests that were waiting when an abort began; null when none is under way. Loop thread only. */
    private ArrayDeque<Message<?>> waiting;

    /**
     * @param name the channel's name, for the log and the thread
     * @param reader reads the channel's ROUTER socket; used by this loop's thread only
     * @param abort the shell's stop_on_error state (a never-started one for control)
     * @param iopub where requests publish
     * @param dispatcher handles each request
     */
    ChannelLoop(String name, MessageReader reader, QueueAbort abort, IoPub iopub, Dispatcher dispatcher) {
        this.name = name;
        this.reader = reader;
        this.abort = abort;
        this.iopub = iopub;
        this.dispatcher = dispatcher;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
    }

    private void runDeferred() {
        try {
            dispatcher.runDeferred();
        } catch (Throwable t) {
            // The kernel stays up whatever one widget's run does.
            LOG.log(Level.SEVERE, name + ": deferred work failed", t);
        }
    }

    private void run() {
        while (running) {
            Message<?> message;
            if (waiting != null) {
                message = waiting.poll();
                if (message == null) {
                    waiting = null;
                    abort.end(); // every request that was waiting has been answered
                    continue;
                }
            } else if (dispatcher.hasDeferred()) {
                message = read(false);
                if (message == null) {
                    if (running) {
                        runDeferred(); // nothing queued: the deferred work's turn
                    }
                    continue;
                }
            } else {
                message = read(true);
                if (message == null) {
                    return; // the socket closed or failed
                }
            }
            try {
                dispatcher.accept(new Request(reader.socket(), message, iopub, this::takeWaitingIfAborting));
            } catch (Throwable t) {
                // The kernel stays up whatever one request does.
                LOG.log(Level.SEVERE, name + ": failed to handle " + message.getHeader().getType().getName(), t);
            }
        }
    }

    /** Just before a reply goes out: if its request began an abort, takes the requests waiting now. */
    private void takeWaitingIfAborting() {
        if (!abort.active() || waiting != null) {
            return;
        }
        waiting = new ArrayDeque<>();
        for (Message<?> m = read(false); m != null; m = read(false)) {
            waiting.add(m);
        }
    }

    /**
     * Reads the next acceptable message; one that is refused is logged and the next one read.
     *
     * @param wait whether to block for a message
     * @return the message; null if none is queued ({@code wait} false), or if the socket closed or
     *     failed (then {@link #running} is false)
     */
    private Message<?> read(boolean wait) {
        while (true) {
            try {
                Message<?> m = reader.read(wait);
                if (m == null && wait) {
                    running = false; // a blocking read ends without a message only when the socket closes
                }
                return m;
            } catch (RejectedMessage e) {
                LOG.warning(name + ": dropped a message: " + e.getMessage());
            } catch (ZMQException e) {
                if (running) {
                    LOG.log(Level.WARNING, name + ": socket failed, channel stops", e);
                }
                running = false;
                return null;
            } catch (Throwable t) {
                // e.g. OutOfMemoryError while a cell fills the heap: drop this message, keep serving
                LOG.log(Level.SEVERE, name + ": could not read a message", t);
            }
        }
    }
}
