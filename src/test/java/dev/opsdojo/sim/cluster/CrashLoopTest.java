package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A crashed container is restarted in place by the kubelet with exponential back-off (CrashLoopBackOff). */
class CrashLoopTest {
    private static final PodTemplate POD = ControlPlaneTest.POD;

    private static ControlPlane plane() {
        return new ControlPlane(ClusterConfig.of(ControlPlaneTest.SMALL, 1, POD, 1), MetricsSource.NONE);
    }

    @Test
    void aSingleCrashRestartsAfterTenSecondsAndTheSamePodServesAgain() {
        ControlPlane plane = plane();
        plane.advanceTo(100);
        String id = plane.pods().get(0).id();

        plane.crashPod(id, false);
        List<ClusterEvent> atCrash = plane.takeEvents();
        double back = 100 + 10 + POD.startupSeconds() + POD.readinessDelaySeconds();

        assertThat(ControlPlaneTest.podChanges(atCrash, PodChange.Type.KILLED)).hasSize(1);
        assertThat(ControlPlaneTest.podChanges(atCrash, PodChange.Type.UNROUTABLE)).hasSize(1);
        assertThat(ControlPlaneTest.podChanges(atCrash, PodChange.Type.ADDED)).isEmpty();
        assertThat(ControlPlaneTest.podChanges(plane.advanceTo(back - 0.001), PodChange.Type.ROUTABLE)).isEmpty();
        assertThat(ControlPlaneTest.podChanges(plane.advanceTo(back), PodChange.Type.ROUTABLE))
                .singleElement().satisfies(c -> assertThat(c.podId()).isEqualTo(id));
        assertThat(plane.pod(id).orElseThrow().restartCount()).isEqualTo(1);
    }

    @Test
    void aCrashLoopDoublesTheBackOffUpToFiveMinutes() {
        ControlPlane plane = plane();
        plane.advanceTo(100);
        String id = plane.pods().get(0).id();
        List<Double> expectedCrashes = new ArrayList<>();
        List<Double> expectedBackOffs = new ArrayList<>();
        double crash = 100;
        for (int k = 1; k <= 7; k++) {
            double backOff = Math.min(10 * Math.pow(2, k - 1), 300);
            expectedCrashes.add(crash);
            expectedBackOffs.add(backOff);
            crash += backOff + POD.startupSeconds();
        }

        plane.crashPod(id, true);
        plane.advanceTo(expectedCrashes.get(6));

        List<Decision> crashes = ControlPlaneTest.decisions(plane, Decision.Kind.POD_CRASHED);
        assertThat(crashes).extracting(Decision::timeSeconds).containsExactlyElementsOf(expectedCrashes);
        assertThat(crashes).extracting(d -> d.number("backOffSeconds")).containsExactlyElementsOf(expectedBackOffs);
        assertThat(plane.activePodCount()).isEqualTo(1);
        assertThat(plane.routablePodCount()).isZero();
    }

    @Test
    void aFixedCrashLoopServesAfterItsNextStart() {
        ControlPlane plane = plane();
        String id = plane.pods().get(0).id();
        plane.crashPod(id, true);
        plane.advanceTo(5);
        plane.stopCrashing(id);

        plane.advanceTo(10 + POD.startupSeconds() + POD.readinessDelaySeconds());

        assertThat(plane.pod(id).orElseThrow().routable()).isTrue();
        assertThat(plane.pod(id).orElseThrow().restartCount()).isEqualTo(1);
    }
}
