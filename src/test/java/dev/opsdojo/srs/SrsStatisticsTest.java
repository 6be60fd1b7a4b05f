package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SrsStatisticsTest {
    private static final DayClock UTC_MIDNIGHT = new DayClock(ZoneOffset.UTC, 0);
    private static final Instant NOW = Instant.parse("2026-05-31T12:00:00Z");

    private static SrsCard card(String id, CardState state, Instant due) {
        return new SrsCard(id, state, 0, 5, 5, due, due.minusSeconds(86_400), 2, 0);
    }

    private static ReviewEvent.Reviewed review(long seq, String day, String id, CardState before, Rating rating) {
        Instant at = Instant.parse(day + "T10:00:00Z");
        return new ReviewEvent.Reviewed(seq, at, id, rating, 1000, card(id, before, at), card(id, CardState.REVIEW, at.plusSeconds(86_400 * 3)));
    }

    @Test
    void trueRetentionCountsOnlyReviewStateReviewsAndSkipsUndoneOnes() {
        List<ReviewEvent> events = new ArrayList<>(List.of(
                review(1, "2026-05-30", "a", CardState.REVIEW, Rating.GOOD),
                review(2, "2026-05-30", "b", CardState.REVIEW, Rating.AGAIN),
                review(3, "2026-05-31", "c", CardState.REVIEW, Rating.HARD),
                review(4, "2026-05-31", "d", CardState.LEARNING, Rating.AGAIN),
                review(5, "2026-04-01", "e", CardState.REVIEW, Rating.AGAIN),
                review(6, "2026-05-31", "f", CardState.REVIEW, Rating.AGAIN)));
        events.add(new ReviewEvent.Undone(7, NOW, 6));
        SrsStatistics stats = new SrsStatistics(events, UTC_MIDNIGHT);
        assertThat(stats.trueRetention(NOW, 30)).isEqualTo(2 / 3.0);
        assertThat(stats.totalReviews()).isEqualTo(5);
        assertThat(stats.reviewsPerDay()).containsEntry(LocalDate.of(2026, 5, 30), 2).containsEntry(LocalDate.of(2026, 5, 31), 2);
    }

    @Test
    void retentionIsUnknownWithoutMatureReviews() {
        assertThat(new SrsStatistics(List.of(), UTC_MIDNIGHT).trueRetention(NOW, 30)).isNaN();
    }

    @Test
    void theForecastPutsOverdueCardsTodayAndIgnoresNewOnes() {
        List<SrsCard> cards = List.of(card("a", CardState.REVIEW, Instant.parse("2026-05-20T00:00:00Z")),
                card("b", CardState.REVIEW, Instant.parse("2026-06-02T08:00:00Z")),
                card("c", CardState.REVIEW, Instant.parse("2026-08-01T08:00:00Z")),
                SrsCard.newCard("d", NOW));
        Map<LocalDate, Integer> forecast = new SrsStatistics(List.of(), UTC_MIDNIGHT).dueForecast(cards, NOW, 30);
        assertThat(forecast).hasSize(30);
        assertThat(forecast.get(LocalDate.of(2026, 5, 31))).isEqualTo(1);
        assertThat(forecast.get(LocalDate.of(2026, 6, 2))).isEqualTo(1);
        assertThat(forecast.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void cardsByStateCountsUnreviewedCardsAsNew() {
        var counts = SrsStatistics.cardsByState(List.of("a", "b", "c"), Map.of("a", card("a", CardState.REVIEW, NOW)));
        assertThat(counts).containsEntry(CardState.NEW, 2).containsEntry(CardState.REVIEW, 1).containsEntry(CardState.LEARNING, 0);
    }

    @Test
    void topicsAreSortedWeakestFirst() {
        List<ReviewEvent> events = List.of(review(1, "2026-05-30", "a", CardState.REVIEW, Rating.GOOD),
                review(2, "2026-05-30", "b", CardState.REVIEW, Rating.AGAIN),
                review(3, "2026-05-30", "b2", CardState.REVIEW, Rating.GOOD));
        var strengths = new SrsStatistics(events, UTC_MIDNIGHT).topicStrength(id -> id.startsWith("a") ? "scaling" : "availability");
        assertThat(strengths).extracting(SrsStatistics.TopicStrength::topic).containsExactly("availability", "scaling");
        assertThat(strengths.get(0).retention()).isEqualTo(0.5);
    }
}
