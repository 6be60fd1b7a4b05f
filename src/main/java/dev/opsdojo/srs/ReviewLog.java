package dev.opsdojo.srs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The learner's durable collection as the flashcard screens use it. Appending returns once the event is on disk. */
public interface ReviewLog {
    long nextSeq();

    void append(ReviewEvent event);

    /** Every card's current state; may be a copy, so prefer {@link #card} for one card. */
    Map<String, SrsCard> cards();

    Optional<SrsCard> card(String cardId);

    Set<String> suspended();

    /** The study date a buried card shows again, or empty when it is not buried. */
    Optional<LocalDate> buriedUntil(String cardId);

    List<ReviewEvent> events();

    /**
     * How many new cards and how many review-state cards were rated on learner date {@code date}
     * (undone ratings excluded), for the daily limits.
     */
    default int[] doneOn(LocalDate date, DayClock clock) {
        return new SrsStatistics(events(), clock).doneOn(date);
    }

    /** Told after a rating is on disk, so a log that caches daily counts can update them. */
    default void counted(ReviewEvent.Reviewed review, DayClock clock) {
    }

    /** Appends an undo of the most recent review not yet undone; the restored card, if there was one. */
    Optional<SrsCard> undoLast(java.time.Instant now);
}
