package dev.opsdojo.sim.cluster;

import dev.opsdojo.calc.hpa.HpaResult;
import java.util.Objects;

/**
 * The outcome of one HPA sync.
 *
 * @param timeSeconds  when the sync ran
 * @param current      the spec replica count it started from
 * @param recommended  the metric's raw recommendation (the replica calculation's count before its [min, max]
 *                     clamp); equals {@code current} when no metric could be read
 * @param stabilized   the recommendation after the stabilization window(s)
 * @param desired      the replica count the HPA sets, after the rate limits and [min, max]
 * @param ableToScale  the AbleToScale reason: ReadyForNewScale, ScaleUpStabilized or ScaleDownStabilized (empty
 *                     when normalization did not run)
 * @param limit        the ScalingLimited/ScalingActive reason: DesiredWithinRange, ScaleUpLimit, ScaleDownLimit,
 *                     TooManyReplicas, TooFewReplicas, FailedGetResourceMetric or ScalingDisabled
 * @param calculation  the replica calculation with its explained steps
 */
public record HpaDecision(double timeSeconds, int current, int recommended, int stabilized, int desired,
                          String ableToScale, String limit, HpaResult calculation) {
    public HpaDecision {
        Objects.requireNonNull(ableToScale, "ableToScale");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(calculation, "calculation");
    }

    /** Whether the sync changes the replica count. */
    public boolean rescales() {
        return desired != current;
    }
}
