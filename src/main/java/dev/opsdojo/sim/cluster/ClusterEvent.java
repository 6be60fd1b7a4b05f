package dev.opsdojo.sim.cluster;

/**
 * Something the control plane did at a moment of simulated time, in the order it happened: a change the request
 * engine must apply to a pod ({@link PodChange}), a node change ({@link NodeChange}), or a controller decision for
 * the explanation panel ({@link Decision}).
 */
public sealed interface ClusterEvent permits PodChange, NodeChange, Decision {
    /** Simulated time of the event, in seconds. */
    double timeSeconds();
}
