package dev.opsdojo.sim.cluster;

import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.HpaStep;
import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import java.util.ArrayList;
import java.util.List;

/**
 * The HPA controller's state and its normalization, as {@code horizontal.go} does it, for one HPA.
 *
 * <p>Each sync takes the replica calculation ({@link ReplicaCalculator}). When scaling is disabled or the metric
 * failed, nothing changes and nothing is recorded. When current is outside [min, max] the answer is the bound,
 * without normalization. Otherwise the raw recommendation is normalized:
 * <ul>
 *   <li><b>behavior nil (legacy):</b> the result is the max of the recommendation and every recommendation recorded
 *   in the last {@code downscaleStabilizationSeconds} (a record counts unless it is older than the cutoff), then
 *   kept in {@code [min, min(max, max(2·current, 4))]}.</li>
 *   <li><b>behavior set:</b> upRec = min of the recommendation and the records strictly newer than now − up window,
 *   downRec = max of the recommendation and the records strictly newer than now − down window (unset: the flag,
 *   300 s); the result is current raised to upRec then capped at downRec. Then the rate limits: for each policy
 *   {@code periodStart = current − added + removed} over the scale events strictly newer than now − period; up
 *   limit Pods {@code periodStart + v}, Percent {@code ceil(periodStart·(1 + v/100))}; down limit Pods
 *   {@code periodStart − v}, Percent {@code floor(periodStart·(1 − v/100))}; select Max = most change, Min = least
 *   change, Disabled = current; a limit on the wrong side of current becomes current; then [min, max].</li>
 * </ul>
 * The raw recommendation is recorded after each normalized sync. The first sync seeds the records with the current
 * replica count, as the controller does when it first sees an HPA, so a fresh HPA does not scale down for a
 * window's length. Scale events (size and time) are recorded only when behavior is set.
 */
public final class HpaController {
    private record Recommendation(double timeSeconds, int replicas) {
    }

    private record ScaleEvent(double timeSeconds, int change) {
    }

    private final HpaConfig config;
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final List<ScaleEvent> scaleUpEvents = new ArrayList<>();
    private final List<ScaleEvent> scaleDownEvents = new ArrayList<>();
    private boolean seeded;

    public HpaController(HpaConfig config) {
        this.config = config;
    }

    public HpaConfig config() {
        return config;
    }

    /**
     * How the HPA's CPU metric treats a running pod (§3 of the HPA notes): inside the CPU initialization period a
     * pod is unready when it is not Ready or its metric window began before its last readiness change; after the
     * period it is unready only when it is not Ready and never became ready (its last readiness change came within
     * the initial readiness delay after it started). Pending pods are {@link PodState#PENDING}, deleting ones
     * {@link PodState#DELETING}.
     *
     * @param startSeconds          the pod's {@code status.startTime} (when the kubelet took it)
     * @param readyTransitionSeconds the last transition time of its Ready condition
     */
    public PodState cpuState(double nowSeconds, PodPhase phase, double startSeconds, boolean apiReady,
                             double readyTransitionSeconds) {
        if (phase == PodPhase.TERMINATING || phase == PodPhase.GONE) {
            return PodState.DELETING;
        }
        if (!phase.running()) {
            return PodState.PENDING;
        }
        boolean unready;
        if (startSeconds + config.cpuInitializationSeconds() > nowSeconds) {
            unready = !apiReady || nowSeconds < readyTransitionSeconds + config.metricWindowSeconds();
        } else {
            unready = !apiReady && startSeconds + config.initialReadinessDelaySeconds() > readyTransitionSeconds;
        }
        return unready ? PodState.UNREADY : PodState.READY;
    }

