package dev.opsdojo.sim.cluster;

import java.util.Objects;
import java.util.Optional;

/**
 * A scenario's starting cluster: {@code initialNodes} Ready nodes of {@code nodeType}, a Deployment of
 * {@code initialReplicas} pods from {@code template} (already Ready at time 0 when {@code startReady}, otherwise
 * created at time 0 and going through scheduling and start-up), the node lifecycle timings, an optional HPA and
 * Cluster Autoscaler, and the seed of the chaos monkey's random numbers.
 *
 * @param nodeMonitorGraceSeconds      {@code --node-monitor-grace-period}: 50 s since v1.32 (40 s before)
 * @param notReadyTolerationSeconds    the default {@code not-ready}/{@code unreachable} toleration, 300 s
 */
public record ClusterConfig(NodeType nodeType, int initialNodes, PodTemplate template, int initialReplicas,
                            boolean startReady, double nodeMonitorGraceSeconds, double notReadyTolerationSeconds,
                            Optional<HpaConfig> hpa, Optional<ClusterAutoscalerConfig> autoscaler, long seed) {
    /** The node-monitor grace period of Kubernetes v1.32 and later. */
    public static final double NODE_MONITOR_GRACE_SECONDS = 50;
    /** The default toleration of pods for not-ready and unreachable nodes. */
    public static final double NOT_READY_TOLERATION_SECONDS = 300;

    public ClusterConfig {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(hpa, "hpa");
        Objects.requireNonNull(autoscaler, "autoscaler");
        if (initialNodes < 0 || initialReplicas < 0) {
            throw new IllegalArgumentException("node and replica counts cannot be negative");
        }
    }

    /** A cluster with Kubernetes' default timings, no HPA, no Cluster Autoscaler, pods Ready at time 0, seed 1. */
    public static ClusterConfig of(NodeType nodeType, int initialNodes, PodTemplate template, int initialReplicas) {
        return new ClusterConfig(nodeType, initialNodes, template, initialReplicas, true, NODE_MONITOR_GRACE_SECONDS,
                NOT_READY_TOLERATION_SECONDS, Optional.empty(), Optional.empty(), 1);
    }

    public ClusterConfig withHpa(HpaConfig config) {
        return new ClusterConfig(nodeType, initialNodes, template, initialReplicas, startReady, nodeMonitorGraceSeconds,
                notReadyTolerationSeconds, Optional.of(config), autoscaler, seed);
    }

    public ClusterConfig withAutoscaler(ClusterAutoscalerConfig config) {
        return new ClusterConfig(nodeType, initialNodes, template, initialReplicas, startReady, nodeMonitorGraceSeconds,
                notReadyTolerationSeconds, hpa, Optional.of(config), seed);
    }

    public ClusterConfig withSeed(long newSeed) {
        return new ClusterConfig(nodeType, initialNodes, template, initialReplicas, startReady, nodeMonitorGraceSeconds,
                notReadyTolerationSeconds, hpa, autoscaler, newSeed);
    }

    public ClusterConfig withStartReady(boolean ready) {
        return new ClusterConfig(nodeType, initialNodes, template, initialReplicas, ready, nodeMonitorGraceSeconds,
                notReadyTolerationSeconds, hpa, autoscaler, seed);
    }
}
