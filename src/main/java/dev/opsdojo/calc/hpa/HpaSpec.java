package dev.opsdojo.calc.hpa;

import java.util.Objects;

/**
 * The parts of a HorizontalPodAutoscaler one CPU-utilization calculation needs: the target average utilization in
 * percent of the request, {@code minReplicas} (Kubernetes' default is 1; scale-to-zero is an alpha gate and not
 * modelled, so at least 1), {@code maxReplicas} and the tolerance band.
 */
public record HpaSpec(int targetUtilizationPercent, int minReplicas, int maxReplicas, Tolerance tolerance) {
    /** Used for a missing maxReplicas: no upper bound. */
    public static final int NO_MAX = Integer.MAX_VALUE;

    public HpaSpec {
        Objects.requireNonNull(tolerance, "tolerance");
        if (targetUtilizationPercent < 1) {
            throw new IllegalArgumentException("the target utilization must be at least 1%, was " + targetUtilizationPercent);
        }
        if (minReplicas < 1) {
            throw new IllegalArgumentException("minReplicas must be at least 1, was " + minReplicas);
        }
        if (maxReplicas < minReplicas) {
            throw new IllegalArgumentException("maxReplicas (" + maxReplicas + ") must not be below minReplicas (" + minReplicas + ")");
        }
    }

    /** A target with min 1, no max and the default tolerance of 0.1. */
    public static HpaSpec target(int targetUtilizationPercent) {
        return new HpaSpec(targetUtilizationPercent, 1, NO_MAX, Tolerance.DEFAULT);
    }

    public HpaSpec withBounds(int min, int max) {
        return new HpaSpec(targetUtilizationPercent, min, max, tolerance);
    }

    public HpaSpec withTolerance(Tolerance newTolerance) {
        return new HpaSpec(targetUtilizationPercent, minReplicas, maxReplicas, newTolerance);
    }
}
