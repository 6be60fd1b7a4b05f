package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.rollout.RollingUpdate;
import dev.opsdojo.sim.deploy.DeployResult.Outcome;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** ROLLING.md §9, checked every simulated second of random rolling updates of a good release. */
class RollingPropertiesTest {

    @Property(tries = 20)
    void aRollingUpdateStaysWithinItsLimitsAndCompletes(@ForAll @IntRange(min = 1, max = 20) int replicas,
            @ForAll @IntRange(min = 0, max = 100) int surgePercent, @ForAll @IntRange(min = 0, max = 100) int unavailablePercent,
            @ForAll @IntRange(min = 0, max = 30) int startupSeconds, @ForAll @IntRange(min = 0, max = 20) int minReadySeconds) {
        Assume.that(surgePercent > 0 || unavailablePercent > 0);
        String surge = surgePercent + "%";
        String unavailable = unavailablePercent + "%";
        RollingUpdate.Fenceposts limits = RollingUpdate.resolve(replicas, surge, unavailable);
        Strategy.Rolling rolling = new Strategy.Rolling(surge, unavailable, minReadySeconds, 600, 10);
        DeploySimulation sim = new DeploySimulation(DeploySimulationTest.scenario(rolling, replicas, startupSeconds, Fault.NONE));
        int maxTotal = replicas + limits.maxSurge();
        int minAvailable = replicas - Math.min(limits.maxUnavailable(), replicas);
        // Until complete: with surge 0, one pod at a time and a long minReadySeconds a rollout can take minutes.
        for (int t = 1; t <= 900 && sim.result().outcome() != Outcome.COMPLETED; t++) {
            sim.advanceTo(t);
            DeployState state = sim.state();
            int spec = 0;
            int available = 0;
            for (DeployState.ReplicaSetView rs : state.replicaSets()) {
                spec += rs.specReplicas();
                available += rs.available();
            }
            assertThat(spec).as("desired pods at %d s", t).isLessThanOrEqualTo(maxTotal);
            assertThat(available).as("available pods at %d s", t).isGreaterThanOrEqualTo(minAvailable);
        }
        DeployResult result = sim.result();
        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.peakPods()).isLessThanOrEqualTo(maxTotal);
    }

    @Property(tries = 10)
    void aLargerMinReadySecondsNeverMakesARolloutFaster(@ForAll @IntRange(min = 2, max = 15) int replicas,
            @ForAll @IntRange(min = 0, max = 15) int minReady, @ForAll @IntRange(min = 1, max = 15) int extra) {
        double fast = completion(replicas, minReady);
        double slow = completion(replicas, minReady + extra);
        assertThat(slow).isGreaterThan(fast);
    }

    private static double completion(int replicas, int minReadySeconds) {
        Strategy.Rolling rolling = new Strategy.Rolling("25%", "25%", minReadySeconds, 600, 10);
        return new DeploySimulation(DeploySimulationTest.scenario(rolling, replicas, 5, Fault.NONE)).run().timeToCompleteSeconds();
    }
}
