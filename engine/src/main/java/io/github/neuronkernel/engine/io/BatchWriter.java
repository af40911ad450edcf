package io.github.neuronkernel.engine.io;

import io.github.neuronkernel.engine.model.Probe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes NEURON's {@code batch_run} file: the comment line, the {@code batch_run from t = ...}
 * line, then one line per output time with {@code " %g"} per saved variable. Lines are built in a
 * reused buffer, so writing a line does not allocate in steady state.
 */
public final class BatchWriter implements AutoCloseable {
    private final OutputStream out;
    private final Path path;
    private final StringBuilder line = new StringBuilder(256);
    private byte[] bytes = new byte[256];

    private BatchWriter(OutputStream out, Path path) {
        this.out = out;
        this.path = path;
    }

    /**
     * Opens (creating or truncating) the file, as C's {@code fopen(name, "w")}.
     *
     * @param path the file
     * @return the writer
     * @throws IllegalArgumentException if the file cannot be opened for writing; nothing is created
     */
    public static BatchWriter open(Path path) {
        try {
            return new BatchWriter(new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16), path);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("batchRun: cannot write file \"" + path + "\": "
                    + reason(e) + "; give a path in an existing, writable directory", e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its directory does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Writes the two header lines. Times in ms. */
    public void header(String comment, double t, double tstop, double tstep, double dt) {
        line.setLength(0);
        line.append(comment).append("\nbatch_run from t = ");
        CFormat.appendG(line, t);
        line.append(" to ");
        CFormat.appendG(line, tstop);
        line.append(" in steps of ");
        CFormat.appendG(line, tstep);
        line.append(" with dt = ");
        CFormat.appendG(line, dt);
        line.append('\n');
        write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one data line: {@code " %g"} per probe, then a newline. */
    public void line(Probe[] probes) {
        line.setLength(0);
        for (Probe p : probes) {
            line.append(' ');
            CFormat.appendG(line, p.get());
        }
        line.append('\n');
        int n = line.length();
        if (bytes.length < n) {
            bytes = new byte[2 * n];
        }
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) line.charAt(i); // %g output is ASCII
        }
        write(bytes, n);
    }

    private void write(byte[] data) {
        write(data, data.length);
    }

    private void write(byte[] data, int length) {
        try {
            out.write(data, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("batchRun: writing " + path + " failed", e);
        }
    }

    /** Flushes and closes the file. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("batchRun: closing " + path + " failed", e);
        }
    }
}
