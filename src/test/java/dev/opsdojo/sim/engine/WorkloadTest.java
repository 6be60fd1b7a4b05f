package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadTest {
    @Test
    void flashSaleClimbsPeaksAndFallsBack() {
        Profile p = Profile.flashSale(100, 1000, 0.5, 600, 1200, 1800, 2400);

        assertThat(p.levelAt(0)).isEqualTo(100);
        assertThat(p.levelAt(600)).isEqualTo(100);
        assertThat(p.levelAt(900)).isCloseTo(300, within(1e-9));
        assertThat(p.levelAt(1200)).isCloseTo(500, within(1e-9));
        assertThat(p.levelAt(1500)).isEqualTo(1000);
        assertThat(p.levelAt(2100)).isCloseTo(550, within(1e-6));
        assertThat(p.levelAt(5000)).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"steady", "ramp", "spike", "flash-sale"})
    void openArrivalsFollowTheRateProfile(String name) {
        Profile profile = switch (name) {
            case "steady" -> Profile.steady(200);
            case "ramp" -> Profile.ramp(50, 400, 100, 300);
            case "spike" -> Profile.spike(100, 2000, 200, 60);
            default -> Profile.flashSale(50, 500, 0.4, 100, 200, 300, 400);
        };
        double expected = profile.integral(600);

        SimulationResult r = new Simulation(SimulationConfig.builder(new Workload.Open(profile),
                ServiceModel.of(Distribution.constant(0.001))).policy(LoadBalancerPolicy.RANDOM)
                .pods(1, 10_000, 0).durationSeconds(600).seed(4).build()).run();

        // Poisson: standard deviation √expected; allow 4 of them.
        assertThat((double) r.requests()).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    }

    @Test
    void theRateProfileShapesTheTimeline() {
        SimulationResult r = new Simulation(SimulationConfig.builder(new Workload.Open(Profile.spike(100, 1000, 200, 100)),
                ServiceModel.of(Distribution.constant(0.001))).policy(LoadBalancerPolicy.RANDOM).pods(1, 10_000, 0)
                .durationSeconds(400).seed(8).build()).run();

        assertThat(r.timeline().get(5).rps()).isCloseTo(100, within(20.0));
        assertThat(r.timeline().get(25).rps()).isCloseTo(1000, within(60.0));
        assertThat(r.timeline().get(35).rps()).isCloseTo(100, within(20.0));
    }

    @Test
    void activeUsersFollowTheClosedProfile() {
        // 1000 users thinking 1 s with 1 ms service: throughput ≈ active users / 1.001 per second.
        Workload w = new Workload.Closed(1000, Distribution.exponential(1), Profile.ramp(100, 1000, 100, 100));
        SimulationResult r = new Simulation(SimulationConfig.builder(w, ServiceModel.of(Distribution.constant(0.001)))
                .policy(LoadBalancerPolicy.RANDOM).pods(1, 10_000, 0).durationSeconds(300).seed(6).build()).run();

        assertThat(r.timeline().get(5).rps()).isCloseTo(100 / 1.001, within(15.0));
        assertThat(r.timeline().get(25).rps()).isCloseTo(1000 / 1.001, within(50.0));
    }

    @Test
    void closedUsersWithConstantThinkCycleExactly() {
        // 10 users, constant 0.9 s think, constant 0.1 s service, no queueing: one request per user per second.
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.closed(10, Distribution.constant(0.9)),
                ServiceModel.of(Distribution.constant(0.1))).policy(LoadBalancerPolicy.LEAST_CONNECTIONS)
                .pods(10, 1, 0).durationSeconds(100.5).build()).run();

        assertThat(r.completed()).isEqualTo(10 * 100);
        assertThat(r.latency().maxMs()).isCloseTo(100, within(0.01));
    }

    @Test
    void logNormalHasTheGivenMedianAndP99() {
        Distribution d = Distribution.logNormal(0.05, 0.5);
        SplittableRandom random = new SplittableRandom(1);
        double[] samples = new double[200_000];
        Arrays.setAll(samples, i -> d.sampleSeconds(random));
        Arrays.sort(samples);

        assertThat(samples[100_000]).isCloseTo(0.05, within(0.05 * 0.01));
        assertThat(samples[198_000]).isCloseTo(0.5, within(0.5 * 0.03));
        double sigma = Math.log(10) / 2.3263478740408408;
        assertThat(d.meanSeconds()).isCloseTo(0.05 * Math.exp(sigma * sigma / 2), within(1e-12));
    }

    @Test
    void exponentialHasTheGivenMean() {
        Distribution d = Distribution.exponential(0.2);
        SplittableRandom random = new SplittableRandom(2);
        double mean = 0;
        for (int i = 0; i < 200_000; i++) {
            mean += d.sampleSeconds(random) / 200_000;
        }
        assertThat(mean).isCloseTo(0.2, within(0.2 * 4 / Math.sqrt(200_000)));
    }

    @Test
    void leastConnectionsSpreadsLoadBetterThanRandom() {
        SimulationConfig.Builder b = SimulationConfig.builder(Workload.poisson(720),
                ServiceModel.of(Distribution.exponential(0.01))).pods(8, 1, 10_000).durationSeconds(300).seed(3);
        SimulationResult random = new Simulation(b.policy(LoadBalancerPolicy.RANDOM).build()).run();
        SimulationResult roundRobin = new Simulation(b.policy(LoadBalancerPolicy.ROUND_ROBIN).build()).run();
        SimulationResult least = new Simulation(b.policy(LoadBalancerPolicy.LEAST_CONNECTIONS).build()).run();

        assertThat(roundRobin.meanQueueWaitSeconds()).isLessThan(random.meanQueueWaitSeconds());
        assertThat(least.meanQueueWaitSeconds()).isLessThan(roundRobin.meanQueueWaitSeconds());
    }
}
