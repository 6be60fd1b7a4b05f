package dev.opsdojo.sim.engine;

import java.util.List;
import java.util.Map;

/**
 * What a run measured, from {@code warmupSeconds} (requests that arrived before it are left out of every total here
 * except the timeline) to {@code simulatedSeconds}.
 *
 * <p>{@code requests} counts arrivals; each is completed, failed (by cause), or still in flight at the end.
 * Throughput is completed requests per measured second. Latency and mean queue wait cover successful requests (the
 * wait is from arrival to service start). {@code sloAvailability} is the share of SLO windows met
 * ({@code sloWindowsMet}/{@code sloWindows}, whole windows only); {@code requestAvailability} is completed /
 * (completed + failed). Apdex(T) = (satisfied + tolerating/2) / ended, where satisfied is latency ≤ T, tolerating
 * ≤ 4T, and failed requests count as frustrated.
 */
public record SimulationResult(double simulatedSeconds, double warmupSeconds, long requests, long completed,
        long failed, Map<ErrorCause, Long> errorsByCause, long inFlight, double throughputPerSecond,
        LatencySummary latency, double meanQueueWaitSeconds, long sloWindows, long sloWindowsMet,
        double sloAvailability, double requestAvailability, double apdexThresholdMs, double apdex,
        List<Threshold.Result> thresholds, List<TimelineSample> timeline, long events, boolean cancelled) {

    /** Failed share of ended requests (0 when none ended). */
    public double errorRate() {
        long ended = completed + failed;
        return ended == 0 ? 0 : (double) failed / ended;
    }

    /** Whether every threshold passed (true when there are none). */
    public boolean thresholdsPassed() {
        return thresholds.stream().allMatch(Threshold.Result::passed);
    }
}
