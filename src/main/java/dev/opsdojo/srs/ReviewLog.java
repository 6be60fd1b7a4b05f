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

    Map<String, SrsCard> cards();

    Set<String> suspended();

    /** The study date a buried card shows again, or empty when it is not buried. */
    Optional<LocalDate> buriedUntil(String cardId);

    List<ReviewEvent> events();

    /** Appends an undo of the most recent review not yet undone; the restored card, if there was one. */
    Optional<SrsCard> undoLast(java.time.Instant now);
}
