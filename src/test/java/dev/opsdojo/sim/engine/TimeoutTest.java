package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutTest {
    @Test
    void requestsSlowerThanTheClientTimeoutFailWithTimeout() {
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.poisson(10),
                ServiceModel.of(Distribution.constant(2.0))).policy(LoadBalancerPolicy.RANDOM).pods(1, 1000, 0)
                .timeoutSeconds(1).durationSeconds(30).build()).run();

        assertThat(r.completed()).isZero();
        assertThat(r.errorsByCause().get(ErrorCause.TIMEOUT)).isEqualTo(r.requests() - r.inFlight()).isPositive();
    }

    @Test
    void timedOutRequestsStillOccupyThePodUntilTheyFinish() {
        // One slot, 2 s constant service, 1 s timeout, a request every 0.5 s (constant think of one user is not
        // available for open load, so use a closed user population of 1 thinking 0 s): the pod works 2 s per
        // request although the client left after 1 s, so a user sends a request every 1 s and every one times out.
        Simulation sim = new Simulation(SimulationConfig.builder(Workload.closed(1, Distribution.constant(0)),
                ServiceModel.of(Distribution.constant(2.0))).policy(LoadBalancerPolicy.ROUND_ROBIN).pods(1, 1, 100)
                .timeoutSeconds(1).durationSeconds(20.5).build());

        SimulationResult r = sim.run();

        assertThat(r.completed()).isZero();
        assertThat(r.requests()).isEqualTo(21);
        assertThat(r.errorsByCause().get(ErrorCause.TIMEOUT)).isEqualTo(20);
    }

    @Test
    void closedUsersWhoseRequestFailedRetryAfterThinking() {
        // No pods: every request fails at once with no-ready-pod, and each of 10 users retries every 1 s of thinking.
        SimulationResult r = new Simulation(SimulationConfig.builder(Workload.closed(10, Distribution.constant(1)),
                ServiceModel.of(Distribution.constant(0.1))).policy(LoadBalancerPolicy.RANDOM).pods(0, 1, 0)
                .durationSeconds(10.5).build()).run();

        assertThat(r.requests()).isEqualTo(10 * 10);
        assertThat(r.errorsByCause().get(ErrorCause.NO_READY_POD)).isEqualTo(100);
    }
}
