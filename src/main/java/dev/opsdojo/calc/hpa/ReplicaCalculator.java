package dev.opsdojo.calc.hpa;

import dev.opsdojo.calc.hpa.HpaResult.Outcome;
import dev.opsdojo.calc.hpa.HpaStep.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The Kubernetes HPA's replica calculation for a CPU utilization target, one sync at a time, as
 * {@code horizontal.go} and {@code replica_calculator.go} do it before stabilization and rate limits.
 *
 * <p>Reconcile rules first: with 0 current replicas and minReplicas above 0 scaling is disabled; current above max
 * gives max and current below min gives min, without reading metrics. Otherwise the pods are grouped: failed or
 * deleting pods are ignored; pending pods are unready; a pod without a sample is missing (checked before readiness,
 * as Kubernetes does, so an unready pod without a sample counts as missing); an unready pod with a sample is unready;
 * every other pod is ready. Without any ready sample, or with a pod lacking a request, the metric fails
 * ({@code <unknown>}, FailedGetResourceMetric) and nothing scales.
 *
 * <p>The utilization is {@code floor(100 × Σusage / Σrequest)} over the ready pods with samples, and the ratio is
 * utilization / target. Without missing pods, and unless there are unready pods while the ratio is above 1, the
 * answer is the current count when the ratio is within the inclusive tolerance band, else
 * {@code ceil(ratio × ready pods)}. Otherwise the set is enlarged: missing pods count as {@code max(100, target)}% of
 * their request when scaling down and 0% when scaling up, unready pods as 0% when scaling up (on a scale-down they
 * stay out); the new ratio keeps the current count when it is within tolerance or on the other side of 1, and the
 * count {@code ceil(newRatio × pods in the set)} is dropped for the current one when it moves against the ratio.
 * The reported utilization is always the one from before enlarging. Finally the result is kept within [min, max].
 */
public final class ReplicaCalculator {
    private ReplicaCalculator() {
    }

    /**
     * One calculation over a list of pods.
     *
     * @param spec            target, bounds and tolerance
     * @param currentReplicas the deployment's spec replica count (not the number of pods)
     * @param pods            the pods the HPA's selector matches
     */
    public static HpaResult calculate(HpaSpec spec, int currentReplicas, List<PodSample> pods) {
        if (currentReplicas < 0) {
            throw new IllegalArgumentException("current replicas cannot be negative: " + currentReplicas);
        }
        List<HpaStep> steps = new ArrayList<>();
        HpaResult early = reconcileBounds(spec, currentReplicas, steps);
        if (early != null) {
            return early;
        }

        long readyUsage = 0;
        long readyRequest = 0;
        long missingRequest = 0;
        long missingFullUsage = 0;
        long unreadyRequest = 0;
        int ready = 0;
        int unready = 0;
        int missing = 0;
        int ignored = 0;
        int podWithoutRequest = 0;
        for (int i = 0; i < pods.size(); i++) {
            PodSample pod = pods.get(i);
            if (pod.requestMillicores().isEmpty() && podWithoutRequest == 0) {
                podWithoutRequest = i + 1;
            }
            long request = pod.requestMillicores().orElse(0);
            switch (pod.state()) {
                case FAILED, DELETING -> ignored++;
                case PENDING -> {
                    unready++;
                    unreadyRequest += request;
                }
                case READY, UNREADY -> {
                    if (pod.usageMillicores().isEmpty()) {
                        missing++;
                        missingRequest += request;
                        // Kubernetes fills each such pod as request × max(100, target) / 100 in integer millicores.
                        missingFullUsage += request * Math.max(100, spec.targetUtilizationPercent()) / 100;
                    } else if (pod.state() == PodState.UNREADY) {
                        unready++;
                        unreadyRequest += request;
                    } else {
                        ready++;
                        readyUsage += pod.usageMillicores().getAsLong();
                        readyRequest += request;
                    }
                }
            }
        }
        steps.add(HpaStep.of(Kind.PODS_GROUPED, ready, unready, missing, ignored));
        if (ready == 0) {
            return failed(currentReplicas, steps, HpaStep.of(Kind.NO_METRICS, currentReplicas));
        }
        if (podWithoutRequest > 0) {
            return failed(currentReplicas, steps, HpaStep.of(Kind.MISSING_REQUEST, podWithoutRequest, currentReplicas));
        }
        if (readyRequest == 0) {
            return failed(currentReplicas, steps, HpaStep.of(Kind.ZERO_REQUESTS, currentReplicas));
        }

        int target = spec.targetUtilizationPercent();
        Tolerance tolerance = spec.tolerance();
        int utilization = utilizationPercent(readyUsage, readyRequest);
        double ratio = (double) utilization / target;
        steps.add(HpaStep.of(Kind.UTILIZATION, utilization, readyUsage, readyRequest, ready));

        boolean scaleUpWithUnready = unready > 0 && ratio > 1.0;
        int desired;
        if (!scaleUpWithUnready && missing == 0) {
            if (unready > 0) {
                steps.add(HpaStep.of(Kind.UNREADY_LEFT_OUT, unready));
            }
            desired = plain(ratio, utilization, target, tolerance, currentReplicas, ready, Kind.DESIRED_FROM_READY, steps);
        } else {
            desired = rebalanced(spec, currentReplicas, steps, new Groups(readyUsage, readyRequest, ready, unready,
                    unreadyRequest, missing, missingRequest, missingFullUsage), utilization, ratio);
        }
        return new HpaResult(currentReplicas, clamp(spec, desired, steps), OptionalInt.of(utilization),
                OptionalDouble.of(ratio), Outcome.VALID_METRIC_FOUND, steps);
    }

