package dev.opsdojo.srs.store;

import static dev.opsdojo.srs.store.StoreFixtures.STAMP;
import static dev.opsdojo.srs.store.StoreFixtures.appendHistory;
import static dev.opsdojo.srs.store.StoreFixtures.copyAsCrashed;
import static dev.opsdojo.srs.store.StoreFixtures.lineStarts;
import static dev.opsdojo.srs.store.StoreFixtures.review;
import static dev.opsdojo.srs.store.StoreFixtures.seqs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.SrsCard;
import dev.opsdojo.srs.store.RecoveryReport.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The log after a crash or damage: an unfinished last line is cut off quietly, a damaged line anywhere else is
 * reported by line number with the original file kept aside, and every intact event survives.
 */
class ReviewLogRecoveryTest {
    private static final String LOG = ReviewStore.LOG_FILE;

    /** A store killed after 8 events, snapshots at #3 (backup) and #6 (current); the last event is a review. */
    @TempDir
    static Path crashedAfter8;
    private static byte[] log8;
    private static int lastLineStart;
    private static Map<String, SrsCard> cardsAfter7;
    private static Map<String, SrsCard> cardsAfter8;

    /** A store killed after 6 events with no snapshot at all: the log alone holds the collection. */
    @TempDir
    static Path crashedAfter6;
    private static byte[] log6;
    private static Map<String, SrsCard> cardsAfter6;

    @TempDir(factory = RamTempDirFactory.class)
    Path dir;

    @BeforeAll
    static void crashStores(@TempDir Path live) throws IOException {
        try (ReviewStore store = ReviewStore.open(live.resolve("a"), StoreFixtures.options().withSnapshotEveryEvents(3))) {
            appendHistory(store, 7);
            cardsAfter7 = store.cards();
            store.append(review(store, "card-2", Rating.GOOD));
            cardsAfter8 = store.cards();
            copyAsCrashed(live.resolve("a"), crashedAfter8);
        }
        log8 = Files.readAllBytes(crashedAfter8.resolve(LOG));
        List<Integer> starts = lineStarts(log8);
        lastLineStart = starts.get(starts.size() - 2);

        try (ReviewStore store = ReviewStore.open(live.resolve("b"), StoreFixtures.options())) {
            appendHistory(store, 6);
            cardsAfter6 = store.cards();
            copyAsCrashed(live.resolve("b"), crashedAfter6);
        }
        log6 = Files.readAllBytes(crashedAfter6.resolve(LOG));
    }

    private ReviewStore open() throws IOException {
        return ReviewStore.open(dir, StoreFixtures.options());
    }

    private void writeLog(byte[] bytes) throws IOException {
        Files.write(dir.resolve(LOG), bytes);
    }

    static IntStream everyLengthOfTheLastLine() {
        return IntStream.rangeClosed(0, log8.length - lastLineStart);
    }

    @ParameterizedTest(name = "last line cut to {0} bytes")
    @MethodSource("everyLengthOfTheLastLine")
    void aLastLineCutAnywhereLosesAtMostThatUnconfirmedEvent(int keptBytes) throws IOException {
        copyAsCrashed(crashedAfter8, dir);
        int lineLength = log8.length - lastLineStart;
        writeLog(Arrays.copyOf(log8, lastLineStart + keptBytes));

        boolean whole = keptBytes >= lineLength - 1; // all but the '\n' is a whole event: kept
        try (ReviewStore store = open()) {
            assertThat(seqs(store)).containsExactly(LongStream.rangeClosed(1, whole ? 8 : 7).toArray());
            assertThat(store.cards()).isEqualTo(whole ? cardsAfter8 : cardsAfter7);
            assertThat(store.recovery().hasErrors()).isFalse();
            if (keptBytes == 0 || keptBytes == lineLength) {
                assertThat(store.recovery().isClean()).isTrue();
            } else {
                assertThat(store.recovery().notices()).singleElement().satisfies(notice -> {
                    assertThat(notice.level()).isEqualTo(Level.INFO);
                    assertThat(notice.message()).startsWith(LOG + " ").contains("line 8", whole ? "lacked its line break" : "unfinished line");
                });
            }
            assertThat(Files.readAllBytes(dir.resolve(LOG))).isEqualTo(Arrays.copyOf(log8, whole ? log8.length : lastLineStart));
            if (!whole && keptBytes > 0) {
                assertThat(dir.resolve(LOG + ".torn-" + STAMP))
                        .hasBinaryContent(Arrays.copyOfRange(log8, lastLineStart, lastLineStart + keptBytes));
            }
        }
    }

