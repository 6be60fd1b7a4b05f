package dev.opsdojo.srs.store;

import static dev.opsdojo.srs.store.ReviewStore.LOG_FILE;
import static dev.opsdojo.srs.store.ReviewStore.SNAPSHOT_BACKUP_FILE;
import static dev.opsdojo.srs.store.ReviewStore.SNAPSHOT_FILE;

import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.store.RecoveryReport.Level;
import dev.opsdojo.srs.store.RecoveryReport.Notice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ReviewStore#open} does before the store is usable: load the newest readable snapshot, check every
 * line of the log, cut off an unfinished last line, set a damaged log or snapshot aside and carry on with every intact
 * event, and write down each step as a {@link Notice}.
 */
final class Recovery {
    /** An unfinished append is one line, well under this; a longer unterminated tail is damage, not a torn write. */
    static final int TORN_LINE_LIMIT_BYTES = 64 * 1024;
    private static final int LINES_LISTED = 20;

    private final StoreFiles files;
    private final List<Notice> notices = new ArrayList<>();

    Recovery(StoreFiles files) {
        this.files = files;
    }

    List<Notice> notices() {
        return notices;
    }

    void note(Level level, String message) {
        notices.add(new Notice(level, message));
    }

    // ---------------------------------------------------------------- temporary files

