package dev.opsdojo.srs.store;

import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongFunction;

/** The collection as a fold over review events: card states, suspended cards and bury dates. Not thread-safe. */
final class CollectionState {
    final Map<String, SrsCard> cards = new HashMap<>();
    final Set<String> suspended = new HashSet<>();
    final Map<String, LocalDate> buriedUntil = new HashMap<>();
    long lastSeq;

    static CollectionState of(Snapshot snapshot) {
        CollectionState state = new CollectionState();
        state.cards.putAll(snapshot.cards());
        state.suspended.addAll(snapshot.suspended());
        state.buriedUntil.putAll(snapshot.buriedUntil());
        state.lastSeq = snapshot.lastSeq();
        return state;
    }

    /** Sorted, so two snapshots of the same collection are the same bytes. */
    Snapshot toSnapshot() {
        return new Snapshot(Snapshot.FORMAT, lastSeq, new TreeMap<>(cards), new ArrayList<>(new TreeSet<>(suspended)), new TreeMap<>(buriedUntil));
    }

    /**
     * Folds one event in. A review sets its card to {@code after}; an undo puts back the {@code before} of the review
     * it names, but only while the card still is that review's {@code after}. Returns why an event changed nothing.
     *
     * @param reviewBySeq finds an earlier event of the log by its seq (for undo)
     */
    Optional<String> apply(ReviewEvent event, LongFunction<Optional<ReviewEvent>> reviewBySeq) {
        lastSeq = Math.max(lastSeq, event.seq());
        if (event instanceof ReviewEvent.Reviewed reviewed) {
            cards.put(reviewed.cardId(), reviewed.after());
        } else if (event instanceof ReviewEvent.Undone undone) {
            Optional<ReviewEvent> target = reviewBySeq.apply(undone.undoneSeq());
            if (target.isEmpty() || !(target.get() instanceof ReviewEvent.Reviewed review)) {
                return Optional.of("undo #" + undone.seq() + " names #" + undone.undoneSeq() + ", which is not a review in the log; ignored");
            }
            SrsCard current = cards.get(review.cardId());
            if (!Objects.equals(current, review.after())) {
                return Optional.of("undo #" + undone.seq() + " of review #" + review.seq() + " (card " + review.cardId()
                        + ") ignored: the card has changed since that review");
            }
            cards.put(review.cardId(), review.before());
        } else if (event instanceof ReviewEvent.Suspended suspension) {
            if (suspension.suspended()) {
                suspended.add(suspension.cardId());
            } else {
                suspended.remove(suspension.cardId());
            }
        } else if (event instanceof ReviewEvent.Buried buried) {
            if (buried.until() == null) {
                buriedUntil.remove(buried.cardId());
            } else {
                buriedUntil.put(buried.cardId(), buried.until());
            }
        }
        return Optional.empty();
    }
}
