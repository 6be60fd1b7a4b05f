package dev.opsdojo.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flashcard use cases the screens and the command line share: what is due, the next card, the four button
 * outcomes, rating, undo, suspend and bury. Every change goes through the durable {@link ReviewLog} first.
 */
public final class Flashcards {
    private final ReviewLog log;
    private Scheduler scheduler;
    private DayClock day;
    private StudyQueue queue;
    private LocalDate countedDay;
    private int newToday;
    private int reviewsToday;

    public Flashcards(ReviewLog log, Scheduler scheduler, SrsSettings settings, DayClock day) {
        this.log = log;
        this.scheduler = scheduler;
        this.day = day;
        this.queue = new StudyQueue(day, settings);
    }

    /** Applies changed settings (limits, retention, day start) to everything that follows. */
    public void reconfigure(Scheduler newScheduler, SrsSettings settings, DayClock newDay) {
        this.scheduler = newScheduler;
        this.day = newDay;
        this.queue = new StudyQueue(newDay, settings);
        this.countedDay = null;
    }

    public DayClock day() {
        return day;
    }

    public ReviewLog log() {
        return log;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public SrsCard cardState(String cardId, Instant now) {
        return log.card(cardId).orElseGet(() -> SrsCard.newCard(cardId, now));
    }

    public StudyQueue.Counts counts(List<String> scope, Instant now) {
        return queue.counts(scope, snapshot(now), now);
    }

    public Optional<String> next(List<String> scope, Instant now) {
        return queue.next(scope, snapshot(now), now);
    }

    public Optional<Instant> nextLearningDue(List<String> scope, Instant now) {
        return queue.nextLearningDue(scope, snapshot(now), now);
    }

    public Map<Rating, Scheduler.Outcome> preview(String cardId, Instant now) {
        return scheduler.preview(cardState(cardId, now), now);
    }

    /** Rates a card; returns once the rating is on disk. */
    public SrsCard rate(String cardId, Rating rating, Instant now, long answerMillis) {
        SrsCard before = cardState(cardId, now);
        SrsCard after = scheduler.preview(before, now).get(rating).card();
        ReviewEvent.Reviewed review = new ReviewEvent.Reviewed(log.nextSeq(), now, cardId, rating, Math.max(0, answerMillis), before, after);
        log.append(review);
        log.counted(review, day);
        if (day.learnerDate(now).equals(countedDay)) {
            if (before.isNew()) {
                newToday++;
            } else if (before.state() == CardState.REVIEW) {
                reviewsToday++;
            }
        }
        return after;
    }

    public Optional<SrsCard> undo(Instant now) {
        Optional<SrsCard> restored = log.undoLast(now);
        countedDay = null;
        return restored;
    }

    public void suspend(String cardId, boolean suspended, Instant now) {
        log.append(new ReviewEvent.Suspended(log.nextSeq(), now, cardId, suspended));
    }

    /** Hides a card until the learner's next day. */
    public void bury(String cardId, Instant now) {
        log.append(new ReviewEvent.Buried(log.nextSeq(), now, cardId, day.learnerDate(now).plusDays(1)));
    }

    public boolean isSuspended(String cardId) {
        return log.suspended().contains(cardId);
    }

    private StudyQueue.Snapshot snapshot(Instant now) {
        LocalDate today = day.learnerDate(now);
        if (!today.equals(countedDay)) {
            int[] done = log.doneOn(today, day);
            newToday = done[0];
            reviewsToday = done[1];
            countedDay = today;
        }
        return new StudyQueue.Snapshot(log.cards(), log.suspended(),
                (java.util.function.Function<String, LocalDate>) id -> log.buriedUntil(id).orElse(null), newToday, reviewsToday);
    }
}
