package dev.opsdojo.srs.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * File mechanics of the review store: durable writes (data forced to the device before a rename publishes it,
 * the folder forced after), and copies kept aside as {@code NAME.KIND-TIMESTAMP} (the naming of
 * {@link dev.opsdojo.storage.JsonStore}), never overwriting an earlier copy.
 */
final class StoreFiles {
    static final String TEMP_SUFFIX = ".tmp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    final Path dir;
    private final Clock clock;

    StoreFiles(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    Path resolve(String fileName) {
        return dir.resolve(fileName);
    }

    /** Moves a damaged file out of the way, keeping it for inspection. */
    Path moveAside(Path file, String kind) throws IOException {
        Path aside = reserveAsideName(file.getFileName().toString(), kind);
        move(file, aside);
        syncDirectory();
        return aside;
    }

    /** Keeps a durable copy of a file before it is repaired in place. */
    Path copyAside(Path file, String kind) throws IOException {
        Path aside = reserveAsideName(file.getFileName().toString(), kind);
        Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
        force(aside);
        syncDirectory();
        return aside;
    }

    /** Keeps some bytes (say, an unfinished line cut off a file) beside the file they came from. */
    Path writeAside(String fileName, String kind, byte[] bytes) throws IOException {
        Path aside = reserveAsideName(fileName, kind);
        try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
            writeFully(channel, ByteBuffer.wrap(bytes), 0);
            channel.force(true);
        }
        syncDirectory();
        return aside;
    }

    /**
     * Replaces {@code fileName} with {@code bytes} so that a crash at any instant leaves a readable file:
     * write a temporary file, force it, then rename. If {@code backupName} is given, the file being replaced
     * becomes that backup first (a crash between the two renames leaves only the backup, which readers accept).
     */
    void replace(String fileName, String backupName, WriteBody body) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName);
        Path temp = Files.createTempFile(dir, fileName + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.write(channel);
                channel.force(true);
            }
            if (backupName != null && Files.exists(target)) {
                move(target, dir.resolve(backupName));
            }
            move(temp, target);
            syncDirectory();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    interface WriteBody {
        void write(FileChannel channel) throws IOException;
    }

    static long writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        return at;
    }

    /** Makes renames and new files in the folder durable. Not possible on every platform (Windows): best effort. */
    void syncDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The data itself is forced; only the directory entry's durability is left to the OS here.
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates (empty) and returns {@code NAME.KIND-TIMESTAMP}, or {@code …-2}, {@code …-3} if that is taken. */
    private Path reserveAsideName(String fileName, String kind) throws IOException {
        String base = fileName + "." + kind + "-" + STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }
}
