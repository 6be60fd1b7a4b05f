package dev.opsdojo.sim.scenario;

/**
 * The nodes pods are scheduled on (one node group): {@code count} at the start, each with the given allocatable CPU and
 * memory; the Cluster Autoscaler keeps the count in {@code [min, max]} and a new node is Ready
 * {@code provisioningSeconds} after it is asked for. {@code costPerHour} is per node.
 */
public record Nodes(int count, int cpuAllocatableMillicores, int memoryAllocatableMiB, double costPerHour, int min, int max,
        double provisioningSeconds) {
}
