package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.messages.Message;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQException;

/**
 * Serves one ROUTER socket (shell or control) on a thread of its own, blocking in receive until a
 * message arrives: no polling interval, so a request is handled the moment it lands. Each ZMQ
 * message is read whole ({@link MessageReader}); one that is malformed, wrongly signed, a replay or
 * that does not parse is logged to the kernel's log and dropped alone; the loop keeps serving.
 *
 * <p>While {@link QueueAbort} is active the loop takes only the messages already queued, and ends
 * the abort when it finds none: so exactly the requests that were waiting when a cell failed are
 * aborted.
 */
final class ChannelLoop {
    private static final Logger LOG = Logger.getLogger(ChannelLoop.class.getName());

    private final String name;
    private final MessageReader reader;
    private final QueueAbort abort;
    private final IoPub iopub;
    private final Consumer<Request> dispatcher;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param name the channel's name, for the log and the thread
     * @param reader reads the channel's ROUTER socket; used by this loop's thread only
     * @param abort the shell's stop_on_error state (a never-started one for control)
     * @param iopub where requests publish
     * @param dispatcher handles each request
     */
    ChannelLoop(String name, MessageReader reader, QueueAbort abort, IoPub iopub, Consumer<Request> dispatcher) {
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

    private void run() {
        while (running) {
            Message<?> message;
            boolean aborting = abort.active();
            try {
                message = reader.read(!aborting);
                if (message == null) {
                    if (aborting) {
                        abort.end(); // every request that was waiting has been answered
                        continue;
                    }
                    return;
                }
            } catch (RejectedMessage e) {
                LOG.warning(name + ": dropped a message: " + e.getMessage());
                continue;
            } catch (ZMQException e) {
                if (running) {
                    LOG.log(Level.WARNING, name + ": socket failed, channel stops", e);
                }
                return;
            } catch (Throwable t) {
                // e.g. OutOfMemoryError while a cell fills the heap: drop this message, keep serving
                LOG.log(Level.SEVERE, name + ": could not read a message", t);
                continue;
            }
            try {
                dispatcher.accept(new Request(reader.socket(), message, iopub));
            } catch (Throwable t) {
                // The kernel stays up whatever one request does.
                LOG.log(Level.SEVERE, name + ": failed to handle " + message.getHeader().getType().getName(), t);
            }
        }
    }
}