    /**
     * The short form: the average utilization of the current replicas is given, all of them taken as ready with
     * metrics, so desired = {@code ceil(current × utilization / target)} outside the tolerance band, then [min, max].
     */
    public static HpaResult fromAverage(HpaSpec spec, int currentReplicas, int utilizationPercent) {
        if (currentReplicas < 0) {
            throw new IllegalArgumentException("current replicas cannot be negative: " + currentReplicas);
        }
        if (utilizationPercent < 0) {
            throw new IllegalArgumentException("utilization cannot be negative: " + utilizationPercent);
        }
        List<HpaStep> steps = new ArrayList<>();
        HpaResult early = reconcileBounds(spec, currentReplicas, steps);
        if (early != null) {
            return early;
        }
        int target = spec.targetUtilizationPercent();
        double ratio = (double) utilizationPercent / target;
        steps.add(HpaStep.of(Kind.AVERAGE_UTILIZATION, utilizationPercent, currentReplicas));
        int desired = plain(ratio, utilizationPercent, target, spec.tolerance(), currentReplicas, currentReplicas,
                Kind.DESIRED_FROM_AVERAGE, steps);
        return new HpaResult(currentReplicas, clamp(spec, desired, steps), OptionalInt.of(utilizationPercent),
                OptionalDouble.of(ratio), Outcome.VALID_METRIC_FOUND, steps);
    }

    /** {@code floor(100 × usage / request)} in integer arithmetic, as the controller truncates it. */
    public static int utilizationPercent(long usageMillicores, long requestMillicores) {
        return (int) Math.min(Integer.MAX_VALUE, usageMillicores * 100 / requestMillicores);
    }

    private static HpaResult reconcileBounds(HpaSpec spec, int current, List<HpaStep> steps) {
        if (current == 0 && spec.minReplicas() > 0) {
            steps.add(HpaStep.of(Kind.SCALING_DISABLED, current, spec.minReplicas()));
            return new HpaResult(current, current, OptionalInt.empty(), OptionalDouble.empty(), Outcome.SCALING_DISABLED, steps);
        }
        if (current > spec.maxReplicas()) {
            steps.add(HpaStep.of(Kind.ABOVE_MAX, current, spec.maxReplicas()));
            return new HpaResult(current, spec.maxReplicas(), OptionalInt.empty(), OptionalDouble.empty(), Outcome.ABOVE_MAX, steps);
        }
        if (current < spec.minReplicas()) {
            steps.add(HpaStep.of(Kind.BELOW_MIN, current, spec.minReplicas()));
            return new HpaResult(current, spec.minReplicas(), OptionalInt.empty(), OptionalDouble.empty(), Outcome.BELOW_MIN, steps);
        }
        return null;
    }

    private static HpaResult failed(int current, List<HpaStep> steps, HpaStep why) {
        steps.add(why);
        return new HpaResult(current, current, OptionalInt.empty(), OptionalDouble.empty(), Outcome.FAILED_GET_RESOURCE_METRIC, steps);
    }

