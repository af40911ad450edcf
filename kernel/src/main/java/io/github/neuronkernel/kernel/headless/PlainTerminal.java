package io.github.neuronkernel.kernel.headless;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The runner's messages without ANSI colour codes when they go to a file or a pipe rather than a
 * terminal: a log of a run (or of many, in a sweep) reads as plain text.
 */
final class PlainTerminal extends FilterOutputStream {
    private static final int ESC = 0x1b;
    private int state; // 0: text; 1: after ESC; 2: inside ESC [ ... (until a final byte @ to ~)

    private PlainTerminal(OutputStream out) {
        super(out);
    }

    /**
     * @return {@code out} itself on a terminal (or in a runner started by another, which strips
     *     the codes itself: {@link InDirectory}), else {@code out} with colour codes taken out
     */
    static PrintStream of(PrintStream out) {
        return System.console() != null || Boolean.getBoolean(InDirectory.COLOUR_PROPERTY) ? out : strip(out);
    }

    /** @return {@code out} with ANSI escape sequences (CSI ... final byte) taken out */
    static PrintStream strip(PrintStream out) {
        return new PrintStream(new PlainTerminal(out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        if (state == 0) {
            if (b == ESC) {
                state = 1;
            } else {
                out.write(b);
            }
        } else if (state == 1) {
            state = b == '[' ? 2 : 0;
        } else if (b >= 0x40 && b <= 0x7e) {
            state = 0; // the sequence's final byte
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }
}
