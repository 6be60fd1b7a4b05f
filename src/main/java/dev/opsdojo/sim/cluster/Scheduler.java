package dev.opsdojo.sim.cluster;

import java.util.List;
import java.util.Optional;

/**
 * The default scheduler's resource part, simplified: <b>filter</b> (NodeResourcesFit) keeps the schedulable nodes
 * whose free allocatable CPU and memory, after the requests of the pods bound to them, cover the pod's requests;
 * <b>score</b> (NodeResourcesFit with the default LeastAllocated strategy) gives each node the mean over CPU and
 * memory of {@code (allocatable − requested after placing) / allocatable}, and the highest score wins, so pods spread
 * over the emptiest nodes. Ties go to the node listed first (the real scheduler picks among ties at random; a fixed
 * choice keeps runs reproducible). Other plugins (affinity, topology spread, taints beyond NotReady) are not
 * modelled.
 */
public final class Scheduler {
    private Scheduler() {
    }

    /** Free capacity of a node in requests. */
    public record Free(long cpuMillicores, long memoryMiB) {
    }

    /** Why a pod fits nowhere: how many nodes failed for which reason (a node short of both counts for both). */
    public record Failure(int nodes, int insufficientCpu, int insufficientMemory, int unavailable) {
    }

    /** The free requests of {@code node} given all pods (only active pods bound to it count). */
    public static Free free(Node node, List<Pod> pods, PodTemplate template) {
        long cpu = node.type().allocatableCpuMillicores();
        long memory = node.type().allocatableMemoryMiB();
        for (Pod pod : pods) {
            if (pod.node == node && pod.phase != PodPhase.GONE) {
                cpu -= template.cpuRequestMillicores();
                memory -= template.memoryRequestMiB();
            }
        }
        return new Free(cpu, memory);
    }

    /** The node the pod goes to, or empty when none fits. */
    public static Optional<Node> pick(List<Node> nodes, List<Pod> pods, PodTemplate template) {
        Node best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Node node : nodes) {
            if (!node.schedulable()) {
                continue;
            }
            Free free = free(node, pods, template);
            long cpuAfter = free.cpuMillicores() - template.cpuRequestMillicores();
            long memoryAfter = free.memoryMiB() - template.memoryRequestMiB();
            if (cpuAfter < 0 || memoryAfter < 0) {
                continue;
            }
            double score = ((double) cpuAfter / node.type().allocatableCpuMillicores()
                    + (double) memoryAfter / node.type().allocatableMemoryMiB()) / 2;
            if (score > bestScore) {
                best = node;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The reasons no node fits, counted as the scheduler's FailedScheduling message does. */
    public static Failure explain(List<Node> nodes, List<Pod> pods, PodTemplate template) {
        int count = 0;
        int cpu = 0;
        int memory = 0;
        int unavailable = 0;
        for (Node node : nodes) {
            if (node.state() == NodeState.DELETED || node.state() == NodeState.PROVISIONING) {
                continue;
            }
            count++;
            if (!node.schedulable()) {
                unavailable++;
                continue;
            }
            Free free = free(node, pods, template);
            if (free.cpuMillicores() < template.cpuRequestMillicores()) {
                cpu++;
            }
            if (free.memoryMiB() < template.memoryRequestMiB()) {
                memory++;
            }
        }
        return new Failure(count, cpu, memory, unavailable);
    }
}
