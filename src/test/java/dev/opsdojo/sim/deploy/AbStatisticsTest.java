package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The A/B test statistics. Reference numbers: z and p of the pooled two-proportion test were computed independently
 * with mpmath at 30 digits from the textbook formula; they are what R's
 * {@code prop.test(c(xA, xB), c(nA, nB), correct = FALSE)} reports as X-squared = z² and its p-value. The Wilson and
 * Wald intervals are the published examples of R. G. Newcombe, "Two-sided confidence intervals for the single
 * proportion" and "Interval estimation for the difference between independent proportions", Statistics in
 * Medicine 17 (1998) 857–872 and 873–890.
 */
class AbStatisticsTest {

    private static AbVerdict compare(long nA, long xA, long nB, long xB) {
        return AbStatistics.compare(nA, xA, nB, xB, 0.95, 100);
    }

    @ParameterizedTest(name = "{1}/{0} vs {3}/{2}: z = {4}, p = {6}")
    @CsvSource({
            // nA,  xA,   nB,   xB,   z,               X² = z² (prop.test), p
            "1000,  200,  1000,  250,  2.67739776301,   7.16845878136,  0.00741964926103",
            "80,    48,   70,    56,   2.65017195126,   7.02341137124,  0.0080450813682",
            "10000, 1000, 10000, 1100, 2.30663477382,   5.32056397978,  0.0210751892738",
            "100,   30,   100,   20,   -1.63299316186,  2.66666666667,  0.10247043486"})
    void theZStatisticAndPValueMatchTheTwoProportionTest(long nA, long xA, long nB, long xB, double z, double chiSquared, double p) {
        AbVerdict v = compare(nA, xA, nB, xB);
        assertThat(v.z()).isCloseTo(z, within(1e-9));
        assertThat(v.z() * v.z()).isCloseTo(chiSquared, within(1e-8));
        assertThat(v.pValue()).isCloseTo(p, within(1e-11));
    }

    @Test
    void twoHundredVersusTwoHundredFiftyConversionsInAThousandIsSignificantAtNinetyFivePercent() {
        AbVerdict v = compare(1000, 200, 1000, 250);
        assertThat(v.rateA()).isEqualTo(0.2);
        assertThat(v.rateB()).isEqualTo(0.25);
        assertThat(v.difference()).isCloseTo(0.05, within(1e-15));
        assertThat(v.enoughSamples()).isTrue();
        assertThat(v.significant()).isTrue();
        assertThat(AbStatistics.compare(1000, 200, 1000, 250, 0.995, 100).significant()).as("p 0.0074 is not below 0.005").isFalse();
    }

    @Test
    void theWilsonIntervalMatchesNewcombesExample() {
        // Newcombe (1998), 81/263: Wilson 95 % interval 0.2553 to 0.3662.
        AbVerdict v = compare(263, 81, 263, 81);
        assertThat(v.rateALow()).isCloseTo(0.2553, within(5e-5));
        assertThat(v.rateAHigh()).isCloseTo(0.3662, within(5e-5));
        assertThat(v.rateALow()).isCloseTo(0.255288519878274, within(1e-12));
        assertThat(v.rateAHigh()).isCloseTo(0.366209576982800, within(1e-12));
    }

    @Test
    void theWilsonIntervalOfNoConversionsStartsAtZeroAndStaysInside() {
        // Newcombe (1998), 0/20: Wilson 0 to 0.1611.
        AbVerdict v = compare(20, 0, 20, 20);
        assertThat(v.rateALow()).isZero();
        assertThat(v.rateAHigh()).isCloseTo(0.1611, within(5e-5));
        assertThat(v.rateBHigh()).isEqualTo(1.0);
        assertThat(v.rateBLow()).isCloseTo(1 - 0.1611, within(5e-5));
    }

