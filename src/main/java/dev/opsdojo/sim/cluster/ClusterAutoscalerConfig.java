package dev.opsdojo.sim.cluster;

import java.util.Objects;

/**
 * The Cluster Autoscaler's node group and flags.
 *
 * @param nodeType                       the template node it adds
 * @param minNodes                       the group's minimum size
 * @param maxNodes                       the group's maximum size
 * @param provisioningDelaySeconds       from ordering a node until it is Ready (cloud + kubelet; typically 60–180 s)
 * @param scanIntervalSeconds            {@code --scan-interval}, 10 s
 * @param scaleDownUtilizationThreshold  {@code --scale-down-utilization-threshold}, 0.5 of allocatable (requests)
 * @param scaleDownUnneededSeconds       {@code --scale-down-unneeded-time}, 600 s
 * @param scaleDownDelayAfterAddSeconds  {@code --scale-down-delay-after-add}, 600 s
 * @param scaleDownUnreadySeconds        {@code --scale-down-unready-time}, 1200 s: how long a NotReady node must be
 *                                       unneeded before it is removed
 * @param scaleDownEnabled               {@code --scale-down-enabled}
 */
public record ClusterAutoscalerConfig(NodeType nodeType, int minNodes, int maxNodes, double provisioningDelaySeconds,
                                      double scanIntervalSeconds, double scaleDownUtilizationThreshold,
                                      double scaleDownUnneededSeconds, double scaleDownDelayAfterAddSeconds,
                                      double scaleDownUnreadySeconds, boolean scaleDownEnabled) {
    public ClusterAutoscalerConfig {
        Objects.requireNonNull(nodeType, "nodeType");
        if (minNodes < 0 || maxNodes < minNodes) {
            throw new IllegalArgumentException("need 0 ≤ minNodes ≤ maxNodes, got " + minNodes + ", " + maxNodes);
        }
        if (!(scanIntervalSeconds > 0) || provisioningDelaySeconds < 0) {
            throw new IllegalArgumentException("the scan interval must be positive and the provisioning delay not negative");
        }
    }

    /** The Cluster Autoscaler's defaults with the given node group and provisioning delay. */
    public static ClusterAutoscalerConfig of(NodeType nodeType, int minNodes, int maxNodes, double provisioningDelaySeconds) {
        return new ClusterAutoscalerConfig(nodeType, minNodes, maxNodes, provisioningDelaySeconds, 10, 0.5, 600, 600, 1200, true);
    }
}