    private static int plain(double ratio, int utilization, int target, Tolerance tolerance, int current, int pods,
                             Kind desiredKind, List<HpaStep> steps) {
        if (tolerance.isWithin(ratio)) {
            steps.add(HpaStep.of(Kind.WITHIN_TOLERANCE, utilization, target, ratio, tolerance.lowerBound(),
                    tolerance.upperBound(), current));
            return current;
        }
        steps.add(HpaStep.of(Kind.OUTSIDE_TOLERANCE, utilization, target, ratio, tolerance.lowerBound(), tolerance.upperBound()));
        double product = ratio * pods;
        int desired = ceil(product);
        if (desiredKind == Kind.DESIRED_FROM_AVERAGE) {
            steps.add(HpaStep.of(desiredKind, current, utilization, target, product, desired));
        } else {
            steps.add(HpaStep.of(desiredKind, ratio, pods, product, desired));
        }
        return desired;
    }

    private record Groups(long readyUsage, long readyRequest, int ready, int unready, long unreadyRequest,
                          int missing, long missingRequest, long missingFullUsage) {
    }

    private static int rebalanced(HpaSpec spec, int current, List<HpaStep> steps, Groups g, int utilization, double ratio) {
        int target = spec.targetUtilizationPercent();
        Tolerance tolerance = spec.tolerance();
        long usage = g.readyUsage();
        long request = g.readyRequest();
        int pods = g.ready();
        if (g.missing() > 0) {
            if (ratio < 1.0) {
                int fallbackPercent = Math.max(100, target);
                usage += g.missingFullUsage();
                request += g.missingRequest();
                pods += g.missing();
                steps.add(HpaStep.of(Kind.MISSING_AS_FULL, g.missing(), fallbackPercent));
            } else if (ratio > 1.0) {
                request += g.missingRequest();
                pods += g.missing();
                steps.add(HpaStep.of(Kind.MISSING_AS_ZERO, g.missing()));
            }
        }
        if (g.unready() > 0) {
            if (ratio > 1.0) {
                request += g.unreadyRequest();
                pods += g.unready();
                steps.add(HpaStep.of(Kind.UNREADY_AS_ZERO, g.unready()));
            } else {
                steps.add(HpaStep.of(Kind.UNREADY_LEFT_OUT, g.unready()));
            }
        }
        if (request == 0) {
            // Only reachable when every added pod requests 0m and so did the ready ones, which was refused earlier.
            return current;
        }
        int newUtilization = utilizationPercent(usage, request);
        double newRatio = (double) newUtilization / target;
        steps.add(HpaStep.of(Kind.REBALANCED, newUtilization, usage, request, pods, target, newRatio));
        if (tolerance.isWithin(newRatio)) {
            steps.add(HpaStep.of(Kind.REBALANCED_WITHIN_TOLERANCE, newRatio, tolerance.lowerBound(), tolerance.upperBound(), current));
            return current;
        }
        if ((ratio < 1.0 && newRatio > 1.0) || (ratio > 1.0 && newRatio < 1.0)) {
            steps.add(HpaStep.of(Kind.DIRECTION_FLIPPED, ratio, newRatio, current));
            return current;
        }
        double product = newRatio * pods;
        int desired = ceil(product);
        steps.add(HpaStep.of(Kind.DESIRED_FROM_REBALANCED, newRatio, pods, product, desired));
        if ((newRatio < 1.0 && desired > current) || (newRatio > 1.0 && desired < current)) {
            steps.add(HpaStep.of(Kind.WRONG_WAY, desired, newRatio, current));
            return current;
        }
        return desired;
    }

    private static int clamp(HpaSpec spec, int desired, List<HpaStep> steps) {
        if (desired < spec.minReplicas()) {
            steps.add(HpaStep.of(Kind.CLAMPED_TO_MIN, desired, spec.minReplicas()));
            return spec.minReplicas();
        }
        if (desired > spec.maxReplicas()) {
            steps.add(HpaStep.of(Kind.CLAMPED_TO_MAX, desired, spec.maxReplicas()));
            return spec.maxReplicas();
        }
        steps.add(HpaStep.of(Kind.WITHIN_RANGE, desired, spec.minReplicas(), spec.maxReplicas()));
        return desired;
    }

    private static int ceil(double value) {
        return value >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.ceil(value);
    }
}
