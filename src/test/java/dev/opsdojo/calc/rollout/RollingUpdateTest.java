package dev.opsdojo.calc.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rolling updates as the Deployment controller does them (specs/ROLLING.md §2–3). */
class RollingUpdateTest {

    @ParameterizedTest(name = "{0} replicas, {1}/{2} → surge {3}, unavailable {4}")
    @CsvSource({
            "10, 25%, 25%, 3, 2",   // the docs' example: surge rounds up (2.5 → 3), unavailable down (2.5 → 2)
            "4, 25%, 25%, 1, 1",
            "1, 25%, 25%, 1, 0",
            "10, 39%, 39%, 4, 3",   // DU test: 3.9 → 4 and 3
            "10, 0%, 5%, 0, 1",     // both resolve to 0: unavailable becomes 1
            "0, 0%, 1%, 0, 1",
            "10, 3, 0, 3, 0",
            "5, 0, 100%, 0, 5"})
    void surgeRoundsUpUnavailableRoundsDownAndBothZeroMeansOneUnavailable(int replicas, String surge, String unavailable,
                                                                         int expectedSurge, int expectedUnavailable) {
        assertThat(RollingUpdate.resolve(replicas, surge, unavailable))
                .isEqualTo(new RollingUpdate.Fenceposts(expectedSurge, expectedUnavailable));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0|may not be 0 when maxSurge is 0",
            "0%|0%|may not be 0 when maxSurge is 0",
            "-1|25%|must not be negative",
            "25%|101%|greater than 100%",
            "oops|39%|maxSurge must be a whole number"})
    void combinationsKubernetesRefusesAreErrorsWithTheReason(String surge, String unavailable, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> RollingUpdate.resolve(10, surge, unavailable)).withMessageContaining(reason);
    }

    @Test
    void tenReplicasAtTheDefaultsGoThroughTheDocumentedTrace() {
        // ROLLING.md §3: new/old 0/10 → 3/10 → 3/5 → 8/5 → 8/0 → 10/0.
        assertThat(RollingUpdate.steps(10, RollingUpdate.resolve(10, "25%", "25%"))).containsExactly(
                new RollingUpdate.Step(10, 3), new RollingUpdate.Step(5, 3), new RollingUpdate.Step(5, 8),
                new RollingUpdate.Step(0, 8), new RollingUpdate.Step(0, 10));
    }

    @Test
    void withoutSurgeTheControllerAlternatesOneOldDownAndOneNewUp() {
        List<RollingUpdate.Step> steps = RollingUpdate.steps(3, RollingUpdate.resolve(3, "0", "1"));
        assertThat(steps).containsExactly(new RollingUpdate.Step(2, 0), new RollingUpdate.Step(2, 1), new RollingUpdate.Step(1, 1),
                new RollingUpdate.Step(1, 2), new RollingUpdate.Step(0, 2), new RollingUpdate.Step(0, 3));
    }

    @Property
    void everyStepKeepsWithinSurgeAndAvailabilityAndChangesOnlyOneSide(@ForAll @IntRange(min = 1, max = 300) int replicas,
                                                                      @ForAll @IntRange(min = 0, max = 100) int surgePercent,
                                                                      @ForAll @IntRange(min = 0, max = 100) int unavailablePercent) {
        if (surgePercent == 0 && unavailablePercent == 0) {
            return;
        }
        RollingUpdate.Fenceposts limits = RollingUpdate.resolve(replicas, surgePercent + "%", unavailablePercent + "%");
        int old = replicas;
        int fresh = 0;
        for (RollingUpdate.Step step : RollingUpdate.steps(replicas, limits)) {
            assertThat(step.oldReplicas() + step.newReplicas()).isLessThanOrEqualTo(replicas + limits.maxSurge());
            assertThat(step.oldReplicas() + step.newReplicas()).isGreaterThanOrEqualTo(replicas - limits.maxUnavailable());
            assertThat(step.oldReplicas() != old && step.newReplicas() != fresh).as("never up and down in one sync").isFalse();
            old = step.oldReplicas();
            fresh = step.newReplicas();
        }
        assertThat(old).isZero();
        assertThat(fresh).isEqualTo(replicas);
    }
}
