package dev.opsdojo.sim.engine;

import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs; together with the seed it fixes the result bit for bit. Build one with
 * {@link #builder(Workload, ServiceModel)}. The engine starts with {@code initialPods} ready pods, each serving up to
 * {@code podConcurrency} requests at once and queueing up to {@code podQueueLimit} more (per-pod policies); the
 * central queue holds up to {@code centralQueueLimit}. {@code timeoutSeconds} 0 means clients never give up.
 * Bounds (IllegalArgumentException naming them otherwise): duration ≤ 7 days, pods ≤ {@value #MAX_PODS},
 * concurrency ≤ {@value #MAX_CONCURRENCY}, queue limits ≤ {@value #MAX_QUEUE}, timeline ≤
 * {@value #MAX_TIMELINE_SAMPLES} samples.
 */
public record SimulationConfig(long seed, double durationSeconds, double warmupSeconds, Workload workload,
        ServiceModel service, LoadBalancerPolicy policy, int initialPods, int podConcurrency, int podQueueLimit,
        int centralQueueLimit, double timeoutSeconds, Slo slo, double apdexThresholdMs, List<String> thresholds,
        double timelineIntervalSeconds) {
    public static final double MAX_DURATION_SECONDS = 7 * 86_400;
    public static final int MAX_PODS = 10_000;
    public static final int MAX_CONCURRENCY = 10_000;
    public static final int MAX_QUEUE = 10_000_000;
    public static final int MAX_TIMELINE_SAMPLES = 1_000_000;

    public SimulationConfig {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(slo, "slo");
        thresholds = List.copyOf(thresholds);
        thresholds.forEach(Threshold::parse);
        if (!(durationSeconds > 0 && durationSeconds <= MAX_DURATION_SECONDS)) {
            throw new IllegalArgumentException("durationSeconds must be in (0, " + (long) MAX_DURATION_SECONDS
                    + "] (7 days), got " + durationSeconds);
        }
        if (!(warmupSeconds >= 0 && warmupSeconds < durationSeconds)) {
            throw new IllegalArgumentException("warmupSeconds must be in [0, durationSeconds), got " + warmupSeconds);
        }
        checkRange("initialPods", initialPods, 0, MAX_PODS);
        checkRange("podConcurrency", podConcurrency, 1, MAX_CONCURRENCY);
        checkRange("podQueueLimit", podQueueLimit, 0, MAX_QUEUE);
        checkRange("centralQueueLimit", centralQueueLimit, 0, MAX_QUEUE);
        if (!(timeoutSeconds >= 0 && timeoutSeconds <= 86_400)) {
            throw new IllegalArgumentException("timeoutSeconds must be in [0, 86400], got " + timeoutSeconds);
        }
        if (!(apdexThresholdMs > 0)) {
            throw new IllegalArgumentException("apdexThresholdMs must be > 0, got " + apdexThresholdMs);
        }
        if (!(timelineIntervalSeconds >= 0.001 && durationSeconds / timelineIntervalSeconds <= MAX_TIMELINE_SAMPLES)) {
            throw new IllegalArgumentException("timelineIntervalSeconds must be >= 0.001 and give at most "
                    + MAX_TIMELINE_SAMPLES + " samples over the run, got " + timelineIntervalSeconds);
        }
        if (durationSeconds / slo.windowSeconds() > MAX_TIMELINE_SAMPLES) {
            throw new IllegalArgumentException("SLO windowSeconds gives more than " + MAX_TIMELINE_SAMPLES
                    + " windows over the run");
        }
    }

    static void checkRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    public static Builder builder(Workload workload, ServiceModel service) {
        return new Builder(workload, service);
    }

    /**
     * Defaults: seed 1, one hour, no warm-up, {@code random} balancing, 1 pod of concurrency 1 with a queue of 100,
     * central queue 100,000, no timeout, {@link Slo#standard()}, Apdex T = 300 ms, no thresholds, 10-second timeline.
     */
    public static final class Builder {
        private final Workload workload;
        private final ServiceModel service;
        private long seed = 1;
        private double durationSeconds = 3600;
        private double warmupSeconds;
        private LoadBalancerPolicy policy = LoadBalancerPolicy.RANDOM;
        private int initialPods = 1;
        private int podConcurrency = 1;
        private int podQueueLimit = 100;
        private int centralQueueLimit = 100_000;
        private double timeoutSeconds;
        private Slo slo = Slo.standard();
        private double apdexThresholdMs = 300;
        private List<String> thresholds = List.of();
        private double timelineIntervalSeconds = 10;

        private Builder(Workload workload, ServiceModel service) {
            this.workload = workload;
            this.service = service;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder durationSeconds(double value) {
            durationSeconds = value;
            return this;
        }

        public Builder warmupSeconds(double value) {
            warmupSeconds = value;
            return this;
        }

        public Builder policy(LoadBalancerPolicy value) {
            policy = value;
            return this;
        }

        /** Initial ready pods, each with this concurrency and queue limit. */
        public Builder pods(int count, int concurrency, int queueLimit) {
            initialPods = count;
            podConcurrency = concurrency;
            podQueueLimit = queueLimit;
            return this;
        }

        public Builder centralQueueLimit(int value) {
            centralQueueLimit = value;
            return this;
        }

        public Builder timeoutSeconds(double value) {
            timeoutSeconds = value;
            return this;
        }

        public Builder slo(Slo value) {
            slo = value;
            return this;
        }

        public Builder apdexThresholdMs(double value) {
            apdexThresholdMs = value;
            return this;
        }

        public Builder thresholds(List<String> value) {
            thresholds = value;
            return this;
        }

        public Builder timelineIntervalSeconds(double value) {
            timelineIntervalSeconds = value;
            return this;
        }

        public SimulationConfig build() {
            return new SimulationConfig(seed, durationSeconds, warmupSeconds, workload, service, policy, initialPods,
                    podConcurrency, podQueueLimit, centralQueueLimit, timeoutSeconds, slo, apdexThresholdMs,
                    thresholds, timelineIntervalSeconds);
        }
    }
}
