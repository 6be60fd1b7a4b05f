package dev.opsdojo.calc.controlplane;

import dev.opsdojo.calc.controlplane.Requirement.OnNodes;
import dev.opsdojo.calc.controlplane.Requirement.Runs;
import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every {@link Capability} for an {@link Outage} on a cluster of one control plane and
 * {@code workerNodes} worker nodes. A capability's status is the worst status among its unmet requirements
 * (WORKS if all are met). A control-plane requirement also requires that component's own dependencies (API server,
 * etcd) with the same severity; when several are stopped, each stopped one is reported. A node requirement fails on a
 * node where one of its components is stopped; it takes its "all nodes" status when every node either fails it or
 * is down, and its "unhealthy zone" status when at least 55% of the nodes do (the node controller stops evicting then
 * in a cluster of at most 50 nodes). Because stopping a part can only add failures, stopping more never improves a status.
 */
public final class CapabilityModel {
    public static final int DEFAULT_WORKER_NODES = 3;

    private final int workerNodes;

    public CapabilityModel(int workerNodes) {
        if (workerNodes < 1) {
            throw new IllegalArgumentException("at least one worker node: " + workerNodes);
        }
        this.workerNodes = workerNodes;
    }

    public CapabilityModel() {
        this(DEFAULT_WORKER_NODES);
    }

    public int workerNodes() {
        return workerNodes;
    }

    /** Every capability's verdict, in {@link Capability} order. */
    public Map<Capability, Verdict> evaluate(Outage outage) {
        Map<Capability, Verdict> verdicts = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            verdicts.put(capability, evaluate(capability, outage));
        }
        return verdicts;
    }

    public Verdict evaluate(Capability capability, Outage outage) {
        List<Verdict.Unmet> unmet = new ArrayList<>();
        for (Map.Entry<Component, Status> need : controlPlaneNeeds(capability).entrySet()) {
            if (outage.isStopped(need.getKey())) {
                unmet.add(new Verdict.Unmet(new Runs(need.getKey(), need.getValue()), need.getValue(), List.of(), Verdict.Extent.ALL));
            }
        }
        for (Requirement requirement : capability.requirements()) {
            if (requirement instanceof OnNodes onNodes) {
                nodeFailure(onNodes, outage, unmet);
            }
        }
        unmet.sort(Comparator.comparing(Verdict.Unmet::status).reversed());
        Status status = unmet.stream().map(Verdict.Unmet::status).reduce(Status.WORKS, Status::worse);
        Set<Timing> timings = new LinkedHashSet<>();
        if (status != Status.STOPS) {
            capability.timing().ifPresent(timings::add);
        }
        for (Verdict.Unmet u : unmet) {
            if (u.requirement() instanceof OnNodes onNodes) {
                onNodes.timing().ifPresent(timings::add);
            }
        }
        return new Verdict(capability, status, unmet, timings);
    }

    /**
     * The control-plane components a capability needs, each with the status it causes when stopped: the declared
     * ones plus their dependencies (the worse severity wins when two requirements imply the same component).
     */
    public static Map<Component, Status> controlPlaneNeeds(Capability capability) {
        Map<Component, Status> needs = new LinkedHashMap<>();
        for (Requirement requirement : capability.requirements()) {
            if (requirement instanceof Runs runs) {
                needs.merge(runs.component(), runs.ifStopped(), Status::worse);
                for (Component dependency : runs.component().controlPlaneDependencies()) {
                    needs.merge(dependency, runs.ifStopped(), Status::worse);
                }
            }
        }
        return needs;
    }

    /**
     * Whether so many nodes are unhealthy that the node controller stops evicting: at least 55% of the zone's nodes
     * (one zone here) in a cluster of at most 50 nodes.
     */
    public boolean unhealthyZone(int unhealthyNodes) {
        return workerNodes <= K8sDefaults.LARGE_CLUSTER_SIZE_THRESHOLD
                && unhealthyNodes >= K8sDefaults.UNHEALTHY_ZONE_THRESHOLD * workerNodes;
    }

    private void nodeFailure(OnNodes requirement, Outage outage, List<Verdict.Unmet> unmet) {
        boolean namesMachine = requirement.components().contains(Component.NODE);
        List<Integer> failing = new ArrayList<>();
        int failingOrDown = 0;
        for (int n = 1; n <= workerNodes; n++) {
            int node = n;
            boolean down = outage.contains(Part.onNode(Component.NODE, node));
            boolean fails = namesMachine ? requirement.components().stream().anyMatch(c -> outage.isStopped(c, node))
                    : requirement.components().stream().anyMatch(c -> outage.contains(Part.onNode(c, node)));
            if (fails) {
                failing.add(node);
            }
            if (fails || down) {
                failingOrDown++;
            }
        }
        if (!failing.isEmpty()) {
            Verdict.Extent extent = failingOrDown == workerNodes ? Verdict.Extent.ALL
                    : unhealthyZone(failingOrDown) ? Verdict.Extent.ZONE : Verdict.Extent.SOME;
            Status status = switch (extent) {
                case ALL -> requirement.ifAllNodes();
                case ZONE -> requirement.ifUnhealthyZone();
                case SOME -> requirement.ifSomeNodes();
            };
            unmet.add(new Verdict.Unmet(requirement, status, failing, extent));
        }
    }
}
