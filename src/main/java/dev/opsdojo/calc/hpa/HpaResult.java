package dev.opsdojo.calc.hpa;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The outcome of one replica calculation.
 *
 * @param currentReplicas    the spec replica count the calculation started from
 * @param desiredReplicas    the replica count the HPA asks for, already kept within [min, max]
 * @param utilizationPercent the utilization the HPA status reports (whole percent, from before any rebalancing);
 *                           empty when it is {@code <unknown>} or was not read
 * @param ratio              utilization / target from the reported utilization; empty when there is none
 * @param outcome            which path the calculation took
 * @param steps              the explained steps, in order
 */
public record HpaResult(int currentReplicas, int desiredReplicas, OptionalInt utilizationPercent, OptionalDouble ratio,
                        Outcome outcome, List<HpaStep> steps) {
    /** The path a calculation took, with the Kubernetes condition reason it shows. */
    public enum Outcome {
        /** Current replicas 0 and minReplicas above 0: no scaling (ScalingActive=False). */
        SCALING_DISABLED("ScalingDisabled"),
        /** Current below minReplicas: desired = min, metrics not read. */
        BELOW_MIN("TooFewReplicas"),
        /** Current above maxReplicas: desired = max, metrics not read. */
        ABOVE_MAX("TooManyReplicas"),
        /** No usable metric (no samples, or a missing request): no scaling (ScalingActive=False). */
        FAILED_GET_RESOURCE_METRIC("FailedGetResourceMetric"),
        /** The metric was read and the replica count computed (ScalingActive=True, ValidMetricFound). */
        VALID_METRIC_FOUND("ValidMetricFound");

        public final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }
    }

    public HpaResult {
        steps = List.copyOf(steps);
    }

    /** Whether the desired count differs from the current one. */
    public boolean scales() {
        return desiredReplicas != currentReplicas;
    }

    /** The last step of the given kind, if the calculation went through it. */
    public java.util.Optional<HpaStep> step(HpaStep.Kind kind) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == kind) {
                return java.util.Optional.of(steps.get(i));
            }
        }
        return java.util.Optional.empty();
    }
}
