package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.Tolerance;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The HPA running inside the control plane: pods classified, metrics read, replicas changed, decisions logged. */
class HpaInClusterTest {
    private static final NodeType BIG = new NodeType("big", 8000, 16384, 0.20);
    private static final PodTemplate POD = PodTemplate.of(2000, 2000, 512, 10, 5);
    private static final HpaBehavior FAST_DOWN = new HpaBehavior(null,
            HpaScalingRules.of(0, HpaScalingRules.SelectPolicy.MAX, HpaPolicy.percent(100, 15)));

    private static ControlPlane plane(int replicas, HpaSpec spec, Map<String, Double> usage) {
        MetricsSource metrics = (pod, now) -> usage.containsKey(pod) ? OptionalDouble.of(usage.get(pod)) : OptionalDouble.empty();
        ClusterConfig config = ClusterConfig.of(BIG, 2, POD, replicas)
                .withHpa(HpaConfig.of(spec, Optional.of(FAST_DOWN)).withFirstSyncSeconds(15));
        return new ControlPlane(config, metrics);
    }

    @Test
    void aPodWithoutMetricsKeepsTheHpaFromScalingDown() {
        HpaSpec spec = new HpaSpec(100, 1, 10, Tolerance.DEFAULT);
        ControlPlane plane = plane(2, spec, Map.of("pod-1", 400.0));
        // Scale-down with a missing pod: it counts at 100% of its request. floor(100·(400+2000)/4000) = 60% → ceil(0.6·2) = 2.
        int expected = (int) Math.ceil((double) (100 * (400 + 2000) / 4000) / 100 * 2);

        plane.advanceTo(15);

        assertThat(expected).isEqualTo(2);
        assertThat(plane.replicas()).isEqualTo(expected);
    }

    @Test
    void withEveryMetricPresentTheSameLoadScalesDown() {
        HpaSpec spec = new HpaSpec(100, 1, 10, Tolerance.DEFAULT);
        ControlPlane plane = plane(2, spec, Map.of("pod-1", 400.0, "pod-2", 400.0));
        int expected = (int) Math.ceil((double) (100 * 800 / 4000) / 100 * 2);

        plane.advanceTo(15);

        assertThat(plane.replicas()).isEqualTo(expected).isEqualTo(1);
    }

    @Test
    void highCpuScalesUpAndTheDecisionCarriesTheNumbers() {
        HpaSpec spec = new HpaSpec(50, 1, 10, Tolerance.DEFAULT);
        ControlPlane plane = plane(3, spec, Map.of("pod-1", 1840.0, "pod-2", 1840.0, "pod-3", 1840.0));
        int utilization = 100 * 3 * 1840 / (3 * 2000);
        int expected = (int) Math.ceil((double) utilization / 50 * 3);

        plane.advanceTo(15);

        assertThat(plane.replicas()).isEqualTo(expected).isEqualTo(6);
        Decision sync = plane.decisions().stream().filter(d -> d.kind() == Decision.Kind.HPA_SYNC).findFirst().orElseThrow();
        assertThat(sync.number("current")).isEqualTo(3);
        assertThat(sync.number("desired")).isEqualTo(expected);
        assertThat(sync.number("utilization")).isEqualTo(utilization);
        assertThat(sync.reason()).isEqualTo("DesiredWithinRange");
        assertThat(sync.hpaSteps()).isNotEmpty();
        assertThat(sync.english()).startsWith("HPA: 3 → 6 replicas (CPU 92% of request, target 50%");
    }

    @Test
    void theHpaSyncsEveryFifteenSeconds() {
        HpaSpec spec = new HpaSpec(50, 1, 10, Tolerance.DEFAULT);
        ControlPlane plane = plane(2, spec, Map.of("pod-1", 1000.0, "pod-2", 1000.0));

        plane.advanceTo(60);

        assertThat(plane.hpaDecisions()).extracting(HpaDecision::timeSeconds).containsExactly(15.0, 30.0, 45.0, 60.0);
    }

    @Test
    void newPodsStillStartingDoNotPullTheAverageDown() {
        HpaSpec spec = new HpaSpec(50, 1, 20, Tolerance.DEFAULT);
        // Every pod that reports uses 90% of its request; the fresh pods have no sample while they start.
        MetricsSource metrics = (pod, now) -> OptionalDouble.of(1800);
        ClusterConfig config = ClusterConfig.of(BIG, 3, POD, 2)
                .withHpa(HpaConfig.of(spec, Optional.of(HpaBehavior.defaults())).withFirstSyncSeconds(15));
        ControlPlane plane = new ControlPlane(config, metrics);

        plane.advanceTo(15);
        int afterFirst = plane.replicas();
        plane.advanceTo(30);

        // First sync: ceil(1.8 · 2) = 4. Second: 2 ready at 90% and 2 unready (still inside the CPU initialization
        // period and not Ready): the unready ones count as 0% on a scale-up → floor(100·3600/8000) = 45% → ratio 0.9,
        // within tolerance → no change.
        assertThat(afterFirst).isEqualTo((int) Math.ceil(1.8 * 2));
        assertThat(plane.replicas()).isEqualTo(afterFirst);
    }
}
