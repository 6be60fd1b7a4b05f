package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.PodSample;
import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import dev.opsdojo.calc.hpa.Tolerance;
import dev.opsdojo.sim.cluster.HpaScalingRules.SelectPolicy;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The HPA's normalization (stabilization, rate limits, select policies, legacy caps) as horizontal.go does it. */
class HpaControllerTest {
    private static final HpaSpec SPEC = new HpaSpec(50, 1, 1000, Tolerance.DEFAULT);

    private static HpaController withBehavior(HpaBehavior behavior) {
        return new HpaController(HpaConfig.of(SPEC, Optional.of(behavior)));
    }

    private static HpaController legacy() {
        return new HpaController(HpaConfig.of(SPEC, Optional.empty()));
    }

    /** A replica calculation whose metric recommends {@code recommended} replicas from {@code current}. */
    private static HpaResult recommends(int current, int recommended) {
        return new HpaResult(current, recommended, OptionalInt.of(50), OptionalDouble.of(1.0),
                HpaResult.Outcome.VALID_METRIC_FOUND, List.of());
    }

    @Test
    void defaultBehaviorScalesOneToFiveInOneSync() {
        int current = 1;
        int expected = Math.max(current + 4, (int) Math.ceil(current * 2.0));

        HpaDecision decision = withBehavior(HpaBehavior.defaults()).sync(0, recommends(current, 10));

        assertThat(decision.desired()).isEqualTo(expected).isEqualTo(5);
        assertThat(decision.limit()).isEqualTo("ScaleUpLimit");
    }

