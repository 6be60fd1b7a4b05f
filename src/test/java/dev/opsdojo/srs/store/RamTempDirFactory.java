package dev.opsdojo.srs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders in memory (/dev/shm) where there is one, for the table tests that open a store hundreds of times:
 * they check what recovery decides, not what the disk keeps, and a forced write there costs microseconds instead of
 * milliseconds. Elsewhere, the usual temporary folder. The kill test and the benchmark use the real disk.
 */
public final class RamTempDirFactory implements TempDirFactory {
    private static final Path SHM = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext) throws IOException {
        return newDirectory();
    }

    /** A new empty folder; the caller deletes it (see {@link #deleteRecursively}). */
    static Path newDirectory() throws IOException {
        if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
            return Files.createTempDirectory(SHM, "opsdojo-store-test");
        }
        return Files.createTempDirectory("opsdojo-store-test");
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
