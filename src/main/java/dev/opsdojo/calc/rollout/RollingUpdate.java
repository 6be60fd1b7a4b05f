package dev.opsdojo.calc.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Deployment controller's rolling update, reduced to what a learner asks: how {@code maxSurge} and
 * {@code maxUnavailable} resolve for a replica count, and which (old, new) ReplicaSet sizes the controller goes
 * through when every new pod is available as soon as it exists.
 *
 * <p>Resolution (ResolveFenceposts): a percentage is of {@code replicas}; surge rounds up, unavailable rounds down;
 * if both come to 0, unavailable becomes 1 (even for 0 replicas, as ResolveFenceposts returns it; the controller caps the
 * unavailable pods it allows at {@code replicas}). Validation refuses negative values, an unavailable above 100%, and both
 * written as zero. Each sync either scales the new ReplicaSet up to at most {@code replicas + maxSurge} pods in total,
 * or, when it cannot, scales the old one down while keeping {@code replicas − maxUnavailable} available; never both.
 */
public final class RollingUpdate {
    public static final int MAX_REPLICAS = 100_000;
    private static final Pattern VALUE = Pattern.compile("(\\d{1,9})(%?)");

    /** The resolved limits, in pods. */
    public record Fenceposts(int maxSurge, int maxUnavailable) {
    }

    /** One scale action of the controller: the ReplicaSet sizes after it. */
    public record Step(int oldReplicas, int newReplicas) {
    }

    private RollingUpdate() {
    }

    /** Resolves the two limits as Kubernetes does, or explains why the Deployment would be refused. */
    public static Fenceposts resolve(int replicas, String maxSurge, String maxUnavailable) {
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be 0 to " + MAX_REPLICAS + ", was " + replicas);
        }
        Value surge = parse("maxSurge", maxSurge);
        Value unavailable = parse("maxUnavailable", maxUnavailable);
        if (unavailable.percent && unavailable.number > 100) {
            throw new IllegalArgumentException("maxUnavailable must not be greater than 100%, was " + maxUnavailable.strip());
        }
        if (surge.number == 0 && unavailable.number == 0) {
            throw new IllegalArgumentException("maxUnavailable may not be 0 when maxSurge is 0: the rollout could never make progress");
        }
        int resolvedSurge = surge.percent ? (int) Math.ceil(surge.number * (double) replicas / 100) : surge.number;
        int resolvedUnavailable = unavailable.percent ? (int) Math.floor(unavailable.number * (double) replicas / 100) : unavailable.number;
        if (resolvedSurge == 0 && resolvedUnavailable == 0) {
            resolvedUnavailable = 1;
        }
        return new Fenceposts(resolvedSurge, resolvedUnavailable);
    }

    /** The sizes the controller goes through from (replicas, 0) to (0, replicas), one scale action per step. */
    public static List<Step> steps(int replicas, Fenceposts limits) {
        List<Step> steps = new ArrayList<>();
        int oldReplicas = replicas;
        int newReplicas = 0;
        int maxTotal = replicas + limits.maxSurge();
        int minAvailable = replicas - Math.min(limits.maxUnavailable(), replicas);
        while (oldReplicas > 0 || newReplicas < replicas) {
            int total = oldReplicas + newReplicas;
            if (newReplicas < replicas && total < maxTotal) {
                newReplicas += Math.min(maxTotal - total, replicas - newReplicas);
            } else {
                // New pods are available at once here, so old pods can go down to what keeps minAvailable.
                int scaleDown = Math.min(oldReplicas, total - minAvailable);
                if (scaleDown <= 0) {
                    throw new IllegalStateException("the rollout cannot progress with " + limits);
                }
                oldReplicas -= scaleDown;
            }
            steps.add(new Step(oldReplicas, newReplicas));
        }
        return steps;
    }

    private record Value(int number, boolean percent) {
    }

    private static Value parse(String name, String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("-")) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " must be a whole number of pods (3) or a percentage (25%), was '" + value + "'");
        }
        return new Value(Integer.parseInt(m.group(1)), !m.group(2).isEmpty());
    }
}
