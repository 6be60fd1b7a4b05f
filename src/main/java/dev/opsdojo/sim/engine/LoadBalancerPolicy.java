package dev.opsdojo.sim.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the balancer picks a pod for a request. Only ready pods that are not terminating receive requests.
 * The three per-pod policies send each request straight to a pod, which serves it, queues it, or rejects it with
 * {@link ErrorCause#QUEUE_FULL} when its queue is full; with no ready pod the request fails with
 * {@link ErrorCause#NO_READY_POD}. {@link #CENTRAL_QUEUE} instead holds requests in one FIFO queue at the balancer
 * and hands one to a pod only when the pod has a free slot; with no ready pod, requests wait there (up to the central
 * queue limit and the client timeout) rather than fail.
 */
public enum LoadBalancerPolicy {
    /** A uniformly random ready pod (kube-proxy's default iptables mode). */
    RANDOM("random"),
    /** Ready pods in turn. */
    ROUND_ROBIN("round-robin"),
    /** The ready pod with the fewest requests in service plus queued; ties go to the next pod in turn. O(pods). */
    LEAST_CONNECTIONS("least-connections"),
    /**
     * One shared FIFO queue at the balancer; a request goes to a pod only when it has a free slot (in turn among the
     * ready pods that have one), and a pod that frees a slot takes the head of the queue.
     */
    CENTRAL_QUEUE("central-queue");

    private final String id;

    LoadBalancerPolicy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The policy with this id ({@code random}, {@code round-robin}, {@code least-connections}, {@code central-queue}). */
    public static LoadBalancerPolicy parse(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown load balancer policy '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(LoadBalancerPolicy::id).toList()));
    }
}
