package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQException;

/**
 * Serves one ROUTER socket (shell or control) on a thread of its own, blocking in receive until a
 * message arrives: no polling interval, so a request is handled the moment it lands. A message
 * with a bad signature or that does not parse is logged and dropped; the loop keeps serving.
 */
final class ChannelLoop {
    private static final Logger LOG = Logger.getLogger(ChannelLoop.class.getName());

    private final String name;
    private final JupyterSocket socket;
    private final IoPub iopub;
    private final Consumer<Request> dispatcher;
    private final Thread thread;
    private volatile boolean running = true;

    ChannelLoop(String name, JupyterSocket socket, IoPub iopub, Consumer<Request> dispatcher) {
        this.name = name;
        this.socket = socket;
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
            try {
                message = socket.readMessage();
            } catch (SecurityException e) {
                LOG.warning(name + ": rejected a message with a wrong signature");
                continue;
            } catch (ZMQException e) {
                if (running) {
                    LOG.log(Level.WARNING, name + ": socket failed, channel stops", e);
                }
                return;
            } catch (RuntimeException e) {
                LOG.warning(name + ": rejected a malformed message: " + e);
                continue;
            } catch (Throwable t) {
                // e.g. OutOfMemoryError while a cell fills the heap: drop this message, keep serving
                LOG.log(Level.SEVERE, name + ": could not read a message", t);
                continue;
            }
            if (message == null) {
                return;
            }
            try {
                dispatcher.accept(new Request(socket, message, iopub));
            } catch (Throwable t) {
                // The kernel stays up whatever one request does.
                LOG.log(Level.SEVERE, name + ": failed to handle " + message.getHeader().getType().getName(), t);
            }
        }
    }
}
