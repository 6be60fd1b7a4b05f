package dev.opsdojo.srs;

import static dev.opsdojo.srs.FsrsFixtures.T0;
import static dev.opsdojo.srs.FsrsFixtures.W;
import static dev.opsdojo.srs.FsrsFixtures.clamp;
import static dev.opsdojo.srs.FsrsFixtures.days;
import static dev.opsdojo.srs.FsrsFixtures.defaultsForTesting;
import static dev.opsdojo.srs.FsrsFixtures.interval;
import static dev.opsdojo.srs.FsrsFixtures.lapseStability;
import static dev.opsdojo.srs.FsrsFixtures.nextDifficulty;
import static dev.opsdojo.srs.FsrsFixtures.recallStability;
import static dev.opsdojo.srs.FsrsFixtures.retrievability;
import static dev.opsdojo.srs.FsrsFixtures.reviewCard;
import static dev.opsdojo.srs.FsrsFixtures.sameDayStability;
import static dev.opsdojo.srs.Rating.AGAIN;
import static dev.opsdojo.srs.Rating.EASY;
import static dev.opsdojo.srs.Rating.GOOD;
import static dev.opsdojo.srs.Rating.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The FSRS-6 scheduler against the spec's worked example, values transcribed from the reference libraries' tests
 * (fsrs-rs, ts-fsrs, py-fsrs) and values derived here from the formulas.
 */
class FsrsSchedulerTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    /** The spec's tolerance for S and D against the f32 reference libraries. */
    private static final double TOLERANCE = 1e-4;

    private final FsrsScheduler scheduler = new FsrsScheduler(defaultsForTesting());

    // ---- The spec's worked example V1 ----

    private static final Rating[] V1_RATINGS = {GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD};

    @Test
    void workedExampleV1IntervalsAndStability() {
        List<ScheduledOutcome> outcomes = replayAtDue(scheduler, V1_RATINGS);

        int[] scheduledDays = {0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
        double[] stability = {2.307, 2.307, 10.97, 46.32, 163.0, 497.9, 6.890, 2.155, 2.155, 3.983, 7.236, 12.48, 20.77};
        for (int i = 0; i < V1_RATINGS.length; i++) {
            ScheduledOutcome outcome = outcomes.get(i);
            Duration expectedInterval = scheduledDays[i] == 0 ? TEN_MINUTES : Duration.ofDays(scheduledDays[i]);
            assertThat(outcome.scheduledDays()).as("review %d days", i + 1).isEqualTo(scheduledDays[i]);
            assertThat(outcome.interval()).as("review %d interval", i + 1).isEqualTo(expectedInterval);
            assertRoundsTo(outcome.card().stability(), stability[i], "review " + (i + 1) + " S");
        }
    }

    @Test
    void workedExampleV1DifficultyDriftsDownAndJumpsAtTheLapses() {
        List<Double> d = replayAtDue(scheduler, V1_RATINGS).stream().map(o -> o.card().difficulty()).toList();

        assertRoundsTo(d.get(0), 2.118, "D after review 1");
        assertRoundsTo(d.get(5), 2.084, "D after review 6");
        assertRoundsTo(d.get(6), 7.383, "D after the first Again");
        assertRoundsTo(d.get(7), 9.125, "D after the second Again");
        assertRoundsTo(d.get(12), 9.056, "D after review 13");
        assertThat(d.subList(0, 6)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(d.subList(7, 13)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void workedExampleV1SameDayGoodIsFlooredSoTheCardGraduatesWithTwoDays() {
        double unfloored = Math.exp(W[17] * W[18]) * Math.pow(W[2], -W[19]);
        assertThat(unfloored).isCloseTo(0.9945, within(1e-4));

        ScheduledOutcome second = replayAtDue(scheduler, V1_RATINGS).get(1);

        assertThat(second.card().stability()).isEqualTo(W[2]);
        assertThat(second.scheduledDays()).isEqualTo(2);
    }

    @Test
    void workedExampleV1StatesAndCounters() {
        List<SrsCard> cards = replayAtDue(scheduler, V1_RATINGS).stream().map(ScheduledOutcome::card).toList();

        assertThat(cards).extracting(SrsCard::state).containsExactly(
                CardState.LEARNING, CardState.REVIEW, CardState.REVIEW, CardState.REVIEW, CardState.REVIEW,
                CardState.REVIEW, CardState.RELEARNING, CardState.RELEARNING, CardState.REVIEW, CardState.REVIEW,
                CardState.REVIEW, CardState.REVIEW, CardState.REVIEW);
        assertThat(cards).extracting(SrsCard::reps).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(cards).extracting(SrsCard::lapses).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1);
    }

    // ---- Values from the reference libraries' own tests ----

    @Test
    void firstRatingsMatchTsFsrs() {
        // ts-fsrs FSRS-6.test.ts "first repeat".
        NextStates first = scheduler.preview(SrsCard.newCard("c", T0), T0);

        List<ScheduledOutcome> all = List.of(first.again(), first.hard(), first.good(), first.easy());
        assertThat(all).extracting(o -> o.card().stability()).containsExactly(0.212, 1.2931, 2.3065, 8.2956);
        assertThat(all).extracting(o -> o.card().difficulty()).satisfiesExactly(
                d -> assertThat(d).isCloseTo(6.4133, within(1e-8)),
                d -> assertThat(d).isCloseTo(5.11217071, within(1e-8)),
                d -> assertThat(d).isCloseTo(2.11810397, within(1e-8)),
                d -> assertThat(d).isEqualTo(1.0));
        assertThat(all).extracting(ScheduledOutcome::scheduledDays).containsExactly(0, 0, 0, 8);
        assertThat(all).extracting(o -> o.card().reps()).containsExactly(1, 1, 1, 1);
        assertThat(all).extracting(o -> o.card().lapses()).containsExactly(0, 0, 0, 0);
        assertThat(all).extracting(o -> o.card().state())
                .containsExactly(CardState.LEARNING, CardState.LEARNING, CardState.LEARNING, CardState.REVIEW);
    }

    @Test
    void memoryStateMatchesFsrsRsTsFsrsAndPyFsrs() {
        // fsrs-rs inference.rs test_memory_state; the same numbers in ts-fsrs FSRS-6.test.ts and py-fsrs test_memo_state.
        SrsCard card = replayAtDayGaps(scheduler, new int[] {0, 0, 1, 3, 8, 21}, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);

        assertThat(card.stability()).isCloseTo(53.62691, within(TOLERANCE));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
    }

    @Test
    void withTheSameDayTermsFrozenTheMemoryStateMatchesFsrsRs() {
        // fsrs-rs test_memory_state with w17 = w18 = w19 = 0 (ts-fsrs: enable_short_term = false).
        double[] w = W.clone();
        w[17] = 0;
        w[18] = 0;
        w[19] = 0;
        FsrsScheduler frozen = new FsrsScheduler(defaultsForTesting().withWeights(w));

        SrsCard card = replayAtDayGaps(frozen, new int[] {0, 0, 1, 3, 8, 21}, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);

        assertThat(card.stability()).isCloseTo(53.335106, within(TOLERANCE));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(TOLERANCE));
    }

    /** fsrs-rs inference.rs test PARAMETERS: an FSRS-5 set of 19 weights. */
    private static final double[] FSRS5_WEIGHTS = {
            0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437,
            0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534};

    private static FsrsScheduler fsrs5Scheduler() {
        return new FsrsScheduler(defaultsForTesting().withWeights(FsrsParameters.fsrs6Weights(FSRS5_WEIGHTS)));
    }

    @Test
    void anFsrs5WeightSetFilledTo21GivesFsrsRsMemoryState() {
        // fsrs-rs test_memo_state.
        SrsCard card = replayAtDayGaps(fsrs5Scheduler(), new int[] {0, 1, 3, 8, 21}, AGAIN, GOOD, GOOD, GOOD, GOOD);

        assertThat(card.stability()).isCloseTo(31.722992, within(TOLERANCE));
        assertThat(card.difficulty()).isCloseTo(7.382128, within(TOLERANCE));
    }

    @Test
    void fourRatingsPreviewedTogetherMatchFsrsRsNextStates() {
        // fsrs-rs test_next_states: the memory after Again, Good +1d, Good +3d, Good +8d, previewed 21 days later.
        FsrsScheduler fsrs5 = fsrs5Scheduler();
        SrsCard card = replayAtDayGaps(fsrs5, new int[] {0, 1, 3, 8}, AGAIN, GOOD, GOOD, GOOD);

        NextStates next = fsrs5.preview(card, days(card.lastReview(), 21));

        assertMemory(next.again(), 2.9691455, 8.000659);
        assertMemory(next.hard(), 17.091452, 7.6913934);
        assertMemory(next.good(), 31.722992, 7.382128);
        assertMemory(next.easy(), 71.7502, 7.0728626);
    }

    @Test
    void aRecallStepMatchesFsrsRs() {
        // fsrs-rs test_memo_state: next_states(S = 20.925528, D = 7.005062, 21 days).good.
        SrsCard card = reviewCard(20.925528, 7.005062, T0);

        ScheduledOutcome good = fsrs5Scheduler().review(card, GOOD, days(T0, 21));

        assertMemory(good, 40.87456, 6.9913807);
    }

    @ParameterizedTest(name = "retention {0} → {1} days")
    @CsvSource({"0.2, 34793", "0.3, 2508", "0.4, 387", "0.5, 90", "0.6, 27", "0.7, 9", "0.8, 3", "0.9, 1"})
    void intervalOfOneDayStabilityMatchesFsrsRsTable(double retention, long days) {
        // fsrs-rs test_next_interval.
        FsrsMemoryModel model = new FsrsMemoryModel(defaultsForTesting());

        assertThat(Math.round(model.intervalDays(1, retention))).isEqualTo(days);
    }

    @Test
    void atRetentionPointOneDoublePrecisionGivesTheSpecsValueNotF32s() {
        // The spec: 3116766 in fsrs-rs' f32, 3116769 in f64.
        FsrsMemoryModel model = new FsrsMemoryModel(defaultsForTesting());

        assertThat(Math.round(model.intervalDays(1, 0.1))).isEqualTo(3_116_769);
    }

    @Test
    void repeatedSameDayEasyRatingsBottomOutDifficultyAtOne() {
        // py-fsrs test_repeated_correct_reviews.
        SrsCard card = SrsCard.newCard("c", T0);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, EASY, T0.plusNanos(i * 1000L)).card();
        }

        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void retrievabilityAtTheDueDateOfAFirstEasyMatchesTsFsrs() {
        // ts-fsrs "get retrievability": 1 for the three learning cards at their due, 0.9024733 for Easy.
        SrsCard created = SrsCard.newCard("c", Instant.parse("2023-12-01T04:00:00Z"));
        NextStates first = scheduler.preview(created, Instant.parse("2023-12-01T04:05:00Z"));

        for (Rating learning : List.of(AGAIN, HARD, GOOD)) {
            SrsCard card = first.get(learning).card();
            assertThat(scheduler.retrievability(card, card.due())).hasValue(1.0);
        }
        SrsCard easy = first.easy().card();
        assertThat(scheduler.retrievability(easy, easy.due()).orElseThrow()).isCloseTo(0.9024733, within(1e-7));
    }

    @ParameterizedTest(name = "R({0} days, S = 1) = {1}")
    @CsvSource({"0, 1.0", "1, 0.9", "2, 0.84028935", "3, 0.7985001"})
    void retrievabilityWithDecayPointTwoMatchesFsrsRs(int elapsedDays, double expected) {
        // fsrs-rs test_current_retrievability (decay 0.2).
        double[] w = W.clone();
        w[20] = 0.2;
        FsrsScheduler decayPointTwo = new FsrsScheduler(defaultsForTesting().withWeights(w));
        SrsCard card = reviewCard(1.0, 5, T0);

        assertThat(decayPointTwo.retrievability(card, days(T0, elapsedDays)).orElseThrow()).isCloseTo(expected, within(1e-7));
    }

    // ---- Derived here from the formulas ----

    @ParameterizedTest
    @EnumSource(Rating.class)
    void aFirstRatingSetsStabilityToItsWeightAndDifficultyToD0(Rating rating) {
        int g = rating.grade;

        SrsCard card = scheduler.review(SrsCard.newCard("c", T0), rating, T0).card();

        assertThat(card.stability()).isEqualTo(W[g - 1]);
        assertThat(card.difficulty()).isCloseTo(clamp(W[4] - Math.exp(W[5] * (g - 1)) + 1, 1, 10), within(1e-12));
        assertThat(card.lastReview()).isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(value = Rating.class, names = {"HARD", "GOOD", "EASY"})
    void aRecallAtTheStabilityUsesRetrievabilityPointNine(Rating rating) {
        SrsCard card = reviewCard(10, 5, T0);
        double r = retrievability(10, 10);
        assertThat(r).isCloseTo(0.9, within(1e-12));
        double expectedS = recallStability(10, 5, r, rating.grade);

        ScheduledOutcome outcome = scheduler.review(card, rating, days(T0, 10));

        assertThat(outcome.card().stability()).isCloseTo(expectedS, within(1e-9));
        assertThat(outcome.card().difficulty()).isCloseTo(nextDifficulty(5, rating.grade), within(1e-12));
        assertThat(outcome.scheduledDays()).isEqualTo(Math.round(interval(0.9, expectedS)));
        assertThat(outcome.card().state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void aLapseFollowsTheForgettingFormulaAndStartsRelearning() {
        SrsCard card = reviewCard(10, 5, T0);
        Instant now = days(T0, 10);

        ScheduledOutcome again = scheduler.review(card, AGAIN, now);

        assertThat(again.card().stability()).isCloseTo(lapseStability(10, 5, retrievability(10, 10)), within(1e-9));
        assertThat(again.card().difficulty()).isCloseTo(nextDifficulty(5, 1), within(1e-12));
        assertThat(again.card().state()).isEqualTo(CardState.RELEARNING);
        assertThat(again.card().step()).isZero();
        assertThat(again.card().due()).isEqualTo(now.plus(TEN_MINUTES));
        assertThat(again.scheduledDays()).isZero();
        assertThat(again.card().lapses()).isEqualTo(card.lapses() + 1);
    }

    @Test
    void aSameDayHardNeverLowersStability() {
        SrsCard card = reviewCard(5, 5, T0);
        double unflooredPyFsrs631 = 5 * Math.exp(W[17] * (-1 + W[18])) * Math.pow(5, -W[19]);
        assertThat(unflooredPyFsrs631).isCloseTo(2.747, within(1e-3));

        ScheduledOutcome hard = scheduler.review(card, HARD, T0.plus(Duration.ofHours(2)));

        assertThat(hard.card().stability()).isEqualTo(5.0);
    }

    @ParameterizedTest
    @EnumSource(Rating.class)
    void aSameDayReviewUsesTheShortTermFormula(Rating rating) {
        SrsCard card = reviewCard(5, 5, T0);

        ScheduledOutcome outcome = scheduler.review(card, rating, T0.plus(Duration.ofHours(2)));

        assertThat(outcome.card().stability()).isCloseTo(sameDayStability(5, rating.grade), within(1e-12));
        assertThat(outcome.card().difficulty()).isCloseTo(nextDifficulty(5, rating.grade), within(1e-12));
    }

    @Test
    void elapsedDaysCountTheDayStartsBetweenReviewsNotTwentyFourHourPeriods() {
        SrsCard reviewedBeforeFourAm = reviewCard(10, 5, Instant.parse("2026-03-10T03:00:00Z"));
        SrsCard reviewedAfterFourAm = reviewCard(10, 5, Instant.parse("2026-03-10T04:30:00Z"));

        // Two hours later, but across 4 am: one day, so the recall formula with R(1, S).
        ScheduledOutcome acrossTheStart = scheduler.review(reviewedBeforeFourAm, GOOD, Instant.parse("2026-03-10T05:00:00Z"));
        // Twenty-three hours later, before the next 4 am: the same day.
        ScheduledOutcome sameDay = scheduler.review(reviewedAfterFourAm, GOOD, Instant.parse("2026-03-11T03:30:00Z"));

        assertThat(acrossTheStart.card().stability()).isCloseTo(recallStability(10, 5, retrievability(1, 10), 3), within(1e-9));
        assertThat(sameDay.card().stability()).isCloseTo(sameDayStability(10, 3), within(1e-12));
    }

    @ParameterizedTest(name = "day start {0}:00 → {1} elapsed day(s)")
    @CsvSource({"0, 1", "4, 0"})
    void withMidnightUtcDaysElapsedDaysAreUtcCalendarDatesAsInTsFsrs(int dayStartHour, int expectedDays) {
        FsrsScheduler withDayStart = new FsrsScheduler(defaultsForTesting().withDayStartHour(dayStartHour));
        SrsCard card = reviewCard(10, 5, Instant.parse("2026-03-10T23:00:00Z"));

        double r = withDayStart.retrievability(card, Instant.parse("2026-03-11T01:00:00Z")).orElseThrow();

        assertThat(r).isCloseTo(retrievability(expectedDays, 10), within(1e-12));
    }

    @Test
    void elapsedDaysFollowTheLearnersZone() {
        FsrsScheduler seoul = new FsrsScheduler(defaultsForTesting().withZone(ZoneId.of("Asia/Seoul")));
        // 03:00 and 05:00 on 11 March in Seoul: either side of its 4 am, though the same UTC date.
        SrsCard card = reviewCard(10, 5, Instant.parse("2026-03-10T18:00:00Z"));

        double r = seoul.retrievability(card, Instant.parse("2026-03-10T20:00:00Z")).orElseThrow();

        assertThat(r).isCloseTo(retrievability(1, 10), within(1e-12));
    }

    @ParameterizedTest(name = "desired retention {0}")
    @CsvSource({"0.8", "0.9", "0.95"})
    void desiredRetentionSetsTheIntervalWhereRetrievabilityFallsToIt(double retention) {
        FsrsScheduler withRetention = new FsrsScheduler(defaultsForTesting().withDesiredRetention(retention));
        SrsCard card = reviewCard(20, 5, T0);
        Instant now = days(T0, 20);
        double goodS = recallStability(20, 5, retrievability(20, 20), 3);

        ScheduledOutcome good = withRetention.review(card, GOOD, now);

        assertThat(good.scheduledDays()).isEqualTo(Math.round(interval(retention, goodS)));
        assertThat(retrievability(good.scheduledDays(), goodS)).isCloseTo(retention, within(0.01));
    }

    @Test
    void lowerDesiredRetentionGivesLongerIntervals() {
        SrsCard card = SrsCard.newCard("c", T0);
        int at80 = new FsrsScheduler(defaultsForTesting().withDesiredRetention(0.8)).review(card, EASY, T0).scheduledDays();
        int at90 = scheduler.review(card, EASY, T0).scheduledDays();
        int at95 = new FsrsScheduler(defaultsForTesting().withDesiredRetention(0.95)).review(card, EASY, T0).scheduledDays();

        assertThat(at80).isEqualTo(Math.round(interval(0.8, W[3])));
        assertThat(at90).isEqualTo(8);
        assertThat(at95).isEqualTo(Math.round(interval(0.95, W[3])));
        assertThat(at80).isGreaterThan(at90);
        assertThat(at90).isGreaterThan(at95);
    }

    @Test
    void theMaximumIntervalCapsEveryPassingRating() {
        FsrsScheduler capped = new FsrsScheduler(defaultsForTesting().withMaximumIntervalDays(100));
        SrsCard card = reviewCard(500, 5, T0);

        NextStates next = capped.preview(card, days(T0, 500));

        assertThat(List.of(next.hard(), next.good(), next.easy())).allSatisfy(o -> {
            assertThat(o.scheduledDays()).isEqualTo(100);
            assertThat(o.card().due()).isEqualTo(days(T0, 600));
        });
        assertThat(next.good().card().stability()).isGreaterThan(500);
    }

    @Test
    void theMaximumIntervalCapsAGraduatingCard() {
        FsrsScheduler capped = new FsrsScheduler(defaultsForTesting().withMaximumIntervalDays(5));

        ScheduledOutcome easy = capped.review(SrsCard.newCard("c", T0), EASY, T0);

        assertThat(easy.scheduledDays()).isEqualTo(5);
    }

    @Test
    void onTheSameDayTiedIntervalsAreSpreadSoHardIsBelowGoodBelowEasy() {
        // S = 2 reviewed again the same day: Hard keeps 2 (floored), Good grows 0.4%, Easy 73%.
        double hardS = sameDayStability(2, 2);
        double goodS = sameDayStability(2, 3);
        double easyS = sameDayStability(2, 4);
        assertThat(List.of(Math.round(hardS), Math.round(goodS), Math.round(easyS))).containsExactly(2L, 2L, 3L);
        SrsCard card = reviewCard(2, 5, T0);

        NextStates next = scheduler.preview(card, T0.plus(Duration.ofHours(1)));

        assertThat(List.of(next.hard(), next.good(), next.easy())).extracting(ScheduledOutcome::scheduledDays)
                .containsExactly(2, 3, 4);
        assertThat(next.good().card().stability()).isCloseTo(goodS, within(1e-12));
    }

    // ---- Learning and relearning steps ----

    @Test
    void againReturnsToTheFirstLearningStep() {
        SrsCard atSecondStep = scheduler.review(SrsCard.newCard("c", T0), GOOD, T0).card();
        Instant now = atSecondStep.due();

        ScheduledOutcome again = scheduler.review(atSecondStep, AGAIN, now);

        assertThat(again.card().state()).isEqualTo(CardState.LEARNING);
        assertThat(again.card().step()).isZero();
        assertThat(again.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(again.scheduledDays()).isZero();
    }

    @Test
    void hardAtTheFirstStepWaitsTheMeanOfTheFirstTwoSteps() {
        ScheduledOutcome hard = scheduler.review(SrsCard.newCard("c", T0), HARD, T0);

        assertThat(hard.interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(hard.card().step()).isZero();
        assertThat(hard.card().state()).isEqualTo(CardState.LEARNING);
    }

    @ParameterizedTest(name = "only step {0} → Hard waits {1}")
    @CsvSource({"PT10M, PT15M", "PT1H, PT1H30M", "P1D, PT36H", "P3D, P4D"})
    void hardWithOneStepWaitsOneAndAHalfTimesItButAtMostADayLonger(Duration onlyStep, Duration expected) {
        FsrsScheduler oneStep = new FsrsScheduler(defaultsForTesting().withLearningSteps(List.of(onlyStep)));

        ScheduledOutcome hard = oneStep.review(SrsCard.newCard("c", T0), HARD, T0);

        assertThat(hard.interval()).isEqualTo(expected);
        assertThat(hard.scheduledDays()).isEqualTo((int) expected.toDays());
        assertThat(hard.card().state()).isEqualTo(CardState.LEARNING);
    }

    @Test
    void hardAtALaterStepRepeatsThatStep() {
        SrsCard atSecondStep = scheduler.review(SrsCard.newCard("c", T0), GOOD, T0).card();

        ScheduledOutcome hard = scheduler.review(atSecondStep, HARD, atSecondStep.due());

        assertThat(hard.interval()).isEqualTo(TEN_MINUTES);
        assertThat(hard.card().step()).isEqualTo(1);
    }

    @Test
    void goodMovesToTheNextStepThenGraduates() {
        ScheduledOutcome first = scheduler.review(SrsCard.newCard("c", T0), GOOD, T0);
        ScheduledOutcome second = scheduler.review(first.card(), GOOD, first.card().due());

        assertThat(first.card().state()).isEqualTo(CardState.LEARNING);
        assertThat(first.card().step()).isEqualTo(1);
        assertThat(first.interval()).isEqualTo(TEN_MINUTES);
        assertThat(second.card().state()).isEqualTo(CardState.REVIEW);
        assertThat(second.scheduledDays()).isEqualTo(Math.round(interval(0.9, second.card().stability())));
    }

    @Test
    void easyGraduatesFromAnyStep() {
        SrsCard atSecondStep = scheduler.review(SrsCard.newCard("c", T0), GOOD, T0).card();

        ScheduledOutcome easy = scheduler.review(atSecondStep, EASY, atSecondStep.due());

        assertThat(easy.card().state()).isEqualTo(CardState.REVIEW);
        assertThat(easy.card().step()).isZero();
        assertThat(easy.scheduledDays()).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Rating.class)
    void withoutLearningStepsEveryFirstRatingGraduates(Rating rating) {
        FsrsScheduler noSteps = new FsrsScheduler(defaultsForTesting().withLearningSteps(List.of()));

        ScheduledOutcome outcome = noSteps.review(SrsCard.newCard("c", T0), rating, T0);

        assertThat(outcome.card().state()).isEqualTo(CardState.REVIEW);
        assertThat(outcome.scheduledDays()).isEqualTo(Math.max(1, Math.round(interval(0.9, W[rating.grade - 1]))));
    }

    @Test
    void aCardPastTheLastConfiguredStepGraduatesOnAPassingRatingAndRestartsOnAgain() {
        // E.g. learnt with three steps, the settings now have two.
        SrsCard stepThree = new SrsCard("c", CardState.LEARNING, 2, 2.3065, 2.118, T0, T0, 3, 0);
        NextStates next = scheduler.preview(stepThree, T0.plus(TEN_MINUTES));

        assertThat(next.hard().card().state()).isEqualTo(CardState.REVIEW);
        assertThat(next.good().card().state()).isEqualTo(CardState.REVIEW);
        assertThat(next.again().card().state()).isEqualTo(CardState.LEARNING);
        assertThat(next.again().card().step()).isZero();
    }

    @Test
    void relearningAgainRepeatsTheFirstRelearningStepWithoutCountingAnotherLapse() {
        SrsCard relearning = scheduler.review(reviewCard(10, 5, T0), AGAIN, days(T0, 10)).card();

        ScheduledOutcome again = scheduler.review(relearning, AGAIN, relearning.due());

        assertThat(again.card().state()).isEqualTo(CardState.RELEARNING);
        assertThat(again.card().step()).isZero();
        assertThat(again.interval()).isEqualTo(TEN_MINUTES);
        assertThat(again.card().lapses()).isEqualTo(relearning.lapses()).isEqualTo(1);
    }

    @Test
    void relearningHardWithOneStepWaitsOneAndAHalfTimesIt() {
        SrsCard relearning = scheduler.review(reviewCard(10, 5, T0), AGAIN, days(T0, 10)).card();

        ScheduledOutcome hard = scheduler.review(relearning, HARD, relearning.due());

        assertThat(hard.card().state()).isEqualTo(CardState.RELEARNING);
        assertThat(hard.interval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void relearningGoodOnTheLastStepReturnsToReviewWithTheSameDayStability() {
        SrsCard relearning = scheduler.review(reviewCard(10, 5, T0), AGAIN, days(T0, 10)).card();

        ScheduledOutcome good = scheduler.review(relearning, GOOD, relearning.due());

        double expectedS = sameDayStability(relearning.stability(), 3);
        assertThat(good.card().state()).isEqualTo(CardState.REVIEW);
        assertThat(good.card().stability()).isCloseTo(expectedS, within(1e-12));
        assertThat(good.scheduledDays()).isEqualTo(Math.max(1, Math.round(interval(0.9, expectedS))));
    }

    @Test
    void withTwoRelearningStepsGoodMovesToTheSecond() {
        FsrsScheduler twoSteps = new FsrsScheduler(defaultsForTesting()
                .withRelearningSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        SrsCard relearning = twoSteps.review(reviewCard(10, 5, T0), AGAIN, days(T0, 10)).card();
        assertThat(relearning.due()).isEqualTo(days(T0, 10).plus(Duration.ofMinutes(1)));

        NextStates next = twoSteps.preview(relearning, relearning.due());

        assertThat(next.hard().interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(next.good().card().step()).isEqualTo(1);
        assertThat(next.good().interval()).isEqualTo(TEN_MINUTES);
    }

    @Test
    void withoutRelearningStepsALapseStaysInReviewWithADayInterval() {
        FsrsScheduler noRelearning = new FsrsScheduler(defaultsForTesting().withRelearningSteps(List.of()));
        SrsCard card = reviewCard(10, 5, T0);

        ScheduledOutcome again = noRelearning.review(card, AGAIN, days(T0, 10));

        double expectedS = lapseStability(10, 5, retrievability(10, 10));
        assertThat(again.card().state()).isEqualTo(CardState.REVIEW);
        assertThat(again.scheduledDays()).isEqualTo(Math.max(1, Math.round(interval(0.9, expectedS))));
        assertThat(again.card().lapses()).isEqualTo(1);
    }

    // ---- The rest of the contract ----

    @Test
    void reviewIsThePreviewOfItsRatingAndLeavesTheCardAlone() {
        SrsCard card = reviewCard(10, 5, T0);
        SrsCard copy = new SrsCard(card.cardId(), card.state(), card.step(), card.stability(), card.difficulty(),
                card.due(), card.lastReview(), card.reps(), card.lapses());
        Instant now = days(T0, 9);

        NextStates next = scheduler.preview(card, now);

        for (Rating rating : Rating.values()) {
            assertThat(scheduler.review(card, rating, now)).isEqualTo(next.get(rating));
        }
        assertThat(card).isEqualTo(copy);
    }

    @Test
    void aNewCardHasNoRetrievability() {
        assertThat(scheduler.retrievability(SrsCard.newCard("c", T0), days(T0, 3))).isEmpty();
    }

    @Test
    void retrievabilityIsOneOnTheDayOfAReviewAndFollowsTheCurveAfter() {
        SrsCard card = reviewCard(10, 5, T0);

        assertThat(scheduler.retrievability(card, T0.plus(Duration.ofHours(10)))).hasValue(1.0);
        assertThat(scheduler.retrievability(card, days(T0, 10)).orElseThrow()).isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(card, days(T0, 30)).orElseThrow()).isCloseTo(retrievability(30, 10), within(1e-12));
    }

    @Test
    void dueDatesKeepTheLocalTimeAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        FsrsScheduler inBerlin = new FsrsScheduler(defaultsForTesting().withZone(berlin).withLearningSteps(List.of()));
        Instant wednesdayTenAm = Instant.parse("2026-03-25T09:00:00Z");

        ScheduledOutcome easy = inBerlin.review(SrsCard.newCard("c", wednesdayTenAm), EASY, wednesdayTenAm);

        assertThat(easy.scheduledDays()).isEqualTo(8);
        assertThat(easy.card().due().atZone(berlin).toLocalDateTime()).hasToString("2026-04-02T10:00");
        assertThat(easy.interval()).isEqualTo(Duration.ofDays(8).minusHours(1));
    }

    @Test
    void aReviewBeforeTheLastOneCountsAsTheSameDay() {
        SrsCard card = reviewCard(10, 5, T0);

        ScheduledOutcome good = scheduler.review(card, GOOD, days(T0, -3));

        assertThat(good.card().stability()).isCloseTo(sameDayStability(10, 3), within(1e-12));
    }

    @Test
    void aReviewedCardWithoutALastReviewIsRefused() {
        SrsCard broken = new SrsCard("c7", CardState.REVIEW, 0, 10, 5, T0, null, 3, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> scheduler.preview(broken, T0))
                .withMessage("card c7 (Review) has no last review; only a New card may lack one");
    }

    @Test
    void aReviewedCardWithoutStabilityIsRefused() {
        SrsCard broken = new SrsCard("c7", CardState.LEARNING, 0, 0, 5, T0, T0, 1, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> scheduler.preview(broken, T0))
                .withMessageStartingWith("card c7 (Learning) has stability 0.0 days");
    }

    @Test
    void aReviewedCardWithDifficultyOutsideOneToTenIsRefused() {
        SrsCard broken = new SrsCard("c7", CardState.REVIEW, 0, 3, 0, T0, T0, 1, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> scheduler.retrievability(broken, T0))
                .withMessage("card c7 (Review) has difficulty 0.0; it must be 1 to 10");
    }

    // ---- Helpers ----

    /** Replays a new card created at T0, each rating given exactly when the card is due. */
    private static List<ScheduledOutcome> replayAtDue(FsrsScheduler scheduler, Rating... ratings) {
        List<ScheduledOutcome> outcomes = new ArrayList<>();
        SrsCard card = SrsCard.newCard("v1", T0);
        for (Rating rating : ratings) {
            ScheduledOutcome outcome = scheduler.review(card, rating, card.due());
            outcomes.add(outcome);
            card = outcome.card();
        }
        return outcomes;
    }

    /** Replays a new card through ratings given {@code gapDays[i]} whole days after the previous one (the first at T0). */
    private static SrsCard replayAtDayGaps(FsrsScheduler scheduler, int[] gapDays, Rating... ratings) {
        SrsCard card = SrsCard.newCard("memory", T0);
        Instant now = T0;
        for (int i = 0; i < ratings.length; i++) {
            now = days(now, gapDays[i]);
            card = scheduler.review(card, ratings[i], now).card();
        }
        return card;
    }

    private static void assertMemory(ScheduledOutcome outcome, double stability, double difficulty) {
        assertThat(outcome.card().stability()).as("stability").isCloseTo(stability, within(TOLERANCE));
        assertThat(outcome.card().difficulty()).as("difficulty").isCloseTo(difficulty, within(TOLERANCE));
    }

    /** {@code actual}, rounded half-up to as many significant digits as {@code printed} shows (4 here), is {@code printed}. */
    private static void assertRoundsTo(double actual, double printed, String what) {
        BigDecimal rounded = BigDecimal.valueOf(actual).round(new MathContext(4, RoundingMode.HALF_UP));
        assertThat(rounded.compareTo(BigDecimal.valueOf(printed))).as("%s: %s rounds to %s, expected %s", what, actual, rounded, printed)
                .isZero();
    }
}
