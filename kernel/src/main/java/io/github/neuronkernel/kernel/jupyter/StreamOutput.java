package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.widgets.OutputCollector;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * stdout or stderr of cells (and of threads they start), published as {@code stream} messages
 * while the cell runs: whatever is written goes out within {@link #DELAY_MS}, so a cell printing
 * in a loop neither waits for its end nor sends one message per character.
 */
final class StreamOutput extends OutputStream {
    static final long DELAY_MS = 5;
    /** Past this many pending bytes, publish at once. */
    private static final int EAGER_BYTES = 64 * 1024;

    private final PublishStream.StreamType type;
    private final IoPub iopub;
    private final CurrentRequest current;
    private final ScheduledExecutorService timer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean scheduled;

    StreamOutput(PublishStream.StreamType type, IoPub iopub, CurrentRequest current, ScheduledExecutorService timer) {
        this.type = type;
        this.iopub = iopub;
        this.current = current;
        this.timer = timer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        boolean now;
        synchronized (this) {
            pending.write(b, off, len);
            now = pending.size() >= EAGER_BYTES;
            if (!now && !scheduled) {
                scheduled = true;
                timer.schedule(this::flush, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
        if (now) {
            flush();
        }
    }

    /** Publishes what is pending now (up to the last whole UTF-8 character). */
    @Override
    public void flush() {
        String text;
        synchronized (this) {
            scheduled = false;
            byte[] bytes = pending.toByteArray();
            int whole = wholeCharacters(bytes);
            if (whole == 0) {
                return;
            }
            text = new String(bytes, 0, whole, StandardCharsets.UTF_8);
            pending.reset();
            pending.write(bytes, whole, bytes.length - whole);
            OutputCollector capture = current.capture();
            if (capture != null) {
                capture.stream(type == PublishStream.StreamType.OUT ? "stdout" : "stderr", text);
                return; // a widget's model is running: its output is part of its display
            }
            MessageContext context = current.context();
            if (context == null) {
                return; // nobody asked for anything yet: nowhere to send it
            }
            // Queued while still holding the lock, so that two flushes cannot swap their texts.
            iopub.publish(context, new PublishStream(type, text));
        }
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
        return "StreamOutput" + Arrays.asList(type);
    }
}
