package dev.opsdojo.calc.queue;

import java.util.function.DoubleUnaryOperator;

/** Quantiles of a distribution known only by its tail P(X &gt; t), which must be non-increasing in t. */
final class Bisection {
    private static final int MAX_STEPS = 200;

    private Bisection() {
    }

    /** The smallest t with tail(t) ≤ target, to about 1e-12 relative; {@code scaleSeconds} is a first guess of size. */
    static double quantile(DoubleUnaryOperator tail, double target, double scaleSeconds) {
        double lo = 0;
        double hi = scaleSeconds > 0 && Double.isFinite(scaleSeconds) ? scaleSeconds : 1;
        int guard = 0;
        while (tail.applyAsDouble(hi) > target) {
            lo = hi;
            hi *= 2;
            if (++guard > 1000 || !Double.isFinite(hi)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < MAX_STEPS && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (tail.applyAsDouble(mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
