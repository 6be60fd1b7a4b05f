package dev.opsdojo.sim.engine;

/**
 * A service level objective judged per window of {@code windowSeconds}: the window is met when the
 * {@code latencyPercentile} (e.g. 95) of the requests that succeeded in it is below {@code latencyMs} and the share
 * of requests that failed in it is below {@code maxErrorRate}. A window in which no request ended is met.
 */
public record Slo(double windowSeconds, double latencyPercentile, double latencyMs, double maxErrorRate) {
    public Slo {
        if (!(windowSeconds >= 0.001 && windowSeconds <= 86_400)) {
            throw new IllegalArgumentException("SLO windowSeconds must be in [0.001, 86400], got " + windowSeconds);
        }
        if (!(latencyPercentile > 0 && latencyPercentile <= 100)) {
            throw new IllegalArgumentException("SLO latencyPercentile must be in (0, 100], got " + latencyPercentile);
        }
        if (!(latencyMs > 0)) {
            throw new IllegalArgumentException("SLO latencyMs must be > 0, got " + latencyMs);
        }
        if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
            throw new IllegalArgumentException("SLO maxErrorRate must be in [0, 1], got " + maxErrorRate);
        }
    }

    /** p95 &lt; 300 ms and errors &lt; 1% per 10-second window. */
    public static Slo standard() {
        return new Slo(10, 95, 300, 0.01);
    }

    boolean met(double percentileMs, long ended, long errors) {
        if (ended == 0) {
            return true;
        }
        return percentileMs < latencyMs && (double) errors / ended < maxErrorRate;
    }
}
