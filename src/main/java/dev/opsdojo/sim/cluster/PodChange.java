package dev.opsdojo.sim.cluster;

import java.util.Objects;

/**
 * A change the request engine applies to its view of a pod.
 *
 * @param timeSeconds when it happened
 * @param podId       the pod
 * @param type        what happened
 * @param nodeName    the pod's node, or empty when it has none
 * @param slowFactor  the pod's service-time factor after the change (1 = normal)
 */
public record PodChange(double timeSeconds, String podId, Type type, String nodeName, double slowFactor) implements ClusterEvent {
    /** The kinds of change. */
    public enum Type {
        /** The pod exists (not routable yet). */
        ADDED,
        /** The pod joined the Service endpoints: the load balancer may send it requests. */
        ROUTABLE,
        /** The pod left the Service endpoints: no new requests (in-flight ones continue unless it was killed). */
        UNROUTABLE,
        /**
         * The pod's process is dead: requests in it fail, and requests still routed to it fail until it is
         * {@link #UNROUTABLE} (after a node failure that takes the node-monitor grace period).
         */
        KILLED,
        /** The pod got SIGTERM: it leaves the endpoints and drains its in-flight requests. */
        TERMINATING,
        /** The pod is gone; anything still in it fails. */
        REMOVED,
        /** The pod's slowness factor changed (see {@link #slowFactor()}). */
        SLOW_FACTOR_CHANGED
    }

    public PodChange {
        Objects.requireNonNull(podId, "podId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nodeName, "nodeName");
    }
}
