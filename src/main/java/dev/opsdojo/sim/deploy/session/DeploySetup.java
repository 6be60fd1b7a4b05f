package dev.opsdojo.sim.deploy.session;

import dev.opsdojo.sim.deploy.Analysis;
import dev.opsdojo.sim.deploy.DeployDefaults;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploymentSpec;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Release;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.sim.deploy.Strategy.CanaryStep;
import java.util.List;
import java.util.Map;

/**
 * The setup panel's choices applied to a deployment scenario, one option at a time. Each method returns a new
 * scenario with that one option changed, or throws {@link IllegalArgumentException} with the model's reason when the
 * value is not allowed (e.g. maxSurge and maxUnavailable both 0); a method for another strategy's option leaves the
 * scenario as it is.
 */
public final class DeploySetup {
    /** The strategies in the order the screen lists them; names as in {@code sim:deploy?strategy=NAME} links. */
    public static final List<String> STRATEGIES = DeployDefaults.STRATEGIES;

    /** The fault kinds the "break the new version" switch offers, in that order. */
    public static final List<Fault.Kind> FAULTS = List.of(Fault.Kind.CRASH_LOOP, Fault.Kind.NOT_READY, Fault.Kind.ERRORS,
            Fault.Kind.SLOW, Fault.Kind.ERRORS_UNDER_LOAD);

    /**
     * Canary step plans the screen offers: Argo's usual ramp with timed pauses, a ramp that waits for a person to
     * promote at each stage, and a fast ramp for a quick look.
     */
    public static final Map<String, List<CanaryStep>> CANARY_PLANS = Map.of(
            "timed", Strategy.Canary.DEFAULT.steps(),
            "manual", List.of(new CanaryStep.SetWeight(20), new CanaryStep.Pause(null), new CanaryStep.SetWeight(50),
                    new CanaryStep.Pause(null)),
            "quick", List.of(new CanaryStep.SetWeight(25), new CanaryStep.Pause(20.0), new CanaryStep.SetWeight(50),
                    new CanaryStep.Pause(20.0), new CanaryStep.SetWeight(75), new CanaryStep.Pause(20.0)));
    public static final List<String> CANARY_PLAN_ORDER = List.of("timed", "manual", "quick");

    private DeploySetup() {
    }

    /** The strategy's link name: rolling, recreate, blue-green, canary or ab. */
    public static String strategyOf(DeployScenario scenario) {
        return scenario.deployment().strategy().json();
    }

    /** The plan whose steps these are, or null for steps of the scenario's own. */
    public static String canaryPlanOf(List<CanaryStep> steps) {
        for (String name : CANARY_PLAN_ORDER) {
            if (CANARY_PLANS.get(name).equals(steps)) {
                return name;
            }
        }
        return null;
    }

    public static DeployScenario withReplicas(DeployScenario s, int replicas) {
        return s.withDeployment(s.deployment().withReplicas(replicas));
    }

    /** The new release's start-up time (pod creation to Ready). */
    public static DeployScenario withStartupSeconds(DeployScenario s, double seconds) {
        Release r = s.deployment().release();
        return s.withDeployment(s.deployment().withRelease(new Release(r.name(), r.image(), seconds, r.errorRate(),
                r.latencyFactor(), r.conversionRate(), r.fault())));
    }

    public static DeployScenario withRolling(DeployScenario s, String maxSurge, String maxUnavailable, int minReadySeconds,
                                             int progressDeadlineSeconds) {
        if (!(s.deployment().strategy() instanceof Strategy.Rolling r)) {
            return s;
        }
        return with(s, new Strategy.Rolling(maxSurge.strip(), maxUnavailable.strip(), minReadySeconds, progressDeadlineSeconds,
                r.revisionHistoryLimit()));
    }

    public static DeployScenario withCanaryRouting(DeployScenario s, Strategy.TrafficRouting routing) {
        if (!(s.deployment().strategy() instanceof Strategy.Canary c)) {
            return s;
        }
        return with(s, new Strategy.Canary(c.steps(), routing, c.maxSurge(), c.maxUnavailable(), c.analysis()));
    }

    public static DeployScenario withCanarySteps(DeployScenario s, List<CanaryStep> steps) {
        if (!(s.deployment().strategy() instanceof Strategy.Canary c)) {
            return s;
        }
        return with(s, new Strategy.Canary(steps, c.trafficRouting(), c.maxSurge(), c.maxUnavailable(), c.analysis()));
    }

    /** Turns the background analysis on (with Argo-like defaults) or off. */
    public static DeployScenario withCanaryAnalysis(DeployScenario s, boolean on) {
        if (!(s.deployment().strategy() instanceof Strategy.Canary c) || (c.analysis() != null) == on) {
            return s;
        }
        return with(s, new Strategy.Canary(c.steps(), c.trafficRouting(), c.maxSurge(), c.maxUnavailable(),
                on ? Analysis.DEFAULT : null));
    }

    public static DeployScenario withAutoPromotion(DeployScenario s, boolean on) {
        if (!(s.deployment().strategy() instanceof Strategy.BlueGreen b)) {
            return s;
        }
        return with(s, new Strategy.BlueGreen(on, b.autoPromotionSeconds(), b.scaleDownDelaySeconds(), b.previewReplicaCount(),
                b.postPromotionAnalysis()));
    }

    public static DeployScenario withScaleDownDelay(DeployScenario s, int seconds) {
        if (!(s.deployment().strategy() instanceof Strategy.BlueGreen b)) {
            return s;
        }
        return with(s, new Strategy.BlueGreen(b.autoPromotionEnabled(), b.autoPromotionSeconds(), seconds, b.previewReplicaCount(),
                b.postPromotionAnalysis()));
    }

    public static DeployScenario withSplit(DeployScenario s, Strategy.Split split) {
        if (!(s.deployment().strategy() instanceof Strategy.AbTest a)) {
            return s;
        }
        return with(s, new Strategy.AbTest(split, a.variantBPercent(), a.confidenceLevel(), a.minSamplesPerVariant()));
    }

    public static DeployScenario withVariantBPercent(DeployScenario s, int percent) {
        if (!(s.deployment().strategy() instanceof Strategy.AbTest a)) {
            return s;
        }
        return with(s, new Strategy.AbTest(a.split(), percent, a.confidenceLevel(), a.minSamplesPerVariant()));
    }

    /** The scenario with the release broken in this way from the start (what "compare" runs while the switch is on). */
    public static DeployScenario withReleaseFault(DeployScenario s, Fault fault) {
        DeploymentSpec d = s.deployment();
        return s.withDeployment(d.withRelease(d.release().withFault(fault)));
    }

    private static DeployScenario with(DeployScenario s, Strategy strategy) {
        return s.withDeployment(s.deployment().withStrategy(strategy));
    }
}
