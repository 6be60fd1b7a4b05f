package dev.opsdojo.srs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What the flashcard screens need from a spaced-repetition scheduler. */
public interface Scheduler {

    /** One button's result: the card after that rating, whole days scheduled (0 for same-day steps), and the wait. */
    record Outcome(SrsCard card, int scheduledDays, Duration interval) {
    }

    /** The four outcomes of rating {@code card} at {@code now}; the card itself is not changed. */
    Map<Rating, Outcome> preview(SrsCard card, Instant now);

    /** Probability of recall at {@code now} (1 for a card never reviewed). */
    double retrievability(SrsCard card, Instant now);
}
