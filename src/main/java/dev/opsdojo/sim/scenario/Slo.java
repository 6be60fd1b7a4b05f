package dev.opsdojo.sim.scenario;

import java.util.List;

/**
 * What counts as good service: in each {@code windowSeconds} window the 95th percentile latency is under {@code p95Ms}
 * and the share of failed requests under {@code errorRatePercent}; Apdex uses {@code apdexThresholdMs} as T;
 * {@code thresholds} are k6-style pass/fail checks over the whole run.
 */
public record Slo(double p95Ms, double errorRatePercent, int windowSeconds, double apdexThresholdMs, List<Threshold> thresholds) {

    public static final Slo DEFAULT = new Slo(300, 1, 10, 500, List.of());

    public Slo {
        thresholds = List.copyOf(thresholds);
    }
}
