package dev.opsdojo.sim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A HorizontalPodAutoscaler on CPU utilization (percent of the pods' CPU request), with the field names of
 * {@code autoscaling/v2}. {@code behavior} null is a HPA without {@code spec.behavior}: Kubernetes then takes the legacy
 * path (5-minute scale-down stabilization, scale-up capped at max(2 × current, 4)). A behavior that is given has its
 * missing fields filled with the Kubernetes defaults (see {@link ScalingRules#defaultScaleUp()} and
 * {@link ScalingRules#defaultScaleDown()}).
 */
public record Hpa(boolean enabled, int targetCpuUtilizationPercent, int minReplicas, int maxReplicas, int syncPeriodSeconds,
        double tolerance, Behavior behavior) {

    public record Behavior(ScalingRules scaleUp, ScalingRules scaleDown) {
        public Behavior {
            Objects.requireNonNull(scaleUp, "scaleUp");
            Objects.requireNonNull(scaleDown, "scaleDown");
        }
    }

    /** {@code HPAScalingRules}: a stabilization window, how to choose among the policies, and the policies. */
    public record ScalingRules(int stabilizationWindowSeconds, SelectPolicy selectPolicy, List<ScalingPolicy> policies) {
        public ScalingRules {
            Objects.requireNonNull(selectPolicy, "selectPolicy");
            policies = List.copyOf(policies);
        }

        /** Kubernetes' scale-up default: no window, Max of 4 pods per 15 s and 100 % per 15 s. */
        public static ScalingRules defaultScaleUp() {
            return new ScalingRules(0, SelectPolicy.MAX,
                    List.of(new ScalingPolicy(PolicyType.PODS, 4, 15), new ScalingPolicy(PolicyType.PERCENT, 100, 15)));
        }

        /** Kubernetes' scale-down default: the 300 s window of the controller flag, Max of 100 % per 15 s. */
        public static ScalingRules defaultScaleDown() {
            return new ScalingRules(300, SelectPolicy.MAX, List.of(new ScalingPolicy(PolicyType.PERCENT, 100, 15)));
        }
    }

    public enum SelectPolicy {
        MAX("Max"), MIN("Min"), DISABLED("Disabled");

        private final String json;

        SelectPolicy(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    public enum PolicyType {
        PODS("Pods"), PERCENT("Percent");

        private final String json;

        PolicyType(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** {@code HPAScalingPolicy}: change by at most {@code value} pods (or percent) per {@code periodSeconds}. */
    public record ScalingPolicy(PolicyType type, int value, int periodSeconds) {
        public ScalingPolicy {
            Objects.requireNonNull(type, "type");
        }
    }
}
