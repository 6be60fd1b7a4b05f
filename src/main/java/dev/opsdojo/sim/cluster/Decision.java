package dev.opsdojo.sim.cluster;

import dev.opsdojo.calc.hpa.HpaStep;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One controller decision, structured so a view can explain it in any language: when, which controller, what kind,
 * the object it concerns ({@code subject}, e.g. a pod, and {@code object}, e.g. the node it went to; either may be
 * empty), its numbers in the order {@link Kind#names()} lists, the Kubernetes reason word where there is one
 * (e.g. {@code ScaleUpLimit}, {@code ScaleDownStabilized}), and for an HPA sync the replica calculation's steps.
 * {@link #english()} is a plain English rendering for logs and tests.
 */
public record Decision(double timeSeconds, Kind kind, String subject, String object, List<Double> numbers, String reason,
                       List<HpaStep> hpaSteps) implements ClusterEvent {

    /** Who decided. */
    public enum Controller { HPA, REPLICA_SET, SCHEDULER, NODE_LIFECYCLE, CLUSTER_AUTOSCALER, KUBELET, FAILURE_INJECTION }

    /** The kinds of decision, each with its controller, the names of its numbers and an English pattern. */
    public enum Kind {
        HPA_SYNC(Controller.HPA, "HPA: {0} → {1} replicas (CPU {2}% of request, target {3}%, ratio {4}; recommended {5}, stabilized {6}).",
                "current", "desired", "utilization", "target", "ratio", "recommended", "stabilized"),
        HPA_NO_METRICS(Controller.HPA, "HPA: CPU utilization <unknown>; keeping {0} replicas.", "current"),
        HPA_BOUNDS(Controller.HPA, "HPA: {0} replicas are outside [{2}, {3}]: set to {1} without reading metrics.",
                "current", "desired", "min", "max"),
        POD_CREATED(Controller.REPLICA_SET, "ReplicaSet: created {s} ({0} active of {1} wanted).", "active", "replicas"),
        POD_DELETED(Controller.REPLICA_SET, "ReplicaSet: deleting {s} to scale down ({0} active of {1} wanted).", "active", "replicas"),
        POD_SCHEDULED(Controller.SCHEDULER, "Scheduler: {s} → {o} (free after: {0}m CPU, {1}Mi).", "freeCpuMillicores", "freeMemoryMiB"),
        SCHEDULING_FAILED(Controller.SCHEDULER,
                "Scheduler: {s} Pending: 0/{0} nodes are available: {1} Insufficient cpu, {2} Insufficient memory, {3} not ready or unschedulable.",
                "nodes", "insufficientCpu", "insufficientMemory", "unavailable"),
        POD_READY(Controller.KUBELET, "Kubelet: {s} is Ready after {0} s: added to the endpoints.", "secondsSinceCreated"),
        POD_GONE(Controller.KUBELET, "Kubelet: {s} has terminated.", new String[0]),
        NODE_NOT_READY(Controller.NODE_LIFECYCLE, "Node {s} NotReady after {0} s without heartbeat: its {1} pods leave the endpoints.",
                "graceSeconds", "pods"),
        POD_EVICTED(Controller.NODE_LIFECYCLE, "Node lifecycle: evicting {s} from {o} after the {0} s not-ready toleration.",
                "tolerationSeconds"),
        NODE_READY(Controller.CLUSTER_AUTOSCALER, "Node {s} is Ready after {0} s of provisioning.", "provisioningSeconds"),
        NODE_REMOVED(Controller.CLUSTER_AUTOSCALER, "Node {s} removed ({0} nodes left).", "nodes"),
        CA_SCALE_UP(Controller.CLUSTER_AUTOSCALER,
                "Cluster Autoscaler: {0} Pending pods → adding {1} node(s) of {o} ({2} → {3}); Ready in {4} s.",
                "pendingPods", "added", "nodesBefore", "nodesAfter", "provisioningSeconds"),
        CA_SCALE_UP_BLOCKED(Controller.CLUSTER_AUTOSCALER,
                "Cluster Autoscaler: {0} Pending pods but no node can be added ({1} nodes, max {2}).", "pendingPods", "nodes", "maxNodes"),
        CA_POD_TOO_BIG(Controller.CLUSTER_AUTOSCALER,
                "Cluster Autoscaler: {s} would not fit even on an empty {o} node: no scale-up for it.", new String[0]),
        CA_NODE_UNNEEDED(Controller.CLUSTER_AUTOSCALER,
                "Cluster Autoscaler: {s} is unneeded (CPU {0}%, memory {1}% of allocatable requested, threshold {2}%).",
                "cpuPercent", "memoryPercent", "thresholdPercent"),
        CA_SCALE_DOWN(Controller.CLUSTER_AUTOSCALER,
                "Cluster Autoscaler: removing {s}, unneeded for {0} s; its {1} pods move elsewhere ({2} → {3} nodes).",
                "unneededSeconds", "pods", "nodesBefore", "nodesAfter"),
        POD_KILLED(Controller.FAILURE_INJECTION, "Failure: {s} killed on {o}.", new String[0]),
        NODE_KILLED(Controller.FAILURE_INJECTION, "Failure: node {s} stopped with {0} pods on it.", "pods"),
        POD_SLOWED(Controller.FAILURE_INJECTION, "Failure: {s} now serves {0}× slower.", "factor"),
        POD_CRASHED(Controller.KUBELET, "Kubelet: {s} container exited (restart {0}); restarting in {1} s (CrashLoopBackOff).",
                "restarts", "backOffSeconds");

        private final Controller controller;
        private final String english;
        private final List<String> names;

        Kind(Controller controller, String english, String... names) {
            this.controller = controller;
            this.english = english;
            this.names = List.of(names);
        }

        public Controller controller() {
            return controller;
        }

        /** The names of this kind's numbers, in order. */
        public List<String> names() {
            return names;
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reason, "reason");
        numbers = List.copyOf(numbers);
        hpaSteps = List.copyOf(hpaSteps);
        if (numbers.size() != kind.names().size()) {
            throw new IllegalArgumentException(kind + " takes " + kind.names() + ", got " + numbers);
        }
    }

    static Decision of(double time, Kind kind, String subject, String object, String reason, double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new Decision(time, kind, subject, object, List.of(boxed), reason, List.of());
    }

    public Controller controller() {
        return kind.controller();
    }

    /** The number called {@code name}. */
    public double number(String name) {
        int index = kind.names().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(kind + " has no number '" + name + "'; it has " + kind.names());
        }
        return numbers.get(index);
    }

    /** The decision in English, e.g. "HPA: 3 → 6 replicas (CPU 92% of request, target 50%, …)". */
    public String english() {
        String pattern = kind.english.replace("'", "''").replace("{s}", literal(subject)).replace("{o}", literal(object));
        Object[] formatted = numbers.stream().map(n -> Double.isNaN(n) ? "?" : HpaStep.format(n)).toArray();
        String text = new MessageFormat(pattern, Locale.ROOT).format(formatted);
        return reason.isEmpty() ? text : text + " [" + reason + "]";
    }

    private static String literal(String name) {
        return name.replaceAll("[{}']", "");
    }
}
