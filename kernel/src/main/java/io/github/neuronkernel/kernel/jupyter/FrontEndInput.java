package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.MessageContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.in} for cells: a read with nothing buffered asks the front end for a line with an
 * {@code input_request}, when the running request allows stdin; otherwise it reads end of input and
 * says why on stderr.
 */
final class FrontEndInput extends InputStream {
    private final StdinChannel stdin;
    private final CurrentRequest current;
    private final Runnable beforeAsking;
    private byte[] line = new byte[0];
    private int position;

    /**
     * @param beforeAsking run before each prompt (to flush stdout so the prompt's context shows)
     */
    FrontEndInput(StdinChannel stdin, CurrentRequest current, Runnable beforeAsking) {
        this.stdin = stdin;
        this.current = current;
        this.beforeAsking = beforeAsking;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
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

    private boolean fill() {
        if (position < line.length) {
            return true;
        }
        MessageContext context = current.context();
        if (context == null || !current.stdinAllowed()) {
            System.err.println("(no input: this front end does not accept input from cells; System.in reads end of input)");
            return false;
        }
        beforeAsking.run();
        String text = stdin.getInput(context, "", false);
        line = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
        return line.length > 0;
    }
}