    static IntStream someLengthsOfTheLastLine() {
        int lineLength = log8.length - lastLineStart;
        return IntStream.of(0, 1, lineLength / 2, lineLength - 1, lineLength);
    }

    @ParameterizedTest(name = "last line cut to {0} bytes")
    @MethodSource("someLengthsOfTheLastLine")
    void afterACutTheStoreAppendsAndNextOpensClean(int keptBytes) throws IOException {
        copyAsCrashed(crashedAfter8, dir);
        writeLog(Arrays.copyOf(log8, lastLineStart + keptBytes));
        long expectedEvents;
        try (ReviewStore store = open()) {
            store.append(review(store, "card-4", Rating.EASY));
            expectedEvents = store.events().size();
        }

        try (ReviewStore reopened = open()) {
            assertThat(reopened.recovery().isClean()).isTrue();
            assertThat(reopened.events()).hasSize((int) expectedEvents);
            assertThat(seqs(reopened)).isSorted().doesNotHaveDuplicates();
        }
    }

    /** Every byte of the envelope's head, then every 8th byte of the event (CRC32 catches any one changed byte). */
    static IntStream bytesOfLine3() {
        List<Integer> starts = lineStarts(log6);
        int start = starts.get(2);
        int end = starts.get(3) - 1; // not its '\n'
        return IntStream.range(start, end).filter(offset -> offset - start < 30 || (offset - start) % 8 == 0 || offset == end - 1);
    }

    @ParameterizedTest(name = "byte {0} flipped")
    @MethodSource("bytesOfLine3")
    void aDamagedByteInTheMiddleIsReportedWithItsLineNumberAndEverythingElseKept(int offset) throws IOException {
        copyAsCrashed(crashedAfter6, dir);
        byte[] damaged = log6.clone();
        damaged[offset] ^= 0x01;
        writeLog(damaged);

        try (ReviewStore store = open()) {
            RecoveryReport report = store.recovery();
            assertThat(report.atLevel(Level.ERROR)).first().satisfies(n -> assertThat(n.message()).startsWith(LOG + " line 3: "));
            assertThat(report.atLevel(Level.ERROR)).last().satisfies(n ->
                    assertThat(n.message()).contains(dir.resolve(LOG + ".corrupt-" + STAMP).toString()));
            assertThat(dir.resolve(LOG + ".corrupt-" + STAMP)).hasBinaryContent(damaged);
            assertThat(seqs(store)).containsExactly(1, 2, 4, 5, 6);
            // line 3 reviewed card-2 for the first time; nothing else touched it
            assertThat(store.cards()).containsOnlyKeys("card-0", "card-1", "card-3");
            assertThat(store.cards().get("card-0")).isEqualTo(cardsAfter6.get("card-0"));
        }
        try (ReviewStore reopened = open()) {
            assertThat(reopened.recovery().isClean()).as("the log was repaired once, not again on every start").isTrue();
            assertThat(seqs(reopened)).containsExactly(1, 2, 4, 5, 6);
        }
    }

