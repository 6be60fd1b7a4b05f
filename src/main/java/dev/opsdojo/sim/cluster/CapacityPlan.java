package dev.opsdojo.sim.cluster;

/**
 * A static sizing for comparing scale-up (bigger pods or nodes) with scale-out (more of them): to provide
 * {@code neededCpuMillicores} of requested CPU with a pod template on a node type, {@code pods = ceil(needed /
 * request)}, {@code podsPerNode = min(floor(allocatable CPU / request), floor(allocatable memory / memory request))},
 * {@code nodes = ceil(pods / podsPerNode)}, the hourly cost is nodes × the node price, and the idle CPU is the
 * allocatable CPU the pods' requests leave over.
 */
public record CapacityPlan(int pods, int podsPerNode, int nodes, double hourlyCostDollars, long idleCpuMillicores) {

    /** The plan for {@code neededCpuMillicores} of requests; fails when one pod does not fit on an empty node. */
    public static CapacityPlan of(long neededCpuMillicores, PodTemplate pod, NodeType node) {
        if (neededCpuMillicores < 0) {
            throw new IllegalArgumentException("the needed CPU cannot be negative: " + neededCpuMillicores);
        }
        long byCpu = node.allocatableCpuMillicores() / pod.cpuRequestMillicores();
        long byMemory = pod.memoryRequestMiB() == 0 ? Long.MAX_VALUE : node.allocatableMemoryMiB() / pod.memoryRequestMiB();
        int perNode = (int) Math.min(byCpu, byMemory);
        if (perNode == 0) {
            throw new IllegalArgumentException("a pod requesting " + pod.cpuRequestMillicores() + "m and "
                    + pod.memoryRequestMiB() + "Mi does not fit on " + node.name());
        }
        int pods = (int) Math.ceil((double) neededCpuMillicores / pod.cpuRequestMillicores());
        int nodes = (pods + perNode - 1) / perNode;
        long idle = nodes * node.allocatableCpuMillicores() - pods * pod.cpuRequestMillicores();
        return new CapacityPlan(pods, perNode, nodes, nodes * node.hourlyCostDollars(), idle);
    }
}
