package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.jshell.InputInterrupts;
import io.github.neuronkernel.kernel.jshell.Unstoppable;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.reply.InputReply;
import io.github.spencerpark.jupyter.messages.request.InputRequest;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * {@code System.in} for cells: a read with nothing buffered asks the front end for a line with an
 * {@code input_request}, when the running request allows stdin; otherwise it reads end of input and
 * says why on stderr.
 *
 * <p>While it waits for the reply, the cell stays interruptible: the stdin socket is looked at every
 * {@link #POLL_MS} and the wait in between is an interruptible sleep, so an interrupt ends the read
 * with an {@link InterruptedIOException} at once (see {@link InputInterrupts} for how a cell
 * reading through a Scanner, which swallows it, still reports the interrupt); socket calls themselves are {@link Unstoppable},
 * so a forced stop never leaves half a message on the socket. A reply that came after its read was
 * interrupted is dropped before the next request goes out, rather than taken for the next line (as
 * ipykernel does; clients such as jupyter_client send input_reply without a parent header, so that
 * cannot tell them apart).
 *
 * <p>Replies are read one whole ZMQ message at a time by the kernel's own {@link MessageReader}: a
 * malformed, wrongly signed or unparsable message on stdin (from any local process) is logged and
 * dropped alone, and the input_reply after it still reaches the cell.
 */
final class FrontEndInput extends InputStream {
    /** How often the stdin socket is looked at while a reply is awaited (ms). */
    static final long POLL_MS = 10;
    private static final Logger LOG = Logger.getLogger(FrontEndInput.class.getName());

    private final StdinChannel stdin;
    private final MessageReader replies;
    private final CurrentRequest current;
    private final Runnable beforeAsking;
    private byte[] line = new byte[0];
    private int position;

    /**
     * @param stdin the stdin socket, which requests go out on
     * @param replies reads that socket's messages
     * @param beforeAsking run before each prompt (to flush stdout so the prompt's context shows)
     */
    FrontEndInput(StdinChannel stdin, MessageReader replies, CurrentRequest current, Runnable beforeAsking) {
        this.stdin = stdin;
        this.replies = replies;
        this.current = current;
        this.beforeAsking = beforeAsking;
    }

    @Override
    public synchronized int read() throws InterruptedIOException {
        if (!fill()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws InterruptedIOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, line.length - position);
        System.arraycopy(line, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return line.length - position;
    }

    private boolean fill() throws InterruptedIOException {
        if (position < line.length) {
            return true;
        }
        MessageContext context = current.context();
        if (context == null || !current.stdinAllowed()) {
            System.err.println("(no input: this front end does not accept input from cells; System.in reads end of input)");
            return false;
        }
        beforeAsking.run();
        String text = ask(context);
        line = (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8); // never empty
        position = 0;
        return true;
    }

    /** Sends an input_request and waits, interruptibly, for its reply; @return the line typed */
    private String ask(MessageContext context) throws InterruptedIOException {
        Message<InputRequest> request = new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest("", false));
        Unstoppable.run(() -> {
            while (readIfWaiting() != null) {
                LOG.fine("dropped a stdin message that came after its read ended");
            }
            stdin.sendMessage(request);
        });
        while (true) {
            Message<?>[] received = new Message<?>[1];
            Unstoppable.run(() -> received[0] = readIfWaiting());
            Message<?> reply = received[0];
            if (reply != null) {
                if (reply.getContent() instanceof InputReply input) {
                    return input.getValue();
                }
                LOG.fine("dropped an unexpected stdin message: " + reply.getHeader().getType().getName());
                continue;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the cell is being stopped: later waits end too
                // Recorded, so that a Scanner's "No line found" (it swallows this) is shown as the interrupt.
                throw InputInterrupts.interrupted();
            }
        }
    }

    /** @return the next acceptable message on the stdin socket, or null if none is waiting */
    private Message<?> readIfWaiting() {
        while (true) {
            try {
                return replies.read(false);
            } catch (RejectedMessage e) {
                LOG.warning("stdin: dropped a message: " + e.getMessage()); // and look at the next one at once
            }
        }
    }
}
