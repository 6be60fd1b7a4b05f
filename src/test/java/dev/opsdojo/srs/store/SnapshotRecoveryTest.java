package dev.opsdojo.srs.store;

import static dev.opsdojo.srs.store.StoreFixtures.STAMP;
import static dev.opsdojo.srs.store.StoreFixtures.appendHistory;
import static dev.opsdojo.srs.store.StoreFixtures.copyAsCrashed;
import static dev.opsdojo.srs.store.StoreFixtures.fileNames;
import static dev.opsdojo.srs.store.StoreFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.SrsCard;
import dev.opsdojo.srs.store.RecoveryReport.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or missing snapshot is reported, kept aside and rebuilt from the last good copy and the log, or the log alone. */
class SnapshotRecoveryTest {
    private static final String SNAPSHOT = ReviewStore.SNAPSHOT_FILE;
    private static final String BACKUP = ReviewStore.SNAPSHOT_BACKUP_FILE;

    @TempDir
    Path dir;

    /** 25 events; snapshots every 10, so collection.json is at #20, collection.json.bak at #10. */
    private Map<String, SrsCard> cards;

    @BeforeEach
    void crashedStore(@TempDir Path live) throws IOException {
        try (ReviewStore store = ReviewStore.open(live, StoreFixtures.options().withSnapshotEveryEvents(10))) {
            appendHistory(store, 25);
            cards = store.cards();
            copyAsCrashed(live, dir); // as a crash leaves it: no snapshot on close
        }
        assertThat(Recovery.readSnapshot(dir.resolve(SNAPSHOT)).lastSeq()).isEqualTo(20);
        assertThat(Recovery.readSnapshot(dir.resolve(BACKUP)).lastSeq()).isEqualTo(10);
    }

    private ReviewStore open() throws IOException {
        return ReviewStore.open(dir, StoreFixtures.options());
    }

