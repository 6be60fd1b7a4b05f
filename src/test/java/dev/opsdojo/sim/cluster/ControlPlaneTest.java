package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Nodes, scheduler, ReplicaSet, kubelet timings and failures of the control-plane model. */
class ControlPlaneTest {
    static final NodeType SMALL = new NodeType("small", 1000, 4096, 0.05);
    static final PodTemplate POD = PodTemplate.of(400, 800, 512, 10, 5);

    static ControlPlane plane(int nodes, int replicas) {
        return new ControlPlane(ClusterConfig.of(SMALL, nodes, POD, replicas), MetricsSource.NONE);
    }

    static List<PodChange> podChanges(List<ClusterEvent> events, PodChange.Type type) {
        return events.stream().filter(e -> e instanceof PodChange c && c.type() == type).map(e -> (PodChange) e).toList();
    }

    static List<Decision> decisions(ControlPlane plane, Decision.Kind kind) {
        return plane.decisions().stream().filter(d -> d.kind() == kind).toList();
    }

    // ---- scheduler ----

    @Test
    void podsFillNodesUpToTheirAllocatableCpu() {
        long perNode = SMALL.allocatableCpuMillicores() / POD.cpuRequestMillicores();
        ControlPlane plane = plane(2, (int) (2 * perNode));

        assertThat(plane.pendingPodCount()).isZero();
        assertThat(plane.readyPodCount()).isEqualTo(2 * perNode);
    }

    @Test
    void leastAllocatedScoringSpreadsPodsOverEmptyNodes() {
        ControlPlane plane = plane(2, 2);

        assertThat(plane.pods().stream().map(Pod::nodeName).collect(Collectors.toSet())).containsExactlyInAnyOrder("node-1", "node-2");
    }

    @Test
    void aPodThatFitsNowhereStaysPendingWithTheSchedulersReason() {
        long perNode = SMALL.allocatableCpuMillicores() / POD.cpuRequestMillicores();
        ControlPlane plane = plane(2, (int) (2 * perNode) + 1);

        assertThat(plane.pendingPodCount()).isEqualTo(1);
        Decision failed = decisions(plane, Decision.Kind.SCHEDULING_FAILED).get(0);
        assertThat(failed.number("nodes")).isEqualTo(2);
        assertThat(failed.number("insufficientCpu")).isEqualTo(2);
        assertThat(failed.number("insufficientMemory")).isZero();
        assertThat(failed.english()).contains("0/2 nodes are available: 2 Insufficient cpu");
    }

    @Test
    void aPendingPodIsScheduledWhenANodeIsAdded() {
        ControlPlane plane = plane(1, 3);
        assertThat(plane.pendingPodCount()).isEqualTo(1);

        plane.advanceTo(100);
        Node added = plane.addNode(SMALL);
        List<ClusterEvent> events = plane.advanceTo(100 + POD.startupSeconds() + POD.readinessDelaySeconds());

        assertThat(plane.pendingPodCount()).isZero();
        PodChange routable = podChanges(events, PodChange.Type.ROUTABLE).get(0);
        assertThat(routable.nodeName()).isEqualTo(added.name());
        assertThat(routable.timeSeconds()).isEqualTo(100 + POD.startupSeconds() + POD.readinessDelaySeconds());
    }

    @Test
    void memoryRequestsAlsoLimitPlacement() {
        PodTemplate hungry = PodTemplate.of(100, 100, 3000, 0, 0);
        ControlPlane plane = new ControlPlane(ClusterConfig.of(SMALL, 1, hungry, 2), MetricsSource.NONE);

        assertThat(plane.pendingPodCount()).isEqualTo(1);
        assertThat(decisions(plane, Decision.Kind.SCHEDULING_FAILED).get(0).number("insufficientMemory")).isEqualTo(1);
    }

    // ---- start-up and ReplicaSet ----

    @Test
    void aNewPodIsRoutableAfterStartupPlusReadinessDelay() {
        ControlPlane plane = new ControlPlane(ClusterConfig.of(SMALL, 1, POD, 1).withStartReady(false), MetricsSource.NONE);
        double readyAt = POD.startupSeconds() + POD.readinessDelaySeconds();

        assertThat(podChanges(plane.advanceTo(readyAt - 0.001), PodChange.Type.ROUTABLE)).isEmpty();
        assertThat(podChanges(plane.advanceTo(readyAt), PodChange.Type.ROUTABLE)).hasSize(1);
    }

    @Test
    void scalingDownDeletesNotReadyPodsBeforeReadyOnes() {
        ControlPlane plane = plane(3, 3);
        plane.setReplicas(4);
        String fresh = plane.pods().get(3).id();
        plane.advanceTo(POD.startupSeconds() + 1);

        plane.setReplicas(3);

        assertThat(plane.pod(fresh).orElseThrow().phase()).isIn(PodPhase.TERMINATING, PodPhase.GONE);
        assertThat(plane.activePodCount()).isEqualTo(3);
        assertThat(plane.readyPodCount()).isEqualTo(3);
    }

    @Test
    void aDeletedPodDrainsThenDisappears() {
        PodTemplate draining = new PodTemplate(400, 800, 512, 10, 5, 8, 30);
        ControlPlane plane = new ControlPlane(ClusterConfig.of(SMALL, 1, draining, 2), MetricsSource.NONE);
        plane.setReplicas(1);
        List<ClusterEvent> atOnce = plane.takeEvents();

        assertThat(podChanges(atOnce, PodChange.Type.UNROUTABLE)).hasSize(1);
        assertThat(podChanges(atOnce, PodChange.Type.TERMINATING)).hasSize(1);
        assertThat(podChanges(plane.advanceTo(7.9), PodChange.Type.REMOVED)).isEmpty();
        assertThat(podChanges(plane.advanceTo(8), PodChange.Type.REMOVED)).hasSize(1);
    }

