package io.github.neuronkernel.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.neuronkernel.engine.api.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written through {@link AtomicFile} is replaced whole or not at all: a reader never sees it
 * half written, a failure (a full disk, a missing directory) leaves the old file and no temporary
 * file, and the message says why.
 */
class AtomicFileTest {
    private static final byte[] OLD = "old contents\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    private io.github.neuronkernel.engine.SmallDisk disk;
    private Path mounted;

    private static List<String> names(Path in) throws IOException {
        try (Stream<Path> s = Files.list(in)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTargetIsUntouchedUntilCommitThenReplacedWhole() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, OLD);
        try (AtomicFile f = AtomicFile.create(file)) {
            f.stream().write("new\n".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(OLD, Files.readAllBytes(file), "a reader still sees the old file");
            String temp = f.temp().getFileName().toString();
            assertTrue(temp.startsWith(".a.txt.") && temp.endsWith(".tmp"), temp);
            assertEquals(dir.toRealPath(), f.temp().getParent().toRealPath(), "beside the target");
            f.commit();
        }
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of("a.txt"), names(dir));
    }

    @Test
    void aFileClosedWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, OLD);
        try (AtomicFile f = AtomicFile.create(file)) {
            f.stream().write("half a li".getBytes(StandardCharsets.US_ASCII));
        }
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("a.txt"), names(dir));
    }

    @Test
    void keptLinesAreWholeAndCounted() throws IOException {
        Path file = dir.resolve("a.txt");
        try (AtomicFile f = AtomicFile.create(file)) {
            f.stream().write("one\ntwo\nthr".getBytes(StandardCharsets.US_ASCII));
            f.closeStream();
            assertEquals(2, CompleteLines.truncate(f.temp()));
            f.keepAs(dir.resolve("a.txt.partial"));
        }
        assertEquals("one\ntwo\n", Files.readString(dir.resolve("a.txt.partial")));
        assertEquals(List.of("a.txt.partial"), names(dir));
    }

    @Test
    void aSymbolicLinkStaysAndItsTargetIsReplaced() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.write(real, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        AtomicFile.writeString(link, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
    }

    @Test
    void anExistingFilesPermissionsAreKept() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, OLD);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.writeString(file, "new\n");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void appendKeepsTheOldContentsFirst() throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFile.appendString(file, "one\n");
        AtomicFile.appendString(file, "two\n");
        assertEquals("one\ntwo\n", Files.readString(file));
    }

    @Test
    void aMissingDirectoryOrADirectoryTargetIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.writeString(dir.resolve("no/such/a.txt"), "x"));
        assertEquals("cannot write a.txt in " + dir.resolve("no/such") + ": its directory does not exist; nothing was"
                + " created", e.getMessage());
        IOException d = assertThrows(IOException.class, () -> AtomicFile.writeString(dir, "x"));
        assertTrue(d.getMessage().contains("it is a directory"), d.getMessage());
    }

    @Test
    void aFullDiskSaysSoAndKeepsTheOldFile() throws IOException {
        disk = io.github.neuronkernel.engine.SmallDisk.mount(dir);
        mounted = disk.dir();
        Path file = mounted.resolve("a.csv");
        Files.write(file, OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, new byte[200_000]));
        assertEquals("cannot write a.csv in " + mounted + ": the disk is full (No space left on device); the previous"
                + " file is unchanged", e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("a.csv"), names(mounted));

        Vector big = new io.github.neuronkernel.engine.api.Simulation().Vector(new double[30_000]);
        UncheckedIOException csv = assertThrows(UncheckedIOException.class, () -> Vector.writeCsv(file.toString(), big));
        assertTrue(csv.getMessage().startsWith("CSV: cannot write a.csv in " + mounted + ": the disk is full"),
                csv.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(file));
        assertEquals(List.of("a.csv"), names(mounted));
        assertFalse(IoProblem.diskFull(new IOException("Permission denied")));
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }
}