    /** One sync at {@code nowSeconds} from the replica calculation {@code result}; updates the recorded state. */
    public HpaDecision sync(double nowSeconds, HpaResult result) {
        int current = result.currentReplicas();
        HpaSpec spec = config.spec();
        switch (result.outcome()) {
            case SCALING_DISABLED, FAILED_GET_RESOURCE_METRIC -> {
                return new HpaDecision(nowSeconds, current, current, current, current, "", result.outcome().reason, result);
            }
            case ABOVE_MAX, BELOW_MIN -> {
                int desired = result.desiredReplicas();
                storeScaleEvent(nowSeconds, current, desired);
                return new HpaDecision(nowSeconds, current, desired, desired, desired, "", result.outcome().reason, result);
            }
            case VALID_METRIC_FOUND -> {
                // handled below
            }
        }
        if (!seeded) {
            recommendations.add(new Recommendation(nowSeconds, current));
            seeded = true;
        }
        // Kubernetes normalizes the metric's own proposal; the calculator has already clamped it to [min, max],
        // so take the value from before that clamp, which keeps the reported limit (TooManyReplicas …) faithful.
        int recommended = result.step(HpaStep.Kind.CLAMPED_TO_MAX).or(() -> result.step(HpaStep.Kind.CLAMPED_TO_MIN))
                .map(step -> (int) step.number("desired")).orElse(result.desiredReplicas());
        HpaDecision decision = config.behavior().isEmpty()
                ? legacy(nowSeconds, current, recommended, spec, result)
                : withBehavior(nowSeconds, current, recommended, spec, config.behavior().get(), result);
        storeScaleEvent(nowSeconds, current, decision.desired());
        return decision;
    }

