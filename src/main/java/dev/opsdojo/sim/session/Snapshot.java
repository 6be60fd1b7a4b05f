package dev.opsdojo.sim.session;

import java.util.List;

/**
 * What the screen draws at one moment: the cluster (nodes with their pods, and pods no node could take), the
 * running totals, the timeline so far (one point per timeline interval) and the controllers' recent decisions
 * (the most recent ones, oldest first).
 */
public record Snapshot(double tSeconds, double durationSeconds, boolean finished, List<NodeView> nodes,
                       List<PodView> pendingPods, Totals totals, List<TimelinePoint> timeline,
                       List<Decision> decisions, double simulatedEventsPerWallSecond) {

    public Snapshot {
        nodes = List.copyOf(nodes);
        pendingPods = List.copyOf(pendingPods);
        timeline = List.copyOf(timeline);
        decisions = List.copyOf(decisions);
    }

    public enum NodeState { PROVISIONING, READY, NOT_READY }

    /** A pod's phase as a learner sees it. */
    public enum PodPhase { PENDING, STARTING, READY, TERMINATING, DEAD }

    public record NodeView(String name, NodeState state, int cpuAllocatableMillicores, int cpuRequestedMillicores,
                           List<PodView> pods) {
        public NodeView {
            pods = List.copyOf(pods);
        }
    }

    /** {@code load} is the share of the pod's worker slots busy over the last interval, 0 to 1. */
    public record PodView(String id, PodPhase phase, double load, boolean slow, int inFlight, int queued) {
    }

    public record Totals(long requests, long completed, long errors, double currentRequestsPerSecond, double p95Ms,
                         double errorRate, double availability, double costNodeHours, int replicas, int readyReplicas,
                         int nodes) {
    }

    public record TimelinePoint(double tSeconds, double requestsPerSecond, double p95Ms, double errorRate, int replicas,
                                int readyReplicas, int nodes) {
    }

    /**
     * A controller's decision, formatted by the screen from the i18n key {@code sim.decision.<kind>} with
     * {@code arguments} (numbers and names) in order, e.g. kind {@code hpaScale} with [3, 6, 92, 50]:
     * "HPA: 3 → 6 replicas because average CPU 92% / target 50% …".
     */
    public record Decision(double tSeconds, String controller, String kind, List<Object> arguments) {
        public Decision {
            arguments = List.copyOf(arguments);
        }
    }
}
