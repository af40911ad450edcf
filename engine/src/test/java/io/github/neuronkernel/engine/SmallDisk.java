package io.github.neuronkernel.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real 64 kB tmpfs for full-disk tests: mounted in a test's temporary directory (root only, so
 * the test is skipped elsewhere) and unmounted by {@link #close()}.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a 64 kB tmpfs at {@code parent/small}; skips the test if that is not possible. */
    public static SmallDisk mount(Path parent) throws IOException {
        Path dir = Files.createDirectory(parent.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString()),
                "mounting a 64 kB tmpfs needs root; skipped");
        return new SmallDisk(dir);
    }

    /** @return where the small disk is mounted */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        run("umount", dir.toString());
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
