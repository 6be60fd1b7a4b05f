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
            cards = null;
            if (events != null) {
                events.add(event);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save to " + store.directory(), e);
        }
    }

    /** A copy taken after the last change: the study queue reads every card each time it picks the next one. */
    @Override
    public Map<String, SrsCard> cards() {
        if (cards == null) {
            cards = store.cards();
        }
        return cards;
    }

    private Map<String, SrsCard> cards;

    @Override
    public Optional<SrsCard> card(String cardId) {
        return store.card(cardId);
    }

    @Override
    public Set<String> suspended() {
        return store.suspendedCardIds();
    }

    @Override
    public Optional<LocalDate> buriedUntil(String cardId) {
        return store.buriedUntil(cardId);
    }

    /** The whole history, read from the log once and then kept up to date in memory. */
    @Override
    public List<ReviewEvent> events() {
        if (events == null) {
            events = new java.util.ArrayList<>(store.events());
        }
        return java.util.Collections.unmodifiableList(events);
    }

    private java.util.List<ReviewEvent> events;

    /**
     * Today's counts without reading the whole history: a small file remembers, per learner date, how many new and
     * review cards were rated, written after each rating. It is a cache: whenever the history is in memory anyway,
     * the exact count comes from it, and a crash between the two writes can only under-count by one rating.
     */
    @Override
    public int[] doneOn(LocalDate date, dev.opsdojo.srs.DayClock clock) {
        if (events == null) {
            DailyCount saved = readDailyCount();
            if (saved != null && date.equals(saved.date()) && clock.equals(saved.clock())) {
                return new int[] {saved.newCards(), saved.reviewCards()};
            }
            if (saved != null && date.isAfter(saved.date()) && clock.equals(saved.clock())
                    && !store.lastUndoableReview().map(r -> clock.learnerDate(r.at()).isAfter(saved.date())).orElse(false)) {
                return new int[] {0, 0};
            }
        }
        int[] exact = new dev.opsdojo.srs.SrsStatistics(events(), clock).doneOn(date);
        writeDailyCount(new DailyCount(date, clock, exact[0], exact[1]));
        return exact;
    }

    /** Records a rating in today's counts (called after it is on disk). */
    @Override
    public void counted(ReviewEvent.Reviewed review, dev.opsdojo.srs.DayClock clock) {
        LocalDate date = clock.learnerDate(review.at());
        DailyCount saved = events == null ? readDailyCount() : null;
        if (saved != null && date.equals(saved.date()) && clock.equals(saved.clock())) {
            boolean isNew = review.before().isNew();
            boolean isReview = review.before().state() == dev.opsdojo.srs.CardState.REVIEW;
            writeDailyCount(new DailyCount(date, clock, saved.newCards() + (isNew ? 1 : 0), saved.reviewCards() + (isReview ? 1 : 0)));
        } else {
            // The history (which already holds this rating) is the exact count.
            int[] exact = new dev.opsdojo.srs.SrsStatistics(events(), clock).doneOn(date);
            writeDailyCount(new DailyCount(date, clock, exact[0], exact[1]));
        }
    }

    record DailyCount(LocalDate date, dev.opsdojo.srs.DayClock clock, int newCards, int reviewCards) {
    }

    static final String DAILY_FILE = "srs-today.json";
    private static final com.fasterxml.jackson.databind.ObjectMapper DAILY_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private DailyCount readDailyCount() {
        try {
            var node = DAILY_JSON.readTree(store.directory().resolve(DAILY_FILE).toFile());
            return new DailyCount(LocalDate.parse(node.get("date").asText()),
                    new dev.opsdojo.srs.DayClock(java.time.ZoneId.of(node.get("zone").asText()), node.get("dayStartHour").asInt()),
                    node.get("newCards").asInt(), node.get("reviewCards").asInt());
        } catch (IOException | RuntimeException missingOrBroken) {
            return null;
        }
    }

    private void writeDailyCount(DailyCount count) {
        try {
            var node = DAILY_JSON.createObjectNode()
                    .put("date", count.date().toString()).put("zone", count.clock().zone().getId())
                    .put("dayStartHour", count.clock().dayStartHour())
                    .put("newCards", count.newCards()).put("reviewCards", count.reviewCards());
            dev.opsdojo.storage.AtomicFiles.write(store.directory().resolve(DAILY_FILE), node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Only a cache: the next start counts from the history instead.
        }
    }

    @Override
    public Optional<SrsCard> undoLast(Instant now) {
        Optional<ReviewEvent.Reviewed> last = store.lastUndoableReview();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        append(new ReviewEvent.Undone(store.nextSeq(), now, last.get().seq()));
        try {
            java.nio.file.Files.deleteIfExists(store.directory().resolve(DAILY_FILE)); // recounted from the history
        } catch (IOException e) {
            // The count is recomputed anyway when the file's date no longer matches.
        }
        return Optional.of(last.get().before());
    }
}
