package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeterminismTest {
    private static SimulationConfig mixed(LoadBalancerPolicy policy, long seed, int pods) {
        ServiceModel service = new ServiceModel(Distribution.logNormal(0.02, 0.2), 0.3, Distribution.exponential(0.002),
                500);
        return SimulationConfig.builder(new Workload.Open(Profile.spike(300, 900, 20, 10)), service)
                .seed(seed).durationSeconds(60).policy(policy).pods(pods, 2, 20).timeoutSeconds(0.5)
                .thresholds(List.of("p(95)<300", "errors<1%")).timelineIntervalSeconds(5).build();
    }

    /** Kills a pod at 15 s, adds one at 25 s that turns ready at 35 s, slows another at 40 s. */
    private static SimulationResult runWithControlPlane(SimulationConfig config) {
        Simulation sim = new Simulation(config);
        sim.schedule(15, s -> s.killPod(0));
        sim.schedule(25, s -> {
            int pod = s.addPod(2, 20, false);
            s.schedule(35, s2 -> s2.setReady(pod, true));
        });
        sim.schedule(40, s -> s.setSlowFactor(1, 4));
        for (double t = 7.3; t < 60; t += 7.3) {
            sim.advanceTo(t);
        }
        return sim.run();
    }

    @ParameterizedTest
    @EnumSource(LoadBalancerPolicy.class)
    void theSameConfigurationAndSeedGiveIdenticalResults(LoadBalancerPolicy policy) {
        SimulationResult first = runWithControlPlane(mixed(policy, 42, 4));
        SimulationResult second = runWithControlPlane(mixed(policy, 42, 4));

        assertThat(second).isEqualTo(first);
        assertThat(first.failed()).isPositive();
    }

    @Test
    void aDifferentSeedGivesDifferentResults() {
        SimulationResult a = runWithControlPlane(mixed(LoadBalancerPolicy.RANDOM, 1, 4));
        SimulationResult b = runWithControlPlane(mixed(LoadBalancerPolicy.RANDOM, 2, 4));

        assertThat(b.latency()).isNotEqualTo(a.latency());
    }

    @Test
    void slicingTheRunDoesNotChangeIt() {
        SimulationResult whole = new Simulation(mixed(LoadBalancerPolicy.LEAST_CONNECTIONS, 9, 4)).run();
        Simulation sliced = new Simulation(mixed(LoadBalancerPolicy.LEAST_CONNECTIONS, 9, 4));
        for (double t = 0.37; t < 60; t += 0.37) {
            sliced.advanceTo(t);
        }

        assertThat(sliced.run()).isEqualTo(whole);
    }

    @Test
    void addingPodsDoesNotChangeTheArrivalSequence() {
        SimulationResult fewPods = new Simulation(mixed(LoadBalancerPolicy.RANDOM, 3, 2)).run();
        SimulationResult manyPods = new Simulation(mixed(LoadBalancerPolicy.RANDOM, 3, 40)).run();

        assertThat(manyPods.requests()).isEqualTo(fewPods.requests());
        assertThat(manyPods.failed()).isLessThan(fewPods.failed());
    }

    @Test
    void flashSalePresetRepeatsBitForBit() {
        SimulationConfig config = EnginePresets.flashSale(2000, 17);

        assertThat(new Simulation(config).run()).isEqualTo(new Simulation(config).run());
    }

    @Test
    void cancelStopsTheRunBetweenEvents() {
        Simulation sim = new Simulation(mixed(LoadBalancerPolicy.RANDOM, 1, 4));
        sim.schedule(10, Simulation::cancel);

        boolean completed = sim.advanceTo(60);

        assertThat(completed).isFalse();
        assertThat(sim.finished()).isTrue();
        assertThat(sim.nowSeconds()).isEqualTo(10.0);
        assertThat(sim.result().cancelled()).isTrue();
    }
}
