package dev.opsdojo.srs.store;

import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import dev.opsdojo.srs.store.RecoveryReport.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's flashcard progress in the user-data folder, durable event by event.
 *
 * <p>Two files: {@code reviews.log}, an append-only JSON Lines log with one {@link ReviewEvent} per line, each line
 * carrying a CRC32 of its JSON; and {@code collection.json}, a snapshot of the collection after the event
 * {@code lastSeq}, replaced atomically every {@link Options#snapshotEveryEvents()} events and on {@link #close()},
 * the previous one kept as {@code collection.json.bak}. ({@code reviews.lock} keeps a second app instance out.)
 *
 * <p>The rule: when {@link #append} returns, the event is on the disk (the line is forced to the device), so a
 * rating the learner has seen accepted survives a crash or a kill at any instant. {@link #open} rebuilds the
 * collection from the newest readable snapshot plus the later log lines, and never discards anything silently: an
 * unfinished last line (a crash mid-append, never acknowledged) is cut off and kept aside; a damaged line or snapshot
 * is reported with its file and line, kept aside, and every intact event is kept. See {@link #recovery()}.
 *
 * <p>Thread-safe (every method is synchronized); appends are meant to come from one place, the reviewer.
 */
public final class ReviewStore implements AutoCloseable {
    public static final String LOG_FILE = "reviews.log";
    public static final String SNAPSHOT_FILE = "collection.json";
    public static final String SNAPSHOT_BACKUP_FILE = "collection.json.bak";
    /** Held (an OS file lock) while a store is open; empty; never deleted. */
    public static final String LOCK_FILE = "reviews.lock";

    /**
     * @param snapshotEveryEvents how many appended events between snapshots: a snapshot rewrites every card, an
     *                            append writes one line, so this trades append cost against replay length at open
     * @param clock               for the time of undo events and the timestamps of files kept aside
     */
    public record Options(int snapshotEveryEvents, Clock clock) {
        public Options {
            if (snapshotEveryEvents < 1) {
                throw new IllegalArgumentException("snapshotEveryEvents must be at least 1, was " + snapshotEveryEvents);
            }
            Objects.requireNonNull(clock, "clock");
        }

        public static Options defaults() {
            return new Options(200, Clock.systemUTC());
        }

        public Options withSnapshotEveryEvents(int events) {
            return new Options(events, clock);
        }

        public Options withClock(Clock newClock) {
            return new Options(snapshotEveryEvents, newClock);
        }
    }

    private final StoreFiles files;
    private final Path logPath;
    private final Options options;
    private RecoveryReport recovery = new RecoveryReport(List.of());
    private final CollectionState state;
    private final LogIndex index;
    private final Set<Long> undoneSeqs;
    private FileChannel log;
    private final FileChannel lock;
    private long logSize;
    private int appendsSinceSnapshotAttempt;
    private long snapshotSeq = -1; // the lastSeq of collection.json as this store last wrote or read it; -1: none usable
    private List<ReviewEvent> allEvents; // loaded on first use: statistics need it, reviewing does not
    private IOException lastSnapshotFailure;
    private boolean closed;

    private ReviewStore(StoreFiles files, Options options, CollectionState state, LogIndex index, Set<Long> undoneSeqs,
                        FileChannel log, long logSize, FileChannel lock) {
        this.files = files;
        this.logPath = files.resolve(LOG_FILE);
        this.options = options;
        this.state = state;
        this.index = index;
        this.undoneSeqs = undoneSeqs;
        this.log = log;
        this.logSize = logSize;
        this.lock = lock;
    }

    public static ReviewStore open(Path directory) throws IOException {
        return open(directory, Options.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code directory} and recovers it: the snapshot, or if it is unreadable
     * the last good copy, or else nothing; then every log event after the snapshot. What was found and done is in
     * {@link #recovery()}. Throws only if the folder cannot be read or written at all.
     */
    public static ReviewStore open(Path directory, Options options) throws IOException {
        Files.createDirectories(directory);
        FileChannel lock = lockAgainstOtherInstances(directory);
        try {
            return recover(directory, options, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * One process uses a store at a time: a second app instance on the same folder would hand out the same seqs and
     * "repair" files the first one is writing. The OS drops the lock when the process dies, even by SIGKILL. A separate
     * lock file, because recovery may replace the log file, and because Windows locks also block reading.
     */
    private static FileChannel lockAgainstOtherInstances(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the review store in " + directory + " is already open (in another OpsDojo window?)");
        }
        return channel;
    }

    private static ReviewStore recover(Path directory, Options options, FileChannel lock) throws IOException {
        StoreFiles files = new StoreFiles(directory, options.clock());
        Recovery recovery = new Recovery(files);
        recovery.removeUnfinishedTemporaryFiles();

        Recovery.LoadedSnapshot snapshot = recovery.loadSnapshot();
        Path logPath = files.resolve(LOG_FILE);
        boolean logExisted = Files.exists(logPath);
        Recovery.LogScan scan = recovery.scanLog(logPath, snapshot.snapshot().lastSeq());
        recovery.repairLog(logPath, scan);

        FileChannel channel = FileChannel.open(logPath, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (!logExisted) {
                files.syncDirectory();
            }
            long size = channel.size();
            if (size != scan.cleanSize) {
                throw new IOException(logPath + " is " + size + " bytes after recovery, expected " + scan.cleanSize);
            }
            CollectionState state = CollectionState.of(snapshot.snapshot());
            long snapshotSeq = state.lastSeq;
            long logSeq = scan.index.lastSeq();
            if (snapshotSeq > logSeq) {
                recovery.note(Level.ERROR, (logExisted ? LOG_FILE + " ends at event #" + logSeq : LOG_FILE + " is missing")
                        + " but " + snapshot.fileName() + " includes events up to #" + snapshotSeq + ": the log lost events. "
                        + "The collection keeps their effect; the review history (statistics, export) lacks them.");
            }
            ReviewStore store = new ReviewStore(files, options, state, scan.index, scan.undone, channel, size, lock);
            for (ReviewEvent event : scan.tail) {
                state.apply(event, store::eventBySeq)
                        .ifPresent(why -> recovery.note(Level.WARNING, LOG_FILE + ": " + why + "."));
            }
            boolean rebuilt = !snapshot.primary() && state.lastSeq > 0;
            if (rebuilt) {
                recovery.note(Level.INFO, "The collection was rebuilt from "
                        + (snapshot.fileName() == null ? LOG_FILE + " alone (" + scan.tail.size() + " events)"
                                : snapshot.fileName() + " (events up to #" + snapshotSeq + ") and " + scan.tail.size()
                                        + " later events of " + LOG_FILE)
                        + ".");
            }
            store.snapshotSeq = snapshot.primary() ? snapshotSeq : -1;
            store.appendsSinceSnapshotAttempt = scan.tail.size();
            if (rebuilt || store.appendsSinceSnapshotAttempt >= options.snapshotEveryEvents()) {
                store.trySnapshot();
                store.lastSnapshotFailure().ifPresent(e -> recovery.note(Level.WARNING, "A new " + SNAPSHOT_FILE
                        + " could not be written (" + e.getMessage() + "); the log holds every event, and the snapshot will be retried."));
            }
            store.recovery = new RecoveryReport(recovery.notices());
            return store;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** What opening found and did; {@link RecoveryReport#isClean()} after a clean shutdown. */
    public synchronized RecoveryReport recovery() {
        return recovery;
    }

    public Path directory() {
        return files.dir;
    }

    /** The seq the next appended event gets: one more than the last event in the log or snapshot, from 1. */
    public synchronized long nextSeq() {
        return Math.max(index.lastSeq(), state.lastSeq) + 1;
    }

    /**
     * Writes {@code event} to the log and forces it to the disk; when this returns, the event is durable and in
     * effect. The event's {@code seq} must be 0 (the store assigns {@link #nextSeq()}) or equal to {@code nextSeq()}.
     * A review's {@code before} must be the card's current state ({@link #card}) if the store has the card, so that
     * undo restores exactly it; an undo must name a review that is not undone and whose card has not changed since.
     * An event that breaks these rules is refused with an exception and nothing is written.
     *
     * @return the event as written, with its seq
     * @throws IOException if the line could not be written and forced; the log is then as before the call
     */
    public synchronized ReviewEvent append(ReviewEvent event) throws IOException {
        ensureOpen();
        ReviewEvent stamped = stamp(Objects.requireNonNull(event, "event"));
        checkAppendable(stamped);
        writeLine(stamped);
        if (++appendsSinceSnapshotAttempt >= options.snapshotEveryEvents()) {
            trySnapshot();
        }
        return stamped;
    }

    /**
     * Takes back the most recent review that is not undone yet (a second call takes back the one before it), by
     * appending an {@link ReviewEvent.Undone}. Returns the card as it was before that review, or empty if there is
     * no review left to undo.
     *
     * @throws IllegalStateException if that review's card has changed since (possible only after a damaged log)
     */
    public synchronized Optional<SrsCard> undoLast() throws IOException {
        ensureOpen();
        Optional<ReviewEvent.Reviewed> target = latestEffectiveReview(null);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        append(new ReviewEvent.Undone(0, options.clock().instant(), target.get().seq()));
        return Optional.of(target.get().before());
    }

    /** The most recent review of {@code cardId} that is still in effect (not undone), if any. */
    public synchronized Optional<ReviewEvent.Reviewed> lastReviewOf(String cardId) {
        if (!state.cards.containsKey(cardId)) {
            return Optional.empty();
        }
        return latestEffectiveReview(cardId);
    }

    /** The review that {@link #undoLast()} would take back. */
    public synchronized Optional<ReviewEvent.Reviewed> lastUndoableReview() {
        return latestEffectiveReview(null);
    }

    /** A copy of every card's scheduling state, by card id; a card never reviewed is absent. */
    public synchronized Map<String, SrsCard> cards() {
        return Map.copyOf(state.cards);
    }

    public synchronized Optional<SrsCard> card(String cardId) {
        return Optional.ofNullable(state.cards.get(cardId));
    }

    public synchronized boolean isSuspended(String cardId) {
        return state.suspended.contains(cardId);
    }

    public synchronized Set<String> suspendedCardIds() {
        return Set.copyOf(state.suspended);
    }

    /** The day a buried card comes back (it is hidden before the start of that day), if it is buried. */
    public synchronized Optional<LocalDate> buriedUntil(String cardId) {
        return Optional.ofNullable(state.buriedUntil.get(cardId));
    }

    /** True if the card is buried on {@code today}: its bury date is after today. */
    public synchronized boolean isBuried(String cardId, LocalDate today) {
        LocalDate until = state.buriedUntil.get(cardId);
        return until != null && today.isBefore(until);
    }

    /**
     * Every event of the log in order, for statistics and export (undone reviews are still here, followed later by
     * their {@link ReviewEvent.Undone}). Read from the disk on the first call, then kept: with a long history that first
     * call takes a while (about 0.3 s per 100,000 reviews once the JVM is warm, a few seconds cold), so make it off the
     * UI thread.
     *
     * @throws UncheckedIOException if the log cannot be read, or was changed on the disk by something else
     */
    public synchronized List<ReviewEvent> events() {
        try {
            return List.copyOf(loadAllEvents());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of events in the log. */
    public synchronized int eventCount() {
        return index.size();
    }

    /** Writes the snapshot now (temporary file, forced, renamed over the old one, which becomes the backup). */
    public synchronized void snapshot() throws IOException {
        ensureOpen();
        byte[] json = state.toSnapshot().toJson();
        byte[] envelope = StoreJson.envelope(StoreJson.SNAPSHOT_FIELD, json);
        files.replace(SNAPSHOT_FILE, SNAPSHOT_BACKUP_FILE, channel -> {
            long end = StoreFiles.writeFully(channel, ByteBuffer.wrap(envelope), 0);
            StoreFiles.writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}), end);
        });
        snapshotSeq = state.lastSeq;
        appendsSinceSnapshotAttempt = 0;
        lastSnapshotFailure = null;
    }

    /** A snapshot failing after an append must not fail the append: the event is durable in the log already. */
    private void trySnapshot() {
        try {
            snapshot();
        } catch (IOException e) {
            lastSnapshotFailure = e;
            appendsSinceSnapshotAttempt = 0; // retried after another interval, and on close
        }
    }

    /** Why the last periodic snapshot failed, if it did (the events stay safe in the log; the next one retries). */
    public synchronized Optional<IOException> lastSnapshotFailure() {
        return Optional.ofNullable(lastSnapshotFailure);
    }

    /** Writes a snapshot if events came since the last one, then closes the log (releasing the lock). Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (state.lastSeq > Math.max(0, snapshotSeq)) {
                snapshot();
            }
        } finally {
            closed = true;
            try {
                log.close();
            } finally {
                lock.close();
            }
        }
    }

    // ---------------------------------------------------------------- internals

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the review store in " + files.dir + " is closed");
        }
    }

    private ReviewEvent stamp(ReviewEvent event) {
        long seq = nextSeq();
        if (event.seq() == seq) {
            return event;
        }
        if (event.seq() != 0) {
            throw new IllegalArgumentException("event seq " + event.seq() + " is not the next seq " + seq + " (pass 0 to have it assigned)");
        }
        if (event instanceof ReviewEvent.Reviewed r) {
            return new ReviewEvent.Reviewed(seq, r.at(), r.cardId(), r.rating(), r.answerMillis(), r.before(), r.after());
        } else if (event instanceof ReviewEvent.Undone u) {
            return new ReviewEvent.Undone(seq, u.at(), u.undoneSeq());
        } else if (event instanceof ReviewEvent.Suspended s) {
            return new ReviewEvent.Suspended(seq, s.at(), s.cardId(), s.suspended());
        } else if (event instanceof ReviewEvent.Buried b) {
            return new ReviewEvent.Buried(seq, b.at(), b.cardId(), b.until());
        }
        throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }

    private void checkAppendable(ReviewEvent event) throws IOException {
        Objects.requireNonNull(event.at(), "event time (at)");
        if (event instanceof ReviewEvent.Reviewed r) {
            Objects.requireNonNull(r.cardId(), "cardId");
            Objects.requireNonNull(r.rating(), "rating");
            Objects.requireNonNull(r.before(), "before");
            Objects.requireNonNull(r.after(), "after");
            if (!r.cardId().equals(r.before().cardId()) || !r.cardId().equals(r.after().cardId())) {
                throw new IllegalArgumentException("review of card " + r.cardId() + " carries states of cards "
                        + r.before().cardId() + " and " + r.after().cardId());
            }
            SrsCard current = state.cards.get(r.cardId());
            if (current != null && !current.equals(r.before())) {
                throw new IllegalArgumentException("review of card " + r.cardId() + ": 'before' is not the card's current state "
                        + "(a stale copy?); current " + current + ", before " + r.before());
            }
        } else if (event instanceof ReviewEvent.Undone u) {
            ReviewEvent target = eventBySeq(u.undoneSeq()).orElseThrow(() ->
                    new IllegalStateException("cannot undo #" + u.undoneSeq() + ": there is no such event"));
            if (!(target instanceof ReviewEvent.Reviewed review)) {
                throw new IllegalStateException("cannot undo #" + u.undoneSeq() + ": it is not a review");
            }
            if (undoneSeqs.contains(review.seq())) {
                throw new IllegalStateException("cannot undo review #" + review.seq() + ": it is undone already");
            }
            if (!Objects.equals(state.cards.get(review.cardId()), review.after())) {
                throw new IllegalStateException("cannot undo review #" + review.seq() + " of card " + review.cardId()
                        + ": the card has changed since");
            }
        } else if (event instanceof ReviewEvent.Suspended s) {
            Objects.requireNonNull(s.cardId(), "cardId");
        } else if (event instanceof ReviewEvent.Buried b) {
            Objects.requireNonNull(b.cardId(), "cardId");
        }
    }

    private void writeLine(ReviewEvent event) throws IOException {
        byte[] envelope = StoreJson.envelope(StoreJson.EVENT_FIELD, StoreJson.EVENT_WRITER.writeValueAsBytes(event));
        ByteBuffer line = ByteBuffer.allocate(envelope.length + 1);
        line.put(envelope).put((byte) '\n').flip();
        reopenIfClosedByInterrupt();
        long start = logSize;
        try {
            StoreFiles.writeFully(log, line, start);
            log.force(false);
        } catch (IOException failed) {
            // Not acknowledged, so not kept: cut the partial line off now, or (if the channel is gone) on the next append.
            try {
                if (log.isOpen()) {
                    log.truncate(start);
                    log.force(false);
                }
            } catch (IOException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        logSize = start + line.limit();
        index.add(event.seq(), start, envelope.length, Recovery.kindOf(event));
        state.apply(event, this::eventBySeq);
        if (event instanceof ReviewEvent.Undone u) {
            undoneSeqs.add(u.undoneSeq());
        }
        if (allEvents != null) {
            allEvents.add(event);
        }
    }

    /** An interrupt during channel I/O closes the channel; reopen it and drop anything past the last acknowledged line. */
    private void reopenIfClosedByInterrupt() throws IOException {
        if (log.isOpen()) {
            return;
        }
        log = FileChannel.open(logPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (log.size() > logSize) {
            log.truncate(logSize);
            log.force(false);
        }
    }

    private Optional<ReviewEvent.Reviewed> latestEffectiveReview(String cardIdOrNull) {
        try {
            // Looking for one card, skip other cards' lines without parsing them: the id as it appears in the JSON.
            byte[] cardField = cardIdOrNull == null ? null : cardIdField(cardIdOrNull);
            for (int i = index.size() - 1; i >= 0; i--) {
                if (index.kind(i) != LogIndex.REVIEW || undoneSeqs.contains(index.seq(i))) {
                    continue;
                }
                ReviewEvent.Reviewed review;
                if (allEvents != null) {
                    review = (ReviewEvent.Reviewed) allEvents.get(i);
                } else {
                    byte[] line = readLine(i);
                    if (cardField != null && !contains(line, cardField)) {
                        continue;
                    }
                    review = (ReviewEvent.Reviewed) decode(line, 0, line.length, i);
                }
                if (cardIdOrNull == null || cardIdOrNull.equals(review.cardId())) {
                    return Optional.of(review);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cardIdField(String cardId) throws IOException {
        byte[] name = "\"cardId\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] value = StoreJson.MAPPER.writeValueAsBytes(cardId);
        byte[] field = Arrays.copyOf(name, name.length + value.length);
        System.arraycopy(value, 0, field, name.length, value.length);
        return field;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private Optional<ReviewEvent> eventBySeq(long seq) {
        int i = index.find(seq);
        if (i < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(eventAt(i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReviewEvent eventAt(int i) throws IOException {
        if (allEvents != null) {
            return allEvents.get(i);
        }
        byte[] line = readLine(i);
        return decode(line, 0, line.length, i);
    }

    private byte[] readLine(int i) throws IOException {
        reopenIfClosedByInterrupt();
        ByteBuffer buffer = ByteBuffer.allocate(index.length(i));
        long position = index.offset(i);
        while (buffer.hasRemaining()) {
            if (log.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(logPath + " is shorter than expected: it was changed on the disk by something else");
            }
        }
        return buffer.array();
    }

    private List<ReviewEvent> loadAllEvents() throws IOException {
        if (allEvents == null) {
            List<ReviewEvent> loaded = new ArrayList<>(index.size() + 64);
            LineReader.forEachLine(logPath, (bytes, start, end, fileOffset, terminated) -> {
                int i = loaded.size();
                if (i >= index.size() || !terminated || index.offset(i) != fileOffset) {
                    throw new IOException(logPath + " was changed on the disk by something else (at byte " + fileOffset + ")");
                }
                loaded.add(decode(bytes, start, end, i));
            });
            if (loaded.size() != index.size()) {
                throw new IOException(logPath + " was changed on the disk by something else (" + loaded.size() + " lines, expected " + index.size() + ")");
            }
            allEvents = loaded;
        }
        return allEvents;
    }

    private ReviewEvent decode(byte[] bytes, int start, int end, int i) throws IOException {
        StoreJson.Opened opened = StoreJson.open(StoreJson.EVENT_FIELD, bytes, start, end);
        if (!opened.ok()) {
            throw new IOException(logPath + " line " + (i + 1) + " was changed on the disk by something else: " + opened.problem());
        }
        ReviewEvent event = StoreJson.EVENT_READER.readValue(bytes, opened.jsonStart(), opened.jsonEnd() - opened.jsonStart());
        if (event.seq() != index.seq(i)) {
            throw new IOException(logPath + " line " + (i + 1) + " was changed on the disk by something else: seq " + event.seq()
                    + ", expected " + index.seq(i));
        }
        return event;
    }

    @Override
    public String toString() {
        return "ReviewStore[" + files.dir + ", " + index.size() + " events, " + state.cards.size() + " cards]";
    }
}
