package dev.opsdojo.srs;

import java.time.Instant;

/**
 * A card's scheduling state. {@code stability} is in days (the interval at which recall probability falls to 90%),
 * {@code difficulty} in [1, 10]; both are 0 for a new card. {@code step} is the index into the learning or
 * relearning steps. {@code lastReview} is null for a new card. Immutable: the scheduler returns new values.
 */
public record SrsCard(String cardId, CardState state, int step, double stability, double difficulty,
                      Instant due, Instant lastReview, int reps, int lapses) {

    public static SrsCard newCard(String cardId, Instant createdAt) {
        return new SrsCard(cardId, CardState.NEW, 0, 0, 0, createdAt, null, 0, 0);
    }

    public boolean isNew() {
        return state == CardState.NEW;
    }
}
