package dev.opsdojo.sim.cluster;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The rules for one direction ({@code spec.behavior.scaleUp} or {@code scaleDown}): the stabilization window
 * (empty = the default for that direction), how to choose among the policies, and the policies (an empty list
 * means the direction's default policies), as {@code pkg/apis/autoscaling/v2/defaults.go} fills them in.
 */
public record HpaScalingRules(OptionalInt stabilizationWindowSeconds, SelectPolicy selectPolicy, List<HpaPolicy> policies) {
    /** {@code selectPolicy}: Max picks the policy allowing the most change, Min the least, Disabled forbids the direction. */
    public enum SelectPolicy { MAX, MIN, DISABLED }

    public HpaScalingRules {
        Objects.requireNonNull(stabilizationWindowSeconds, "stabilizationWindowSeconds");
        Objects.requireNonNull(selectPolicy, "selectPolicy");
        policies = List.copyOf(policies);
        if (stabilizationWindowSeconds.isPresent()
                && (stabilizationWindowSeconds.getAsInt() < 0 || stabilizationWindowSeconds.getAsInt() > 3600)) {
            throw new IllegalArgumentException("the stabilization window must be 0 to 3600 s, was " + stabilizationWindowSeconds);
        }
    }

    /** Rules with an explicit window. */
    public static HpaScalingRules of(int windowSeconds, SelectPolicy select, HpaPolicy... policies) {
        return new HpaScalingRules(OptionalInt.of(windowSeconds), select, List.of(policies));
    }

    /** The scale-up defaults: window 0, Max of Pods 4 per 15 s and Percent 100 per 15 s. */
    public static HpaScalingRules defaultScaleUp() {
        return of(0, SelectPolicy.MAX, HpaPolicy.pods(4, 15), HpaPolicy.percent(100, 15));
    }

    /** The scale-down defaults: window unset (the controller's 300 s flag applies), Max of Percent 100 per 15 s. */
    public static HpaScalingRules defaultScaleDown() {
        return new HpaScalingRules(OptionalInt.empty(), SelectPolicy.MAX, List.of(HpaPolicy.percent(100, 15)));
    }

    /** The longest policy period, 0 without policies. */
    public int longestPeriodSeconds() {
        return policies.stream().mapToInt(HpaPolicy::periodSeconds).max().orElse(0);
    }
}
