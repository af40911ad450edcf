package io.github.neuronkernel.engine.io;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that is replaced whole or not at all. Bytes go to a temporary file beside the target
 * ({@code .NAME.XXXXXXXX.tmp}, same directory so that the final rename stays on one file system);
 * {@link #commit()} renames it over the target atomically, so a reader sees either the old file or
 * the complete new one, never a truncated one. Until then the old file is untouched;
 * {@link #discard()} (or {@link #close()} without a commit) removes the temporary file, and
 * {@link #keepAs(Path)} moves it aside instead (to keep what a failed run wrote).
 *
 * <p>The stream is a plain {@link FileOutputStream}, not an NIO channel: a channel closes itself
 * when the writing thread is interrupted, and the kernel stops a run by interrupting it, after
 * which the file still has to be flushed and moved.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final boolean targetExisted;
    private final FileOutputStream stream;
    private boolean open = true;
    private boolean finished;

    private AtomicFile(Path target, Path temp, boolean targetExisted, FileOutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.targetExisted = targetExisted;
        this.stream = stream;
    }

    /**
     * Creates the temporary file beside {@code target}. A symbolic link is followed, so the file it
     * points to is replaced and the link stays; an existing target's POSIX permissions are copied.
     *
     * @param target the file to replace or create
     * @return the open file; write to {@link #stream()}
     * @throws IOException if the temporary file cannot be created (the directory does not exist, is
     *     not writable, or the target is a directory); nothing is left behind
     */
    public static AtomicFile create(Path target) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.isDirectory(real)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "it is a directory");
        }
        Path dir = real.getParent();
        boolean existed = Files.exists(real);
        Path temp = createTemp(dir, real.getFileName().toString());
        try {
            if (existed) {
                copyPermissions(real, temp);
            }
            return new AtomicFile(real, temp, existed, new FileOutputStream(temp.toFile()));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
            Path temp = dir.resolve("." + name + "." + random + ".tmp");
            try {
                // createFile (not createTempFile) so the file gets the umask's permissions, as a
                // file opened with fopen would, rather than owner-only ones
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (IOException | SecurityException e) {
            // permissions are a courtesy; the umask's defaults are fine if they cannot be copied
        }
    }

    /**
     * Writes {@code data} to {@code target} in one go: all of it, or (on any failure) nothing, the
     * old file unchanged and no temporary file left.
     *
     * @throws IOException naming the file and saying why (e.g. the disk is full)
     */
    public static void write(Path target, byte[] data) throws IOException {
        boolean existed = Files.exists(target);
        try (AtomicFile file = create(target)) {
            file.stream().write(data);
            file.commit();
        } catch (IOException e) {
            Path dir = target.toAbsolutePath().getParent();
            throw IoProblem.wrap("cannot write " + target.getFileName() + " in " + dir, e,
                    existed ? "the previous file is unchanged" : "nothing was created");
        }
    }

    /** {@link #write(Path, byte[])} for text, UTF-8. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        write(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends {@code text} (UTF-8) to {@code target} (created if missing) atomically: the old
     * contents and the new text go to a temporary file that then replaces the target.
     *
     * @throws IOException naming the file and saying why; the old file is then unchanged
     */
    public static void appendString(Path target, CharSequence text) throws IOException {
        byte[] old = Files.exists(target) ? Files.readAllBytes(target) : new byte[0];
        byte[] more = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(old, old.length + more.length);
        System.arraycopy(more, 0, all, old.length, more.length);
        write(target, all);
    }

    /** @return where bytes go until {@link #commit()}; wrap it in a buffer for small writes */
    public OutputStream stream() {
        return stream;
    }

    /** @return the file to be replaced (symbolic links resolved) */
    public Path target() {
        return target;
    }

    /** @return the temporary file */
    public Path temp() {
        return temp;
    }

    /** @return whether the target existed when this was created (so a failure keeps an old file) */
    public boolean targetExisted() {
        return targetExisted;
    }

    /**
     * Forces the bytes to disk, closes the temporary file and renames it over the target. Flush any
     * buffer around {@link #stream()} first.
     *
     * @throws IOException if syncing, closing or renaming fails; the temporary file is then still
     *     there, for {@link #discard()} or {@link #keepAs(Path)}
     */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("AtomicFile for " + target + " was already committed or discarded");
        }
        // sync before the rename: otherwise a crash soon after could leave the new name on an
        // empty file on some file systems, which is the very loss this class prevents
        stream.getFD().sync();
        closeStream();
        move(temp, target);
        finished = true;
    }

    /**
     * Moves the temporary file to {@code aside} (replacing a file there) instead of the target,
     * which stays untouched.
     *
     * @throws IOException if it cannot be moved; the temporary file is then deleted
     */
    public void keepAs(Path aside) throws IOException {
        finished = true;
        try {
            closeStream();
            move(temp, aside);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Deletes the temporary file; the target stays untouched. Never throws. */
    public void discard() {
        finished = true;
        try {
            closeStream();
        } catch (IOException e) {
            // the file is deleted anyway
        }
        deleteQuietly(temp);
    }

    /** Discards the file unless it was committed or kept. */
    @Override
    public void close() {
        if (!finished) {
            discard();
        }
    }

    /** Closes the temporary file's stream (idempotent), so that it can be truncated or moved. */
    void closeStream() throws IOException {
        if (open) {
            open = false;
            stream.close();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (rare; both files are in one directory): a plain
            // replace still never leaves a half-written target
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | SecurityException e) {
            // nothing more can be done; the caller's error says what failed
        }
    }
}
