package io.github.neuronkernel.kernel.jupyter;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/** Echoes heartbeat pings as they arrive, on a thread of its own. */
final class Heartbeat {
    private final ZMQ.Socket socket;
    private final Thread thread;

    Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
        this.thread = new Thread(this::run, "heartbeat");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (true) {
            try {
                byte[] ping = socket.recv(0);
                if (ping != null) {
                    socket.send(ping, 0);
                }
            } catch (ZMQException e) {
                return; // context closed: the kernel is shutting down
            } catch (Throwable t) {
                // e.g. out of memory for a moment: keep beating
            }
        }
    }
}
