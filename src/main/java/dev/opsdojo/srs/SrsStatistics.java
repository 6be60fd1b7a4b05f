package dev.opsdojo.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the statistics screen shows, computed from the review log and the current cards. Undone reviews do not count.
 * "True retention" is the share of reviews of cards in the Review state that were not answered Again (Anki's
 * definition): it measures memory, not the learning steps.
 */
public final class SrsStatistics {

    public record TopicStrength(String topic, int cards, int reviews, double retention) {
    }

    private final Map<LocalDate, Integer> reviewsPerDay;
    private final List<ReviewEvent.Reviewed> reviews;
    private final DayClock day;

    public SrsStatistics(List<ReviewEvent> events, DayClock day) {
        this.day = day;
        Set<Long> undone = new HashSet<>();
        for (ReviewEvent event : events) {
            if (event instanceof ReviewEvent.Undone u) {
                undone.add(u.undoneSeq());
            }
        }
        List<ReviewEvent.Reviewed> kept = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (ReviewEvent event : events) {
            if (event instanceof ReviewEvent.Reviewed r && !undone.contains(r.seq())) {
                kept.add(r);
                perDay.merge(day.learnerDate(r.at()), 1, Integer::sum);
            }
        }
        this.reviews = List.copyOf(kept);
        this.reviewsPerDay = perDay;
    }

    /** Reviews per study day, for the calendar heatmap. */
    public Map<LocalDate, Integer> reviewsPerDay() {
        return reviewsPerDay;
    }

    public int totalReviews() {
        return reviews.size();
    }

    /** True retention over the last {@code days} study days ending today; NaN when there was no such review. */
    public double trueRetention(Instant now, int days) {
        LocalDate from = day.learnerDate(now).minusDays(days - 1L);
        int total = 0;
        int passed = 0;
        for (ReviewEvent.Reviewed r : reviews) {
            if (r.before().state() == CardState.REVIEW && !day.learnerDate(r.at()).isBefore(from)) {
                total++;
                if (r.rating() != Rating.AGAIN) {
                    passed++;
                }
            }
        }
        return total == 0 ? Double.NaN : passed / (double) total;
    }

    /** How many cards are in each state; cards never reviewed count as New. */
    public static Map<CardState, Integer> cardsByState(Collection<String> allCardIds, Map<String, SrsCard> cards) {
        Map<CardState, Integer> counts = new EnumMap<>(CardState.class);
        for (CardState state : CardState.values()) {
            counts.put(state, 0);
        }
        for (String id : allCardIds) {
            SrsCard card = cards.get(id);
            counts.merge(card == null ? CardState.NEW : card.state(), 1, Integer::sum);
        }
        return counts;
    }

    /** Cards due on each of the next {@code days} study days (today first, overdue cards counted today). */
    public Map<LocalDate, Integer> dueForecast(Collection<SrsCard> cards, Instant now, int days) {
        LocalDate today = day.learnerDate(now);
        Map<LocalDate, Integer> forecast = new LinkedHashMap<>();
        for (int i = 0; i < days; i++) {
            forecast.put(today.plusDays(i), 0);
        }
        for (SrsCard card : cards) {
            if (card.isNew()) {
                continue;
            }
            LocalDate due = day.learnerDate(card.due());
            LocalDate bucket = due.isBefore(today) ? today : due;
            forecast.computeIfPresent(bucket, (d, n) -> n + 1);
        }
        return forecast;
    }

    /**
     * Per-topic strength: the share of reviews not answered Again, over every review of the topic's cards.
     * Topics are sorted weakest first; topics with no reviews are left out.
     */
    public List<TopicStrength> topicStrength(Function<String, String> topicOfCard) {
        Map<String, int[]> byTopic = new HashMap<>();
        Map<String, Set<String>> cardsByTopic = new HashMap<>();
        for (ReviewEvent.Reviewed r : reviews) {
            String topic = topicOfCard.apply(r.cardId());
            if (topic == null) {
                continue;
            }
            int[] counts = byTopic.computeIfAbsent(topic, t -> new int[2]);
            counts[0]++;
            if (r.rating() != Rating.AGAIN) {
                counts[1]++;
            }
            cardsByTopic.computeIfAbsent(topic, t -> new HashSet<>()).add(r.cardId());
        }
        List<TopicStrength> out = new ArrayList<>();
        byTopic.forEach((topic, c) -> out.add(new TopicStrength(topic, cardsByTopic.get(topic).size(), c[0], c[1] / (double) c[0])));
        out.sort((a, b) -> Double.compare(a.retention(), b.retention()) != 0 ? Double.compare(a.retention(), b.retention())
                : a.topic().compareTo(b.topic()));
        return out;
    }

    /** New cards and review-state cards rated on learner date {@code today}. */
    public int[] doneOn(LocalDate today) {
        int newCards = 0;
        int reviewCards = 0;
        for (ReviewEvent.Reviewed r : reviews) {
            if (day.learnerDate(r.at()).equals(today)) {
                if (r.before().isNew()) {
                    newCards++;
                } else if (r.before().state() == CardState.REVIEW) {
                    reviewCards++;
                }
            }
        }
        return new int[] {newCards, reviewCards};
    }
}
