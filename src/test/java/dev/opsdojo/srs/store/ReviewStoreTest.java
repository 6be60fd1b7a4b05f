package dev.opsdojo.srs.store;

import static dev.opsdojo.srs.store.StoreFixtures.T0;
import static dev.opsdojo.srs.store.StoreFixtures.bury;
import static dev.opsdojo.srs.store.StoreFixtures.review;
import static dev.opsdojo.srs.store.StoreFixtures.suspend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review store's behaviour on healthy files: appends, replay, undo, suspend and bury, snapshots. */
class ReviewStoreTest {
    @TempDir
    Path dir;

    private ReviewStore open() throws IOException {
        return ReviewStore.open(dir, StoreFixtures.options());
    }

    @Test
    void anEmptyFolderOpensAsAnEmptyCollection() throws IOException {
        try (ReviewStore store = open()) {
            assertThat(store.cards()).isEmpty();
            assertThat(store.events()).isEmpty();
            assertThat(store.nextSeq()).isEqualTo(1);
            assertThat(store.recovery().isClean()).isTrue();
        }
    }

    @Test
    void appendAssignsRisingSeqsAndReturnsTheEventAsWritten() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent first = store.append(review(store, "a", Rating.GOOD));
            ReviewEvent second = store.append(review(store, "b", Rating.EASY));

