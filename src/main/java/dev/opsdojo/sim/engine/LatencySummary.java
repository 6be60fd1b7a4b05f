package dev.opsdojo.sim.engine;

/** Latency of successful requests in milliseconds (percentiles to three significant digits; mean and max exact). */
public record LatencySummary(long count, double meanMs, double p50Ms, double p90Ms, double p95Ms, double p99Ms,
        double maxMs) {
    static LatencySummary of(LatencyHistogram h) {
        return new LatencySummary(h.count(), h.meanMicros() / 1000, h.quantileMicros(0.50) / 1000.0,
                h.quantileMicros(0.90) / 1000.0, h.quantileMicros(0.95) / 1000.0, h.quantileMicros(0.99) / 1000.0,
                h.maxMicros() / 1000.0);
    }
}
