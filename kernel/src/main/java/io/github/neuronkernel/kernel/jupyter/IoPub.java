package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every IOPub message goes through here, onto one sender thread: messages leave in the order they
 * were published whatever thread published them, and a cell thread stopped by force can never
 * leave half a multipart message on the socket.
 *
 * <p>Nothing is dropped for being slow: the socket blocks when a subscriber's queue is full (see
 * {@link KernelConnection}), so the sender waits for the slowest reader. Cells' output (streams and
 * displays) counts against {@link #OUTPUT_BUDGET}; a cell that produces it faster than the front
 * end reads waits in {@link #awaitRoom()} (back-pressure) rather than filling the heap. The
 * kernel's own messages (status, execute_input, errors, results) never wait: they are few and
 * small, and an interrupt or a reply must not queue behind a flood.
 */
final class IoPub {
    /** Bytes of cells' output that may wait here before their writers wait: a few batches. */
    static final long OUTPUT_BUDGET = 4L * StreamOutput.BATCH_BYTES;
    private static final Logger LOG = Logger.getLogger(IoPub.class.getName());

    /** A queued message and the output bytes it holds (0 for the kernel's own messages). */
    private record Queued(Message<?> message, long outputBytes) {}

    private final Consumer<Message<?>> send;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Object room = new Object();
    private long queuedOutput; // guarded by room
    private final Thread sender;

    IoPub(JupyterSocket socket) {
        this(socket::sendMessage);
    }

    /** @param send puts one message on the wire; may block while the front end is slow */
    IoPub(Consumer<Message<?>> send) {
        this.send = send;
        this.sender = new Thread(this::run, "iopub");
        sender.setDaemon(true);
    }

    void start() {
        sender.start();
    }

    /** Queues a kernel message to {@code parent}'s session; never waits. */
    <T extends ContentType<T>> void publish(MessageContext parent, T content) {
        publish(new Message<>(parent, content.getType(), content));
    }

    /** Queues a ready-made kernel message; never waits. */
    void publish(Message<?> message) {
        queue.add(new Queued(message, 0));
    }

    /**
     * Queues a cell's output. Never waits: writers call {@link #awaitRoom()} first.
     *
     * @param bytes its size, counted against {@link #OUTPUT_BUDGET} until it is on the wire
     */
    <T extends ContentType<T>> void publishOutput(MessageContext parent, T content, long bytes) {
        synchronized (room) {
            queuedOutput += bytes;
        }
        queue.add(new Queued(new Message<>(parent, content.getType(), content), bytes));
    }

    /** @return whether less output than {@link #OUTPUT_BUDGET} waits to be sent */
    boolean hasRoom() {
        synchronized (room) {
            return queuedOutput < OUTPUT_BUDGET;
        }
    }

    /**
     * Waits until less output than {@link #OUTPUT_BUDGET} waits to be sent; returns at once if so.
     *
     * @throws InterruptedException if the thread is interrupted while it has to wait (a cell
     *     being stopped)
     */
    void awaitRoom() throws InterruptedException {
        synchronized (room) {
            while (queuedOutput >= OUTPUT_BUDGET) {
                room.wait();
            }
        }
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
            Queued q = (Queued) next;
            try {
                send.accept(q.message());
            } catch (Throwable t) {
                // one lost message (e.g. out of memory while a cell fills the heap) must not stop IOPub
                LOG.log(Level.WARNING, "could not publish an IOPub message", t);
            }
            if (q.outputBytes() > 0) {
                synchronized (room) {
                    queuedOutput -= q.outputBytes();
                    room.notifyAll();
                }
            }
        }
    }
}
