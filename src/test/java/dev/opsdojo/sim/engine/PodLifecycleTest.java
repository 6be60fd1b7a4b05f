package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PodLifecycleTest {
    /** Arrivals every 10 ms (100/s steady Poisson), constant 1 s service, so each pod is busy with many requests. */
    private static SimulationConfig.Builder busyService(LoadBalancerPolicy policy, int pods) {
        return SimulationConfig.builder(Workload.poisson(100), ServiceModel.of(Distribution.constant(1.0)))
                .policy(policy).pods(pods, 1000, 1000).durationSeconds(60).seed(5);
    }

    @ParameterizedTest
    @EnumSource(LoadBalancerPolicy.class)
    void killingAPodFailsEveryRequestItHeldWithPodKilled(LoadBalancerPolicy policy) {
        Simulation sim = new Simulation(busyService(policy, 2).build());
        sim.advanceTo(10);
        int held = sim.podBusy(0) + sim.podQueued(0);

        sim.killPod(0);

        assertThat(held).isPositive();
        assertThat(sim.result().errorsByCause().get(ErrorCause.POD_KILLED)).isEqualTo(held);
        assertThat(sim.podState(0)).isEqualTo(PodState.KILLED);
        assertThat(sim.livePodCount()).isEqualTo(1);
    }

    @Test
    void killedRequestsDoNotCompleteLater() {
        Simulation sim = new Simulation(busyService(LoadBalancerPolicy.ROUND_ROBIN, 1).build());
        sim.advanceTo(10);
        sim.killPod(0);
        long completedAtKill = sim.result().completed();

        SimulationResult r = sim.run();

        assertThat(r.completed()).isEqualTo(completedAtKill);
        assertThat(r.requests()).isEqualTo(r.completed() + r.failed() + r.inFlight());
    }

    @ParameterizedTest
    @EnumSource(value = LoadBalancerPolicy.class, names = {"RANDOM", "ROUND_ROBIN", "LEAST_CONNECTIONS"})
    void perPodPoliciesFailRequestsWithNoReadyPod(LoadBalancerPolicy policy) {
        SimulationResult r = new Simulation(busyService(policy, 0).durationSeconds(5).build()).run();

        assertThat(r.failed()).isEqualTo(r.requests()).isPositive();
        assertThat(r.errorsByCause().get(ErrorCause.NO_READY_POD)).isEqualTo(r.requests());
    }

    @Test
    void centralQueueHoldsRequestsUntilAPodBecomesReady() {
        Simulation sim = new Simulation(busyService(LoadBalancerPolicy.CENTRAL_QUEUE, 0).build());
        int pod = sim.addPod(1000, 0, false);
        sim.schedule(5, s -> s.setReady(pod, true));

        SimulationResult r = sim.run();

        assertThat(r.failed()).isZero();
        assertThat(r.latency().maxMs()).isGreaterThan(5000);
        assertThat(r.completed()).isEqualTo(r.requests() - r.inFlight());
    }

    @ParameterizedTest
    @EnumSource(LoadBalancerPolicy.class)
    void aPodThatIsNotReadyReceivesNothing(LoadBalancerPolicy policy) {
        Simulation sim = new Simulation(busyService(policy, 2).build());
        int late = sim.addPod(1000, 1000, false);

        sim.advanceTo(30);

        assertThat(sim.podState(late)).isEqualTo(PodState.NOT_READY);
        assertThat(sim.podCpuMillicoreSeconds(late)).isZero();
        assertThat(sim.podCpuMillicoreSeconds(0)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(LoadBalancerPolicy.class)
    void gracefulTerminationFinishesInFlightRequestsAndThenReports(LoadBalancerPolicy policy) {
        Simulation sim = new Simulation(busyService(policy, 2).build());
        List<Double> terminatedAt = new ArrayList<>();
        sim.setPodListener((pod, at) -> terminatedAt.add(at));
        sim.advanceTo(10);
        assertThat(sim.podBusy(0)).isPositive();

        sim.terminatePod(0);
        SimulationResult r = sim.run();

        assertThat(r.failed()).isZero();
        assertThat(sim.podState(0)).isEqualTo(PodState.TERMINATED);
        assertThat(terminatedAt).singleElement().satisfies(t -> assertThat(t).isBetween(10.0, 11.0));
        assertThat(sim.livePodCount()).isEqualTo(1);
    }

    @Test
    void aSlowPodMultipliesServiceTime() {
        Simulation sim = new Simulation(busyService(LoadBalancerPolicy.ROUND_ROBIN, 1).build());
        sim.setSlowFactor(0, 3);

        SimulationResult r = sim.run();

        assertThat(r.latency().p50Ms()).isCloseTo(3000, within(3.0));
    }

    @Test
    void cpuUsageIsBusySlotSecondsTimesMillicoresWhileServing() {
        // Constant 1 s service, 250 millicores while serving: over [20 s, 50 s] the pod is serving, on average,
        // as many requests as arrive per second (Little's law: 100/s × 1 s = 100), so 25,000 millicores.
        ServiceModel service = new ServiceModel(Distribution.constant(1.0), 0, null, 250);
        Simulation sim = new Simulation(SimulationConfig.builder(Workload.poisson(100), service)
                .policy(LoadBalancerPolicy.ROUND_ROBIN).pods(1, 10_000, 0).durationSeconds(60).seed(2).build());
        sim.advanceTo(20);
        double before = sim.podCpuMillicoreSeconds(0);
        sim.advanceTo(50);
        double averageMillicores = (sim.podCpuMillicoreSeconds(0) - before) / 30;

        assertThat(averageMillicores).isCloseTo(100 * 1.0 * 250, within(100 * 250 * 0.05));
    }

    @Test
    void scheduledCallbacksRunAtTheirSimulatedTimes() {
        Simulation sim = new Simulation(busyService(LoadBalancerPolicy.RANDOM, 1).durationSeconds(60).build());
        List<Double> ticks = new ArrayList<>();
        sim.scheduleEvery(15, 15, s -> ticks.add(s.nowSeconds()));

        sim.run();

        assertThat(ticks).containsExactly(15.0, 30.0, 45.0, 60.0);
    }

    @Test
    void podsAddedLaterTakeTrafficOnceReady() {
        Simulation sim = new Simulation(busyService(LoadBalancerPolicy.ROUND_ROBIN, 1).build());
        sim.schedule(10, s -> {
            int pod = s.addPod(1000, 1000, false);
            s.schedule(20, s2 -> s2.setReady(pod, true));
        });

        sim.advanceTo(19);
        assertThat(sim.podCpuMillicoreSeconds(1)).isZero();
        sim.advanceTo(40);
        assertThat(sim.podCpuMillicoreSeconds(1)).isPositive();
        assertThat(sim.readyPodCount()).isEqualTo(2);
    }
}