            assertThat(first.seq()).isEqualTo(1);
            assertThat(second.seq()).isEqualTo(2);
            assertThat(store.nextSeq()).isEqualTo(3);
        }
    }

    @Test
    void anEventCarryingTheNextSeqIsAcceptedAsIs() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent.Suspended event = new ReviewEvent.Suspended(store.nextSeq(), T0, "a", true);

            assertThat(store.append(event)).isEqualTo(event);
        }
    }

    @Test
    void anEventWithAnyOtherSeqIsRefusedAndNothingIsWritten() throws IOException {
        try (ReviewStore store = open()) {
            store.append(suspend("a", true));

            assertThatThrownBy(() -> store.append(new ReviewEvent.Suspended(7, T0, "a", false)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next seq 2");
            assertThat(store.events()).hasSize(1);
        }
    }

    @Test
    void aReviewSetsTheCardToItsAfterState() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent.Reviewed review = review(store, "a", Rating.GOOD);
            store.append(review);

            assertThat(store.card("a")).contains(review.after());
        }
    }

    @Test
    void eventsAndCardsRoundTripThroughTheFiles() throws IOException {
        List<ReviewEvent> written;
        Map<String, SrsCard> cards;
        try (ReviewStore store = open()) {
            for (int i = 0; i < 30; i++) {
                store.append(review(store, "card-" + (i % 7), Rating.values()[i % 4]));
            }
            store.append(suspend("card-1", true));
            store.append(bury("card-2", LocalDate.of(2025, 3, 5)));
            written = store.events();
            cards = store.cards();
        }

        try (ReviewStore reopened = open()) {
            assertThat(reopened.events()).isEqualTo(written);
            assertThat(reopened.cards()).isEqualTo(cards);
            assertThat(reopened.isSuspended("card-1")).isTrue();
            assertThat(reopened.buriedUntil("card-2")).contains(LocalDate.of(2025, 3, 5));
            assertThat(reopened.recovery().isClean()).isTrue();
        }
    }

    @Test
    void aStoreNotClosedReplaysItsLogOnTheNextOpen(@TempDir Path crashed) throws IOException {
        ReviewEvent.Reviewed review;
        try (ReviewStore store = open()) {
            review = review(store, "a", Rating.HARD);
            store.append(review);
            StoreFixtures.copyAsCrashed(dir, crashed);
        }
        assertThat(crashed.resolve(ReviewStore.SNAPSHOT_FILE)).as("no snapshot yet, as after a crash").doesNotExist();

        try (ReviewStore reopened = ReviewStore.open(crashed, StoreFixtures.options())) {
            assertThat(reopened.card("a")).contains(review.after());
            assertThat(reopened.nextSeq()).isEqualTo(2);
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedWhileTheFirstIsOpen() throws IOException {
        ReviewStore first = open();
        try {
            assertThatThrownBy(this::open).isInstanceOf(IOException.class).hasMessageContaining("already open");
        } finally {
            first.close();
        }
        open().close();
    }

    @Test
    void aFreshStoreClosedWithoutEventsWritesNoSnapshot() throws IOException {
        open().close();

        assertThat(StoreFixtures.fileNames(dir)).containsExactly(ReviewStore.LOCK_FILE, ReviewStore.LOG_FILE);
    }

    @Test
    void theLogIsJsonLinesWithAChecksumPerLine() throws IOException {
        try (ReviewStore store = open()) {
            store.append(suspend("a", true));
        }

        List<String> lines = Files.readAllLines(dir.resolve(ReviewStore.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(lines).singleElement().asString()
                .matches("\\{\"crc\":\"[0-9a-f]{8}\",\"event\":\\{\"type\":\"suspend\",\"seq\":1,\"at\":\"2025-03-04T05:06:07Z\",.*}}");
    }

    @Test
    void aSnapshotIsWrittenEveryNEventsAndTheOldOneKeptAsBackup() throws IOException {
        try (ReviewStore store = ReviewStore.open(dir, ReviewStore.Options.defaults().withSnapshotEveryEvents(3))) {
            for (int i = 0; i < 3; i++) {
                store.append(review(store, "a", Rating.GOOD));
            }
            assertThat(Recovery.readSnapshot(dir.resolve(ReviewStore.SNAPSHOT_FILE)).lastSeq()).isEqualTo(3);
            assertThat(dir.resolve(ReviewStore.SNAPSHOT_BACKUP_FILE)).doesNotExist();

            for (int i = 0; i < 3; i++) {
                store.append(review(store, "a", Rating.GOOD));
            }
            assertThat(Recovery.readSnapshot(dir.resolve(ReviewStore.SNAPSHOT_FILE)).lastSeq()).isEqualTo(6);
            assertThat(Recovery.readSnapshot(dir.resolve(ReviewStore.SNAPSHOT_BACKUP_FILE)).lastSeq()).isEqualTo(3);
        }
    }

    @Test
    void closeWritesASnapshotOfEverything() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            store.append(suspend("b", true));
        }

        Snapshot snapshot = Recovery.readSnapshot(dir.resolve(ReviewStore.SNAPSHOT_FILE));
        assertThat(snapshot.lastSeq()).isEqualTo(2);
        assertThat(snapshot.cards()).containsOnlyKeys("a");
        assertThat(snapshot.suspended()).containsExactly("b");
    }

    @Test
    void undoRestoresTheExactPreviousCard() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            SrsCard beforeSecond = store.card("a").orElseThrow();
            store.append(review(store, "a", Rating.AGAIN));

            assertThat(store.undoLast()).contains(beforeSecond);
            assertThat(store.card("a")).contains(beforeSecond);
        }
    }

    @Test
    void undoingTheFirstReviewRestoresTheNewCard() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.EASY));

            assertThat(store.undoLast()).contains(SrsCard.newCard("a", T0));
            assertThat(store.card("a")).contains(SrsCard.newCard("a", T0));
        }
    }

    @Test
    void aSecondUndoTakesBackTheReviewBefore() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            SrsCard aBefore = SrsCard.newCard("a", T0);
            store.append(review(store, "b", Rating.HARD));
            SrsCard bBefore = SrsCard.newCard("b", T0);

            assertThat(store.undoLast()).contains(bBefore);
            assertThat(store.undoLast()).contains(aBefore);
            assertThat(store.undoLast()).isEmpty();
            assertThat(store.cards()).isEqualTo(Map.of("a", aBefore, "b", bBefore));
        }
    }

    @Test
    void anUndoIsAnEventInTheLog() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent review = store.append(review(store, "a", Rating.GOOD));
            store.undoLast();

            assertThat(store.events()).last().isEqualTo(new ReviewEvent.Undone(2, T0, review.seq()));
        }
    }

    @Test
    void aReviewAfterAnUndoStartsFromTheRestoredCard() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            SrsCard restored = store.undoLast().orElseThrow();
            ReviewEvent.Reviewed again = review(store, "a", Rating.HARD);
            store.append(again);

            assertThat(again.before()).isEqualTo(restored);
            assertThat(store.card("a")).contains(again.after());
            assertThat(store.lastReviewOf("a")).contains((ReviewEvent.Reviewed) store.events().get(2));
        }
    }

    @Test
    void undoAfterAReviewThatFollowedAnUndoTakesBackThatReviewOnly() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            SrsCard afterFirst = store.card("a").orElseThrow();
            store.append(review(store, "a", Rating.EASY));
            store.undoLast();
            store.append(review(store, "a", Rating.AGAIN));

            assertThat(store.undoLast()).contains(afterFirst);
            assertThat(store.undoLast()).contains(SrsCard.newCard("a", T0));
        }
    }

    @Test
    void undoSurvivesAReopen() throws IOException {
        SrsCard before;
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            before = store.card("a").orElseThrow();
            store.append(review(store, "a", Rating.GOOD));
            store.undoLast();
        }

        try (ReviewStore reopened = open()) {
            assertThat(reopened.card("a")).contains(before);
            assertThat(reopened.undoLast()).contains(SrsCard.newCard("a", T0));
        }
    }

    @Test
    void undoOfAReviewOlderThanTheSnapshotReplaysAfterAReopen(@TempDir Path crashed) throws IOException {
        try (ReviewStore store = ReviewStore.open(dir, StoreFixtures.options().withSnapshotEveryEvents(1))) {
            store.append(review(store, "a", Rating.GOOD));
        }
        try (ReviewStore store = open()) {
            store.undoLast();
            StoreFixtures.copyAsCrashed(dir, crashed); // the undo only in the log, its review only in the snapshot's past
        }

        try (ReviewStore reopened = ReviewStore.open(crashed, StoreFixtures.options())) {
            assertThat(reopened.card("a")).contains(SrsCard.newCard("a", T0));
            assertThat(reopened.undoLast()).isEmpty();
        }
    }

    @Test
    void lastReviewOfACardSkipsUndoneReviewsAndOtherCards() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent first = store.append(review(store, "a", Rating.GOOD));
            store.append(review(store, "b", Rating.GOOD));
            store.append(review(store, "a", Rating.EASY));
            store.undoLast(); // takes back the second review of a

            assertThat(store.lastReviewOf("a")).contains((ReviewEvent.Reviewed) first);
            assertThat(store.lastReviewOf("never-seen")).isEmpty();
        }
    }

    @Test
    void aReviewWhoseBeforeIsNotTheCurrentCardIsRefused() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent.Reviewed stale = review(store, "a", Rating.GOOD);
            store.append(stale);

            assertThatThrownBy(() -> store.append(stale))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stale");
            assertThat(store.events()).hasSize(1);
        }
    }

    @Test
    void undoingAnUndoneReviewIsRefused() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent review = store.append(review(store, "a", Rating.GOOD));
            store.undoLast();

            assertThatThrownBy(() -> store.append(new ReviewEvent.Undone(0, T0, review.seq())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("undone already");
        }
    }

    @Test
    void undoingSomethingThatIsNotAReviewIsRefused() throws IOException {
        try (ReviewStore store = open()) {
            ReviewEvent suspension = store.append(suspend("a", true));

            assertThatThrownBy(() -> store.append(new ReviewEvent.Undone(0, T0, suspension.seq())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a review");
            assertThatThrownBy(() -> store.append(new ReviewEvent.Undone(0, T0, 99)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no such event");
        }
    }

    @Test
    void suspendAndUnsuspend() throws IOException {
        try (ReviewStore store = open()) {
            store.append(suspend("a", true));
            assertThat(store.isSuspended("a")).isTrue();

            store.append(suspend("a", false));
            assertThat(store.isSuspended("a")).isFalse();
        }
    }

    @Test
    void aBuriedCardIsHiddenBeforeTheStartOfItsDate() throws IOException {
        LocalDate tomorrow = LocalDate.of(2025, 3, 5);
        try (ReviewStore store = open()) {
            store.append(bury("a", tomorrow));

            assertThat(store.buriedUntil("a")).contains(tomorrow);
            assertThat(store.isBuried("a", tomorrow.minusDays(1))).isTrue();
            assertThat(store.isBuried("a", tomorrow)).isFalse();
        }
    }

    @Test
    void buryingWithNoDateUnburies() throws IOException {
        try (ReviewStore store = open()) {
            store.append(bury("a", LocalDate.of(2025, 3, 5)));
            store.append(bury("a", null));

            assertThat(store.buriedUntil("a")).isEmpty();
        }
    }

    @Test
    void suspendingDoesNotTouchTheCardsSchedule() throws IOException {
        try (ReviewStore store = open()) {
            store.append(review(store, "a", Rating.GOOD));
            SrsCard card = store.card("a").orElseThrow();
            store.append(suspend("a", true));

            assertThat(store.card("a")).contains(card);
            assertThat(store.undoLast()).contains(SrsCard.newCard("a", T0));
        }
    }

    @Test
    void eventsLoadedBeforeAnAppendIncludeItAfterwards() throws IOException {
        try (ReviewStore store = open()) {
            store.append(suspend("a", true));
            assertThat(store.events()).hasSize(1);

            ReviewEvent second = store.append(suspend("a", false));

            assertThat(store.events()).hasSize(2).last().isEqualTo(second);
        }
    }

    @Test
    void theSnapshotAloneAndTheLogAloneGiveTheSameCollection() throws IOException {
        Map<String, SrsCard> cards;
        try (ReviewStore store = ReviewStore.open(dir, ReviewStore.Options.defaults().withSnapshotEveryEvents(5))) {
            for (int i = 0; i < 23; i++) {
                store.append(review(store, "c" + (i % 4), Rating.values()[(i * 7) % 4]));
                if (i % 6 == 5) {
                    store.undoLast();
                }
            }
            cards = store.cards();
        }
        Files.delete(dir.resolve(ReviewStore.SNAPSHOT_FILE));
        Files.delete(dir.resolve(ReviewStore.SNAPSHOT_BACKUP_FILE));

        try (ReviewStore fromLog = open()) {
            assertThat(fromLog.cards()).isEqualTo(cards);
            assertThat(fromLog.recovery().hasErrors()).isFalse();
        }
    }

    @Test
    void aClosedStoreRefusesAppends() throws IOException {
        ReviewStore store = open();
        store.close();
        store.close();

        assertThatThrownBy(() -> store.append(suspend("a", true))).isInstanceOf(IllegalStateException.class);
    }
}
