package dev.opsdojo.calc.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rollout laid out for the calculator: the limits with their rounding, and each step with what is available. */
class RolloutPlanTest {

    private static RollingUpdate.Refused refusal(String replicas, String surge, String unavailable) {
        try {
            RolloutPlan.of(replicas, surge, unavailable);
        } catch (RollingUpdate.Refused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void tenReplicasAtTheDefaultsResolveToThirteenAtMostAndEightAvailable() {
        RolloutPlan plan = RolloutPlan.of("10", "25%", "25%");
        assertThat(plan.surge()).isEqualTo(new RolloutPlan.Limit("25%", true, "2.5", 3));
        assertThat(plan.unavailable()).isEqualTo(new RolloutPlan.Limit("25%", true, "2.5", 2));
        assertThat(plan.surge().rounded()).isTrue();
        assertThat(plan.maxTotal()).isEqualTo(13);
        assertThat(plan.minAvailable()).isEqualTo(8);
        assertThat(plan.raisedToOne()).isFalse();
    }

    @Test
    void theStepsStartFromTheOldReplicaSetAndCountTheNewPodsStillStarting() {
        // ROLLING.md §3 (new/old 0/10 → 3/10 → 3/5 → 8/5 → 8/0 → 10/0), as (step, old, new, starting).
        assertThat(RolloutPlan.of("10", "25%", "25%").rows()).containsExactly(
                new RolloutPlan.Row(0, 10, 0, 0), new RolloutPlan.Row(1, 10, 3, 3), new RolloutPlan.Row(2, 5, 3, 0),
                new RolloutPlan.Row(3, 5, 8, 5), new RolloutPlan.Row(4, 0, 8, 0), new RolloutPlan.Row(5, 0, 10, 2));
        List<Integer> totals = RolloutPlan.of("10", "25%", "25%").rows().stream().map(RolloutPlan.Row::total).toList();
        List<Integer> available = RolloutPlan.of("10", "25%", "25%").rows().stream().map(RolloutPlan.Row::available).toList();
        assertThat(totals).containsExactly(10, 13, 8, 13, 8, 10);
        assertThat(available).containsExactly(10, 10, 8, 8, 8, 8);
    }

    @ParameterizedTest(name = "{0} replicas, {1} → exact {2}, {3} pods, rounded {4}")
    @CsvSource({
            "10, 20%, 2, 2, false",
            "10, 3, 3, 3, false",
            "7, 33%, 2.31, 3, true",
            "4, 1%, 0.04, 1, true",
            "100000, 150%, 150000, 150000, false"})
    void theSurgeShowsItsExactShareAndWhetherRoundingChoseTheAnswer(String replicas, String surge, String exact, int pods, boolean rounded) {
        RolloutPlan.Limit limit = RolloutPlan.of(replicas, surge, "25%").surge();
        assertThat(limit.exact()).isEqualTo(exact);
        assertThat(limit.pods()).isEqualTo(pods);
        assertThat(limit.rounded()).isEqualTo(rounded);
    }

    @Test
    void whenBothRoundToZeroTheUnavailableIsRaisedToOne() {
        RolloutPlan plan = RolloutPlan.of("10", "0%", "5%");
        assertThat(plan.unavailable().pods()).isZero();
        assertThat(plan.raisedToOne()).isTrue();
        assertThat(plan.unavailablePods()).isEqualTo(1);
        assertThat(plan.minAvailable()).isEqualTo(9);
    }

    @Test
    void moreUnavailableThanReplicasStillKeepsAtLeastZero() {
        RolloutPlan plan = RolloutPlan.of("3", "0", "5");
        assertThat(plan.minAvailable()).isZero();
        assertThat(plan.rows().get(1)).isEqualTo(new RolloutPlan.Row(1, 0, 0, 0));
    }

    @Test
    void aHugePercentageSurgeDoesNotOverflow() {
        RolloutPlan plan = RolloutPlan.of("100000", "999999999%", "0");
        assertThat(plan.maxTotal()).isEqualTo(100_000L + Integer.MAX_VALUE);
        assertThat(plan.rows()).containsExactly(new RolloutPlan.Row(0, 100_000, 0, 0), new RolloutPlan.Row(1, 100_000, 100_000, 100_000),
                new RolloutPlan.Row(2, 0, 100_000, 0));
    }

    @ParameterizedTest(name = "replicas ''{0}'', {1}, {2} → {3}")
    @CsvSource({
            "-1, 25%, 25%, REPLICAS_OUT_OF_RANGE",
            "ten, 25%, 25%, REPLICAS_OUT_OF_RANGE",
            "100001, 25%, 25%, REPLICAS_OUT_OF_RANGE",
            "'', 25%, 25%, REPLICAS_OUT_OF_RANGE",
            "10, -1, 25%, NEGATIVE",
            "10, 25%, 2.5, NOT_A_NUMBER",
            "10, 25%, 101%, UNAVAILABLE_ABOVE_100",
            "10, 0, 0%, BOTH_ZERO"})
    void aRefusalSaysWhichRuleTheInputBreaks(String replicas, String surge, String unavailable, RollingUpdate.Refused.Reason reason) {
        assertThat(refusal(replicas, surge, unavailable).reason()).isEqualTo(reason);
    }

    @Test
    void aRefusalCarriesTheValuesItNamesForTheScreensToSayInTheirLanguage() {
        assertThat(refusal("10", "-1", "25%").args()).containsExactly("maxSurge", "-1");
        assertThat(refusal("10", "25%", "x").args()).containsExactly("maxUnavailable", "x");
        assertThat(refusal("-1", "25%", "25%").args()).containsExactly("100000", "-1");
        assertThatThrownBy(() -> RolloutPlan.of("10", "0", "0")).hasMessageContaining("may not be 0 when maxSurge is 0");
    }

    @Property
    void noStepGoesAboveTheMostOrBelowTheFewestAvailable(@ForAll @IntRange(min = 0, max = 200) int replicas,
                                                         @ForAll @IntRange(min = 0, max = 150) int surgePercent,
                                                         @ForAll @IntRange(min = 0, max = 100) int unavailablePercent) {
        if (surgePercent == 0 && unavailablePercent == 0) {
            return;
        }
        RolloutPlan plan = RolloutPlan.of(String.valueOf(replicas), surgePercent + "%", unavailablePercent + "%");
        for (RolloutPlan.Row row : plan.rows()) {
            assertThat((long) row.total()).isLessThanOrEqualTo(plan.maxTotal());
            assertThat(row.available()).isGreaterThanOrEqualTo(plan.minAvailable()).isLessThanOrEqualTo(row.total());
        }
        RolloutPlan.Row last = plan.rows().get(plan.rows().size() - 1);
        assertThat(last.oldReplicas()).isZero();
        assertThat(last.newReplicas()).isEqualTo(replicas);
    }
}
