package dev.opsdojo.srs.store;

import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.ReviewLog;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The durable {@link ReviewStore} as the flashcard use cases see it. A failed write surfaces as an exception. */
public final class StoreReviewLog implements ReviewLog {
    private final ReviewStore store;

    public StoreReviewLog(ReviewStore store) {
        this.store = store;
    }

    public ReviewStore store() {
        return store;
    }

    @Override
    public long nextSeq() {
        return store.nextSeq();
    }

    @Override
    public void append(ReviewEvent event) {
        try {
            store.append(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save to " + store.directory(), e);
        }
    }

    @Override
    public Map<String, SrsCard> cards() {
        return store.cards();
    }

    @Override
    public Set<String> suspended() {
        return store.suspendedCardIds();
    }

    @Override
    public Optional<LocalDate> buriedUntil(String cardId) {
        return store.buriedUntil(cardId);
    }

    @Override
    public List<ReviewEvent> events() {
        return store.events();
    }

    @Override
    public Optional<SrsCard> undoLast(Instant now) {
        try {
            return store.undoLast();
        } catch (IOException e) {
            throw new UncheckedIOException("could not save to " + store.directory(), e);
        }
    }
}
