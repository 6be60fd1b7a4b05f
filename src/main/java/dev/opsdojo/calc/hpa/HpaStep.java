package dev.opsdojo.calc.hpa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One explained step of a replica calculation: what happened ({@link Kind}) and the numbers it happened with, in the
 * order {@link Kind#names()} lists. Views format a step from its kind and numbers in their own language;
 * {@link #english()} is the English the command line prints.
 */
public record HpaStep(Kind kind, List<Double> numbers) {
    /** The kinds of step, each with the names of its numbers and an English pattern over them ({0} is the first). */
    public enum Kind {
        /** spec replicas 0 with minReplicas above 0: the HPA does nothing (ScalingDisabled). */
        SCALING_DISABLED("Current replicas {0} with minReplicas {1}: scaling is disabled (ScalingDisabled).",
                "current", "min"),
        /** Current above maxReplicas: desired = max without reading metrics. */
        ABOVE_MAX("Current replicas {0} are above maxReplicas {1}: desired = {1} without reading metrics.", "current", "max"),
        /** Current below minReplicas: desired = min without reading metrics. */
        BELOW_MIN("Current replicas {0} are below minReplicas {1}: desired = {1} without reading metrics.", "current", "min"),
        /** How the pods were grouped. */
        PODS_GROUPED("Pods: ready with metrics {0}, unready or pending {1}, without metrics {2}, ignored (failed or being deleted) {3}.",
                "ready", "unready", "missing", "ignored"),
        /** No ready pod has a sample: the metric fails. */
        NO_METRICS("No ready pod has a CPU sample: utilization <unknown> (FailedGetResourceMetric); no scaling, keep {0}.", "current"),
        /** A pod has no CPU request: the metric fails. */
        MISSING_REQUEST("Pod {0} has no CPU request: utilization <unknown> (FailedGetResourceMetric); no scaling, keep {1}.",
                "pod", "current"),
        /** The requests of the pods with samples add up to 0: the metric fails. */
        ZERO_REQUESTS("The CPU requests of the pods with metrics add up to 0m: utilization <unknown> (FailedGetResourceMetric); "
                + "no scaling, keep {0}.", "current"),
        /** The reported utilization, truncated to a whole percent. */
        UTILIZATION("Utilization {0}% = floor(100 × {1}m / {2}m) over the pods with metrics ({3}).", "utilization", "usage", "request", "pods"),
        /** The short form: the average utilization is given. */
        AVERAGE_UTILIZATION("Average utilization {0}% over the current replicas ({1}), all assumed ready with metrics.", "utilization", "current"),
        /** The ratio is inside the tolerance band: keep current. */
        WITHIN_TOLERANCE("Ratio {0}/{1} = {2} is within [{3}, {4}]: keep the current {5}.",
                "utilization", "target", "ratio", "lower", "upper", "current"),
        /** The ratio is outside the band. */
        OUTSIDE_TOLERANCE("Ratio {0}/{1} = {2} is outside [{3}, {4}].", "utilization", "target", "ratio", "lower", "upper"),
        /** The plain path: ratio times the ready pods. */
        DESIRED_FROM_READY("Desired = ceil(ratio {0} × ready pods {1}) = ceil({2}) = {3}.", "ratio", "ready", "product", "desired"),
        /** The short form: ratio times the current replicas. */
        DESIRED_FROM_AVERAGE("Desired = ceil({0} × {1} / {2}) = ceil({3}) = {4}.", "current", "utilization", "target", "product", "desired"),
        /** Scaling down with pods without metrics: they are assumed at max(100, target)% of their request. */
        MISSING_AS_FULL("Scaling down: pods without metrics ({0}) assumed at {1}% of their request.", "missing", "percent"),
        /** Scaling up with pods without metrics: they are assumed at 0%. */
        MISSING_AS_ZERO("Scaling up: pods without metrics ({0}) assumed at 0%.", "missing"),
        /** Scaling up with unready pods: they are assumed at 0%. */
        UNREADY_AS_ZERO("Scaling up: unready pods ({0}) assumed at 0%.", "unready"),
        /** Not scaling up: unready pods stay out of the calculation. */
        UNREADY_LEFT_OUT("Not scaling up: unready pods ({0}) stay out.", "unready"),
        /** The utilization and ratio over the enlarged set of pods. */
        REBALANCED("New utilization {0}% = floor(100 × {1}m / {2}m) over the enlarged set of pods ({3}), new ratio {0}/{4} = {5}.",
                "utilization", "usage", "request", "pods", "target", "ratio"),
        /** The new ratio is inside the band: keep current. */
        REBALANCED_WITHIN_TOLERANCE("New ratio {0} is within [{1}, {2}]: keep the current {3}.", "ratio", "lower", "upper", "current"),
        /** The new ratio lies on the other side of 1: keep current. */
        DIRECTION_FLIPPED("New ratio {1} is on the other side of 1 from ratio {0}: the direction would flip, keep the current {2}.",
                "ratio", "newRatio", "current"),
        /** The rebalanced path: new ratio times the pods in the enlarged set. */
        DESIRED_FROM_REBALANCED("Desired = ceil(new ratio {0} × pods {1}) = ceil({2}) = {3}.", "ratio", "pods", "product", "desired"),
        /** The rebalanced count moves against the ratio: keep current. */
        WRONG_WAY("{0} would move against the new ratio {1}: keep the current {2}.", "desired", "ratio", "current"),
        /** The result is raised to minReplicas (TooFewReplicas). */
        CLAMPED_TO_MIN("{0} is below minReplicas: raised to {1} (TooFewReplicas).", "desired", "min"),
        /** The result is lowered to maxReplicas (TooManyReplicas). */
        CLAMPED_TO_MAX("{0} is above maxReplicas: clamped to {1} (TooManyReplicas).", "desired", "max"),
        /** The result is within [min, max] (DesiredWithinRange). */
        WITHIN_RANGE("{0} is within [{1}, {2}] (DesiredWithinRange).", "desired", "min", "max");

        private final String english;
        private final List<String> names;

        Kind(String english, String... names) {
            this.english = english;
            this.names = List.of(names);
        }

        /** The names of the numbers of a step of this kind, in order. */
        public List<String> names() {
            return names;
        }
    }

    public HpaStep {
        Objects.requireNonNull(kind, "kind");
        numbers = List.copyOf(numbers);
        if (numbers.size() != kind.names().size()) {
            throw new IllegalArgumentException(kind + " takes " + kind.names() + ", got " + numbers);
        }
    }

    static HpaStep of(Kind kind, double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new HpaStep(kind, List.of(boxed));
    }

    /** The number called {@code name} (one of {@link Kind#names()}). */
    public double number(String name) {
        int index = kind.names().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(kind + " has no number '" + name + "'; it has " + kind.names());
        }
        return numbers.get(index);
    }

    /** The numbers written the way the steps show them: {@link #format(double)} each. */
    public Object[] formattedNumbers() {
        return numbers.stream().map(HpaStep::format).toArray();
    }

    /** The step in English, e.g. "Desired = ceil(1.667 × 3 ready pods) = ceil(5) = 5." */
    public String english() {
        return new MessageFormat(kind.english.replace("'", "''"), Locale.ROOT).format(formattedNumbers());
    }

    /**
     * A number as the explanations show it: whole numbers without a decimal point, others with at most three
     * decimals ("1.667", "0.9"), a huge bound as "∞".
     */
    public static String format(double value) {
        if (value >= HpaSpec.NO_MAX) {
            return "∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