    private HpaDecision legacy(double now, int current, int recommended, HpaSpec spec, HpaResult result) {
        double cutoff = now - config.downscaleStabilizationSeconds();
        int stabilized = recommended;
        int oldIndex = -1;
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation rec = recommendations.get(i);
            if (rec.timeSeconds() < cutoff) {
                oldIndex = i;
            } else {
                stabilized = Math.max(stabilized, rec.replicas());
            }
        }
        record(oldIndex, now, recommended);
        String able = stabilized != recommended ? "ScaleDownStabilized" : "ReadyForNewScale";
        int scaleUpLimit = (int) Math.max(2.0 * current, 4.0);
        int maxAllowed;
        String limiting;
        if (spec.maxReplicas() > scaleUpLimit) {
            maxAllowed = scaleUpLimit;
            limiting = "ScaleUpLimit";
        } else {
            maxAllowed = spec.maxReplicas();
            limiting = "TooManyReplicas";
        }
        int desired;
        String limit;
        if (stabilized < spec.minReplicas()) {
            desired = spec.minReplicas();
            limit = "TooFewReplicas";
        } else if (stabilized > maxAllowed) {
            desired = maxAllowed;
            limit = limiting;
        } else {
            desired = stabilized;
            limit = "DesiredWithinRange";
        }
        return new HpaDecision(now, current, recommended, stabilized, desired, able, limit, result);
    }

    private HpaDecision withBehavior(double now, int current, int recommended, HpaSpec spec, HpaBehavior behavior,
                                     HpaResult result) {
        HpaScalingRules up = behavior.scaleUp();
        HpaScalingRules down = behavior.scaleDown();
        double upCutoff = now - up.stabilizationWindowSeconds().orElse(0);
        double downCutoff = now - down.stabilizationWindowSeconds().orElse((int) config.downscaleStabilizationSeconds());
        int upRec = recommended;
        int downRec = recommended;
        int oldIndex = -1;
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation rec = recommendations.get(i);
            if (rec.timeSeconds() > upCutoff) {
                upRec = Math.min(upRec, rec.replicas());
            }
            if (rec.timeSeconds() > downCutoff) {
                downRec = Math.max(downRec, rec.replicas());
            }
            if (rec.timeSeconds() < upCutoff && rec.timeSeconds() < downCutoff) {
                oldIndex = i;
            }
        }
        int stabilized = current;
        if (stabilized < upRec) {
            stabilized = upRec;
        }
        if (stabilized > downRec) {
            stabilized = downRec;
        }
        record(oldIndex, now, recommended);
        String able = stabilized == recommended ? "ReadyForNewScale"
                : recommended >= current ? "ScaleUpStabilized" : "ScaleDownStabilized";

        if (stabilized > current) {
            int upLimit = Math.max(current, scaleUpLimit(now, current, up));
            int maxAllowed = spec.maxReplicas();
            String limiting = "TooManyReplicas";
            if (maxAllowed > upLimit) {
                maxAllowed = upLimit;
                limiting = "ScaleUpLimit";
            }
            if (stabilized > maxAllowed) {
                return new HpaDecision(now, current, recommended, stabilized, maxAllowed, able, limiting, result);
            }
        } else if (stabilized < current) {
            int downLimit = Math.min(current, scaleDownLimit(now, current, down));
            int minAllowed = spec.minReplicas();
            String limiting = "TooFewReplicas";
            if (minAllowed < downLimit) {
                minAllowed = downLimit;
                limiting = "ScaleDownLimit";
            }
            if (stabilized < minAllowed) {
                return new HpaDecision(now, current, recommended, stabilized, minAllowed, able, limiting, result);
            }
        }
        return new HpaDecision(now, current, recommended, stabilized, stabilized, able, "DesiredWithinRange", result);
    }

    private void record(int oldIndex, double now, int recommended) {
        if (oldIndex >= 0) {
            recommendations.set(oldIndex, new Recommendation(now, recommended));
        } else {
            recommendations.add(new Recommendation(now, recommended));
        }
    }

    private int periodStart(double now, int current, int periodSeconds) {
        double cutoff = now - periodSeconds;
        int added = scaleUpEvents.stream().filter(e -> e.timeSeconds() > cutoff).mapToInt(ScaleEvent::change).sum();
        int removed = scaleDownEvents.stream().filter(e -> e.timeSeconds() > cutoff).mapToInt(ScaleEvent::change).sum();
        return current - added + removed;
    }

    private int scaleUpLimit(double now, int current, HpaScalingRules rules) {
        if (rules.selectPolicy() == HpaScalingRules.SelectPolicy.DISABLED) {
            return current;
        }
        boolean min = rules.selectPolicy() == HpaScalingRules.SelectPolicy.MIN;
        long result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (HpaPolicy policy : rules.policies()) {
            int start = periodStart(now, current, policy.periodSeconds());
            long proposed = policy.type() == HpaPolicy.Type.PODS ? (long) start + policy.value()
                    : (long) Math.ceil(start * (1 + policy.value() / 100.0));
            result = min ? Math.min(result, proposed) : Math.max(result, proposed);
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, result));
    }

    private int scaleDownLimit(double now, int current, HpaScalingRules rules) {
        if (rules.selectPolicy() == HpaScalingRules.SelectPolicy.DISABLED) {
            return current;
        }
        boolean min = rules.selectPolicy() == HpaScalingRules.SelectPolicy.MIN;
        long result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (HpaPolicy policy : rules.policies()) {
            int start = periodStart(now, current, policy.periodSeconds());
            long proposed = policy.type() == HpaPolicy.Type.PODS ? (long) start - policy.value()
                    : (long) (start * (1 - policy.value() / 100.0));
            result = min ? Math.max(result, proposed) : Math.min(result, proposed);
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, result));
    }

    private void storeScaleEvent(double now, int previous, int next) {
        if (config.behavior().isEmpty() || previous == next) {
            return;
        }
        HpaBehavior behavior = config.behavior().get();
        if (next > previous) {
            prune(scaleUpEvents, now - behavior.scaleUp().longestPeriodSeconds());
            scaleUpEvents.add(new ScaleEvent(now, next - previous));
        } else {
            prune(scaleDownEvents, now - behavior.scaleDown().longestPeriodSeconds());
            scaleDownEvents.add(new ScaleEvent(now, previous - next));
        }
    }

    private static void prune(List<ScaleEvent> events, double cutoff) {
        events.removeIf(e -> e.timeSeconds() < cutoff);
    }
}