    @Test
    void legacyPathScalesOneToFourInOneSync() {
        int current = 1;
        int expected = Math.max(2 * current, 4);

        HpaDecision decision = legacy().sync(0, recommends(current, 10));

        assertThat(decision.desired()).isEqualTo(expected).isEqualTo(4);
        assertThat(decision.limit()).isEqualTo("ScaleUpLimit");
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void tenReplicasAtMostDoubleInOneSyncOnBothPaths(boolean behaviorSet) {
        HpaController hpa = behaviorSet ? withBehavior(HpaBehavior.defaults()) : legacy();
        int expected = behaviorSet ? Math.max(10 + 4, (int) Math.ceil(10 * 2.0)) : Math.max(2 * 10, 4);

        assertThat(hpa.sync(0, recommends(10, 50)).desired()).isEqualTo(expected).isEqualTo(20);
    }

    @Test
    void scaleUpWaitsForTheFifteenSecondPeriodBeforeDoublingAgain() {
        HpaController hpa = withBehavior(HpaBehavior.defaults());
        hpa.sync(0, recommends(10, 50));

        HpaDecision early = hpa.sync(14, recommends(20, 50));
        HpaDecision atPeriodEnd = hpa.sync(15, recommends(20, 50));

        // At 14 s the +10 event is inside the 15 s period: periodStart 10, limits 14 and 20, so no growth.
        assertThat(early.desired()).isEqualTo(20);
        assertThat(early.limit()).isEqualTo("ScaleUpLimit");
        // At 15 s the event is no longer strictly newer than now − 15: periodStart 20, limit max(24, 40).
        assertThat(atPeriodEnd.desired()).isEqualTo(Math.max(20 + 4, 40));
    }

    @Test
    void scaleDownWaitsOutTheDefaultFiveMinuteWindow() {
        HpaController hpa = withBehavior(HpaBehavior.defaults());
        int window = 300;
        double firstScaleDown = Double.NaN;
        int replicas = 10;
        for (int t = 0; t <= 600 && Double.isNaN(firstScaleDown); t += 15) {
            HpaDecision decision = hpa.sync(t, recommends(replicas, 2));
            if (decision.rescales()) {
                firstScaleDown = t;
                replicas = decision.desired();
            } else {
                assertThat(decision.ableToScale()).isEqualTo("ScaleDownStabilized");
            }
        }
        // The only high sample is the seed (10 at t=0); it drops out once it is no longer newer than now − 300.
        assertThat(firstScaleDown).isEqualTo(0 + window);
        assertThat(replicas).isEqualTo(2);
    }

    @Test
    void scaleDownIsHeldByTheHighestRecommendationInTheWindow() {
        HpaBehavior noSeedWindow = new HpaBehavior(null, HpaScalingRules.of(60, SelectPolicy.MAX, HpaPolicy.percent(100, 15)));
        HpaController hpa = withBehavior(noSeedWindow);
        hpa.sync(0, recommends(10, 10));
        hpa.sync(15, recommends(10, 8));
        HpaDecision third = hpa.sync(30, recommends(10, 3));

        assertThat(third.stabilized()).isEqualTo(Math.max(10, Math.max(8, 3)));
        // At 70 s the 8 from 15 s is still newer than 70 − 60; at 75 s it is not.
        assertThat(hpa.sync(70, recommends(10, 3)).desired()).isEqualTo(Math.max(8, 3));
        assertThat(hpa.sync(75, recommends(8, 3)).desired()).isEqualTo(3);
    }

    @Test
    void legacyScaleDownCountsASampleExactlyAtTheCutoff() {
        HpaController hpa = legacy();
        int replicas = 10;
        double firstScaleDown = Double.NaN;
        for (int t = 0; t <= 600 && Double.isNaN(firstScaleDown); t += 15) {
            HpaDecision decision = hpa.sync(t, recommends(replicas, 2));
            if (decision.rescales()) {
                firstScaleDown = t;
            }
        }
        // Legacy drops a sample only when it is strictly older than now − 300: the seed at 0 still counts at 300.
        assertThat(firstScaleDown).isEqualTo(300 + 15);
    }

    @Test
    void percentPolicyExampleFromTheDocsGoesEightyToSeventyTwoThenSixtyFour() {
        HpaBehavior behavior = new HpaBehavior(null, HpaScalingRules.of(0, SelectPolicy.MAX, HpaPolicy.percent(10, 60)));
        HpaController hpa = withBehavior(behavior);
        int first = (int) Math.floor(80 * 0.9);
        int second = (int) Math.floor(first * 0.9);

        assertThat(hpa.sync(0, recommends(80, 10)).desired()).isEqualTo(first).isEqualTo(72);
        for (int t = 15; t < 60; t += 15) {
            HpaDecision held = hpa.sync(t, recommends(first, 10));
            assertThat(held.desired()).as("at %d s periodStart is still 80", t).isEqualTo(first);
        }
        assertThat(hpa.sync(60, recommends(first, 10)).desired()).isEqualTo(second).isEqualTo(64);
    }

    @ParameterizedTest
    @EnumSource(SelectPolicy.class)
    void scaleUpSelectPolicyPicksAmongPodsAndPercent(SelectPolicy select) {
        HpaBehavior behavior = new HpaBehavior(
                HpaScalingRules.of(0, select, HpaPolicy.pods(4, 60), HpaPolicy.percent(50, 60)), null);
        int byPods = 10 + 4;
        int byPercent = (int) Math.ceil(10 * 1.5);
        int expected = switch (select) {
            case MAX -> Math.max(byPods, byPercent);
            case MIN -> Math.min(byPods, byPercent);
            case DISABLED -> 10;
        };

        assertThat(withBehavior(behavior).sync(0, recommends(10, 30)).desired()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(SelectPolicy.class)
    void scaleDownSelectPolicyPicksAmongPodsAndPercent(SelectPolicy select) {
        HpaBehavior behavior = new HpaBehavior(null,
                HpaScalingRules.of(0, select, HpaPolicy.pods(2, 60), HpaPolicy.percent(50, 60)));
        int byPods = 10 - 2;
        int byPercent = (int) Math.floor(10 * 0.5);
        int expected = switch (select) {
            case MAX -> Math.min(byPods, byPercent);
            case MIN -> Math.max(byPods, byPercent);
            case DISABLED -> 10;
        };

        assertThat(withBehavior(behavior).sync(0, recommends(10, 1)).desired()).isEqualTo(expected);
    }

    @Test
    void aRatioOnTheToleranceEdgeDoesNotScale() {
        int current = 4;
        // 55% of request against a 50% target: ratio exactly 1.1, inside the inclusive band.
        List<PodSample> pods = Collections.nCopies(current, PodSample.ready(550, 1000));
        HpaResult result = ReplicaCalculator.calculate(SPEC, current, pods);

        HpaDecision decision = withBehavior(HpaBehavior.defaults()).sync(0, result);

        assertThat(decision.rescales()).isFalse();
        assertThat(decision.desired()).isEqualTo(current);
    }

    @Test
    void maxReplicasCapsTheScaleUp() {
        HpaSpec spec = new HpaSpec(50, 2, 6, Tolerance.DEFAULT);
        HpaController hpa = new HpaController(HpaConfig.of(spec, Optional.of(HpaBehavior.defaults())));
        int current = 4;
        List<PodSample> pods = Collections.nCopies(current, PodSample.ready(1000, 1000));
        int unclamped = (int) Math.ceil(100.0 / 50 * current);

        HpaDecision decision = hpa.sync(0, ReplicaCalculator.calculate(spec, current, pods));

        assertThat(unclamped).isGreaterThan(spec.maxReplicas());
        assertThat(decision.recommended()).isEqualTo(unclamped);
        assertThat(decision.desired()).isEqualTo(spec.maxReplicas());
        assertThat(decision.limit()).isEqualTo("TooManyReplicas");
    }

    @Test
    void minReplicasFloorsTheScaleDown() {
        HpaSpec spec = new HpaSpec(50, 2, 6, Tolerance.DEFAULT);
        HpaBehavior fast = new HpaBehavior(null, HpaScalingRules.of(0, SelectPolicy.MAX, HpaPolicy.percent(100, 15)));
        HpaController hpa = new HpaController(HpaConfig.of(spec, Optional.of(fast)));
        int current = 4;
        List<PodSample> pods = Collections.nCopies(current, PodSample.ready(100, 1000));
        int unclamped = (int) Math.ceil(10.0 / 50 * current);

        HpaDecision decision = hpa.sync(0, ReplicaCalculator.calculate(spec, current, pods));

        assertThat(unclamped).isLessThan(spec.minReplicas());
        assertThat(decision.desired()).isEqualTo(spec.minReplicas());
        assertThat(decision.limit()).isEqualTo("TooFewReplicas");
    }

    @Test
    void currentAboveMaxGoesToMaxWithoutNormalization() {
        HpaSpec spec = new HpaSpec(50, 1, 5, Tolerance.DEFAULT);
        HpaController hpa = new HpaController(HpaConfig.of(spec, Optional.of(HpaBehavior.defaults())));
        HpaResult result = ReplicaCalculator.calculate(spec, 9, List.of());

        HpaDecision decision = hpa.sync(0, result);

        assertThat(decision.desired()).isEqualTo(5);
        assertThat(decision.limit()).isEqualTo("TooManyReplicas");
    }

    @Test
    void aFailedMetricNeverScales() {
        HpaController hpa = withBehavior(HpaBehavior.defaults());
        HpaResult result = ReplicaCalculator.calculate(SPEC, 3, List.of(PodSample.withoutMetrics(PodState.READY, 1000)));

        HpaDecision decision = hpa.sync(0, result);

        assertThat(decision.rescales()).isFalse();
        assertThat(decision.limit()).isEqualTo("FailedGetResourceMetric");
    }

    // ---- pod classification for the CPU metric ----

    private final HpaController classifier = legacy();

    @Test
    void aPodInsideTheInitializationPeriodThatIsNotReadyIsUnready() {
        assertThat(classifier.cpuState(100, PodPhase.RUNNING, 0, false, 0)).isEqualTo(PodState.UNREADY);
    }

    @Test
    void aReadyPodWhoseMetricWindowStartedBeforeItBecameReadyIsUnready() {
        double readyAt = 95;
        double now = readyAt + 15 - 1;
        assertThat(classifier.cpuState(now, PodPhase.READY, 0, true, readyAt)).isEqualTo(PodState.UNREADY);
        assertThat(classifier.cpuState(readyAt + 15, PodPhase.READY, 0, true, readyAt)).isEqualTo(PodState.READY);
    }

    @Test
    void aPodPastTheInitializationPeriodThatNeverBecameReadyIsUnready() {
        assertThat(classifier.cpuState(400, PodPhase.RUNNING, 0, false, 10)).isEqualTo(PodState.UNREADY);
    }

    @Test
    void aPodPastTheInitializationPeriodThatWasReadyBeforeCountsAsReady() {
        assertThat(classifier.cpuState(400, PodPhase.RUNNING, 0, false, 350)).isEqualTo(PodState.READY);
    }

    @Test
    void pendingAndDeletingPodsAreClassifiedAsSuch() {
        assertThat(classifier.cpuState(10, PodPhase.CONTAINER_CREATING, 0, false, 0)).isEqualTo(PodState.PENDING);
        assertThat(classifier.cpuState(10, PodPhase.TERMINATING, 0, true, 0)).isEqualTo(PodState.DELETING);
    }
}