    private void flipAByte(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(file));
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(dir.resolve(file), bytes);
    }

    @Test
    void aDamagedSnapshotIsReportedKeptAsideAndRebuiltFromTheLastGoodCopyAndTheLog() throws IOException {
        flipAByte(SNAPSHOT);
        byte[] damaged = Files.readAllBytes(dir.resolve(SNAPSHOT));

        try (ReviewStore store = open()) {
            RecoveryReport report = store.recovery();
            assertThat(report.atLevel(Level.ERROR)).singleElement().satisfies(n -> assertThat(n.message())
                    .startsWith(dir.resolve(SNAPSHOT) + " could not be read (checksum mismatch")
                    .endsWith("kept as " + dir.resolve(SNAPSHOT + ".corrupt-" + STAMP) + "."));
            assertThat(report.atLevel(Level.INFO)).singleElement().satisfies(n -> assertThat(n.message())
                    .isEqualTo("The collection was rebuilt from " + BACKUP + " (events up to #10) and 15 later events of reviews.log."));
            assertThat(dir.resolve(SNAPSHOT + ".corrupt-" + STAMP)).hasBinaryContent(damaged);
            assertThat(store.cards()).isEqualTo(cards);
            assertThat(store.events()).hasSize(25);
        }
    }

    @Test
    void afterRecoveryANewSnapshotIsWrittenAndTheNextOpenIsClean() throws IOException {
        flipAByte(SNAPSHOT);
        open().close();

        try (ReviewStore store = open()) {
            assertThat(store.recovery().isClean()).isTrue();
            assertThat(store.cards()).isEqualTo(cards);
        }
        assertThat(Recovery.readSnapshot(dir.resolve(SNAPSHOT)).lastSeq()).isEqualTo(25);
    }

    @Test
    void aTruncatedSnapshotIsRecoveredTheSameWay() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(SNAPSHOT));
        Files.write(dir.resolve(SNAPSHOT), Arrays.copyOf(bytes, bytes.length / 3));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).singleElement().satisfies(n -> assertThat(n.message())
                    .contains("could not be read (not a checksummed record"));
            assertThat(store.cards()).isEqualTo(cards);
        }
    }

    @Test
    void anEmptySnapshotIsRecoveredTheSameWay() throws IOException {
        Files.write(dir.resolve(SNAPSHOT), new byte[0]);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).singleElement().satisfies(n -> assertThat(n.message())
                    .contains("could not be read (the file is empty)"));
            assertThat(store.cards()).isEqualTo(cards);
        }
    }

    @Test
    void withBothSnapshotsDamagedTheLogAloneRebuildsTheCollection() throws IOException {
        flipAByte(SNAPSHOT);
        Files.writeString(dir.resolve(BACKUP), "{\"crc\":", StandardCharsets.UTF_8);

        try (ReviewStore store = open()) {
            RecoveryReport report = store.recovery();
            assertThat(report.atLevel(Level.ERROR)).extracting(RecoveryReport.Notice::message).satisfiesExactly(
                    first -> assertThat(first).startsWith(dir.resolve(SNAPSHOT) + " could not be read"),
                    second -> assertThat(second).startsWith(dir.resolve(BACKUP) + " could not be read")
                            .endsWith("kept as " + dir.resolve(BACKUP + ".corrupt-" + STAMP) + "."));
            assertThat(report.atLevel(Level.INFO)).extracting(RecoveryReport.Notice::message)
                    .containsExactly("The collection was rebuilt from reviews.log alone (25 events).");
            assertThat(store.cards()).isEqualTo(cards);
        }
    }

    @Test
    void aSnapshotMissingWhileItsBackupExistsIsAnInterruptedReplacementNotAnError() throws IOException {
        Files.move(dir.resolve(SNAPSHOT), dir.resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().hasErrors()).isFalse();
            assertThat(store.recovery().notices()).extracting(RecoveryReport.Notice::message).containsExactly(
                    SNAPSHOT + " was missing (the app stopped while replacing it); using the last good copy, " + BACKUP + ".",
                    "The collection was rebuilt from " + BACKUP + " (events up to #20) and 5 later events of reviews.log.");
            assertThat(store.cards()).isEqualTo(cards);
        }
    }

    @Test
    void noSnapshotAtAllIsRebuiltFromTheLogWithoutAnError() throws IOException {
        Files.delete(dir.resolve(SNAPSHOT));
        Files.delete(dir.resolve(BACKUP));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().hasErrors()).isFalse();
            assertThat(store.cards()).isEqualTo(cards);
        }
    }

    @Test
    void aHalfWrittenTemporaryFileIsRemoved() throws IOException {
        Files.writeString(dir.resolve(SNAPSHOT + ".123456789.tmp"), "{\"crc\":\"00", StandardCharsets.UTF_8);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().notices()).singleElement().satisfies(n -> {
                assertThat(n.level()).isEqualTo(Level.INFO);
                assertThat(n.message()).contains(SNAPSHOT + ".123456789.tmp");
            });
        }
        assertThat(fileNames(dir)).containsExactly(SNAPSHOT, BACKUP, ReviewStore.LOCK_FILE, ReviewStore.LOG_FILE);
    }

    @Test
    void aLogThatLostEventsTheSnapshotHasIsAnErrorAndTheCollectionKeepsThem() throws IOException {
        List<String> lines = StoreFixtures.lines(dir.resolve(ReviewStore.LOG_FILE));
        Files.write(dir.resolve(ReviewStore.LOG_FILE), lines.subList(0, 15), StandardCharsets.UTF_8);

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).singleElement().satisfies(n -> assertThat(n.message())
                    .startsWith("reviews.log ends at event #15 but collection.json includes events up to #20: the log lost events."));
            assertThat(store.nextSeq()).isEqualTo(21);
            assertThat(store.append(review(store, "card-1", Rating.GOOD)).seq()).isEqualTo(21);
        }
    }

    @Test
    void aMissingLogWithASnapshotIsAnError() throws IOException {
        Files.delete(dir.resolve(ReviewStore.LOG_FILE));

        try (ReviewStore store = open()) {
            assertThat(store.recovery().atLevel(Level.ERROR)).singleElement().satisfies(n -> assertThat(n.message())
                    .startsWith("reviews.log is missing but collection.json includes events up to #20"));
            assertThat(store.cards()).hasSameSizeAs(cards);
        }
    }
}