    /** A temporary file left by a crash mid-save is never the only copy of anything: the rename had not happened. */
    void removeUnfinishedTemporaryFiles() throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(files.dir,
                "{" + SNAPSHOT_FILE + "," + LOG_FILE + "}.*" + StoreFiles.TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
                note(Level.INFO, "Removed " + temp.getFileName() + ", a half-written temporary file from a save that was interrupted.");
            }
        }
    }

    // ---------------------------------------------------------------- snapshot

    /** The snapshot that was loaded, and from which file ({@code null} if none). */
    record LoadedSnapshot(Snapshot snapshot, String fileName) {
        boolean primary() {
            return SNAPSHOT_FILE.equals(fileName);
        }
    }

    LoadedSnapshot loadSnapshot() {
        Path current = files.resolve(SNAPSHOT_FILE);
        boolean currentExisted = Files.exists(current);
        if (currentExisted) {
            Optional<Snapshot> loaded = readSnapshotOrSetAside(current);
            if (loaded.isPresent()) {
                return new LoadedSnapshot(loaded.get(), SNAPSHOT_FILE);
            }
        }
        Path backup = files.resolve(SNAPSHOT_BACKUP_FILE);
        if (Files.exists(backup)) {
            Optional<Snapshot> loaded = readSnapshotOrSetAside(backup);
            if (loaded.isPresent()) {
                if (!currentExisted) {
                    note(Level.INFO, SNAPSHOT_FILE + " was missing (the app stopped while replacing it); using the last good copy, "
                            + SNAPSHOT_BACKUP_FILE + ".");
                }
                return new LoadedSnapshot(loaded.get(), SNAPSHOT_BACKUP_FILE);
            }
        }
        return new LoadedSnapshot(Snapshot.empty(), null);
    }

    private Optional<Snapshot> readSnapshotOrSetAside(Path file) {
        String problem;
        try {
            return Optional.of(readSnapshot(file));
        } catch (NoSuchFileException vanished) {
            return Optional.empty();
        } catch (IOException | RuntimeException broken) {
            problem = broken.getMessage();
        }
        String aside;
        try {
            aside = "kept as " + files.moveAside(file, "corrupt");
        } catch (IOException moveFailed) {
            aside = "could not be moved aside (" + moveFailed.getMessage() + ")";
        }
        note(Level.ERROR, file + " could not be read (" + problem + "); " + aside + ".");
        return Optional.empty();
    }

    static Snapshot readSnapshot(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        if (end == 0) {
            throw new IOException("the file is empty");
        }
        StoreJson.Opened opened = StoreJson.open(StoreJson.SNAPSHOT_FIELD, bytes, 0, end);
        if (!opened.ok()) {
            throw new IOException(opened.problem());
        }
        return Snapshot.fromJson(bytes, opened.jsonStart(), opened.jsonEnd() - opened.jsonStart());
    }

    // ---------------------------------------------------------------- log

    record BadLine(int lineNumber, String problem) {
    }

    /** One pass over the log: checks every line, indexes the good ones, parses only what replay and undo need. */
    static final class LogScan implements LineReader.Sink {
        private final long snapshotSeq;
        final LogIndex index = new LogIndex();
        final List<ReviewEvent> tail = new ArrayList<>();
        final Set<Long> undone = new HashSet<>();
        final List<BadLine> bad = new ArrayList<>();
        final Set<Integer> badLineNumbers = new HashSet<>();
        int lines;
        long cleanSize; // the size of the log once bad lines are gone and every kept line ends in '\n'
        byte[] tornBytes; // an unfinished last line, cut off
        long tornOffset;
        boolean completedTail; // a last line that is whole except for its '\n'

        LogScan(long snapshotSeq) {
            this.snapshotSeq = snapshotSeq;
        }

        @Override
        public void line(byte[] bytes, int start, int end, long fileOffset, boolean terminated) {
            lines++;
            String problem = accept(bytes, start, end);
            if (!terminated) {
                if (problem == null) {
                    completedTail = true;
                } else {
                    tornBytes = Arrays.copyOfRange(bytes, start, end);
                    tornOffset = fileOffset;
                }
                return;
            }
            if (problem != null) {
                bad.add(new BadLine(lines, problem));
                badLineNumbers.add(lines);
            }
        }

        /** Indexes the line and returns null, or returns why it is not a good event line. */
        private String accept(byte[] bytes, int start, int end) {
            StoreJson.Opened opened = StoreJson.open(StoreJson.EVENT_FIELD, bytes, start, end);
            if (!opened.ok()) {
                return end == start ? "an empty line" : opened.problem();
            }
            int jsonStart = opened.jsonStart();
            int jsonEnd = opened.jsonEnd();
            Optional<Long> quickSeq = StoreJson.quickSeq(bytes, jsonStart, jsonEnd);
            boolean undo = StoreJson.hasType(bytes, jsonStart, jsonEnd, "undo");
            ReviewEvent event = null;
            if (quickSeq.isEmpty() || quickSeq.get() > snapshotSeq || undo) {
                try {
                    event = StoreJson.EVENT_READER.readValue(bytes, jsonStart, jsonEnd - jsonStart);
                } catch (IOException | RuntimeException unreadable) {
                    String why = unreadable instanceof com.fasterxml.jackson.core.JsonProcessingException json
                            ? json.getOriginalMessage() : unreadable.getMessage();
                    return "the checksum matches but the event cannot be read by this version (" + why + ")";
                }
                String incomplete = incompleteness(event);
                if (incomplete != null) {
                    return "the event is incomplete (" + incomplete + ")";
                }
            }
            long seq = event != null ? event.seq() : quickSeq.get();
            byte kind = event != null ? kindOf(event)
                    : StoreJson.hasType(bytes, jsonStart, jsonEnd, "review") ? LogIndex.REVIEW : LogIndex.OTHER;
            if (seq <= index.lastSeq()) {
                return "seq " + seq + " does not come after seq " + index.lastSeq() + " (a duplicated or misplaced line)";
            }
            int length = end - start;
            index.add(seq, cleanSize, length, kind);
            cleanSize += length + 1;
            if (event != null && seq > snapshotSeq) {
                tail.add(event);
            }
            if (event instanceof ReviewEvent.Undone u) {
                undone.add(u.undoneSeq());
            }
            return null;
        }
    }

    /** What a parsed event lacks that replay needs, or null. */
    private static String incompleteness(ReviewEvent event) {
        if (event == null) {
            return "null";
        }
        if (event.at() == null) {
            return "no time";
        }
        if (event instanceof ReviewEvent.Reviewed r) {
            return r.cardId() == null || r.before() == null || r.after() == null || !r.cardId().equals(r.after().cardId())
                    ? "a review needs its card id and the card before and after" : null;
        }
        if (event instanceof ReviewEvent.Suspended s) {
            return s.cardId() == null ? "no card id" : null;
        }
        if (event instanceof ReviewEvent.Buried b) {
            return b.cardId() == null ? "no card id" : null;
        }
        return null;
    }

    static byte kindOf(ReviewEvent event) {
        return event instanceof ReviewEvent.Reviewed ? LogIndex.REVIEW : event instanceof ReviewEvent.Undone ? LogIndex.UNDO : LogIndex.OTHER;
    }

    LogScan scanLog(Path log, long snapshotSeq) throws IOException {
        LogScan scan = new LogScan(snapshotSeq);
        if (Files.exists(log)) {
            LineReader.forEachLine(log, scan);
        }
        return scan;
    }

    /**
     * Leaves the log holding exactly the indexed lines, each ending in '\n'. A damaged log is copied aside first and
     * rewritten atomically; an unfinished last line is kept aside and cut off; a whole last line missing only its
     * '\n' gets it.
     */
    void repairLog(Path log, LogScan scan) throws IOException {
        String logName = log.getFileName().toString();
        if (!scan.bad.isEmpty()) {
            Path aside = files.copyAside(log, "corrupt");
            for (BadLine bad : scan.bad.subList(0, Math.min(LINES_LISTED, scan.bad.size()))) {
                note(Level.ERROR, logName + " line " + bad.lineNumber() + ": " + bad.problem() + "; the line was dropped.");
            }
            if (scan.bad.size() > LINES_LISTED) {
                note(Level.ERROR, logName + ": " + (scan.bad.size() - LINES_LISTED) + " more damaged lines were dropped (lines "
                        + scan.bad.get(LINES_LISTED).lineNumber() + " to " + scan.bad.get(scan.bad.size() - 1).lineNumber() + ").");
            }
            note(Level.ERROR, "The damaged " + logName + " was kept as " + aside + "; " + logName + " now holds its "
                    + scan.index.size() + " intact events (every line except the ones listed).");
            files.replace(logName, null, channel -> copyGoodLines(log, scan, channel));
            if (scan.tornBytes != null) {
                noteTorn(logName, scan, "the original file, with those bytes, is " + aside);
            }
        } else if (scan.tornBytes != null) {
            Path aside = files.writeAside(logName, "torn", scan.tornBytes);
            try (FileChannel channel = FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(scan.tornOffset);
                channel.force(true);
            }
            noteTorn(logName, scan, "the bytes are kept in " + aside);
        } else if (scan.completedTail) {
            try (FileChannel channel = FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
                StoreFiles.writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}), channel.size());
                channel.force(true);
            }
        }
        if (scan.completedTail) {
            note(Level.INFO, logName + " line " + scan.lines + " was whole but lacked its line break (the app stopped as it wrote it); "
                    + "the event is kept.");
        }
    }

    private void noteTorn(String logName, LogScan scan, String where) {
        boolean plausible = scan.tornBytes.length <= TORN_LINE_LIMIT_BYTES;
        note(plausible ? Level.INFO : Level.ERROR, logName + " ended in an unfinished line (line " + scan.lines + ", "
                + scan.tornBytes.length + " bytes)"
                + (plausible ? ": the app stopped while writing it, so that event had not been confirmed. It was removed; "
                        : ", too long to be one interrupted event: the end of the file is damaged. It was removed; ")
                + where + ".");
    }

    private static void copyGoodLines(Path log, LogScan scan, FileChannel out) throws IOException {
        long[] position = {0};
        int[] lineNumber = {0};
        LineReader.forEachLine(log, (bytes, start, end, fileOffset, terminated) -> {
            lineNumber[0]++;
            boolean keep = terminated ? !scan.badLineNumbers.contains(lineNumber[0]) : scan.completedTail;
            if (keep) {
                ByteBuffer line = ByteBuffer.allocate(end - start + 1);
                line.put(bytes, start, end - start).put((byte) '\n').flip();
                position[0] = StoreFiles.writeFully(out, line, position[0]);
            }
        });
        if (position[0] != scan.cleanSize) {
            throw new IOException(log + " changed while it was being repaired (expected " + scan.cleanSize + " bytes, wrote " + position[0] + ")");
        }
    }
}
