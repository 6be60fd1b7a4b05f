package dev.opsdojo.sim.deploy;

import java.util.List;

/**
 * One second of a deployment run, per version (index = template: 0 the stable release, 1 the new one): live pods,
 * ready pods, the share of requests routed to it in that second, requests ended per second, error rate and p95 of
 * its successful requests (0 when it served none). {@code down} is whether the second counts as downtime;
 * {@code errorRate} is over every request that ended in the second, including those that found no ready pod at all
 * and so belong to no version (recreate's gap).
 */
public record DeploySample(double timeSeconds, List<VersionSample> versions, boolean down, double errorRate) {
    public record VersionSample(int pods, int ready, double trafficShare, double requestsPerSecond, double errorRate,
            double p95Ms) {
    }

    public DeploySample {
        versions = List.copyOf(versions);
    }
}
