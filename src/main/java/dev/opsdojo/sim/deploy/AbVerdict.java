package dev.opsdojo.sim.deploy;

/**
 * An A/B comparison of conversion rates: visits and conversions per variant, each rate with its Wilson score interval,
 * the difference B − A with its (unpooled, Wald) interval, the two-proportion z statistic (pooled standard error) and
 * its two-sided p-value. {@code enoughSamples} is false while either variant has fewer visits than the test asks; the
 * difference is {@code significant} only with enough samples and p below 1 − confidence.
 */
public record AbVerdict(long visitsA, long conversionsA, long visitsB, long conversionsB, double rateA, double rateB,
        double rateALow, double rateAHigh, double rateBLow, double rateBHigh, double difference, double differenceLow,
        double differenceHigh, double z, double pValue, double confidenceLevel, boolean enoughSamples,
        boolean significant) {
}
