package dev.opsdojo.sim.scenario;

/**
 * The Cluster Autoscaler: every {@code scanIntervalSeconds} it adds nodes for Pending pods and removes a node whose
 * requested CPU and memory stayed below {@code scaleDownUtilizationThreshold} of allocatable for
 * {@code scaleDownUnneededSeconds}, but not within {@code scaleDownDelayAfterAddSeconds} of a scale-up.
 */
public record ClusterAutoscaler(boolean enabled, int scanIntervalSeconds, double scaleDownUtilizationThreshold,
        int scaleDownUnneededSeconds, int scaleDownDelayAfterAddSeconds) {
}
