package io.github.neuronkernel.engine.io;

import io.github.neuronkernel.engine.model.Probe;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes NEURON's {@code batch_run} file: the comment line, the {@code batch_run from t = ...}
 * line, then one line per output time with {@code " %g"} per saved variable. Lines are built in a
 * reused buffer, so writing a line does not allocate in steady state.
 *
 * <p>The lines go to a temporary file beside the target ({@link AtomicFile}); {@link #commit()}
 * replaces the target with it once the run is complete. A run that fails calls {@link
 * #abandon()} instead: the target stays as it was, and the complete lines written so far are kept
 * in {@code NAME.partial}.
 */
public final class BatchWriter {
    private final AtomicFile file;
    private final OutputStream out;
    private final Path path;
    private final StringBuilder line = new StringBuilder(256);
    private byte[] bytes = new byte[256];
    /** The write that failed, if one did: then the buffer is not flushed again when abandoning. */
    private IOException writeFailure;

    private BatchWriter(AtomicFile file, Path path) {
        this.file = file;
        this.out = new BufferedOutputStream(file.stream(), 1 << 16);
        this.path = path;
    }

    /**
     * Starts the file: creates the temporary file beside {@code path}; {@code path} itself is not
     * touched until {@link #commit()}.
     *
     * @param path the file
     * @return the writer
     * @throws IllegalArgumentException if the file cannot be written there; nothing is created
     */
    public static BatchWriter open(Path path) {
        try {
            return new BatchWriter(AtomicFile.create(path), path);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("batchRun: cannot write file \"" + path + "\": "
                    + IoProblem.reason(e) + "; give a path in an existing, writable directory", e);
        }
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
            throw failed(e);
        }
    }

    private UncheckedIOException failed(IOException e) {
        writeFailure = e;
        Path dir = file.target().getParent();
        return new UncheckedIOException("batchRun: " + IoProblem.reason(e) + " while writing " + path.getFileName()
                + " in " + dir, e);
    }

    /**
     * Flushes the lines and replaces the target file with them, atomically.
     *
     * @throws UncheckedIOException if the last lines cannot be written or the file cannot be
     *     renamed; call {@link #abandon()} then
     */
    public void commit() {
        try {
            out.flush();
            file.commit();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * After a failed run: leaves the target as it was and keeps the complete lines written so far
     * in {@code NAME.partial} (a line cut short by a full disk is dropped). Never throws: the run's
     * own failure is what matters.
     *
     * @return what became of the files, as a clause for the run's error message, e.g. "the
     *     previous soma.dat is unchanged; the 1,234 lines written before the failure are in
     *     soma.dat.partial"
     */
    public String abandon() {
        String name = path.getFileName().toString();
        String previous = file.targetExisted() ? "the previous " + name + " is unchanged"
                : name + " was not created";
        if (writeFailure == null) {
            try {
                out.flush(); // the lines still buffered were written before the failure too
            } catch (IOException e) {
                // a full disk now: keep what made it to the file
            }
        }
        try {
            file.closeStream();
            long lines = CompleteLines.truncate(file.temp());
            if (lines == 0) {
                file.discard();
                return previous + "; no line was written before the failure";
            }
            Path partial = file.target().resolveSibling(file.target().getFileName() + ".partial");
            file.keepAs(partial);
            return previous + String.format(Locale.ROOT, "; the %,d line%s written before the failure %s in %s",
                    lines, lines == 1 ? "" : "s", lines == 1 ? "is" : "are", partial.getFileName());
        } catch (IOException | RuntimeException e) {
            file.discard();
            return previous + "; the lines written before the failure could not be kept (" + IoProblem.reason(e) + ")";
        }
    }
}
