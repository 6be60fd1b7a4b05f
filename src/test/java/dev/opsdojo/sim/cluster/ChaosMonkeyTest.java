package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chaos monkey: random kills at exponential intervals, reproducible for a seed, healed by the ReplicaSet. */
class ChaosMonkeyTest {
    private static List<String> kills(long seed, double until) {
        ControlPlane plane = new ControlPlane(ClusterConfig.of(ControlPlaneTest.SMALL, 3, ControlPlaneTest.POD, 6).withSeed(seed),
                MetricsSource.NONE);
        plane.startChaosMonkey(60);
        plane.advanceTo(until);
        return plane.decisions().stream().filter(d -> d.kind() == Decision.Kind.POD_KILLED)
                .map(d -> d.timeSeconds() + " " + d.subject()).toList();
    }

    @Test
    void theSameSeedKillsTheSamePodsAtTheSameTimes() {
        assertThat(kills(42, 3600)).isNotEmpty().isEqualTo(kills(42, 3600));
    }

    @Test
    void anotherSeedKillsDifferently() {
        assertThat(kills(42, 3600)).isNotEqualTo(kills(43, 3600));
    }

    @Test
    void theMeanIntervalBetweenKillsIsTheConfiguredMean() {
        double mean = 60;
        double hours = 50;
        ControlPlane plane = new ControlPlane(ClusterConfig.of(ControlPlaneTest.SMALL, 3, PodTemplate.of(400, 800, 512, 0, 0), 6),
                MetricsSource.NONE);
        plane.startChaosMonkey(mean);
        plane.advanceTo(hours * 3600);
        long killed = plane.decisions().stream().filter(d -> d.kind() == Decision.Kind.POD_KILLED).count();

        // Pods start instantly here, so a Ready victim always exists; kills ≈ duration / mean (±10%, ~4.5 sd).
        assertThat((double) killed).isCloseTo(hours * 3600 / mean, org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void theReplicaSetHealsEveryKill() {
        ControlPlane plane = new ControlPlane(ClusterConfig.of(ControlPlaneTest.SMALL, 3, ControlPlaneTest.POD, 6), MetricsSource.NONE);
        plane.startChaosMonkey(30);
        plane.advanceTo(1800);
        plane.stopChaosMonkey();
        plane.advanceTo(1800 + ControlPlaneTest.POD.startupSeconds() + ControlPlaneTest.POD.readinessDelaySeconds());

        assertThat(plane.activePodCount()).isEqualTo(6);
        assertThat(plane.readyPodCount()).isEqualTo(6);
        assertThat(plane.nextEventTime()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
