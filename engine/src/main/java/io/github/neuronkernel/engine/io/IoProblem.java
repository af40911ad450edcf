package io.github.neuronkernel.engine.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Says in words why a file operation failed. The JDK reports a full disk as a bare {@code
 * IOException("No space left on device")}, or as a {@link FileSystemException} whose reason says
 * so, and wrapping layers often hide it behind "closing ... failed"; this finds it in the cause
 * chain.
 */
public final class IoProblem {
    private IoProblem() {}

    /** @return whether {@code e} or one of its causes says the disk (or the user's quota) is full */
    public static boolean diskFull(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String text = text(c).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("not enough space")
                    || text.contains("disk quota exceeded") || text.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return a short reason, e.g. "the disk is full (No space left on device)", "its directory
     *     does not exist", "permission denied", or the exception's own reason
     */
    public static String reason(Throwable e) {
        if (diskFull(e)) {
            return "the disk is full (" + rootText(e) + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "its directory does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return text(e);
    }

    /**
     * @param what what could not be done, naming the file (e.g. "cannot write /a/b.csv")
     * @param e why
     * @param outcome what state things were left in (e.g. "the previous file is unchanged")
     * @return an IOException saying all three, with {@code e} as its cause
     */
    public static IOException wrap(String what, IOException e, String outcome) {
        return new IOException(what + ": " + reason(e) + "; " + outcome, e);
    }

    private static String rootText(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String text = text(c);
            if (text.toLowerCase(Locale.ROOT).contains("space") || text.toLowerCase(Locale.ROOT).contains("quota")) {
                return text;
            }
        }
        return text(e);
    }

    private static String text(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
