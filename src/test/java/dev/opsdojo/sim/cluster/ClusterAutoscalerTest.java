package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.Tolerance;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The Cluster Autoscaler: scale-up for Pending pods, scale-down of unneeded nodes, min/max. */
class ClusterAutoscalerTest {
    private static final NodeType SMALL = ControlPlaneTest.SMALL;
    private static final PodTemplate POD = ControlPlaneTest.POD;
    private static final double PROVISIONING = 60;
    private static final long PODS_PER_NODE = SMALL.allocatableCpuMillicores() / POD.cpuRequestMillicores();

    private static ControlPlane plane(int nodes, int replicas, ClusterAutoscalerConfig ca) {
        return new ControlPlane(ClusterConfig.of(SMALL, nodes, POD, replicas).withAutoscaler(ca), MetricsSource.NONE);
    }

    private static List<Decision> decisions(ControlPlane plane, Decision.Kind kind) {
        return ControlPlaneTest.decisions(plane, kind);
    }

    @Test
    void pendingPodsGetANodeThatIsReadyAfterTheProvisioningDelay() {
        int replicas = (int) PODS_PER_NODE + 2;
        ControlPlane plane = plane(1, replicas, ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING));
        int expectedNodes = (int) Math.ceil(2.0 / PODS_PER_NODE);

        plane.advanceTo(10);
        assertThat(decisions(plane, Decision.Kind.CA_SCALE_UP)).singleElement()
                .satisfies(d -> assertThat(d.number("added")).isEqualTo(expectedNodes));
        assertThat(plane.pendingPodCount()).isEqualTo(2);

