package dev.opsdojo.sim.cluster;

import dev.opsdojo.calc.hpa.HpaSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * An HPA on the Deployment and the kube-controller-manager flags it runs with.
 *
 * @param spec                          CPU target, min/max replicas, tolerance
 * @param behavior                      {@code spec.behavior}; empty = nil, the legacy path (max-of-5-min stabilization,
 *                                      scale-up cap {@code max(2·current, 4)})
 * @param syncPeriodSeconds             {@code --horizontal-pod-autoscaler-sync-period}, 15 s
 * @param firstSyncSeconds              when the first sync runs (the offset of the 15 s ticks)
 * @param downscaleStabilizationSeconds {@code --horizontal-pod-autoscaler-downscale-stabilization}, 300 s
 * @param cpuInitializationSeconds      {@code --horizontal-pod-autoscaler-cpu-initialization-period}, 300 s
 * @param initialReadinessDelaySeconds  {@code --horizontal-pod-autoscaler-initial-readiness-delay}, 30 s
 * @param metricWindowSeconds           the window metrics-server reports with each sample (its resolution, 15 s)
 */
public record HpaConfig(HpaSpec spec, Optional<HpaBehavior> behavior, double syncPeriodSeconds, double firstSyncSeconds,
                        double downscaleStabilizationSeconds, double cpuInitializationSeconds,
                        double initialReadinessDelaySeconds, double metricWindowSeconds) {
    public HpaConfig {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(behavior, "behavior");
        if (!(syncPeriodSeconds > 0)) {
            throw new IllegalArgumentException("the sync period must be positive, was " + syncPeriodSeconds);
        }
    }

    /** Kubernetes' defaults with the given spec and behavior (empty = legacy), first sync at 15 s. */
    public static HpaConfig of(HpaSpec spec, Optional<HpaBehavior> behavior) {
        return new HpaConfig(spec, behavior, 15, 15, 300, 300, 30, 15);
    }

    public HpaConfig withFirstSyncSeconds(double seconds) {
        return new HpaConfig(spec, behavior, syncPeriodSeconds, seconds, downscaleStabilizationSeconds,
                cpuInitializationSeconds, initialReadinessDelaySeconds, metricWindowSeconds);
    }
}
