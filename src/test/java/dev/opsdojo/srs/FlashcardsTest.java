package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.srs.store.ReviewStore;
import dev.opsdojo.srs.store.StoreReviewLog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flashcard use cases over the real durable store and the real FSRS scheduler. */
class FlashcardsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 2026-03-10 10:00 in Seoul. */
    private static final Instant MORNING = Instant.parse("2026-03-10T01:00:00Z");
    private static final List<String> DECK = List.of("a", "b", "c", "d");

    @TempDir
    Path dir;

    private ReviewStore store;
    private Flashcards cards;

    private Flashcards open(SrsSettings settings) throws Exception {
        store = ReviewStore.open(dir);
        SrsSettings noFuzz = new SrsSettings(settings.desiredRetention(), settings.maximumIntervalDays(), settings.newCardsPerDay(),
                settings.reviewsPerDay(), settings.dayStartHour(), false, settings.mockCountdownSeconds());
        return new Flashcards(new StoreReviewLog(store), FsrsAdapter.of(noFuzz, SEOUL), noFuzz, new DayClock(SEOUL, 4));
    }

    @BeforeEach
    void openDefault() throws Exception {
        cards = open(SrsSettings.defaults());
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    @Test
    void theButtonsPreviewWithoutChangingTheCard() {
        Map<Rating, Scheduler.Outcome> preview = cards.preview("a", MORNING);
        assertThat(preview.get(Rating.GOOD).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(preview.get(Rating.AGAIN).interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(cards.cardState("a", MORNING).isNew()).isTrue();
        assertThat(store.events()).isEmpty();
    }

    @Test
    void aRatingIsOnDiskAndSurvivesReopening() throws Exception {
        SrsCard after = cards.rate("a", Rating.GOOD, MORNING, 4200);
        store.close();
        cards = open(SrsSettings.defaults());
        assertThat(cards.cardState("a", MORNING)).isEqualTo(after);
        assertThat(((ReviewEvent.Reviewed) store.events().get(0)).answerMillis()).isEqualTo(4200);
    }

    @Test
    void undoRestoresTheExactPreviousCardAndTheNextCard() {
        cards.rate("a", Rating.GOOD, MORNING, 0);
        SrsCard beforeSecond = cards.cardState("a", MORNING.plusSeconds(700));
        cards.rate("a", Rating.EASY, MORNING.plusSeconds(700), 0);
        assertThat(cards.undo(MORNING.plusSeconds(710))).contains(beforeSecond);
        assertThat(cards.cardState("a", MORNING.plusSeconds(710))).isEqualTo(beforeSecond);
        assertThat(cards.next(DECK, MORNING.plusSeconds(710))).contains("a");
    }

    @Test
    void theNewCardLimitCountsTodaysIntroductionsAndResetsAt4am() throws Exception {
        store.close();
        cards = open(SrsSettings.defaults().withNewCardsPerDay(2));
        cards.rate("a", Rating.EASY, MORNING, 0);
        cards.rate("b", Rating.EASY, MORNING.plusSeconds(60), 0);
        assertThat(cards.counts(DECK, MORNING.plusSeconds(120)).newCards()).isZero();
        assertThat(cards.next(DECK, MORNING.plusSeconds(120))).isEmpty();
        Instant nextDay = Instant.parse("2026-03-10T19:00:00Z"); // 04:00 on March 11 in Seoul
        assertThat(cards.counts(DECK, nextDay.minusSeconds(1)).newCards()).isZero();
        assertThat(cards.counts(DECK, nextDay).newCards()).isEqualTo(2);
        assertThat(cards.next(DECK, nextDay)).contains("c");
    }

    @Test
    void aBuriedCardWaitsUntilTomorrowAndASuspendedOneForever() {
        cards.bury("a", MORNING);
        cards.suspend("b", true, MORNING);
        assertThat(cards.next(DECK, MORNING)).contains("c");
        Instant tomorrow = MORNING.plus(Duration.ofDays(1));
        assertThat(cards.next(DECK, tomorrow)).contains("a");
        assertThat(cards.counts(DECK, tomorrow).newCards()).isEqualTo(3);
        cards.suspend("b", false, tomorrow);
        assertThat(cards.counts(DECK, tomorrow).newCards()).isEqualTo(4);
    }

    @Test
    void aGraduatedCardIsDueOnTheDayFsrsScheduled() {
        cards.rate("a", Rating.GOOD, MORNING, 0);
        SrsCard graduated = cards.rate("a", Rating.GOOD, MORNING.plusSeconds(600), 0);
        assertThat(graduated.state()).isEqualTo(CardState.REVIEW);
        Instant due = graduated.due();
        assertThat(cards.counts(List.of("a"), due.minus(Duration.ofDays(1))).review()).isZero();
        assertThat(cards.counts(List.of("a"), due).review()).isEqualTo(1);
    }
}
