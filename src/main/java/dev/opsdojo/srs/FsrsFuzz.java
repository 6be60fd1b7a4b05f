package dev.opsdojo.srs;

/**
 * Interval fuzz, as Anki and ts-fsrs spread Review intervals: an interval of {@code ivl} days (3 or more; shorter
 * ones are left alone) becomes a day in [lo, hi], where
 * {@code delta = 1 + 0.15·(days of ivl in 2.5–7) + 0.10·(days in 7–20) + 0.05·(days above 20)},
 * {@code lo = max(2, round(ivl − delta))} and {@code hi = min(round(ivl + delta), maximum)}; the day is
 * {@code floor(lo + u·(hi − lo + 1))} for a uniform u in [0, 1).
 */
final class FsrsFuzz {
    private static final double MIN_FUZZED_INTERVAL_DAYS = 2.5;

    /** The days an interval may be fuzzed to, both ends included. */
    record Range(int lowDays, int highDays) {
    }

    private FsrsFuzz() {
    }

    static Range range(int intervalDays, int maximumIntervalDays) {
        if (intervalDays < MIN_FUZZED_INTERVAL_DAYS) {
            return new Range(intervalDays, intervalDays);
        }
        double delta = 1
                + 0.15 * Math.max(0, Math.min(intervalDays, 7) - 2.5)
                + 0.10 * Math.max(0, Math.min(intervalDays, 20) - 7)
                + 0.05 * Math.max(0, intervalDays - 20);
        int high = (int) Math.min(Math.round(intervalDays + delta), maximumIntervalDays);
        int low = (int) Math.min(Math.max(2, Math.round(intervalDays - delta)), high);
        return new Range(low, high);
    }

    /** The fuzzed interval for the uniform number {@code unit} in [0, 1). */
    static int apply(int intervalDays, int maximumIntervalDays, double unit) {
        Range range = range(intervalDays, maximumIntervalDays);
        int fuzzed = (int) Math.floor(range.lowDays() + unit * (range.highDays() - range.lowDays() + 1));
        // A unit just below 1 can round up to hi + 1 in double.
        return Math.min(fuzzed, range.highDays());
    }

    /**
     * A uniform number in [0, 1) fixed by the card and its review count, as Anki seeds fuzz with card id + reps: the
     * four buttons' previews and the review that is then committed get the same fuzz, and replaying a review log
     * reproduces it. SplitMix64's finaliser over String.hashCode (whose formula String's Javadoc fixes), so
     * it does not change between Java versions.
     */
    static double unitFor(String cardId, int reps) {
        long z = ((long) cardId.hashCode() << 32) ^ (reps & 0xffffffffL);
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
