package dev.opsdojo.sim.cluster;

import java.util.List;

/**
 * {@code spec.behavior} of an HPA. A null direction gets that direction's defaults; a direction without policies gets
 * the default policies (Kubernetes fills the fields one by one, only when a behavior object exists).
 */
public record HpaBehavior(HpaScalingRules scaleUp, HpaScalingRules scaleDown) {
    public HpaBehavior {
        scaleUp = scaleUp == null ? HpaScalingRules.defaultScaleUp() : withDefaultPolicies(scaleUp, HpaScalingRules.defaultScaleUp());
        scaleDown = scaleDown == null ? HpaScalingRules.defaultScaleDown()
                : withDefaultPolicies(scaleDown, HpaScalingRules.defaultScaleDown());
    }

    /** An empty behavior object: every field defaulted. */
    public static HpaBehavior defaults() {
        return new HpaBehavior(null, null);
    }

    private static HpaScalingRules withDefaultPolicies(HpaScalingRules rules, HpaScalingRules defaults) {
        if (!rules.policies().isEmpty()) {
            return rules;
        }
        List<HpaPolicy> policies = defaults.policies();
        return new HpaScalingRules(rules.stabilizationWindowSeconds(), rules.selectPolicy(), policies);
    }
}
