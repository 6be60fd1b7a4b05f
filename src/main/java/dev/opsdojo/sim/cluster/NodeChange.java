package dev.opsdojo.sim.cluster;

import java.util.Objects;

/**
 * A node changed state, with the node counts after the change.
 *
 * @param readyNodes    nodes Ready after the change
 * @param billedNodes   nodes that exist and are billed (provisioning, Ready or NotReady)
 */
public record NodeChange(double timeSeconds, String nodeName, NodeState state, int readyNodes, int billedNodes) implements ClusterEvent {
    public NodeChange {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(state, "state");
    }
}
