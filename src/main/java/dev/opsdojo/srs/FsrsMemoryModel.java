package dev.opsdojo.srs;

/**
 * The FSRS-6 memory formulas as fsrs-rs computes them, in {@code double} without intermediate rounding. Stability S
 * is in days and clamped to [0.001, 36500], difficulty D to [1, 10]; retrievability R is in [0, 1] and elapsed time
 * t in whole days.
 */
final class FsrsMemoryModel {
    static final double MIN_STABILITY_DAYS = 0.001;
    static final double MAX_STABILITY_DAYS = 36_500;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;

    /** Stability and difficulty after a review. */
    record Memory(double stabilityDays, double difficulty) {
    }

    private final double[] w;
    private final double decay;
    private final double factor;

    FsrsMemoryModel(FsrsParameters parameters) {
        this.w = parameters.w();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** R(t, S) = (1 + FACTOR·t/S)^DECAY, so that R(S, S) = 0.9. */
    double retrievability(double elapsedDays, double stabilityDays) {
        return Math.pow(1 + factor * elapsedDays / stabilityDays, decay);
    }

    /** I(r, S) = S/FACTOR·(r^(1/DECAY) − 1): the days after which R falls to {@code retention}; unrounded. */
    double intervalDays(double stabilityDays, double retention) {
        return stabilityDays / factor * (Math.pow(retention, 1 / decay) - 1);
    }

    /** The memory after a card's first rating: S0 = w[G−1], D0(G) clamped. */
    Memory initial(Rating rating) {
        return new Memory(clampStability(w[rating.grade - 1]), clampDifficulty(initialDifficulty(rating.grade)));
    }

    /**
     * The memory after a later review, {@code elapsedDays} after the previous one: the same-day formula when that is
     * 0, otherwise the lapse formula for Again and the recall formula for the others; difficulty always moves.
     */
    Memory next(Memory memory, int elapsedDays, Rating rating) {
        double s = memory.stabilityDays();
        double d = memory.difficulty();
        double nextS;
        if (elapsedDays == 0) {
            nextS = stabilityShortTerm(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            nextS = rating == Rating.AGAIN ? stabilityAfterLapse(s, d, r) : stabilityAfterRecall(s, d, r, rating);
        }
        return new Memory(clampStability(nextS), nextDifficulty(d, rating));
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped: mean reversion aims at D0(4), which is negative by default. */
    private double initialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    private double nextDifficulty(double d, Rating rating) {
        double deltaD = -w[6] * (rating.grade - 3);
        double damped = d + deltaD * (10 - d) / 9;
        double reverted = w[7] * initialDifficulty(4) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double stabilityAfterRecall(double s, double d, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    private double stabilityAfterLapse(double s, double d, double r) {
        double forgotten = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(forgotten, s / Math.exp(w[17] * w[18]));
    }

    private double stabilityShortTerm(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade - 3 + w[18])) * Math.pow(s, -w[19]);
        // fsrs-rs floors Hard too (not only Good and Easy), so a same-day Hard never lowers stability.
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, MIN_STABILITY_DAYS), MAX_STABILITY_DAYS);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
