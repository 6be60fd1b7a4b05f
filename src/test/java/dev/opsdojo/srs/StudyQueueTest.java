package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudyQueueTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DayClock DAY = new DayClock(SEOUL, 4);
    /** 2026-03-10 10:00 in Seoul. */
    private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");
    private static final List<String> SCOPE = List.of("a", "b", "c", "d", "e");

    private static SrsCard review(String id, Instant due) {
        return new SrsCard(id, CardState.REVIEW, 0, 10, 5, due, due.minus(Duration.ofDays(10)), 3, 0);
    }

    private static SrsCard learning(String id, Instant due) {
        return new SrsCard(id, CardState.LEARNING, 1, 2, 5, due, due.minus(Duration.ofMinutes(10)), 1, 0);
    }

    private static StudyQueue.Snapshot snapshot(Map<String, SrsCard> cards, int newToday, int reviewsToday) {
        return new StudyQueue.Snapshot(cards, Set.of(), Map.of(), newToday, reviewsToday);
    }

    private static StudyQueue queue(int newPerDay, int reviewsPerDay) {
        return new StudyQueue(DAY, SrsSettings.defaults().withNewCardsPerDay(newPerDay).withReviewsPerDay(reviewsPerDay));
    }

    @Test
    void aDueLearningStepComesBeforeReviewsAndNewCards() {
        Map<String, SrsCard> cards = new HashMap<>();
        cards.put("a", review("a", NOW.minus(Duration.ofDays(1))));
        cards.put("b", learning("b", NOW.minusSeconds(30)));
        assertThat(queue(20, 200).next(SCOPE, snapshot(cards, 0, 0), NOW)).contains("b");
    }

    @Test
    void theMostOverdueReviewComesFirst() {
        Map<String, SrsCard> cards = new HashMap<>();
        cards.put("a", review("a", NOW.minus(Duration.ofDays(1))));
        cards.put("b", review("b", NOW.minus(Duration.ofDays(5))));
        assertThat(queue(20, 200).next(SCOPE, snapshot(cards, 0, 0), NOW)).contains("b");
    }

    @Test
    void newCardsComeInDeckOrderUntilTheDailyLimit() {
        assertThat(queue(20, 200).next(SCOPE, snapshot(Map.of(), 0, 0), NOW)).contains("a");
        assertThat(queue(2, 200).next(SCOPE, snapshot(Map.of(), 2, 0), NOW)).isEmpty();
        assertThat(queue(2, 200).counts(SCOPE, snapshot(Map.of(), 1, 0), NOW).newCards()).isEqualTo(1);
    }

    @Test
    void reviewsStopAtTheReviewLimitButLearningGoesOn() {
        Map<String, SrsCard> cards = new HashMap<>();
        cards.put("a", review("a", NOW.minus(Duration.ofDays(1))));
        cards.put("b", learning("b", NOW.minusSeconds(1)));
        StudyQueue.Snapshot done = snapshot(cards, 20, 3);
        assertThat(queue(20, 3).next(SCOPE, done, NOW)).contains("b");
        cards.remove("b");
        assertThat(queue(20, 3).next(SCOPE, snapshot(cards, 20, 3), NOW)).isEmpty();
        assertThat(queue(20, 3).counts(SCOPE, snapshot(cards, 20, 3), NOW).review()).isZero();
    }

    @Test
    void aReviewDueTonightBefore4amCountsAsToday() {
        // Due 2026-03-11 02:00 Seoul: before the 4 AM day start, so it belongs to the study day of March 10.
        Instant tonight = Instant.parse("2026-03-10T17:00:00Z");
        Map<String, SrsCard> cards = Map.of("a", review("a", tonight));
        assertThat(queue(0, 200).counts(SCOPE, snapshot(cards, 0, 0), NOW).review()).isEqualTo(1);
        Instant afterFour = Instant.parse("2026-03-10T19:30:00Z"); // 04:30 on March 11 in Seoul
        assertThat(queue(0, 200).counts(SCOPE, snapshot(Map.of("a", review("a", afterFour)), 0, 0), NOW).review()).isZero();
    }

    @Test
    void theDayBoundaryIsTheConfiguredHour() {
        assertThat(DAY.learnerDate(Instant.parse("2026-03-10T18:59:00Z"))).isEqualTo(LocalDate.of(2026, 3, 10)); // 03:59 next day
        assertThat(DAY.learnerDate(Instant.parse("2026-03-10T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 11)); // 04:00
        assertThat(DAY.startOf(LocalDate.of(2026, 3, 11))).isEqualTo(Instant.parse("2026-03-10T19:00:00Z"));
    }

    @Test
    void suspendedAndBuriedCardsAreSkippedUntilTheirDay() {
        var snapshot = new StudyQueue.Snapshot(Map.of(), Set.of("a"), Map.of("b", LocalDate.of(2026, 3, 11)), 0, 0);
        assertThat(queue(20, 200).next(SCOPE, snapshot, NOW)).contains("c");
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(queue(20, 200).next(SCOPE, snapshot, tomorrow)).contains("b");
        assertThat(queue(20, 200).counts(SCOPE, snapshot, NOW).newCards()).isEqualTo(3);
    }

    @Test
    void aLearningStepLaterTodayIsCountedAndAnnounced() {
        Map<String, SrsCard> cards = Map.of("a", learning("a", NOW.plus(Duration.ofMinutes(8))));
        StudyQueue q = queue(0, 200);
        assertThat(q.counts(List.of("a"), snapshot(cards, 0, 0), NOW).learning()).isEqualTo(1);
        assertThat(q.next(List.of("a"), snapshot(cards, 0, 0), NOW)).isEmpty();
        assertThat(q.nextLearningDue(List.of("a"), snapshot(cards, 0, 0), NOW)).contains(NOW.plus(Duration.ofMinutes(8)));
    }
}
