package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every IOPub message goes through here, onto one sender thread: messages leave in the order they
 * were published whatever thread published them, and a cell thread stopped by force can never
 * leave half a multipart message on the socket.
 */
final class IoPub {
    private static final Logger LOG = Logger.getLogger(IoPub.class.getName());

    private final JupyterSocket socket;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread sender;

    IoPub(JupyterSocket socket) {
        this.socket = socket;
        this.sender = new Thread(this::run, "iopub");
        sender.setDaemon(true);
    }

    void start() {
        sender.start();
    }

    /** Queues a message to {@code parent}'s session. */
    <T extends ContentType<T>> void publish(MessageContext parent, T content) {
        queue.add(new Message<>(parent, content.getType(), content));
    }

    /** Queues a ready-made message. */
    void publish(Message<?> message) {
        queue.add(message);
    }

    /** Waits (at most {@code millis}) until everything queued so far has been handed to ZMQ. */
    void drain(long millis) {
        CountDownLatch done = new CountDownLatch(1);
        queue.add(done);
        try {
            done.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next instanceof CountDownLatch latch) {
                latch.countDown();
                continue;
            }
            try {
                socket.sendMessage((Message<?>) next);
            } catch (Throwable t) {
                // one lost message (e.g. out of memory while a cell fills the heap) must not stop IOPub
                LOG.log(Level.WARNING, "could not publish an IOPub message", t);
            }
        }
    }
}
