package dev.opsdojo.sim.engine;

/**
 * One timeline interval ending at {@code tSeconds}: requests that ended (succeeded or failed) per second, the p95
 * latency of those that succeeded (0 if none), the failed share of those that ended, the pods that exist (not
 * terminated or killed), those that are ready, and nodes as reported by the cluster layer (0 without one).
 */
public record TimelineSample(double tSeconds, double rps, double p95Ms, double errorRate, int replicas,
        int readyReplicas, int nodes) {
}
