package dev.opsdojo.sim.scenario;

import java.util.Objects;

/**
 * How long one request takes to serve, once a pod starts on it. {@code constant} and {@code exponential} are given
 * by {@code meanMs}; {@code lognormal} by {@code medianMs} and {@code p99Ms} (its mean follows from them, see
 * {@link #expectedMeanMs()}), and the unused fields are null. {@code cpuMillisPerRequest} is the CPU time one request
 * uses (what the HPA's CPU utilization measures). With a {@code cache}, a share {@code hitRatio} of requests is served
 * from it with mean {@code hitMeanMs} (same distribution shape) instead.
 */
public record Service(Distribution distribution, Double meanMs, Double medianMs, Double p99Ms, double cpuMillisPerRequest, Cache cache) {

    /** z such that P(Z ≤ z) = 0.99 for a standard normal Z. */
    public static final double Z_99 = 2.3263478740408408;

    public Service {
        Objects.requireNonNull(distribution, "distribution");
    }

    public enum Distribution {
        CONSTANT("constant"), EXPONENTIAL("exponential"), LOGNORMAL("lognormal");

        private final String json;

        Distribution(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** A cache in front of the work: {@code hitRatio} in [0, 1] of requests take mean {@code hitMeanMs}. */
    public record Cache(double hitRatio, double hitMeanMs) {
    }

    /**
     * The mean service time of a miss, in ms. For lognormal, σ = ln(p99/median) / z₀.₉₉ and mean = median · e^(σ²/2).
     */
    public double missMeanMs() {
        if (distribution == Distribution.LOGNORMAL) {
            double sigma = Math.log(p99Ms / medianMs) / Z_99;
            return medianMs * Math.exp(sigma * sigma / 2);
        }
        return meanMs;
    }

    /** The mean service time over hits and misses, in ms. */
    public double expectedMeanMs() {
        double miss = missMeanMs();
        return cache == null ? miss : cache.hitRatio() * cache.hitMeanMs() + (1 - cache.hitRatio()) * miss;
    }
}
