package dev.opsdojo.sim.cluster;

import java.util.Objects;

/**
 * A kind of node (a cloud instance type): the CPU and memory the kubelet leaves allocatable to pods, and what one
 * node costs per hour while it exists (cloud billing starts at launch, so provisioning time is paid for too).
 */
public record NodeType(String name, long allocatableCpuMillicores, long allocatableMemoryMiB, double hourlyCostDollars) {
    public NodeType {
        Objects.requireNonNull(name, "name");
        if (allocatableCpuMillicores <= 0 || allocatableMemoryMiB <= 0) {
            throw new IllegalArgumentException("a node needs allocatable CPU and memory: " + allocatableCpuMillicores
                    + "m, " + allocatableMemoryMiB + "Mi");
        }
        if (!(hourlyCostDollars >= 0)) {
            throw new IllegalArgumentException("the hourly cost must be 0 or more, was " + hourlyCostDollars);
        }
    }
}
