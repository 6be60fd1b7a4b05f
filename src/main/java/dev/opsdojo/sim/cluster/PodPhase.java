package dev.opsdojo.sim.cluster;

/**
 * A pod's state as the API shows it, finer than Kubernetes' phase: {@link #PENDING} and {@link #CONTAINER_CREATING}
 * are both phase Pending; {@link #RUNNING} and {@link #READY} are phase Running without and with the Ready condition;
 * {@link #TERMINATING} is a pod with a deletion timestamp; {@link #GONE} has left the API.
 */
public enum PodPhase {
    /** Not bound to a node: waiting for the scheduler (unschedulable while no node fits). */
    PENDING,
    /** Bound to a node; pulling the image and starting the containers. */
    CONTAINER_CREATING,
    /** Containers running, readiness probe not passed yet (or failing): not in the Service endpoints. */
    RUNNING,
    /** Running and Ready: in the Service endpoints. */
    READY,
    /** Being deleted: out of the endpoints, draining until it exits or the grace period ends. */
    TERMINATING,
    /** Deleted. */
    GONE;

    /** Whether the pod's phase is Running in Kubernetes terms (containers started). */
    public boolean running() {
        return this == RUNNING || this == READY;
    }
}
