package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void cacheHitsMakeTheMeanTheMixOfHitAndMissTimes() {
        // Half the requests take 1 ms, half 101 ms, on an idle pod: mean 51 ms, p90 101 ms.
        ServiceModel service = new ServiceModel(Distribution.constant(0.101), 0.5, Distribution.constant(0.001), 1000);
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.poisson(50), service)
                .policy(LoadBalancerPolicy.RANDOM).pods(1, 10_000, 0).durationSeconds(600).build()).run();

        assertThat(r.latency().meanMs()).isCloseTo(51, within(1.5));
        assertThat(r.latency().p90Ms()).isCloseTo(101, within(0.2));
    }

    @Test
    void apdexCountsSatisfiedToleratingAndFrustrated() {
        // Hit ratio 0.6: 60% take 100 ms (satisfied at T = 300 ms), 40% take 1 s (tolerating, ≤ 4T = 1.2 s):
        // Apdex = 0.6 + 0.4/2 = 0.8.
        ServiceModel service = new ServiceModel(Distribution.constant(1.0), 0.6, Distribution.constant(0.1), 1000);
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.poisson(20), service)
                .policy(LoadBalancerPolicy.RANDOM).pods(1, 10_000, 0).apdexThresholdMs(300).durationSeconds(600)
                .build()).run();

        assertThat(r.apdex()).isCloseTo(0.6 + 0.4 / 2, within(0.01));
    }

    @Test
    void thresholdsAreJudgedAgainstTheRunsStatistics() {
        // Constant 200 ms on idle pods: p(95) = 200 ms exactly (to three digits), no errors.
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.poisson(10),
                ServiceModel.of(Distribution.constant(0.2))).policy(LoadBalancerPolicy.ROUND_ROBIN).pods(2, 100, 0)
                .thresholds(List.of("p(95)<300", "p(95)<150", "avg<=200", "errors<1%")).durationSeconds(100).build())
                .run();

        assertThat(r.thresholds()).extracting(Threshold.Result::passed).containsExactly(true, false, true, true);
        assertThat(r.thresholds().get(0).observed()).isCloseTo(200, within(0.2));
        assertThat(r.thresholdsPassed()).isFalse();
    }

    @Test
    void sloAvailabilityIsTheShareOfWindowsMet() {
        // A single pod is killed at 30 s of a 100 s run and never replaced: with random balancing every later
        // request fails (no-ready-pod), so windows [0,10) [10,20) [20,30) are met and the 7 after are not.
        Simulation sim = new Simulation(SimulationConfig.builder(Workload.poisson(50),
                ServiceModel.of(Distribution.constant(0.01))).policy(LoadBalancerPolicy.RANDOM).pods(1, 100, 100)
                .slo(new Slo(10, 95, 300, 0.01)).durationSeconds(100).build());
        sim.schedule(30, s -> s.killPod(0));

        SimulationResult r = sim.run();

        assertThat(r.sloWindows()).isEqualTo(10);
        assertThat(r.sloWindowsMet()).isEqualTo(3);
        assertThat(r.sloAvailability()).isCloseTo(0.3, within(1e-12));
        assertThat(r.requestAvailability()).isCloseTo((double) r.completed() / (r.completed() + r.failed()),
                within(1e-12));
        assertThat(r.requestAvailability()).isCloseTo(0.3, within(0.03));
    }

    @Test
    void timelineHasOneSamplePerIntervalWithReplicaCounts() {
        Simulation sim = new Simulation(SimulationConfig.builder(Workload.poisson(100),
                ServiceModel.of(Distribution.constant(0.01))).policy(LoadBalancerPolicy.ROUND_ROBIN).pods(3, 10, 10)
                .timelineIntervalSeconds(5).durationSeconds(60).build());
        sim.setNodesSupplier(() -> 2);
        sim.schedule(32, s -> s.setReady(2, false));

        SimulationResult r = sim.run();

        assertThat(r.timeline()).hasSize(12);
        assertThat(r.timeline()).extracting(TimelineSample::tSeconds).startsWith(5.0, 10.0).endsWith(60.0);
        assertThat(r.timeline().get(5).readyReplicas()).isEqualTo(3);
        assertThat(r.timeline().get(6).readyReplicas()).isEqualTo(2);
        assertThat(r.timeline().get(6).replicas()).isEqualTo(3);
        assertThat(r.timeline()).allSatisfy(s -> assertThat(s.nodes()).isEqualTo(2));
        double meanRps = r.timeline().stream().mapToDouble(TimelineSample::rps).average().orElseThrow();
        assertThat(meanRps).isCloseTo(100, within(5.0));
        assertThat(r.timeline().get(3).p95Ms()).isCloseTo(10, within(0.02));
    }

    @Test
    void warmupLeavesEarlyRequestsOutOfTheTotals() {
        SimulationConfig.Builder b = SimulationConfig.builder(Workload.poisson(100),
                ServiceModel.of(Distribution.constant(0.01))).policy(LoadBalancerPolicy.RANDOM).pods(2, 10, 10)
                .durationSeconds(100);
        SimulationResult all = new Simulation(b.build()).run();
        SimulationResult late = new Simulation(b.warmupSeconds(50).build()).run();

        assertThat(late.requests()).isLessThan(all.requests());
        assertThat((double) late.requests()).isCloseTo(all.requests() / 2.0, within(all.requests() * 0.05));
        assertThat(late.throughputPerSecond()).isCloseTo(100, within(5.0));
    }
}
