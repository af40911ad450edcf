package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.jshell.Unstoppable;
import io.github.neuronkernel.kernel.widgets.OutputCollector;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * stdout or stderr of cells (and of threads they start), published as {@code stream} messages
 * while the cell runs, in batches by time and size as ipykernel does: a line printed after a quiet
 * spell goes out within {@link #FIRST_DELAY_MS}; while output keeps coming, at most one message per
 * {@link #INTERVAL_MS}, or one per {@link #BATCH_BYTES} when it comes faster (a 200 MB print is
 * about 200 messages, not thousands).
 *
 * <p>Back-pressure: a writer that has filled a batch while IOPub already holds its {@link
 * IoPub#OUTPUT_BUDGET} waits until the front end has read enough; nothing is dropped for being
 * slow. The one exception is a cell interrupted during such a wait: what it writes while the batch
 * is still full is left out, counted, and reported by {@link #endOfCell()}, so that an interrupted
 * flood stops at once instead of making the user wait for output they asked to stop.
 */
final class StreamOutput extends OutputStream {
    /** After a quiet spell, output is published this soon (ms). */
    static final long FIRST_DELAY_MS = 5;
    /** While output keeps coming, one message per stream per interval (ms; ipykernel's flush interval). */
    static final long INTERVAL_MS = 200;
    /** A batch this large (bytes) is published at once, when IOPub has room. */
    static final int BATCH_BYTES = 1 << 20;

    private final PublishStream.StreamType type;
    private final IoPub iopub;
    private final CurrentRequest current;
    private final ScheduledExecutorService timer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean scheduled;
    private long lastPublished = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS);
    private long leftOut;

    StreamOutput(PublishStream.StreamType type, IoPub iopub, CurrentRequest current, ScheduledExecutorService timer) {
        this.type = type;
        this.iopub = iopub;
        this.current = current;
        this.timer = timer;
    }

    @Override
    public void write(int b) throws InterruptedIOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /**
     * @throws InterruptedIOException if the thread was interrupted while a full batch waited for
     *     room: these bytes are left out (and counted)
     */
    @Override
    public void write(byte[] b, int off, int len) throws InterruptedIOException {
        if (pendingBytes() >= BATCH_BYTES && !publishWhenRoom()) {
            synchronized (this) {
                leftOut += len;
            }
            throw new InterruptedIOException("output left out: the cell was interrupted while its output waited for the front end");
        }
        int size;
        synchronized (this) {
            pending.write(b, off, len);
            size = pending.size();
            if (!scheduled) {
                schedule(Math.max(FIRST_DELAY_MS, INTERVAL_MS - millisSince(lastPublished)));
            }
        }
        if (size >= BATCH_BYTES) {
            publishWhenRoom(); // if interrupted, the batch stays: the next write decides
        }
    }

    /** Waits (interruptibly, holding no lock) until IOPub has room, then publishes; @return false if interrupted */
    private boolean publishWhenRoom() {
        try {
            iopub.awaitRoom();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        flush();
        return true;
    }

    private synchronized int pendingBytes() {
        return pending.size();
    }

    /** Arms the timer unless it is armed; call holding the lock. */
    private void schedule(long delayMs) {
        if (!scheduled) {
            scheduled = true;
            timer.schedule(this::timed, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    /** The timer's flush: never waits for room; when IOPub is full it tries again an interval later. */
    private void timed() {
        synchronized (this) {
            scheduled = false;
            if (pending.size() == 0) {
                return;
            }
            if (!iopub.hasRoom()) {
                schedule(INTERVAL_MS);
                return;
            }
        }
        flush();
    }

    /**
     * Publishes what is pending now (up to the last whole UTF-8 character), without waiting for
     * room: for the kernel's own threads (a cell's end, a prompt, a display, shutdown), whose
     * messages must follow the output before them.
     */
    @Override
    public void flush() {
        Unstoppable.run(this::publishPending); // a forced stop must not cut the queueing in half
    }

    private synchronized void publishPending() {
        byte[] bytes = pending.toByteArray();
        int whole = wholeCharacters(bytes);
        if (whole == 0) {
            return;
        }
        pending.reset();
        pending.write(bytes, whole, bytes.length - whole);
        lastPublished = System.nanoTime();
        OutputCollector capture = current.capture();
        if (capture != null) { // a widget's model is running: its output is part of its display
            capture.stream(type == PublishStream.StreamType.OUT ? "stdout" : "stderr",
                    new String(bytes, 0, whole, StandardCharsets.UTF_8));
            return;
        }
        MessageContext context = current.context();
        if (context == null) {
            return; // nobody asked for anything yet: nowhere to send it
        }
        // Queued while still holding the lock, so that two flushes cannot swap their texts.
        iopub.publishOutput(context, new PublishStream(type, new String(bytes, 0, whole, StandardCharsets.UTF_8)), whole);
    }

    /**
     * Publishes what is pending and, if output was left out since the last call (a cell
     * interrupted while its output waited), says exactly how much, on this stream.
     */
    void endOfCell() {
        flush();
        long n;
        synchronized (this) {
            n = leftOut;
            leftOut = 0;
        }
        MessageContext context = current.context();
        if (n > 0 && context != null) {
            String note = String.format("%n[%,d bytes of output left out: the cell was interrupted while the front end was"
                    + " still reading its earlier output]%n", n);
            iopub.publishOutput(context, new PublishStream(type, note), note.length());
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /** @return how many leading bytes form whole UTF-8 characters */
    private static int wholeCharacters(byte[] b) {
        int n = b.length;
        // Look back over at most 3 continuation bytes for a sequence that is not finished.
        for (int back = 1; back <= Math.min(4, n); back++) {
            int c = b[n - back] & 0xff;
            if ((c & 0xC0) == 0x80) {
                continue; // continuation byte
            }
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    @Override
    public String toString() {
        return "StreamOutput[" + type + "]";
    }
}
