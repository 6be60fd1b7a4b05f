package dev.opsdojo.srs;

import dev.opsdojo.srs.FsrsMemoryModel.Memory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The FSRS-6 scheduler: given a card and the time of a review, what each rating does to it. A pure function of the
 * card, the {@link FsrsParameters} and the time; it never changes the card it is given.
 *
 * <p>Each review first updates the memory: a new card's first rating sets stability and difficulty from the weights;
 * later ones update them from the whole days elapsed since the last review, counted on the learner's calendar
 * ({@link DayClock}), with the same-day formula when that is 0. Then the card moves on:
 * <ul>
 *   <li>New, Learning (learning steps) and Relearning (relearning steps): Again goes back to the first step; Hard
 *       repeats the current step, waiting the mean of the first two steps at the first one (1.5 × the only step,
 *       at most a day longer, when there is one); Good moves to the next step; Easy, Good on the last step, and
 *       any passing rating when there are no steps (left) make the card a Review card.</li>
 *   <li>Review: Again is a lapse and starts relearning (or stays Review when there are no relearning steps);
 *       the others keep the card in Review.</li>
 * </ul>
 * A Review interval is the days until retrievability falls to the desired retention, rounded, at least 1 and at
 * most the maximum interval, then fuzzed when fuzz is on. For a card that was already in Review the intervals are
 * then ordered as Anki and ts-fsrs do: Hard ≤ Good < Easy (Hard is lowered to Good, Good and Easy raised to one
 * day more than the button before), where the maximum interval allows.
 */
