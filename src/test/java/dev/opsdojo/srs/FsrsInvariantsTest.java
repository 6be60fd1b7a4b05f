package dev.opsdojo.srs;

import static dev.opsdojo.srs.FsrsFixtures.T0;
import static dev.opsdojo.srs.FsrsFixtures.defaultsForTesting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The scheduler's invariants over arbitrary cards, times, ratings and weights. */
class FsrsInvariantsTest {
    /** The valid range of each weight (py-fsrs validation, fsrs-rs clipper), written out independently. */
    private static final double[] LOWER_W = {
            0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};
    private static final double[] UPPER_W = {
            100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};
    private static final long MINUTES_IN_TEN_YEARS = 10L * 365 * 24 * 60;

    @Property
    void stabilityAndDifficultyStayInTheirRangesForAnyValidWeights(
            @ForAll("reviewedCards") SrsCard card, @ForAll("validWeights") double[] w,
            @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutesLater) {
        FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting().withWeights(w));

        NextStates next = scheduler.preview(card, card.lastReview().plus(Duration.ofMinutes(minutesLater)));

        assertMemoryInRange(next);
    }

    @Property
    void aNewCardsFirstMemoryIsInRangeForAnyValidWeights(@ForAll("validWeights") double[] w) {
        NextStates next = new FsrsScheduler(defaultsForTesting().withWeights(w)).preview(SrsCard.newCard("c", T0), T0);

        assertMemoryInRange(next);
    }

    @Property
    void reviewCardIntervalsAreAtLeastADayAndHardAtMostGoodBelowEasy(
            @ForAll("reviewCards") SrsCard card, @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutesLater,
            @ForAll boolean fuzz, @ForAll @DoubleRange(min = 0.7, max = 0.97) double retention,
            @ForAll @IntRange(min = 1, max = 36_500) int maximumDays) {
        FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting()
                .withFuzz(fuzz).withDesiredRetention(retention).withMaximumIntervalDays(maximumDays));

        NextStates next = scheduler.preview(card, card.lastReview().plus(Duration.ofMinutes(minutesLater)));

        int hard = next.hard().scheduledDays();
        int good = next.good().scheduledDays();
        int easy = next.easy().scheduledDays();
        assertThat(hard).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(good);
        assertThat(easy).isLessThanOrEqualTo(maximumDays);
        if (easy < maximumDays) {
            assertThat(good).isLessThan(easy);
        }
        for (ScheduledOutcome passing : List.of(next.hard(), next.good(), next.easy())) {
            assertThat(passing.card().state()).isEqualTo(CardState.REVIEW);
            assertThat(passing.interval()).isGreaterThanOrEqualTo(Duration.ofDays(1));
        }
    }

    @Property
    void withTheDefaultWeightsAgainNeverIncreasesStability(
            @ForAll("reviewedCards") SrsCard card, @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutesLater) {
        FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting());

        ScheduledOutcome again = scheduler.review(card, Rating.AGAIN, card.lastReview().plus(Duration.ofMinutes(minutesLater)));

        assertThat(again.card().stability()).isLessThanOrEqualTo(card.stability());
    }

    @Property
    void aFuzzedIntervalLiesInItsRangeWhichHoldsTheInterval(
            @ForAll @IntRange(min = 1, max = 36_500) int intervalDays, @ForAll @IntRange(min = 0, max = 36_500) int slackDays,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double unit) {
        int maximumDays = Math.min(36_500, intervalDays + slackDays);

        FsrsFuzz.Range range = FsrsFuzz.range(intervalDays, maximumDays);
        int fuzzed = FsrsFuzz.apply(intervalDays, maximumDays, unit);

        assertThat(fuzzed).isBetween(range.lowDays(), range.highDays());
        assertThat(intervalDays).isBetween(range.lowDays(), range.highDays());
        assertThat(range.highDays()).isLessThanOrEqualTo(maximumDays);
        assertThat(FsrsFuzz.apply(intervalDays, maximumDays, unit)).isEqualTo(fuzzed);
    }

    @Property
    void fuzzIsFixedByCardIdAndRepsSoPreviewsAndReviewsAgree(
            @ForAll("reviewedCards") SrsCard card, @ForAll @LongRange(min = 1, max = MINUTES_IN_TEN_YEARS) long minutesLater) {
        FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting().withFuzz(true));
        Instant now = card.lastReview().plus(Duration.ofMinutes(minutesLater));

        NextStates first = scheduler.preview(card, now);
        NextStates second = new FsrsScheduler(defaultsForTesting().withFuzz(true)).preview(card, now);

        assertThat(second).isEqualTo(first);
        for (Rating rating : Rating.values()) {
            assertThat(scheduler.review(card, rating, now)).isEqualTo(first.get(rating));
        }
    }

    @Property
    void previewingNeverChangesTheCard(@ForAll("reviewedCards") SrsCard card,
                                       @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutesLater) {
        SrsCard before = new SrsCard(card.cardId(), card.state(), card.step(), card.stability(), card.difficulty(),
                card.due(), card.lastReview(), card.reps(), card.lapses());

        new FsrsScheduler(defaultsForTesting().withFuzz(true)).preview(card, card.lastReview().plus(Duration.ofMinutes(minutesLater)));

        assertThat(card).isEqualTo(before);
    }

    @Property
    void everyReviewCountsOneRepAndStampsTheReviewTime(@ForAll("reviewedCards") SrsCard card,
                                                      @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutesLater) {
        Instant now = card.lastReview().plus(Duration.ofMinutes(minutesLater));

        NextStates next = new FsrsScheduler(defaultsForTesting()).preview(card, now);

        for (Rating rating : Rating.values()) {
            SrsCard after = next.get(rating).card();
            assertThat(after.reps()).isEqualTo(card.reps() + 1);
            assertThat(after.lastReview()).isEqualTo(now);
            assertThat(after.due()).isEqualTo(now.plus(next.get(rating).interval()));
            boolean lapse = card.state() == CardState.REVIEW && rating == Rating.AGAIN;
            assertThat(after.lapses()).isEqualTo(card.lapses() + (lapse ? 1 : 0));
        }
    }

    @Property
    void retrievabilityIsAProbabilityThatNeverRisesWithTime(@ForAll("reviewedCards") SrsCard card,
                                                           @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long minutes,
                                                           @ForAll @LongRange(max = MINUTES_IN_TEN_YEARS) long moreMinutes) {
        FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting());
        Instant earlier = card.lastReview().plus(Duration.ofMinutes(minutes));

        double r1 = scheduler.retrievability(card, earlier).orElseThrow();
        double r2 = scheduler.retrievability(card, earlier.plus(Duration.ofMinutes(moreMinutes))).orElseThrow();

        assertThat(r1).isBetween(0.0, 1.0);
        assertThat(r2).isBetween(0.0, 1.0).isLessThanOrEqualTo(r1);
    }

    @Provide
    Arbitrary<SrsCard> reviewedCards() {
        return cards(Arbitraries.of(CardState.LEARNING, CardState.REVIEW, CardState.RELEARNING));
    }

    @Provide
    Arbitrary<SrsCard> reviewCards() {
        return cards(Arbitraries.just(CardState.REVIEW));
    }

    private static Arbitrary<SrsCard> cards(Arbitrary<CardState> states) {
        // Stability spread evenly over its orders of magnitude, 0.001 to 36500 days.
        Arbitrary<Double> stability = Arbitraries.doubles().between(-3, 4.57).ofScale(6)
                .map(exponent -> Math.min(36_500, Math.pow(10, exponent)))
                .edgeCases(edges -> edges.add(0.001).add(36_500.0));
        Arbitrary<Double> difficulty = Arbitraries.doubles().between(1, 10).ofScale(6);
        Arbitrary<String> id = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(16);
        return Combinators.combine(id, states, Arbitraries.integers().between(0, 3), stability, difficulty,
                        Arbitraries.integers().between(1, 500), Arbitraries.integers().between(0, 50))
                .as((cardId, state, step, s, d, reps, lapses) ->
                        new SrsCard(cardId, state, step, s, d, T0, T0, reps, lapses));
    }

    @Provide
    Arbitrary<double[]> validWeights() {
        return Arbitraries.doubles().between(0, 1).list().ofSize(21).map(units -> {
            double[] w = new double[21];
            for (int i = 0; i < 21; i++) {
                double scaled = LOWER_W[i] + units.get(i) * (UPPER_W[i] - LOWER_W[i]);
                w[i] = Math.min(UPPER_W[i], Math.max(LOWER_W[i], scaled));
            }
            return w;
        });
    }

    private static void assertMemoryInRange(NextStates next) {
        for (Rating rating : Rating.values()) {
            SrsCard after = next.get(rating).card();
            assertThat(after.stability()).as("S after %s", rating).isBetween(0.001, 36_500.0);
            assertThat(after.difficulty()).as("D after %s", rating).isBetween(1.0, 10.0);
        }
    }
}
