package dev.opsdojo.srs;

import java.time.Duration;
import java.util.Objects;

/**
 * What one rating would do to a card: the card after it, the whole days it schedules (0 for a same-day learning or
 * relearning step, the step's whole days for a longer one) and the time until it is due again
 * ({@code card.due() − review time}).
 */
public record ScheduledOutcome(SrsCard card, int scheduledDays, Duration interval) {
    public ScheduledOutcome {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(interval, "interval");
    }
}