    @Test
    void aLineThatIsNotJsonIsReportedAndSkipped() throws IOException {
        copyAsCrashed(crashedAfter6, dir);
        String text = new String(log6, StandardCharsets.UTF_8);
        int third = lineStarts(log6).get(2);
        writeLog((text.substring(0, third) + "hello, I am not an event\n" + text.substring(third)).getBytes(StandardCharsets.UTF_8));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).first().satisfies(n ->
                    assertThat(n.message()).startsWith(LOG + " line 3: not a checksummed record"));
            assertThat(seqs(store)).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(store.cards()).isEqualTo(cardsAfter6);
        }
    }

    @Test
    void anEmptyLineIsReported() throws IOException {
        copyAsCrashed(crashedAfter6, dir);
        String text = new String(log6, StandardCharsets.UTF_8);
        writeLog(text.replaceFirst("\n", "\n\n").getBytes(StandardCharsets.UTF_8));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).first().satisfies(n ->
                    assertThat(n.message()).isEqualTo(LOG + " line 2: an empty line; the line was dropped."));
            assertThat(seqs(store)).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void aDuplicatedLineIsReportedAndTheCopyDropped() throws IOException {
        copyAsCrashed(crashedAfter6, dir);
        List<Integer> starts = lineStarts(log6);
        String text = new String(log6, StandardCharsets.UTF_8);
        String line2 = text.substring(starts.get(1), starts.get(2));
        writeLog((text.substring(0, starts.get(2)) + line2 + text.substring(starts.get(2))).getBytes(StandardCharsets.UTF_8));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).first().satisfies(n ->
                    assertThat(n.message()).startsWith(LOG + " line 3: seq 2 does not come after seq 2"));
            assertThat(seqs(store)).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void manyDamagedLinesAreListedUpToTwentyThenSummed() throws IOException {
        try (ReviewStore store = open()) {
            appendHistory(store, 50);
        }
        Files.delete(dir.resolve(ReviewStore.SNAPSHOT_FILE)); // the log alone, so the last damaged line loses nothing the snapshot has
        List<String> lines = StoreFixtures.lines(dir.resolve(LOG));
        StringBuilder damaged = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            damaged.append(i % 2 == 1 ? lines.get(i).replace("\"seq\"", "\"sEq\"") : lines.get(i)).append('\n');
        }
        writeLog(damaged.toString().getBytes(StandardCharsets.UTF_8));

        try (ReviewStore store = open()) {
            List<RecoveryReport.Notice> errors = store.recovery().atLevel(Level.ERROR);
            assertThat(errors).hasSize(22);
            assertThat(errors.get(0).message()).startsWith(LOG + " line 2: checksum mismatch");
            assertThat(errors.get(20).message()).isEqualTo(LOG + ": 5 more damaged lines were dropped (lines 42 to 50).");
            assertThat(store.events()).hasSize(lines.size() - 25);
        }
    }

    @Test
    void aDamagedMiddleAndAnUnfinishedEndAreBothHandled() throws IOException {
        copyAsCrashed(crashedAfter8, dir);
        byte[] damaged = Arrays.copyOf(log8, lastLineStart + 50);
        damaged[lineStarts(log8).get(1) + 40] ^= 0x01;
        writeLog(damaged);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).first().satisfies(n -> assertThat(n.message()).startsWith(LOG + " line 2: "));
            assertThat(store.recovery().atLevel(Level.INFO)).anySatisfy(n -> assertThat(n.message()).contains("unfinished line (line 8, 50 bytes)"));
            assertThat(seqs(store)).containsExactly(1, 3, 4, 5, 6, 7);
        }
        try (ReviewStore reopened = open()) {
            assertThat(reopened.recovery().isClean()).isTrue();
        }
    }

    @Test
    void anUnterminatedEndFarLongerThanAnyLineIsReportedAsDamage() throws IOException {
        copyAsCrashed(crashedAfter6, dir);
        byte[] damaged = Arrays.copyOf(log6, log6.length + Recovery.TORN_LINE_LIMIT_BYTES + 1);
        Arrays.fill(damaged, log6.length, damaged.length, (byte) 'x');
        writeLog(damaged);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).singleElement().satisfies(n ->
                    assertThat(n.message()).contains("too long to be one interrupted event"));
            assertThat(seqs(store)).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void anUndoWhoseReviewWasLostIsReportedAndNotApplied() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            store.append(review(store, "b", Rating.GOOD));
            store.undoLast();
            store.append(review(store, "c", Rating.GOOD));
        }
        Files.delete(dir.resolve(ReviewStore.SNAPSHOT_FILE));
        List<String> lines = StoreFixtures.lines(dir.resolve(LOG));
        writeLog((lines.get(0) + "\n" + lines.get(1).replace("GOOD", "GOOF") + "\n" + lines.get(2) + "\n" + lines.get(3) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.WARNING)).singleElement().satisfies(n ->
                    assertThat(n.message()).isEqualTo(LOG + ": undo #3 names #2, which is not a review in the log; ignored."));
            assertThat(store.cards()).containsOnlyKeys("a", "c");
        }
    }

    @Test
    void appendsContinueAfterTheLastIntactEvent() throws IOException {
        copyAsCrashed(crashedAfter8, dir);
        writeLog(Arrays.copyOf(log8, lastLineStart + 10));

        try (ReviewStore store = open()) {
            assertThat(store.nextSeq()).isEqualTo(8);
            assertThat(store.append(review(store, "card-0", Rating.HARD)).seq()).isEqualTo(8);
        }
    }
}