    @Test
    void theDifferenceIntervalIsTheUnpooledWaldIntervalOfNewcombesExample() {
        // Newcombe (1998), 56/70 − 48/80: simple asymptotic (Wald) interval 0.0575 to 0.3425.
        AbVerdict v = compare(80, 48, 70, 56);
        assertThat(v.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(v.differenceLow()).isCloseTo(0.0575, within(5e-5));
        assertThat(v.differenceHigh()).isCloseTo(0.3425, within(5e-5));
    }

    @Test
    void tooFewVisitsAreNeverSignificant() {
        AbVerdict v = AbStatistics.compare(99, 10, 5000, 1000, 0.95, 100);
        assertThat(v.pValue()).isLessThan(0.05);
        assertThat(v.enoughSamples()).isFalse();
        assertThat(v.significant()).isFalse();
    }

    @Test
    void aVariantWithoutVisitsGivesNoEvidenceAndNoNaN() {
        AbVerdict v = AbStatistics.compare(0, 0, 100, 30, 0.95, 0);
        assertThat(v.rateA()).isZero();
        assertThat(v.rateALow()).isZero();
        assertThat(v.rateAHigh()).isEqualTo(1.0);
        assertThat(v.differenceLow()).isEqualTo(-1.0);
        assertThat(v.differenceHigh()).isEqualTo(1.0);
        assertThat(v.z()).isZero();
        assertThat(v.pValue()).isEqualTo(1.0);
        assertThat(v.significant()).isFalse();
    }

    @ParameterizedTest(name = "{1}/{0} vs {3}/{2}")
    @CsvSource({"500, 0, 500, 0", "500, 500, 500, 500", "0, 0, 0, 0"})
    void withNoConversionsOrOnlyConversionsThePooledErrorIsZeroAndPIsOne(long nA, long xA, long nB, long xB) {
        AbVerdict v = AbStatistics.compare(nA, xA, nB, xB, 0.95, 0);
        assertThat(v.z()).isZero();
        assertThat(v.pValue()).isEqualTo(1.0);
        assertThat(v.significant()).isFalse();
        assertThat(new double[] {v.rateA(), v.rateB(), v.rateALow(), v.rateAHigh(), v.difference(), v.differenceLow(), v.differenceHigh()})
                .doesNotContain(Double.NaN);
    }

    @Test
    void noneAgainstAllStillTestsButTheWaldIntervalCollapses() {
        AbVerdict v = AbStatistics.compare(50, 0, 50, 50, 0.95, 0);
        assertThat(v.z()).isCloseTo(10.0, within(1e-12));     // pooled p = 0.5: z = 1 / sqrt(0.25 · 0.04)
        assertThat(v.pValue()).isLessThan(1e-20);
        assertThat(v.differenceLow()).isEqualTo(1.0);
        assertThat(v.differenceHigh()).isEqualTo(1.0);
    }

    @Test
    void impossibleInputsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AbStatistics.compare(-1, 0, 10, 1, 0.95, 0)).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> AbStatistics.compare(10, 11, 10, 1, 0.95, 0)).withMessageContaining("11 conversions");
        assertThatIllegalArgumentException().isThrownBy(() -> AbStatistics.compare(10, 1, 10, 1, 1.0, 0)).withMessageContaining("confidence");
        assertThatIllegalArgumentException().isThrownBy(() -> AbStatistics.compare(10, 1, 10, 1, Double.NaN, 0)).withMessageContaining("confidence");
        assertThatIllegalArgumentException().isThrownBy(() -> AbStatistics.compare(10, 1, 10, 1, 0.9, -1)).withMessageContaining("minimum");
    }

    @Test
    void theCriticalZIsTheNormalQuantile() {
        assertThat(AbStatistics.criticalZ(0.95)).isCloseTo(1.959963984540054, within(1e-14));
        assertThat(AbStatistics.criticalZ(0.99)).isCloseTo(2.5758293035489, within(1e-12));
    }

    // ---- properties

    @Property
    void eachIntervalContainsItsRateAndStaysWithinZeroAndOne(@ForAll @LongRange(min = 0, max = 5000) long nA, @ForAll @LongRange(min = 0, max = 5000) long xA,
                                                           @ForAll @LongRange(min = 1, max = 5000) long nB, @ForAll @LongRange(min = 0, max = 5000) long xB,
                                                           @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double confidence) {
        Assume.that(xA <= nA && xB <= nB);
        AbVerdict v = AbStatistics.compare(nA, xA, nB, xB, confidence, 0);
        assertThat(v.rateALow()).isBetween(0.0, v.rateA());
        assertThat(v.rateAHigh()).isBetween(v.rateA(), 1.0);
        assertThat(v.rateBLow()).isBetween(0.0, v.rateB());
        assertThat(v.rateBHigh()).isBetween(v.rateB(), 1.0);
        assertThat(v.differenceLow()).isBetween(-1.0, v.difference());
        assertThat(v.differenceHigh()).isBetween(v.difference(), 1.0);
        assertThat(v.pValue()).isBetween(0.0, 1.0);
        assertThat(v.significant()).isEqualTo(v.pValue() < 1 - confidence);
    }

    @Property
    void swappingTheVariantsNegatesZAndTheDifferenceAndKeepsP(@ForAll @LongRange(min = 1, max = 100_000) long nA, @ForAll @LongRange(min = 0, max = 100_000) long xA,
                                                             @ForAll @LongRange(min = 1, max = 100_000) long nB, @ForAll @LongRange(min = 0, max = 100_000) long xB) {
        Assume.that(xA <= nA && xB <= nB);
        AbVerdict ab = compare(nA, xA, nB, xB);
        AbVerdict ba = compare(nB, xB, nA, xA);
        assertThat(ba.z()).isCloseTo(-ab.z(), within(1e-12));
        assertThat(ba.difference()).isCloseTo(-ab.difference(), within(1e-15));
        assertThat(ba.differenceLow()).isCloseTo(-ab.differenceHigh(), within(1e-12));
        assertThat(ba.pValue()).isCloseTo(ab.pValue(), within(1e-15));
        assertThat(ba.rateALow()).isEqualTo(ab.rateBLow());
    }

    @Property
    void aHigherConfidenceGivesWiderIntervals(@ForAll @LongRange(min = 1, max = 10_000) long nA, @ForAll @LongRange(min = 0, max = 10_000) long xA,
                                               @ForAll @LongRange(min = 1, max = 10_000) long nB, @ForAll @LongRange(min = 0, max = 10_000) long xB,
                                               @ForAll @DoubleRange(min = 0.5, max = 0.98) @Scale(4) double confidence) {
        Assume.that(xA <= nA && xB <= nB);
        AbVerdict narrow = AbStatistics.compare(nA, xA, nB, xB, confidence, 0);
        AbVerdict wide = AbStatistics.compare(nA, xA, nB, xB, confidence + 0.01, 0);
        assertThat(wide.rateALow()).isLessThanOrEqualTo(narrow.rateALow());
        assertThat(wide.rateAHigh()).isGreaterThanOrEqualTo(narrow.rateAHigh());
        assertThat(wide.differenceLow()).isLessThanOrEqualTo(narrow.differenceLow());
        assertThat(wide.differenceHigh()).isGreaterThanOrEqualTo(narrow.differenceHigh());
        assertThat(wide.pValue()).isEqualTo(narrow.pValue());
    }
}