    // ---- self-healing ----

    @Test
    void aKilledPodIsReplacedAtOnceAndTheReplacementIsReadyAfterStartupAndReadiness() {
        ControlPlane plane = plane(2, 2);
        plane.advanceTo(50);
        String victim = plane.pods().get(0).id();

        plane.killPod(victim);
        List<ClusterEvent> atKill = plane.takeEvents();

        assertThat(podChanges(atKill, PodChange.Type.KILLED)).extracting(PodChange::podId).containsExactly(victim);
        assertThat(podChanges(atKill, PodChange.Type.UNROUTABLE)).extracting(PodChange::podId).containsExactly(victim);
        assertThat(podChanges(atKill, PodChange.Type.ADDED)).hasSize(1).allMatch(c -> c.timeSeconds() == 50);
        assertThat(decisions(plane, Decision.Kind.POD_CREATED)).last().extracting(Decision::reason).isEqualTo("ReplaceLostPod");
        double readyAt = 50 + POD.startupSeconds() + POD.readinessDelaySeconds();
        List<PodChange> routable = podChanges(plane.advanceTo(readyAt), PodChange.Type.ROUTABLE);
        assertThat(routable).hasSize(1);
        assertThat(routable.get(0).timeSeconds()).isEqualTo(readyAt);
        assertThat(plane.readyPodCount()).isEqualTo(2);
    }

    @Test
    void aKilledNodesPodsStayInTheEndpointsUntilTheGracePeriodThenAreReplacedAfterTheToleration() {
        ControlPlane plane = plane(2, 4);
        plane.advanceTo(100);
        List<String> onNode1 = plane.pods().stream().filter(p -> p.nodeName().equals("node-1")).map(Pod::id).toList();
        double grace = ClusterConfig.NODE_MONITOR_GRACE_SECONDS;
        double toleration = ClusterConfig.NOT_READY_TOLERATION_SECONDS;

        plane.killNode("node-1");
        List<ClusterEvent> atKill = plane.takeEvents();
        assertThat(podChanges(atKill, PodChange.Type.KILLED)).extracting(PodChange::podId).containsExactlyElementsOf(onNode1);
        assertThat(podChanges(atKill, PodChange.Type.UNROUTABLE)).isEmpty();
        assertThat(plane.routablePodCount()).isEqualTo(4);
        assertThat(plane.servingRoutablePodCount()).isEqualTo(4 - onNode1.size());

        assertThat(podChanges(plane.advanceTo(100 + grace - 0.001), PodChange.Type.UNROUTABLE)).isEmpty();
        List<ClusterEvent> atNotReady = plane.advanceTo(100 + grace);
        assertThat(podChanges(atNotReady, PodChange.Type.UNROUTABLE)).extracting(PodChange::podId).containsExactlyElementsOf(onNode1);
        assertThat(plane.node("node-1").orElseThrow().state()).isEqualTo(NodeState.NOT_READY);

        assertThat(podChanges(plane.advanceTo(100 + grace + toleration - 0.001), PodChange.Type.ADDED)).isEmpty();
        List<ClusterEvent> atEviction = plane.advanceTo(100 + grace + toleration);
        assertThat(podChanges(atEviction, PodChange.Type.TERMINATING)).extracting(PodChange::podId).containsExactlyElementsOf(onNode1);
        assertThat(podChanges(atEviction, PodChange.Type.ADDED)).hasSize(onNode1.size());
        assertThat(decisions(plane, Decision.Kind.POD_EVICTED)).hasSize(onNode1.size());
    }

    @Test
    void replacementsOfAKilledNodesPodsGoToTheSurvivingNode() {
        ControlPlane plane = plane(2, 2);
        plane.killNode("node-1");
        double replacementsReady = ClusterConfig.NODE_MONITOR_GRACE_SECONDS + ClusterConfig.NOT_READY_TOLERATION_SECONDS
                + POD.startupSeconds() + POD.readinessDelaySeconds();

        plane.advanceTo(replacementsReady);

        assertThat(plane.readyPodCount()).isEqualTo(2);
        assertThat(plane.pods().stream().filter(p -> p.phase() == PodPhase.READY)).allMatch(p -> p.nodeName().equals("node-2"));
    }

    @Test
    void aSlowPodReportsItsFactor() {
        ControlPlane plane = plane(1, 1);
        String id = plane.pods().get(0).id();
        plane.takeEvents();

        plane.setSlowFactor(id, 3);

        assertThat(podChanges(plane.takeEvents(), PodChange.Type.SLOW_FACTOR_CHANGED)).singleElement()
                .satisfies(c -> assertThat(c.slowFactor()).isEqualTo(3));
        assertThat(plane.pod(id).orElseThrow().slowFactor()).isEqualTo(3);
    }

    // ---- cost ----

    @Test
    void costIsNodeHoursTimesTheHourlyPrice() {
        ControlPlane plane = plane(3, 1);
        plane.advanceTo(2 * 3600);

        assertThat(plane.billedNodeHours()).isEqualTo(3 * 2.0);
        assertThat(plane.costDollars()).isCloseTo(3 * 2.0 * SMALL.hourlyCostDollars(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void eventsComeOutInTimeOrder() {
        ControlPlane plane = plane(2, 4);
        plane.killNode("node-2");
        plane.setReplicas(6);
        List<ClusterEvent> events = plane.advanceTo(1000);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).timeSeconds()).isGreaterThanOrEqualTo(events.get(i - 1).timeSeconds());
        }
        assertThat(plane.nextEventTime()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
