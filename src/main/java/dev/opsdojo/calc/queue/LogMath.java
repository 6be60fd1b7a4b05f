package dev.opsdojo.calc.queue;

/** Log-space helpers. */
final class LogMath {
    private LogMath() {
    }

    /** ln Σ exp(xᵢ), without overflow: the largest term is factored out first. */
    static double logSumExp(double[] logs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logs) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : logs) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }

    private static final double[] SMALL_LN_FACTORIAL = new double[64];

    static {
        for (int n = 1; n < SMALL_LN_FACTORIAL.length; n++) {
            SMALL_LN_FACTORIAL[n] = SMALL_LN_FACTORIAL[n - 1] + Math.log(n);
        }
    }

    /** ln n!: a table for small n, Stirling's series beyond (error below 1e-15 relative there). */
    static double lnFactorial(long n) {
        if (n < SMALL_LN_FACTORIAL.length) {
            return SMALL_LN_FACTORIAL[(int) n];
        }
        double x = n + 1.0;
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }
}
