package dev.opsdojo.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which card comes next, and how many are due, under the daily limits. Order (as Anki): learning and relearning
 * cards whose step is due, then review cards due today (most overdue first), then new cards in deck order.
 * Reviews count against the reviews/day limit and new cards against the new/day limit; both limits reset at the
 * start of the learner's day ({@link DayClock}). Suspended cards and cards buried until a later day are skipped.
 */
public final class StudyQueue {

    /** The collection as the queue needs to see it. Cards absent from {@code cards} are new. */
    public record Snapshot(Map<String, SrsCard> cards, Set<String> suspended, java.util.function.Function<String, LocalDate> buriedUntil,
                           int newIntroducedToday, int reviewsDoneToday) {
        /** With burials as a map (a card absent from it is not buried). */
        public Snapshot(Map<String, SrsCard> cards, Set<String> suspended, Map<String, LocalDate> buried,
                        int newIntroducedToday, int reviewsDoneToday) {
            this(cards, suspended, (java.util.function.Function<String, LocalDate>) buried::get, newIntroducedToday, reviewsDoneToday);
        }
    }

    public record Counts(int newCards, int learning, int review) {
        public int total() {
            return newCards + learning + review;
        }
    }

    private final DayClock day;
    private final SrsSettings settings;

    public StudyQueue(DayClock day, SrsSettings settings) {
        this.day = day;
        this.settings = settings;
    }

    /** Due counts for the cards in {@code scope} (deck order), at {@code now}. */
    public Counts counts(List<String> scope, Snapshot snapshot, Instant now) {
        LocalDate today = day.learnerDate(now);
        Instant dayEnd = day.endOfDayContaining(now);
        int newAvailable = 0;
        int learning = 0;
        int review = 0;
        for (String id : scope) {
            if (hidden(id, snapshot, today)) {
                continue;
            }
            SrsCard card = snapshot.cards().get(id);
            if (card == null || card.isNew()) {
                newAvailable++;
            } else if (card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING) {
                if (card.due().isBefore(dayEnd)) {
                    learning++;
                }
            } else if (card.due().isBefore(dayEnd)) {
                review++;
            }
        }
        int newLeft = Math.max(0, settings.newCardsPerDay() - snapshot.newIntroducedToday());
        int reviewsLeft = Math.max(0, settings.reviewsPerDay() - snapshot.reviewsDoneToday());
        return new Counts(Math.min(newAvailable, newLeft), learning, Math.min(review, reviewsLeft));
    }

    /** The next card to study in {@code scope}, if any is due now. */
    public Optional<String> next(List<String> scope, Snapshot snapshot, Instant now) {
        LocalDate today = day.learnerDate(now);
        // One pass, no lists, no date conversions: this runs for every card shown, over collections of 10,000 cards.
        Instant dayEnd = day.endOfDayContaining(now);
        SrsCard learningFirst = null;
        SrsCard reviewFirst = null;
        String firstNew = null;
        for (String id : scope) {
            if (hidden(id, snapshot, today)) {
                continue;
            }
            SrsCard card = snapshot.cards().get(id);
            if (card == null || card.isNew()) {
                if (firstNew == null) {
                    firstNew = id;
                }
            } else if (card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING) {
                if (!card.due().isAfter(now) && (learningFirst == null || card.due().isBefore(learningFirst.due()))) {
                    learningFirst = card;
                }
            } else if (card.due().isBefore(dayEnd) && (reviewFirst == null || card.due().isBefore(reviewFirst.due()))) {
                reviewFirst = card;
            }
        }
        if (learningFirst != null) {
            return Optional.of(learningFirst.cardId());
        }
        if (reviewFirst != null && snapshot.reviewsDoneToday() < settings.reviewsPerDay()) {
            return Optional.of(reviewFirst.cardId());
        }
        if (firstNew != null && snapshot.newIntroducedToday() < settings.newCardsPerDay()) {
            return Optional.of(firstNew);
        }
        return Optional.empty();
    }

    /** The earliest moment a learning card in scope becomes due later today, for "come back in 4 minutes". */
    public Optional<Instant> nextLearningDue(List<String> scope, Snapshot snapshot, Instant now) {
        Instant dayEnd = day.endOfDayContaining(now);
        LocalDate today = day.learnerDate(now);
        return scope.stream()
                .filter(id -> !hidden(id, snapshot, today))
                .map(id -> snapshot.cards().get(id))
                .filter(c -> c != null && (c.state() == CardState.LEARNING || c.state() == CardState.RELEARNING))
                .map(SrsCard::due)
                .filter(due -> due.isAfter(now) && due.isBefore(dayEnd))
                .min(Comparator.naturalOrder());
    }

    private static boolean hidden(String id, Snapshot snapshot, LocalDate today) {
        if (snapshot.suspended().contains(id)) {
            return true;
        }
        LocalDate until = snapshot.buriedUntil().apply(id);
        return until != null && today.isBefore(until);
    }
}
