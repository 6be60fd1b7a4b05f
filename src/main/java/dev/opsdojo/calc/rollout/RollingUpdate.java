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

    /** A value as written: a whole number of pods, or a percentage of {@code replicas}. */
    public record Value(int number, boolean percent) {
    }

    /**
     * Why a Deployment would be refused, structured so a screen can say it in its own language: the reason and the
     * values it names (as written). The message is the English sentence the command line prints.
     */
    public static final class Refused extends IllegalArgumentException {
        /** The kinds of refusal; {@link #args()} holds, in order, what each names. */
        public enum Reason {
            /** replicas is not a whole number from 0 to {@link #MAX_REPLICAS}: (max, value). */
            REPLICAS_OUT_OF_RANGE,
            /** (field, value). */
            NEGATIVE,
            /** neither "3" nor "25%": (field, value). */
            NOT_A_NUMBER,
            /** (value). */
            UNAVAILABLE_ABOVE_100,
            /** both written as zero: (). */
            BOTH_ZERO
        }

        private final Reason reason;
        private final List<String> args;

        Refused(Reason reason, String message, String... args) {
            super(message);
            this.reason = reason;
            this.args = List.of(args);
        }

        public Reason reason() {
            return reason;
        }

        public List<String> args() {
            return args;
        }
    }

    private RollingUpdate() {
    }

    /** Resolves the two limits as Kubernetes does, or explains why the Deployment would be refused. */
    public static Fenceposts resolve(int replicas, String maxSurge, String maxUnavailable) {
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new Refused(Refused.Reason.REPLICAS_OUT_OF_RANGE, "replicas must be 0 to " + MAX_REPLICAS + ", was " + replicas,
                    String.valueOf(MAX_REPLICAS), String.valueOf(replicas));
        }
        Value surge = parse("maxSurge", maxSurge);
        Value unavailable = parse("maxUnavailable", maxUnavailable);
        if (unavailable.percent && unavailable.number > 100) {
            throw new Refused(Refused.Reason.UNAVAILABLE_ABOVE_100,
                    "maxUnavailable must not be greater than 100%, was " + maxUnavailable.strip(), maxUnavailable.strip());
        }
        if (surge.number == 0 && unavailable.number == 0) {
            throw new Refused(Refused.Reason.BOTH_ZERO,
                    "maxUnavailable may not be 0 when maxSurge is 0: the rollout could never make progress");
        }
        int resolvedSurge = surge.percent ? (int) Math.ceil(surge.number * (double) replicas / 100) : surge.number;
        int resolvedUnavailable = unavailable.percent ? (int) Math.floor(unavailable.number * (double) replicas / 100) : unavailable.number;
        if (resolvedSurge == 0 && resolvedUnavailable == 0) {
            resolvedUnavailable = 1;
        }
        return new Fenceposts(resolvedSurge, resolvedUnavailable);
    }

    /** The most pods that may exist during the update: {@code replicas + maxSurge} (a long: a huge percentage saturates). */
    public static long maxTotal(int replicas, Fenceposts limits) {
        return (long) replicas + limits.maxSurge();
    }

    /** The fewest available pods the controller keeps: {@code replicas − maxUnavailable}, at least 0. */
    public static int minAvailable(int replicas, Fenceposts limits) {
        return replicas - Math.min(limits.maxUnavailable(), replicas);
    }

    /** The sizes the controller goes through from (replicas, 0) to (0, replicas), one scale action per step. */
    public static List<Step> steps(int replicas, Fenceposts limits) {
        List<Step> steps = new ArrayList<>();
        int oldReplicas = replicas;
        int newReplicas = 0;
        long maxTotal = maxTotal(replicas, limits);
        int minAvailable = minAvailable(replicas, limits);
        while (oldReplicas > 0 || newReplicas < replicas) {
            int total = oldReplicas + newReplicas;
            if (newReplicas < replicas && total < maxTotal) {
                newReplicas += (int) Math.min(maxTotal - total, replicas - newReplicas);
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

    /** Reads "3" or "25%" (surrounding blanks ignored), or says why it is refused; {@code name} goes into the reason. */
    public static Value parse(String name, String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("-")) {
            throw new Refused(Refused.Reason.NEGATIVE, name + " must not be negative, was " + value, name, value);
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new Refused(Refused.Reason.NOT_A_NUMBER,
                    name + " must be a whole number of pods (3) or a percentage (25%), was '" + value + "'", name, value);
        }
        return new Value(Integer.parseInt(m.group(1)), !m.group(2).isEmpty());
    }
}