public final class FsrsScheduler {
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final FsrsParameters parameters;
    private final FsrsMemoryModel model;
    private final DayClock dayClock;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.model = new FsrsMemoryModel(parameters);
        this.dayClock = parameters.dayClock();
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The outcome of each rating of {@code card} at {@code now}. The fuzz is the same as {@link #review} would apply. */
    public NextStates preview(SrsCard card, Instant now) {
        requireSchedulable(card, now);
        int elapsedDays = card.isNew() ? 0 : dayClock.elapsedDays(card.lastReview(), now);
        Transition again = transition(card, Rating.AGAIN, elapsedDays);
        Transition hard = transition(card, Rating.HARD, elapsedDays);
        Transition good = transition(card, Rating.GOOD, elapsedDays);
        Transition easy = transition(card, Rating.EASY, elapsedDays);
        if (card.state() == CardState.REVIEW) {
            int maximumDays = parameters.maximumIntervalDays();
            int hardDays = Math.min(hard.intervalDays(), good.intervalDays());
            int goodDays = Math.min(Math.max(good.intervalDays(), hardDays + 1), maximumDays);
            int easyDays = Math.min(Math.max(easy.intervalDays(), goodDays + 1), maximumDays);
            hard = hard.withIntervalDays(hardDays);
            good = good.withIntervalDays(goodDays);
            easy = easy.withIntervalDays(easyDays);
        }
        return new NextStates(outcome(card, Rating.AGAIN, again, now), outcome(card, Rating.HARD, hard, now),
                outcome(card, Rating.GOOD, good, now), outcome(card, Rating.EASY, easy, now));
    }

    /** Rates {@code card} at {@code now}: exactly {@code preview(card, now).get(rating)}. */
    public ScheduledOutcome review(SrsCard card, Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        return preview(card, now).get(rating);
    }

    /**
     * The probability of recalling {@code card} at {@code now}, R(t, S) for the whole days t since its last review
     * (so 1.0 on the day of a review); empty for a new card, which has no memory yet.
     */
    public OptionalDouble retrievability(SrsCard card, Instant now) {
        requireSchedulable(card, now);
        if (card.isNew()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(model.retrievability(dayClock.elapsedDays(card.lastReview(), now), card.stability()));
    }

    /** Where a rating sends the card, before the Review intervals are ordered. */
    private record Transition(Memory memory, CardState state, int step, Duration stepDelay, int intervalDays) {
        static Transition toStep(Memory memory, CardState state, int step, Duration delay) {
            return new Transition(memory, state, step, delay, 0);
        }

        static Transition toReview(Memory memory, int intervalDays) {
            return new Transition(memory, CardState.REVIEW, 0, null, intervalDays);
        }

        boolean isStep() {
            return stepDelay != null;
        }

        Transition withIntervalDays(int days) {
            return new Transition(memory, state, step, stepDelay, days);
        }
    }

    private Transition transition(SrsCard card, Rating rating, int elapsedDays) {
        Memory memory = card.isNew()
                ? model.initial(rating)
                : model.next(new Memory(card.stability(), card.difficulty()), elapsedDays, rating);
        return switch (card.state()) {
            case NEW -> throughSteps(card, rating, memory, parameters.learningSteps(), CardState.LEARNING);
            case LEARNING -> throughSteps(card, rating, memory, parameters.learningSteps(), CardState.LEARNING);
            case RELEARNING -> throughSteps(card, rating, memory, parameters.relearningSteps(), CardState.RELEARNING);
            case REVIEW -> rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()
                    ? Transition.toStep(memory, CardState.RELEARNING, 0, parameters.relearningSteps().get(0))
                    : toReview(card, memory);
        };
    }

    private Transition throughSteps(SrsCard card, Rating rating, Memory memory, List<Duration> steps, CardState stepState) {
        if (steps.isEmpty()) {
            return toReview(card, memory);
        }
        int step = card.isNew() ? 0 : card.step();
        return switch (rating) {
            case AGAIN -> Transition.toStep(memory, stepState, 0, steps.get(0));
            case HARD -> step >= steps.size()
                    ? toReview(card, memory)
                    : Transition.toStep(memory, stepState, step, hardDelay(steps, step));
            case GOOD -> step + 1 >= steps.size()
                    ? toReview(card, memory)
                    : Transition.toStep(memory, stepState, step + 1, steps.get(step + 1));
            case EASY -> toReview(card, memory);
        };
    }

    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        Duration first = steps.get(0);
        if (steps.size() == 1) {
            Duration oneAndAHalf = first.multipliedBy(3).dividedBy(2);
            Duration dayLonger = first.plus(ONE_DAY);
            return oneAndAHalf.compareTo(dayLonger) <= 0 ? oneAndAHalf : dayLonger;
        }
        return first.plus(steps.get(1)).dividedBy(2);
    }

    private Transition toReview(SrsCard card, Memory memory) {
        int maximumDays = parameters.maximumIntervalDays();
        double idealDays = model.intervalDays(memory.stabilityDays(), parameters.desiredRetention());
        int days = (int) Math.max(1, Math.round(Math.min(idealDays, maximumDays)));
        if (parameters.fuzz()) {
            days = FsrsFuzz.apply(days, maximumDays, FsrsFuzz.unitFor(card.cardId(), card.reps()));
        }
        return Transition.toReview(memory, days);
    }

    private ScheduledOutcome outcome(SrsCard card, Rating rating, Transition transition, Instant now) {
        Instant due = transition.isStep()
                ? now.plus(transition.stepDelay())
                : dayClock.plusDays(now, transition.intervalDays());
        int scheduledDays = transition.isStep() ? (int) transition.stepDelay().toDays() : transition.intervalDays();
        boolean lapse = card.state() == CardState.REVIEW && rating == Rating.AGAIN;
        SrsCard next = new SrsCard(card.cardId(), transition.state(), transition.step(),
                transition.memory().stabilityDays(), transition.memory().difficulty(), due, now,
                card.reps() + 1, card.lapses() + (lapse ? 1 : 0));
        return new ScheduledOutcome(next, scheduledDays, Duration.between(now, due));
    }

    private static void requireSchedulable(SrsCard card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.isNew()) {
            return;
        }
        String which = "card " + card.cardId() + " (" + card.state().display() + ")";
        if (card.lastReview() == null) {
            throw new IllegalArgumentException(which + " has no last review; only a New card may lack one");
        }
        if (!(card.stability() > 0 && card.stability() <= FsrsMemoryModel.MAX_STABILITY_DAYS)) {
            throw new IllegalArgumentException(which + " has stability " + card.stability()
                    + " days; a reviewed card's must be above 0 and at most " + (int) FsrsMemoryModel.MAX_STABILITY_DAYS);
        }
        if (!(card.difficulty() >= FsrsMemoryModel.MIN_DIFFICULTY && card.difficulty() <= FsrsMemoryModel.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException(which + " has difficulty " + card.difficulty() + "; it must be 1 to 10");
        }
        if (card.step() < 0) {
            throw new IllegalArgumentException(which + " has step " + card.step() + "; steps count from 0");
        }
    }
}
