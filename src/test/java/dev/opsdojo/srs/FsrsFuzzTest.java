package dev.opsdojo.srs;

import static dev.opsdojo.srs.FsrsFixtures.T0;
import static dev.opsdojo.srs.FsrsFixtures.defaultsForTesting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interval fuzz: its range, the day a given uniform number picks, and its seed. */
class FsrsFuzzTest {

    @ParameterizedTest(name = "{0} days (max {1}) → [{2}, {3}]")
    @CsvSource({
            "1,     36500, 1,     1",
            "2,     36500, 2,     2",
            "3,     36500, 2,     4",     // delta 1.075
            "7,     36500, 5,     9",     // delta 1.675
            "20,    36500, 17,    23",    // delta 2.975
            "100,   36500, 93,    107",   // delta 6.975
            "99,    99,    92,    99",    // the maximum clips hi
            "36500, 36500, 34673, 36500", // delta 1826.975
    })
    void theRangeIsTheIntervalPlusOrMinusItsDeltaRounded(int intervalDays, int maximumDays, int low, int high) {
        assertThat(FsrsFuzz.range(intervalDays, maximumDays)).isEqualTo(new FsrsFuzz.Range(low, high));
    }

    @ParameterizedTest(name = "{0} days (max {1}) at u = 0, 0.5, 0.99 → {2}, {3}, {4}")
    @CsvSource({
            "7,  1000, 5,  7,  9",
            "17, 1000, 14, 17, 20",
            "37, 1000, 33, 37, 41",
            "99, 99,   92, 96, 99",
    })
    void theLowMiddleAndHighPicksMatchAnki(int intervalDays, int maximumDays, int low, int middle, int high) {
        // Anki rslib/src/scheduler/states/fuzz.rs, test with_review_fuzz (its 100-day case arrives here clamped to 99).
        assertThat(FsrsFuzz.apply(intervalDays, maximumDays, 0.0)).isEqualTo(low);
        assertThat(FsrsFuzz.apply(intervalDays, maximumDays, 0.5)).isEqualTo(middle);
        assertThat(FsrsFuzz.apply(intervalDays, maximumDays, 0.99)).isEqualTo(high);
    }

    @Test
    void aUnitJustBelowOneStillPicksTheHighEnd() {
        assertThat(FsrsFuzz.apply(36_500, 36_500, Math.nextDown(1.0))).isEqualTo(36_500);
        assertThat(FsrsFuzz.apply(37, 1000, Math.nextDown(1.0))).isEqualTo(41);
    }

    @Test
    void theSeedIsFixedByCardAndRepsAndSpreadsAcrossCards() {
        assertThat(FsrsFuzz.unitFor("card-1", 7)).isEqualTo(FsrsFuzz.unitFor("card-1", 7));
        assertThat(FsrsFuzz.unitFor("card-1", 7)).isNotEqualTo(FsrsFuzz.unitFor("card-1", 8));
        assertThat(FsrsFuzz.unitFor("card-1", 7)).isNotEqualTo(FsrsFuzz.unitFor("card-2", 7));

        Set<Integer> picked = new HashSet<>();
        double sum = 0;
        int cards = 5000;
        for (int i = 0; i < cards; i++) {
            double u = FsrsFuzz.unitFor("deck-a/card-" + i, 3);
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += u;
            picked.add(FsrsFuzz.apply(37, 1000, u));
        }
        assertThat(picked).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(33, 41).boxed().toList());
        assertThat(sum / cards).isBetween(0.48, 0.52);
    }

    @Test
    void withFuzzOnAGraduatingIntervalLandsInTheRangeOfTheUnfuzzedOne() {
        FsrsScheduler plain = new FsrsScheduler(defaultsForTesting());
        FsrsScheduler fuzzed = new FsrsScheduler(defaultsForTesting().withFuzz(true));
        FsrsFuzz.Range range = FsrsFuzz.range(plain.review(SrsCard.newCard("c", T0), Rating.EASY, T0).scheduledDays(), 36_500);
        assertThat(range).isEqualTo(new FsrsFuzz.Range(6, 10));

        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ScheduledOutcome easy = fuzzed.review(SrsCard.newCard("card-" + i, T0), Rating.EASY, T0);
            assertThat(easy.scheduledDays()).isBetween(range.lowDays(), range.highDays());
            assertThat(easy.card().due()).isEqualTo(T0.plus(Duration.ofDays(easy.scheduledDays())));
            seen.add(easy.scheduledDays());
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void fuzzNeverTouchesSameDaySteps() {
        FsrsScheduler fuzzed = new FsrsScheduler(defaultsForTesting().withFuzz(true));

        NextStates next = fuzzed.preview(SrsCard.newCard("c", T0), T0);

        assertThat(next.again().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(next.hard().interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(next.good().interval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void thePreviewAndTheCommittedReviewGetTheSameFuzz() {
        FsrsScheduler fuzzed = new FsrsScheduler(defaultsForTesting().withFuzz(true));
        SrsCard card = FsrsFixtures.reviewCard(40, 5, T0);

        NextStates shown = fuzzed.preview(card, T0.plus(Duration.ofDays(40)));
        NextStates shownAgainLaterThatDay = fuzzed.preview(card, T0.plus(Duration.ofDays(40)).plus(Duration.ofHours(3)));

        for (Rating rating : Rating.values()) {
            ScheduledOutcome committed = fuzzed.review(card, rating, T0.plus(Duration.ofDays(40)));
            assertThat(committed).isEqualTo(shown.get(rating));
            assertThat(shownAgainLaterThatDay.get(rating).scheduledDays()).isEqualTo(committed.scheduledDays());
        }
    }
}
