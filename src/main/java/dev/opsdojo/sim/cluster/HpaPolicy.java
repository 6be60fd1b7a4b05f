package dev.opsdojo.sim.cluster;

import java.util.Objects;

/**
 * One HPA scaling policy ({@code spec.behavior.scaleUp/scaleDown.policies[]}): change by at most {@code value} pods,
 * or {@code value} percent, per {@code periodSeconds} (1 to 1800).
 */
public record HpaPolicy(Type type, int value, int periodSeconds) {
    /** Pods or Percent. */
    public enum Type { PODS, PERCENT }

    public HpaPolicy {
        Objects.requireNonNull(type, "type");
        if (value <= 0) {
            throw new IllegalArgumentException("a policy value must be positive, was " + value);
        }
        if (periodSeconds <= 0 || periodSeconds > 1800) {
            throw new IllegalArgumentException("periodSeconds must be 1 to 1800, was " + periodSeconds);
        }
    }

    public static HpaPolicy pods(int value, int periodSeconds) {
        return new HpaPolicy(Type.PODS, value, periodSeconds);
    }

    public static HpaPolicy percent(int value, int periodSeconds) {
        return new HpaPolicy(Type.PERCENT, value, periodSeconds);
    }
}
