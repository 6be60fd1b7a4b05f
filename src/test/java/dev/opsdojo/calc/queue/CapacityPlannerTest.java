package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityPlannerTest {
    private static final CapacityPlanner.Inputs COURSE = new CapacityPlanner.Inputs(100_000, 10, 0.05, 4, 0.3);

    @Test
    void theCoursesQuestionIsMetByTheSmallestPodCountAndOneFewerMissesTheTarget() {
        CapacityPlanner.Plan plan = CapacityPlanner.plan(COURSE);
        assertThat(plan).isInstanceOf(CapacityPlanner.Met.class);
        CapacityPlanner.Met met = (CapacityPlanner.Met) plan;
        assertThat(met.answer().p95Seconds()).isLessThanOrEqualTo(0.3);
        assertThat(met.oneFewer().p95Seconds()).isGreaterThan(0.3);
        assertThat(met.oneFewer().pods()).isEqualTo(met.pods() - 1);
        assertThat(met.answer().servers()).isEqualTo(met.pods() * 4);
    }

    @ParameterizedTest
    @CsvSource({"100000, 10, 0.05, 4, 0.7", "100000, 10, 0.05, 4, 0.5", "200, 1, 0.05, 2, 0.7", "3000, 2, 0.02, 8, 0.9"})
    void headroomIsTheFewestPodsAtOrBelowTheUtilizationAndOneFewerIsAbove(int users, double think, double service,
                                                                         int concurrency, double utilization) {
        CapacityPlanner.Inputs inputs = new CapacityPlanner.Inputs(users, think, service, concurrency, 1);
        CapacityPlanner.Point headroom = CapacityPlanner.podsAtUtilization(inputs, utilization);
        ClosedPool pool = ClosedPool.of(users, think, service, headroom.pods() * concurrency);
        assertThat(pool.throughputPerSecond() * service / (headroom.pods() * concurrency)).isLessThanOrEqualTo(utilization);
        if (headroom.pods() > 1) {
            ClosedPool fewer = ClosedPool.of(users, think, service, (headroom.pods() - 1) * concurrency);
            assertThat(fewer.throughputPerSecond() * service / ((headroom.pods() - 1) * concurrency)).isGreaterThan(utilization);
        }
    }

    @Test
    void theCoursesQuestionAt70PercentUtilizationTakesTheLessonsHundredAndSeventyEightPods() {
        // 100,000 users × 50 ms / 10.05 s ≈ 497.5 busy slots; / (0.7 × 4) = 177.7 → 178.
        assertThat(CapacityPlanner.podsAtUtilization(COURSE, 0.7).pods()).isEqualTo(178);
    }

    @Test
    void theAnswersNumbersAreTheClosedPoolsAtThatPodCount() {
        CapacityPlanner.Met met = (CapacityPlanner.Met) CapacityPlanner.plan(COURSE);
        ClosedPool pool = ClosedPool.of(100_000, 10, 0.05, met.pods() * 4);
        assertThat(met.answer().throughputPerSecond()).isCloseTo(pool.throughputPerSecond(), within(1e-9));
        assertThat(met.answer().utilization()).isCloseTo(pool.throughputPerSecond() * 0.05 / (met.pods() * 4), within(1e-12));
        assertThat(met.answer().meanResponseSeconds()).isCloseTo(100_000 / pool.throughputPerSecond() - 10, within(1e-7));
        // Near saturation: the pool cannot serve more than c/S, and X·(Z+R) = N.
        assertThat(met.answer().throughputPerSecond()).isLessThanOrEqualTo(met.pods() * 4 / 0.05);
    }

    @ParameterizedTest
    @CsvSource({"200, 1, 0.05, 2, 0.2", "1000, 5, 0.1, 1, 0.5", "50, 0.5, 0.2, 3, 0.7", "3000, 2, 0.02, 8, 0.07"})
    void theAnswerIsTheSmallestPodCountFoundByTryingEveryCount(int users, double think, double service, int concurrency,
                                                               double target) {
        CapacityPlanner.Inputs inputs = new CapacityPlanner.Inputs(users, think, service, concurrency, target);
        int smallest = 1;
        assertThat(target).isGreaterThan(Math.log(20) * service);
        while (ClosedPool.of(users, think, service, smallest * concurrency).responseQuantileSeconds(0.95) > target) {
            smallest++;
        }
        CapacityPlanner.Met met = (CapacityPlanner.Met) CapacityPlanner.plan(inputs);
        assertThat(met.pods()).isEqualTo(smallest);
    }

    @Test
    void aTargetAtOrBelowTheServicesOwnP95CannotBeMet() {
        double floor = Math.log(20) * 0.05;
        CapacityPlanner.Plan plan = CapacityPlanner.plan(new CapacityPlanner.Inputs(100_000, 10, 0.05, 4, floor * 0.99));
        assertThat(plan).isEqualTo(new CapacityPlanner.Unreachable(floor));
    }

    @Test
    void aTargetJustAboveTheFloorNeedsAlmostAServerPerWaitingUser() {
        CapacityPlanner.Met met = (CapacityPlanner.Met) CapacityPlanner.plan(
                new CapacityPlanner.Inputs(500, 1, 0.1, 1, Math.log(20) * 0.1 * 1.01));
        assertThat(met.answer().p95Seconds()).isLessThanOrEqualTo(Math.log(20) * 0.1 * 1.01);
        assertThat(met.oneFewer().p95Seconds()).isGreaterThan(Math.log(20) * 0.1 * 1.01);
    }

    @Test
    void oneUserNeedsOnePod() {
        CapacityPlanner.Met met = (CapacityPlanner.Met) CapacityPlanner.plan(new CapacityPlanner.Inputs(1, 1, 0.1, 1, 1));
        assertThat(met.pods()).isEqualTo(1);
        assertThat(met.oneFewer()).isNull();
    }

    @Test
    void absurdInputsAreRejectedByName() {
        assertThatThrownBy(() -> new CapacityPlanner.Inputs(20_000_000, 1, 1, 1, 1)).hasMessageContaining("users");
        assertThatThrownBy(() -> new CapacityPlanner.Inputs(10, -1, 1, 1, 1)).hasMessageContaining("think time");
        assertThatThrownBy(() -> new CapacityPlanner.Inputs(10, 1, 0, 1, 1)).hasMessageContaining("service time");
        assertThatThrownBy(() -> new CapacityPlanner.Inputs(10, 1, 1, 0, 1)).hasMessageContaining("concurrency");
        assertThatThrownBy(() -> new CapacityPlanner.Inputs(10, 1, 1, 1, 0)).hasMessageContaining("target p95");
    }

    @Property(tries = 60)
    void p95NeverRisesWhenPodsAreAdded(@ForAll @IntRange(min = 1, max = 3000) int users,
                                       @ForAll @DoubleRange(min = 0, max = 20) @Scale(4) double think,
                                       @ForAll @DoubleRange(min = 0.005, max = 1) @Scale(4) double service,
                                       @ForAll @IntRange(min = 1, max = 8) int concurrency,
                                       @ForAll @IntRange(min = 1, max = 200) int pods) {
        CapacityPlanner.Inputs inputs = new CapacityPlanner.Inputs(users, think, service, concurrency, 1);
        double fewer = CapacityPlanner.evaluate(inputs, pods).p95Seconds();
        double more = CapacityPlanner.evaluate(inputs, pods + 1).p95Seconds();
        assertThat(more).isLessThanOrEqualTo(fewer * (1 + 1e-9));
        assertThat(more).isGreaterThanOrEqualTo(Math.log(20) * service * (1 - 1e-9));
    }
}
