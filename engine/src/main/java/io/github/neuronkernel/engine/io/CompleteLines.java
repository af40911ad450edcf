package io.github.neuronkernel.engine.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Cuts a text file back to its last newline, so that a write cut short (a full disk, a failed
 * flush) leaves whole lines only, and counts them. Uses {@link RandomAccessFile}, which unlike a
 * channel keeps working on a thread that has been interrupted.
 */
final class CompleteLines {
    private static final int CHUNK = 1 << 16;

    private CompleteLines() {}

    /**
     * @param file a closed file
     * @return the number of lines (newlines) left in the file
     * @throws IOException if it cannot be read or shortened
     */
    static long truncate(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long end = lastNewlineEnd(f);
            if (end < f.length()) {
                f.setLength(end);
            }
            return count(f, end);
        }
    }

    /** @return the length up to and including the last newline (0 if there is none) */
    private static long lastNewlineEnd(RandomAccessFile f) throws IOException {
        byte[] buf = new byte[CHUNK];
        long pos = f.length();
        while (pos > 0) {
            int n = (int) Math.min(CHUNK, pos);
            pos -= n;
            f.seek(pos);
            f.readFully(buf, 0, n);
            for (int i = n - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return pos + i + 1;
                }
            }
        }
        return 0;
    }

    private static long count(RandomAccessFile f, long length) throws IOException {
        byte[] buf = new byte[CHUNK];
        long lines = 0;
        f.seek(0);
        for (long pos = 0; pos < length; ) {
            int n = f.read(buf, 0, (int) Math.min(CHUNK, length - pos));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            pos += n;
        }
        return lines;
    }
}
