package dev.opsdojo.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Shared test fixtures and an independent copy of the FSRS-6 formulas (written from the spec, not from
 * FsrsMemoryModel) that tests derive their expected values from.
 */
final class FsrsFixtures {
    /** The instant the reference libraries' tests start from. */
    static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");

    /** FSRS-6 default weights as fsrs-rs, ts-fsrs and py-fsrs ship them. */
    static final double[] W = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
            0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    static final double DECAY = -W[20];
    static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;

    private FsrsFixtures() {
    }

    /** The defaults with fuzz off, in UTC, with Anki's 4 am day start. Tests change one field at a time. */
    static FsrsParameters defaultsForTesting() {
        return FsrsParameters.defaults().withFuzz(false).withZone(ZoneOffset.UTC).withDayStartHour(4);
    }

    static SrsCard reviewCard(double stabilityDays, double difficulty, Instant lastReview) {
        return new SrsCard("card-1", CardState.REVIEW, 0, stabilityDays, difficulty,
                lastReview.plus(Duration.ofDays(Math.round(stabilityDays))), lastReview, 5, 0);
    }

    static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    // The formulas, from the spec.

    static double retrievability(double t, double s) {
        return Math.pow(1 + FACTOR * t / s, DECAY);
    }

    static double interval(double retention, double s) {
        return s / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
    }

    static double d0(int grade) {
        return W[4] - Math.exp(W[5] * (grade - 1)) + 1;
    }

    static double nextDifficulty(double d, int grade) {
        double damped = d + (-W[6] * (grade - 3)) * (10 - d) / 9;
        return clamp(W[7] * d0(4) + (1 - W[7]) * damped, 1, 10);
    }

    static double recallStability(double s, double d, double r, int grade) {
        double h = grade == 2 ? W[15] : 1;
        double b = grade == 4 ? W[16] : 1;
        return s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - r)) - 1) * h * b);
    }

    static double lapseStability(double s, double d, double r) {
        return Math.min(W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp(W[14] * (1 - r)),
                s / Math.exp(W[17] * W[18]));
    }

    static double sameDayStability(double s, int grade) {
        double increase = Math.exp(W[17] * (grade - 3 + W[18])) * Math.pow(s, -W[19]);
        return s * (grade >= 2 ? Math.max(increase, 1) : increase);
    }

    static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
