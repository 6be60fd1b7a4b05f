package dev.opsdojo.sim.cluster;

/** A node's state as the API shows it. */
public enum NodeState {
    /** Ordered from the cloud; not registered yet (the Cluster Autoscaler counts it as upcoming). */
    PROVISIONING,
    /** Registered and Ready: the scheduler may place pods on it (unless cordoned). */
    READY,
    /** Stopped reporting for longer than the node-monitor grace period: tainted, its pods leave the endpoints. */
    NOT_READY,
    /** Removed from the cluster and no longer billed. */
    DELETED
}
