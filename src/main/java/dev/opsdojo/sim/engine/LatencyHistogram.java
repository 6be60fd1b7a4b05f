package dev.opsdojo.sim.engine;

import java.util.Arrays;

/**
 * A log-linear histogram of non-negative microsecond values with three significant digits, in the manner of
 * HdrHistogram: values below 2048 µs are exact, larger ones fall into buckets no wider than 1/1024 of their value.
 * Memory is fixed (about 33,000 counters covering up to 2⁴¹ µs, about 25 days); larger values are clamped. The
 * percentile rule is nearest rank: the smallest recorded bucket whose cumulative count reaches p·n, reported as the
 * bucket's upper bound, so it never understates by more than 0.1%. The maximum and the mean are exact.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 10;
    private static final int SUB_HALF = 1 << SUB_BITS;
    private static final int LINEAR = SUB_HALF << 1;
    private static final int MAX_EXPONENT = 41;
    private static final int BUCKETS = LINEAR + (MAX_EXPONENT - SUB_BITS) * SUB_HALF;
    private static final long MAX_VALUE = (1L << MAX_EXPONENT) - 1;

    private final long[] counts = new long[BUCKETS];
    private int lowestIndex = BUCKETS;
    private int highestIndex = -1;
    private long totalCount;
    private double sum;
    private long max;
    private long min = Long.MAX_VALUE;

    /** Records one value in microseconds; negative values count as 0. */
    public void record(long micros) {
        long v = micros < 0 ? 0 : Math.min(micros, MAX_VALUE);
        int index = indexOf(v);
        counts[index]++;
        if (index < lowestIndex) {
            lowestIndex = index;
        }
        if (index > highestIndex) {
            highestIndex = index;
        }
        totalCount++;
        sum += v;
        if (v > max) {
            max = v;
        }
        if (v < min) {
            min = v;
        }
    }

    static int indexOf(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(v);
        int shift = exponent - SUB_BITS;
        int sub = (int) (v >>> shift);
        return LINEAR + (shift - 1) * SUB_HALF + (sub - SUB_HALF);
    }

    static long upperBoundOf(int index) {
        if (index < LINEAR) {
            return index;
        }
        int shift = (index - LINEAR) / SUB_HALF + 1;
        long sub = (index - LINEAR) % SUB_HALF + SUB_HALF;
        return ((sub + 1) << shift) - 1;
    }

    public long count() {
        return totalCount;
    }

    public long maxMicros() {
        return max;
    }

    /** The smallest value recorded (0 when empty). */
    public long minMicros() {
        return totalCount == 0 ? 0 : min;
    }

    public double meanMicros() {
        return totalCount == 0 ? 0 : sum / totalCount;
    }

    /** The nearest-rank p-quantile (0 &lt; p ≤ 1) in microseconds, 0 when empty. */
    public long quantileMicros(double p) {
        if (totalCount == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p * totalCount - 1e-9));
        long seen = 0;
        for (int i = lowestIndex; i <= highestIndex; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperBoundOf(i), max);
            }
        }
        return max;
    }

    /** Empties the histogram, touching only the range that was used. */
    public void reset() {
        if (highestIndex >= 0) {
            Arrays.fill(counts, lowestIndex, highestIndex + 1, 0);
        }
        lowestIndex = BUCKETS;
        highestIndex = -1;
        totalCount = 0;
        sum = 0;
        max = 0;
        min = Long.MAX_VALUE;
    }
}
