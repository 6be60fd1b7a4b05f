package dev.opsdojo.calc.hpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.calc.hpa.HpaResult.Outcome;
import dev.opsdojo.calc.hpa.HpaStep.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Kubernetes HPA replica calculation for CPU utilization, rule by rule. */
class ReplicaCalculatorTest {
    private static final HpaSpec TARGET_50 = HpaSpec.target(50);

    // ---- The cases from Kubernetes' own replica_calculator_test.go ----

    static Stream<Arguments> kubernetesCases() throws IOException {
        try (InputStream in = ReplicaCalculatorTest.class.getResourceAsStream("k8s-replica-cases.json")) {
            JsonNode cases = new ObjectMapper().readTree(in).get("replicaCalc");
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : cases) {
                out.add(Arguments.of(c.get("id").asText() + " " + c.get("test").asText(), c));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubernetesCases")
    void everyKubernetesReplicaCalcCaseGivesItsReplicasAndUtilization(String name, JsonNode c) {
        List<PodSample> pods = new ArrayList<>();
        for (int i = 0; i < c.get("reqM").size(); i++) {
            boolean ready = !c.has("ready") || c.get("ready").get(i).asBoolean();
            JsonNode usage = c.get("useM").get(i);
            pods.add(new PodSample(ready ? PodState.READY : PodState.UNREADY,
                    usage.isNull() ? OptionalLong.empty() : OptionalLong.of(usage.asLong()),
                    OptionalLong.of(c.get("reqM").get(i).asLong())));
        }

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(c.get("target").asInt()), c.get("cur").asInt(), pods);

        assertThat(result.desiredReplicas()).as(name).isEqualTo(c.get("exp").asInt());
        assertThat(result.utilizationPercent()).as(name).hasValue(c.get("util").asInt());
    }

    @Test
    void theCaseFileHoldsEveryCaseOfTheSharedSpec() throws IOException {
        List<String> ids = kubernetesCases().map(a -> ((JsonNode) a.get()[1]).get("id").asText()).toList();

        assertThat(ids).contains("RC1", "RC2", "RC3", "RC5", "RC6", "RC9", "RC14");
    }

    // ---- Utilization and the plain path ----

    @Test
    void utilizationIsTruncatedToAWholePercentBeforeTheRatio() {
        // 999m of 3000m is 33.3%: reported as 33, and 33/30 = 1.1 is inside the band, where 33.3/30 would not be.
        List<PodSample> pods = List.of(PodSample.ready(333, 1000), PodSample.ready(333, 1000), PodSample.ready(333, 1000));

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(30), 3, pods);

        assertThat(result.utilizationPercent()).hasValue(33);
        assertThat(result.desiredReplicas()).isEqualTo(3);
    }

