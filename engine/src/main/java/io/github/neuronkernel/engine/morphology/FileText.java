package io.github.neuronkernel.engine.morphology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a morphology file's text as NEURON does, one byte per character (ISO-8859-1, so no byte
 * is refused), without a leading UTF-8 byte order mark: editors on Windows may write one, and
 * NEURON stops at it in a Neurolucida file and cannot parse the first line of an SWC file
 * ({@code read_swc.hoc}'s "could not parse").
 */
final class FileText {
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";

    private FileText() {
    }

    /**
     * @param path the file
     * @param kind what it should be, for the message, e.g. {@code "SWC file"}
     * @return its text
     * @throws MorphologyException naming the kind, the file and why it cannot be read
     */
    static String read(Path path, String kind) {
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new MorphologyException("cannot read " + kind + " " + path + ": " + describe(e, path), e);
        }
        return text.startsWith(UTF8_BOM) ? text.substring(UTF8_BOM.length()) : text;
    }

    /**
     * @return why a file could not be read; for a relative name that does not exist, where it was
     *     looked for (a notebook's working directory is not always the notebook's folder)
     */
    private static String describe(IOException e, Path path) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return path.isAbsolute() ? "no such file" : "no such file (looked for " + path.toAbsolutePath() + ")";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
