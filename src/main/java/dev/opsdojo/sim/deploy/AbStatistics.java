package dev.opsdojo.sim.deploy;

/**
 * The statistics of an A/B test on conversion rates, as a two-proportion z-test (the same test as R's
 * {@code prop.test(c(xA, xB), c(nA, nB), correct = FALSE)}, whose X² is z²).
 *
 * <p>For each variant the rate is conversions / visits with its Wilson score interval. The difference B − A gets the
 * unpooled (Wald) interval {@code d ± z·sqrt(pA(1−pA)/nA + pB(1−pB)/nB)}, clamped to [−1, 1]. The test statistic uses
 * the pooled rate {@code p = (xA + xB) / (nA + nB)}: {@code z = (pB − pA) / sqrt(p(1−p)(1/nA + 1/nB))}, and the
 * p-value is two-sided. The interval's z is the normal quantile at {@code 1 − (1 − confidence)/2}.
 *
 * <p>Edge cases give numbers, never NaN: a variant without visits has rate 0 and the whole [0, 1] as its interval
 * (nothing is known), and the difference interval is [−1, 1]; when the pooled standard error is 0 (a variant without
 * visits, or no conversions at all, or every visit converting in both) there is no evidence either way, so
 * z = 0 and p = 1. With 0 % against 100 % the pooled test still works but the Wald interval collapses to the
 * difference itself: a known weakness of Wald intervals at the extremes, left as it is because it is what the textbook
 * formula gives.
 */
public final class AbStatistics {

    private AbStatistics() {
    }

    /**
     * Compares variant B against variant A.
     *
     * @param confidenceLevel e.g. 0.95; the difference is significant when p &lt; 1 − confidenceLevel
     * @param minSamplesPerVariant visits each variant needs before a verdict counts ({@code enoughSamples})
     * @throws IllegalArgumentException for negative counts, more conversions than visits, a confidence level outside
     *                                  (0, 1) or a negative minimum
     */
    public static AbVerdict compare(long visitsA, long conversionsA, long visitsB, long conversionsB,
                                    double confidenceLevel, long minSamplesPerVariant) {
        checkCounts("A", visitsA, conversionsA);
        checkCounts("B", visitsB, conversionsB);
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1 (exclusive), was " + confidenceLevel);
        }
        if (minSamplesPerVariant < 0) {
            throw new IllegalArgumentException("the minimum samples per variant must not be negative, was " + minSamplesPerVariant);
        }
        double zCritical = criticalZ(confidenceLevel);
        double nA = visitsA;
        double nB = visitsB;
        double rateA = visitsA == 0 ? 0 : conversionsA / nA;
        double rateB = visitsB == 0 ? 0 : conversionsB / nB;
        double[] intervalA = wilson(conversionsA, visitsA, zCritical);
        double[] intervalB = wilson(conversionsB, visitsB, zCritical);

        double difference = rateB - rateA;
        double differenceLow = -1;
        double differenceHigh = 1;
        if (visitsA > 0 && visitsB > 0) {
            double se = Math.sqrt(rateA * (1 - rateA) / nA + rateB * (1 - rateB) / nB);
            differenceLow = Math.max(-1, difference - zCritical * se);
            differenceHigh = Math.min(1, difference + zCritical * se);
        }

        double z = 0;
        double pValue = 1;
        if (visitsA > 0 && visitsB > 0) {
            double pooled = (conversionsA + (double) conversionsB) / (nA + nB);
            double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
            if (pooledSe > 0) {
                z = difference / pooledSe;
                pValue = Math.min(1, Normal.twoSidedP(z));
            }
        }
        boolean enoughSamples = visitsA >= minSamplesPerVariant && visitsB >= minSamplesPerVariant;
        boolean significant = enoughSamples && pValue < 1 - confidenceLevel;
        return new AbVerdict(visitsA, conversionsA, visitsB, conversionsB, rateA, rateB, intervalA[0], intervalA[1],
                intervalB[0], intervalB[1], difference, differenceLow, differenceHigh, z, pValue, confidenceLevel,
                enoughSamples, significant);
    }

    /** The z of a two-sided interval: the normal quantile at 1 − (1 − confidence)/2, taken from the lower tail for accuracy. */
    static double criticalZ(double confidenceLevel) {
        return -Normal.quantile((1 - confidenceLevel) / 2);
    }

    /**
     * The Wilson score interval {@code (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n)}, which unlike the Wald
     * interval stays inside [0, 1] and is sensible at 0 and n conversions. No visits: [0, 1].
     */
    static double[] wilson(long conversions, long visits, double z) {
        if (visits == 0) {
            return new double[] {0, 1};
        }
        double n = visits;
        double p = conversions / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // The interval always contains p; min/max only absorb rounding at 0 and n conversions.
        double low = Math.max(0, Math.min(p, centre - half));
        double high = Math.min(1, Math.max(p, centre + half));
        return new double[] {low, high};
    }

    private static void checkCounts(String variant, long visits, long conversions) {
        if (visits < 0 || conversions < 0) {
            throw new IllegalArgumentException("variant " + variant + ": visits and conversions must not be negative, were "
                    + visits + " and " + conversions);
        }
        if (conversions > visits) {
            throw new IllegalArgumentException("variant " + variant + ": " + conversions + " conversions from only " + visits + " visits");
        }
    }
}