    @ParameterizedTest(name = "utilization {0}% of target 50 keeps 4 replicas")
    @CsvSource({"45", "55"})
    void theToleranceBandIsInclusiveAtBothEnds(int utilization) {
        long usage = utilization * 10L;
        List<PodSample> pods = List.of(PodSample.ready(usage, 1000), PodSample.ready(usage, 1000),
                PodSample.ready(usage, 1000), PodSample.ready(usage, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 4, pods);

        assertThat(result.desiredReplicas()).isEqualTo(4);
        assertThat(result.step(Kind.WITHIN_TOLERANCE)).isPresent();
    }

    @Test
    void justOutsideTheBandScalesWithCeil() {
        // 56% of 50 is 1.12: ceil(1.12 × 4) = ceil(4.48) = 5.
        List<PodSample> pods = List.of(PodSample.ready(560, 1000), PodSample.ready(560, 1000),
                PodSample.ready(560, 1000), PodSample.ready(560, 1000));

        assertThat(ReplicaCalculator.calculate(TARGET_50, 4, pods).desiredReplicas()).isEqualTo((int) Math.ceil(56.0 / 50 * 4));
    }

    @Test
    void aToleranceOverrideWidensOneSideOnly() {
        // 1.2 is outside the default band but inside [0.9, 1.25]; 0.8 is still outside [0.9, …].
        List<PodSample> hot = List.of(PodSample.ready(600, 1000), PodSample.ready(600, 1000));
        List<PodSample> cold = List.of(PodSample.ready(400, 1000), PodSample.ready(400, 1000));
        HpaSpec wideUp = TARGET_50.withTolerance(new Tolerance(0.25, 0.1));

        assertThat(ReplicaCalculator.calculate(TARGET_50, 2, hot).desiredReplicas()).isEqualTo(3);
        assertThat(ReplicaCalculator.calculate(wideUp, 2, hot).desiredReplicas()).isEqualTo(2);
        assertThat(ReplicaCalculator.calculate(wideUp, 2, cold).desiredReplicas()).isEqualTo((int) Math.ceil(0.8 * 2));
    }

    @Test
    void aToleranceOfZeroScalesOnAnyDifference() {
        List<PodSample> pods = List.of(PodSample.ready(510, 1000), PodSample.ready(510, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50.withTolerance(Tolerance.of(0)), 2, pods);

        assertThat(result.desiredReplicas()).isEqualTo((int) Math.ceil(51.0 / 50 * 2));
    }

    @Test
    void thePlainPathMultipliesByReadyPodsNotBySpecReplicas() {
        // The deployment asks for 6 but only 2 pods exist: ceil(1.6 × 2) = 4, not ceil(1.6 × 6) = 10.
        List<PodSample> pods = List.of(PodSample.ready(800, 1000), PodSample.ready(800, 1000));

        assertThat(ReplicaCalculator.calculate(TARGET_50, 6, pods).desiredReplicas()).isEqualTo(4);
    }

    // ---- Pod states ----

    @Test
    void failedAndDeletingPodsAreIgnored() {
        List<PodSample> base = List.of(PodSample.ready(800, 1000), PodSample.ready(800, 1000));
        List<PodSample> withIgnored = new ArrayList<>(base);
        withIgnored.add(PodSample.of(PodState.FAILED, 0, 1000));
        withIgnored.add(PodSample.of(PodState.DELETING, 5000, 1000));
        withIgnored.add(PodSample.withoutMetrics(PodState.FAILED, 1000));

        HpaResult plain = ReplicaCalculator.calculate(TARGET_50, 2, base);
        HpaResult ignored = ReplicaCalculator.calculate(TARGET_50, 2, withIgnored);

        assertThat(ignored.desiredReplicas()).isEqualTo(plain.desiredReplicas()).isEqualTo(4);
        assertThat(ignored.utilizationPercent()).isEqualTo(plain.utilizationPercent());
        assertThat(ignored.step(Kind.PODS_GROUPED).orElseThrow().number("ignored")).isEqualTo(3);
    }

    @Test
    void aPendingPodIsUnreadyEvenWithASample() {
        // The pending pod's 2000m are dropped: 1600/2000 = 80%, ratio 1.6. Scaling up, it counts at 0%:
        // 1600/3000 = 53%, and 53/50 = 1.06 is within tolerance, so the current 3 stay.
        List<PodSample> pods = List.of(PodSample.ready(800, 1000), PodSample.ready(800, 1000), PodSample.of(PodState.PENDING, 2000, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 3, pods);

        assertThat(result.utilizationPercent()).hasValue(80);
        assertThat(result.step(Kind.UNREADY_AS_ZERO)).isPresent();
        assertThat(result.step(Kind.REBALANCED).orElseThrow().number("utilization")).isEqualTo(1600 * 100 / 3000);
        assertThat(result.desiredReplicas()).isEqualTo(3);
    }

    @Test
    void unreadyPodsStayOutOfAScaleDown() {
        List<PodSample> pods = List.of(PodSample.ready(200, 1000), PodSample.ready(200, 1000), PodSample.of(PodState.UNREADY, 0, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 3, pods);

        assertThat(result.step(Kind.UNREADY_LEFT_OUT)).isPresent();
        assertThat(result.desiredReplicas()).isEqualTo((int) Math.ceil(20.0 / 50 * 2));
    }

    @Test
    void anUnreadyPodWithoutASampleCountsAsMissingAsInKubernetes() {
        // Missing is checked before readiness: on a scale-down it is filled at 100%: (400 + 1000) / 2000 = 70% → 1.4,
        // which flips the direction, so the current 2 stay.
        List<PodSample> pods = List.of(PodSample.ready(400, 1000), PodSample.withoutMetrics(PodState.UNREADY, 1000));

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(50), 2, pods);

        assertThat(result.step(Kind.PODS_GROUPED).orElseThrow().number("missing")).isEqualTo(1);
        assertThat(result.step(Kind.DIRECTION_FLIPPED)).isPresent();
        assertThat(result.desiredReplicas()).isEqualTo(2);
    }

    @Test
    void missingPodsOnAScaleDownCountAtTheTargetWhenItIsAbove100Percent() {
        // Target 200%: three pods at 100% and one missing. Filled at 200%: (3000 + 2000) / 4000 = 125% → 0.625,
        // ceil(0.625 × 4) = 3 (at 100% it would be 100% → 0.5 → 2).
        List<PodSample> pods = List.of(PodSample.ready(1000, 1000), PodSample.ready(1000, 1000), PodSample.ready(1000, 1000),
                PodSample.withoutMetrics(PodState.READY, 1000));

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(200), 4, pods);

        assertThat(result.step(Kind.MISSING_AS_FULL).orElseThrow().number("percent")).isEqualTo(200);
        assertThat(result.desiredReplicas()).isEqualTo((int) Math.ceil((5000 * 100 / 4000) / 200.0 * 4));
    }

    @Test
    void aRebalancedCountThatMovesAgainstTheRatioKeepsTheCurrentCount() {
        // Spec 2 but 4 pods: 50% of target 100 → 0.5; two missing at 100% → 75% → 0.75 → ceil(3) = 3 > 2: keep 2.
        List<PodSample> pods = List.of(PodSample.ready(500, 1000), PodSample.ready(500, 1000),
                PodSample.withoutMetrics(PodState.READY, 1000), PodSample.withoutMetrics(PodState.READY, 1000));

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(100), 2, pods);

        assertThat(result.step(Kind.WRONG_WAY)).isPresent();
        assertThat(result.desiredReplicas()).isEqualTo(2);
    }

    // ---- Reconcile rules and failures ----

    @Test
    void zeroCurrentReplicasDisablesScaling() {
        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 0, List.of(PodSample.ready(900, 1000)));

        assertThat(result.outcome()).isEqualTo(Outcome.SCALING_DISABLED);
        assertThat(result.desiredReplicas()).isZero();
        assertThat(result.utilizationPercent()).isEmpty();
    }

