package dev.opsdojo.srs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the append-only review log. Every change a learner makes to their collection is one event;
 * replaying the events in {@code seq} order over an empty collection gives the current collection.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReviewEvent.Reviewed.class, name = "review"),
        @JsonSubTypes.Type(value = ReviewEvent.Undone.class, name = "undo"),
        @JsonSubTypes.Type(value = ReviewEvent.Suspended.class, name = "suspend"),
        @JsonSubTypes.Type(value = ReviewEvent.Buried.class, name = "bury")
})
public sealed interface ReviewEvent {
    long seq();

    Instant at();

    /** A rating: the card before and after, so undo restores the exact previous card. */
    record Reviewed(long seq, Instant at, String cardId, Rating rating, long answerMillis, SrsCard before, SrsCard after)
            implements ReviewEvent {
    }

    /** Takes back the review with sequence number {@code undoneSeq}. */
    record Undone(long seq, Instant at, long undoneSeq) implements ReviewEvent {
    }

    /** Suspends ({@code suspended=true}) or unsuspends a card. */
    record Suspended(long seq, Instant at, String cardId, boolean suspended) implements ReviewEvent {
    }

    /** Hides a card until the start of {@code until} (the learner's next day); null unburies. */
    record Buried(long seq, Instant at, String cardId, LocalDate until) implements ReviewEvent {
    }
}