        plane.advanceTo(10 + PROVISIONING - 0.001);
        assertThat(plane.pendingPodCount()).isEqualTo(2);
        plane.advanceTo(10 + PROVISIONING);
        assertThat(plane.pendingPodCount()).isZero();
        plane.advanceTo(10 + PROVISIONING + POD.startupSeconds() + POD.readinessDelaySeconds());
        assertThat(plane.readyPodCount()).isEqualTo(replicas);
    }

    @Test
    void scaleUpStopsAtMaxNodes() {
        int pending = 8;
        ControlPlane plane = plane(1, (int) PODS_PER_NODE + pending, ClusterAutoscalerConfig.of(SMALL, 1, 3, PROVISIONING));
        int needed = (int) Math.ceil((double) pending / PODS_PER_NODE);

        plane.advanceTo(1000);

        assertThat(needed).isGreaterThan(3 - 1);
        assertThat(decisions(plane, Decision.Kind.CA_SCALE_UP)).singleElement()
                .satisfies(d -> assertThat(d.number("added")).isEqualTo(3 - 1));
        assertThat(plane.billedNodeCount()).isEqualTo(3);
        assertThat(plane.pendingPodCount()).isEqualTo(pending - (3 - 1) * PODS_PER_NODE);
        assertThat(decisions(plane, Decision.Kind.CA_SCALE_UP_BLOCKED)).hasSize(1);
    }

    @Test
    void nodesStillProvisioningCountAsUpcomingCapacity() {
        ControlPlane plane = plane(1, (int) PODS_PER_NODE + 1, ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING));

        plane.advanceTo(PROVISIONING - 1);

        assertThat(decisions(plane, Decision.Kind.CA_SCALE_UP)).hasSize(1);
        assertThat(plane.billedNodeCount()).isEqualTo(2);
    }

    @Test
    void theGroupIsRaisedToMinNodes() {
        ControlPlane plane = plane(1, 1, ClusterAutoscalerConfig.of(SMALL, 3, 5, PROVISIONING));

        plane.advanceTo(10);

        assertThat(plane.billedNodeCount()).isEqualTo(3);
    }

    @Test
    void anUnderusedNodeIsRemovedOnlyAfterTheUnneededTime() {
        ClusterAutoscalerConfig ca = ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING);
        ControlPlane plane = plane(2, 1, ca);
        double firstScan = ca.scanIntervalSeconds();
        double removal = firstScan + ca.scaleDownUnneededSeconds();

        plane.advanceTo(removal - 0.001);
        assertThat(plane.billedNodeCount()).isEqualTo(2);
        plane.advanceTo(removal);

        assertThat(plane.billedNodeCount()).isEqualTo(1);
        // The empty node goes first; the pod is not disturbed.
        assertThat(plane.node("node-2").orElseThrow().state()).isEqualTo(NodeState.DELETED);
        assertThat(plane.readyPodCount()).isEqualTo(1);
    }

    @Test
    void aNodeAtHalfItsAllocatableIsNotUnneeded() {
        PodTemplate half = PodTemplate.of(500, 500, 512, 10, 5);
        ClusterAutoscalerConfig ca = ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING);
        ControlPlane plane = new ControlPlane(ClusterConfig.of(SMALL, 2, half, 2).withAutoscaler(ca), MetricsSource.NONE);

        plane.advanceTo(3 * ca.scaleDownUnneededSeconds());

        assertThat(plane.billedNodeCount()).isEqualTo(2);
        assertThat(decisions(plane, Decision.Kind.CA_NODE_UNNEEDED)).isEmpty();
    }

    @Test
    void noScaleDownWithinTheDelayAfterAScaleUp() {
        ClusterAutoscalerConfig ca = new ClusterAutoscalerConfig(SMALL, 1, 5, PROVISIONING, 10, 0.5, 60, 600, 1200, true);
        int full = (int) (2 * PODS_PER_NODE);
        ControlPlane plane = plane(2, full, ca);
        plane.advanceTo(300);
        plane.setReplicas(full + 1);
        plane.advanceTo(400);
        double scaleUpAt = decisions(plane, Decision.Kind.CA_SCALE_UP).get(0).timeSeconds();
        plane.setReplicas(full);
        double earliest = Math.ceil((scaleUpAt + ca.scaleDownDelayAfterAddSeconds()) / ca.scanIntervalSeconds()) * ca.scanIntervalSeconds();

        plane.advanceTo(earliest - 0.001);
        assertThat(decisions(plane, Decision.Kind.CA_SCALE_DOWN)).isEmpty();
        plane.advanceTo(earliest);

        assertThat(decisions(plane, Decision.Kind.CA_SCALE_DOWN)).singleElement()
                .satisfies(d -> assertThat(d.timeSeconds()).isEqualTo(earliest));
    }

    @Test
    void scaleDownNeverGoesBelowMinNodes() {
        ControlPlane plane = plane(4, 1, ClusterAutoscalerConfig.of(SMALL, 2, 5, PROVISIONING));

        plane.advanceTo(5000);

        assertThat(plane.billedNodeCount()).isEqualTo(2);
    }

    @Test
    void hpaAndClusterAutoscalerChain() {
        HpaSpec spec = new HpaSpec(50, 1, 10, Tolerance.DEFAULT);
        MetricsSource busy = (pod, now) -> OptionalDouble.of(POD.cpuRequestMillicores());
        ClusterConfig config = ClusterConfig.of(SMALL, 1, POD, 2)
                .withHpa(HpaConfig.of(spec, Optional.of(HpaBehavior.defaults())).withFirstSyncSeconds(15))
                .withAutoscaler(ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING));
        ControlPlane plane = new ControlPlane(config, busy);
        int desired = (int) Math.ceil(100.0 / 50 * 2);

        plane.advanceTo(15);
        assertThat(plane.replicas()).isEqualTo(desired);
        assertThat(plane.pendingPodCount()).isEqualTo(desired - PODS_PER_NODE);
        plane.advanceTo(20);
        assertThat(decisions(plane, Decision.Kind.CA_SCALE_UP)).hasSize(1);
        plane.advanceTo(20 + PROVISIONING + POD.startupSeconds() + POD.readinessDelaySeconds());

        assertThat(plane.pendingPodCount()).isZero();
        assertThat(plane.readyPodCount()).isGreaterThanOrEqualTo(desired);
    }

    @Test
    void aDeadNodeIsRemovedAfterTheUnreadyTimeOnceItsPodsAreEvicted() {
        ClusterAutoscalerConfig ca = ClusterAutoscalerConfig.of(SMALL, 1, 5, PROVISIONING);
        ControlPlane plane = plane(2, (int) (2 * PODS_PER_NODE), ca);
        plane.advanceTo(5);
        plane.killNode("node-2");
        double evicted = 5 + ClusterConfig.NODE_MONITOR_GRACE_SECONDS + ClusterConfig.NOT_READY_TOLERATION_SECONDS;
        double firstScanAfter = Math.ceil(evicted / ca.scanIntervalSeconds()) * ca.scanIntervalSeconds();
        double removal = firstScanAfter + ca.scaleDownUnreadySeconds();

        plane.advanceTo(removal - 0.001);
        assertThat(plane.node("node-2").orElseThrow().state()).isEqualTo(NodeState.NOT_READY);
        plane.advanceTo(removal);

        assertThat(plane.node("node-2").orElseThrow().state()).isEqualTo(NodeState.DELETED);
        assertThat(plane.readyPodCount()).isEqualTo(2 * PODS_PER_NODE);
    }
}