    @Test
    void aboveMaxGoesToMaxWithoutReadingMetrics() {
        HpaResult result = ReplicaCalculator.calculate(TARGET_50.withBounds(1, 5), 8, List.of());

        assertThat(result.desiredReplicas()).isEqualTo(5);
        assertThat(result.outcome()).isEqualTo(Outcome.ABOVE_MAX);
        assertThat(result.steps()).extracting(HpaStep::kind).containsExactly(Kind.ABOVE_MAX);
    }

    @Test
    void belowMinGoesToMinWithoutReadingMetrics() {
        HpaResult result = ReplicaCalculator.calculate(TARGET_50.withBounds(3, 10), 1, List.of(PodSample.ready(0, 1000)));

        assertThat(result.desiredReplicas()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(Outcome.BELOW_MIN);
        assertThat(result.utilizationPercent()).isEmpty();
    }

    @Test
    void aResultAboveMaxIsClampedToMax() {
        List<PodSample> pods = List.of(PodSample.ready(2000, 1000), PodSample.ready(2000, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50.withBounds(1, 5), 2, pods);

        assertThat(result.desiredReplicas()).isEqualTo(5);
        assertThat(result.step(Kind.CLAMPED_TO_MAX).orElseThrow().number("desired")).isEqualTo(8);
    }

    @Test
    void aResultBelowMinIsRaisedToMin() {
        List<PodSample> pods = List.of(PodSample.ready(50, 1000), PodSample.ready(50, 1000), PodSample.ready(50, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50.withBounds(2, 10), 3, pods);

        assertThat(result.desiredReplicas()).isEqualTo(2);
        assertThat(result.step(Kind.CLAMPED_TO_MIN).orElseThrow().number("desired")).isEqualTo(1);
    }

    @Test
    void noMetricsAtAllReportsUnknownAndDoesNotScale() {
        List<PodSample> pods = List.of(PodSample.withoutMetrics(PodState.READY, 1000), PodSample.of(PodState.PENDING, 900, 1000));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 2, pods);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_GET_RESOURCE_METRIC);
        assertThat(result.outcome().reason).isEqualTo("FailedGetResourceMetric");
        assertThat(result.utilizationPercent()).isEmpty();
        assertThat(result.desiredReplicas()).isEqualTo(2);
    }

    @Test
    void aPodWithoutARequestFailsTheMetric() {
        List<PodSample> pods = List.of(PodSample.ready(900, 1000),
                new PodSample(PodState.READY, OptionalLong.of(900), OptionalLong.empty()));

        HpaResult result = ReplicaCalculator.calculate(TARGET_50, 2, pods);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_GET_RESOURCE_METRIC);
        assertThat(result.step(Kind.MISSING_REQUEST).orElseThrow().number("pod")).isEqualTo(2);
        assertThat(result.desiredReplicas()).isEqualTo(2);
    }

    // ---- The short form ----

    @Test
    void theShortFormIsCeilOfCurrentTimesUtilizationOverTarget() {
        HpaResult result = ReplicaCalculator.fromAverage(TARGET_50, 4, 90);

        assertThat(result.desiredReplicas()).isEqualTo(8);
        HpaStep formula = result.step(Kind.DESIRED_FROM_AVERAGE).orElseThrow();
        assertThat(formula.number("product")).isEqualTo(7.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(formula.english()).isEqualTo("Desired = ceil(4 × 90 / 50) = ceil(7.2) = 8.");
    }

    @Test
    void theShortFormKeepsTheCurrentCountInsideTheBand() {
        assertThat(ReplicaCalculator.fromAverage(TARGET_50, 4, 54).desiredReplicas()).isEqualTo(4);
    }

    @Test
    void theExplainedStepsReadLikeTheArithmetic() {
        List<PodSample> pods = List.of(PodSample.ready(600, 2000), PodSample.ready(1000, 2000), PodSample.ready(1400, 2000));

        List<String> text = ReplicaCalculator.calculate(HpaSpec.target(30).withBounds(1, 10), 3, pods).steps().stream()
                .map(HpaStep::english).toList();

        assertThat(text).contains("Utilization 50% = floor(100 × 3000m / 6000m) over the pods with metrics (3).",
                "Ratio 50/30 = 1.667 is outside [0.9, 1.1].",
                "Desired = ceil(ratio 1.667 × ready pods 3) = ceil(5) = 5.",
                "5 is within [1, 10] (DesiredWithinRange).");
    }
}
