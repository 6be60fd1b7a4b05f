package dev.opsdojo.srs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The settings of the FSRS-6 scheduler.
 *
 * <ul>
 *   <li>{@code w}: the 21 model weights (FSRS-6 defaults unless a learner's own were optimised). Each must lie in
 *       the range fsrs-rs clips it to; {@link #fsrs6Weights} fills the older 17- and 19-weight sets to 21.</li>
 *   <li>{@code desiredRetention}: the recall probability at which a Review card falls due, in (0, 1).</li>
 *   <li>{@code learningSteps}, {@code relearningSteps}: the same-day (or longer) delays a new or lapsed card goes
 *       through before it gets a day interval; each positive, either list may be empty.</li>
 *   <li>{@code maximumIntervalDays}: no Review interval is longer, 1 to 36500.</li>
 *   <li>{@code fuzz}: whether Review intervals of 3 days or more are spread a little, so cards learnt together do not
 *       stay due together. The spread is deterministic per card and review count.</li>
 *   <li>{@code dayStartHour} and {@code zone}: the learner's day starts at this local hour (0–23) in this zone,
 *       as Anki's "next day starts at"; elapsed days are counted between such day starts.</li>
 * </ul>
 * Immutable; the {@code with…} methods return changed copies.
 */
public record FsrsParameters(double[] w, double desiredRetention, List<Duration> learningSteps,
                             List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz,
                             int dayStartHour, ZoneId zone) {

    public static final int WEIGHT_COUNT = 21;
    public static final int MAX_INTERVAL_DAYS = 36_500;

    private static final double[] DEFAULT_W = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
            0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    // Index i may range over [LOWER_W[i], UPPER_W[i]] (py-fsrs validation, fsrs-rs parameter clipper).
    private static final double[] LOWER_W = {
            0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};
    private static final double[] UPPER_W = {
            100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    /** w20, the forgetting-curve decay, that FSRS-5 and FSRS-4.5 weight sets implicitly used. */
    private static final double FSRS5_DECAY = 0.5;

    public FsrsParameters {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(learningSteps, "learningSteps");
        Objects.requireNonNull(relearningSteps, "relearningSteps");
        Objects.requireNonNull(zone, "zone");
        w = w.clone();
        validateWeights(w);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive), was " + desiredRetention);
        }
        learningSteps = validSteps("learning", learningSteps);
        relearningSteps = validSteps("relearning", relearningSteps);
        if (maximumIntervalDays < 1 || maximumIntervalDays > MAX_INTERVAL_DAYS) {
            throw new IllegalArgumentException("maximum interval must be 1 to " + MAX_INTERVAL_DAYS + " days, was " + maximumIntervalDays);
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0 to 23, was " + dayStartHour);
        }
    }

    /**
     * FSRS-6 default weights, 90% desired retention, learning steps 1m and 10m, relearning step 10m, a 36500-day
     * maximum interval, fuzz on, and a day that starts at 4 am in the system time zone.
     */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_W, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), MAX_INTERVAL_DAYS, true, 4, ZoneId.systemDefault());
    }

    /** The FSRS-6 default weights (a fresh copy). */
    public static double[] defaultWeights() {
        return DEFAULT_W.clone();
    }

    /**
     * A weight set of any FSRS version since 4.5 as the 21 weights of FSRS-6, the way fsrs-rs and ts-fsrs migrate
     * them: 21 weights are returned as they are; 19 (FSRS-5) get w19 = 0 and w20 = 0.5; 17 (FSRS-4.5) first have
     * w4 += 2·w5, w5 = ln(1 + 3·w5)/3 and w6 += 0.5, then get w17..w19 = 0 and w20 = 0.5.
     */
    public static double[] fsrs6Weights(double... weights) {
        return switch (weights.length) {
            case WEIGHT_COUNT -> weights.clone();
            case 19 -> {
                double[] filled = Arrays.copyOf(weights, WEIGHT_COUNT);
                filled[19] = 0;
                filled[20] = FSRS5_DECAY;
                yield filled;
            }
            case 17 -> {
                double[] filled = Arrays.copyOf(weights, WEIGHT_COUNT);
                filled[4] = weights[4] + 2 * weights[5];
                filled[5] = Math.log(1 + 3 * weights[5]) / 3;
                filled[6] = weights[6] + 0.5;
                filled[20] = FSRS5_DECAY;
                yield filled;
            }
            default -> throw new IllegalArgumentException(
                    "an FSRS weight set has 17, 19 or 21 weights, this one has " + weights.length);
        };
    }

    /** A copy of the weights. */
    @Override
    public double[] w() {
        return w.clone();
    }

    /** Weight {@code index} (0–20), without copying the array. */
    public double w(int index) {
        return w[index];
    }

    public FsrsParameters withWeights(double... newW) {
        return new FsrsParameters(newW, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, dayStartHour, zone);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(w, retention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, dayStartHour, zone);
    }

    public FsrsParameters withLearningSteps(List<Duration> steps) {
        return new FsrsParameters(w, desiredRetention, steps, relearningSteps, maximumIntervalDays, fuzz, dayStartHour, zone);
    }

    public FsrsParameters withRelearningSteps(List<Duration> steps) {
        return new FsrsParameters(w, desiredRetention, learningSteps, steps, maximumIntervalDays, fuzz, dayStartHour, zone);
    }

    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, days, fuzz, dayStartHour, zone);
    }

    public FsrsParameters withFuzz(boolean enabled) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, enabled, dayStartHour, zone);
    }

    public FsrsParameters withDayStartHour(int hour) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, hour, zone);
    }

    public FsrsParameters withZone(ZoneId newZone) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, dayStartHour, newZone);
    }

    /** The learner's calendar: days that start at {@link #dayStartHour} in {@link #zone}. */
    public DayClock dayClock() {
        return new DayClock(zone, dayStartHour);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters p
                && Arrays.equals(w, p.w)
                && Double.compare(desiredRetention, p.desiredRetention) == 0
                && learningSteps.equals(p.learningSteps)
                && relearningSteps.equals(p.relearningSteps)
                && maximumIntervalDays == p.maximumIntervalDays
                && fuzz == p.fuzz
                && dayStartHour == p.dayStartHour
                && zone.equals(p.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(w), desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, dayStartHour, zone);
    }

    @Override
    public String toString() {
        return "FsrsParameters[w=" + Arrays.toString(w) + ", desiredRetention=" + desiredRetention
                + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps
                + ", maximumIntervalDays=" + maximumIntervalDays + ", fuzz=" + fuzz
                + ", dayStartHour=" + dayStartHour + ", zone=" + zone + "]";
    }

    private static void validateWeights(double[] w) {
        if (w.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + WEIGHT_COUNT + " weights, got " + w.length
                    + (w.length == 17 || w.length == 19 ? " (fill older sets with FsrsParameters.fsrs6Weights)" : ""));
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            if (!(w[i] >= LOWER_W[i] && w[i] <= UPPER_W[i])) {
                problems.add("w" + i + " = " + w[i] + " is outside [" + LOWER_W[i] + ", " + UPPER_W[i] + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("FSRS weights out of range: " + String.join("; ", problems));
        }
    }

    private static List<Duration> validSteps(String kind, List<Duration> steps) {
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException(kind + " steps must be positive durations, got " + steps);
            }
        }
        return List.copyOf(steps);
    }
}
