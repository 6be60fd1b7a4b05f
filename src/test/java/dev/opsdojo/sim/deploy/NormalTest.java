package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normal distribution functions against reference values computed independently with mpmath at 30–60 digits
 * ({@code erfc(x)}, {@code ncdf(x)}, {@code sqrt(2)·erfinv(2p − 1)}, and for the far tail {@code findroot} on
 * {@code log(ncdf(x)) = log(p)}). Relative tolerances are far tighter than any A/B verdict needs.
 */
class NormalTest {

    @ParameterizedTest(name = "erfc({0}) = {1}")
    @CsvSource({
            "0.1, 0.8875370839817151016",
            "0.5, 0.47950012218695346232",
            "1, 0.15729920705028513066",
            "2, 0.0046777349810472658379",
            "3.5, 7.4309837234141274552e-7",
            "5, 1.5374597944280348502e-12",
            "8, 1.122429717298292708e-29",
            "10, 2.088487583762544757e-45",
            "20, 5.3958656116079009289e-176",
            "26, 5.6631924088561428465e-296",
            "-0.5, 1.5204998778130465377",
            "-2, 1.9953222650189527342"})
    void erfcMatchesHighPrecisionValuesIncludingTheFarTail(double x, double expected) {
        assertThat(Normal.erfc(x)).isCloseTo(expected, withinPercentage(1e-11));
    }

    @Test
    void erfcIsTwoAtMinusInfinityAndZeroBeyondTheDoubleRange() {
        assertThat(Normal.erfc(0)).isEqualTo(1.0);
        assertThat(Normal.erfc(Double.NEGATIVE_INFINITY)).isEqualTo(2.0);
        assertThat(Normal.erfc(30)).isZero();
        assertThat(Normal.erfc(Double.NaN)).isNaN();
    }

    @ParameterizedTest(name = "Φ({0}) = {1}")
    @CsvSource({
            "-1.96, 0.024997895148220436213",
            "-5, 2.8665157187919391167e-7",
            "-8.5, 9.4795348222033183542e-18",
            "-37.5, 4.6053530095819548438e-308",
            "1.0, 0.84134474606854294859"})
    void cdfMatchesHighPrecisionValues(double x, double expected) {
        assertThat(Normal.cdf(x)).isCloseTo(expected, withinPercentage(1e-10));
    }

    @Test
    void theUpperTailStaysAccurateWhereOneMinusCdfWouldRoundToZero() {
        assertThat(1 - Normal.cdf(8.5)).isZero();
        assertThat(Normal.upperTail(8.5)).isCloseTo(9.4795348222033183542e-18, withinPercentage(1e-10));
    }

    @ParameterizedTest(name = "quantile({0}) = {1}")
    @CsvSource({
            "0.975, 1.9599639845400542355",     // the z of a 95 % two-sided interval
            "0.995, 2.575829303548900761",      // 99 %
            "0.025, -1.9599639845400542355",
            "0.001, -3.0902323061678135415",
            "0.3, -0.52440051270804078404",
            "0.7, 0.52440051270804078404",
            "0.99999904632568359375, 4.763001034267813957",   // 1 − 2⁻²⁰, exact in binary
            "1e-10, -6.3613409024040562047",
            "1e-20, -9.2623400897984075737",
            "1e-300, -37.047096299361199237"})
    void quantileMatchesHighPrecisionValues(double p, double expected) {
        assertThat(Normal.quantile(p)).isCloseTo(expected, withinPercentage(1e-12));
    }

    @Test
    void quantileOfTheEndsIsInfiniteAndOfOneHalfIsZero() {
        assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Normal.quantile(0.5)).isCloseTo(0, Offset.offset(1e-16));
        assertThat(Normal.quantile(Double.MIN_VALUE)).isFinite().isLessThan(-38);
    }

    @Test
    void quantileRefusesWhatIsNotAProbability() {
        assertThatIllegalArgumentException().isThrownBy(() -> Normal.quantile(-0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> Normal.quantile(1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> Normal.quantile(Double.NaN));
    }

    @Property
    void quantileInvertsTheCdf(@ForAll @DoubleRange(min = 1e-12, max = 0.999999999, maxIncluded = true) @net.jqwik.api.constraints.Scale(15) double p) {
        Assertions.assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, withinPercentage(1e-9));
    }

    @Property
    void theCdfIsSymmetric(@ForAll @DoubleRange(min = -30, max = 30) double x) {
        Assertions.assertThat(Normal.cdf(x) + Normal.cdf(-x)).isCloseTo(1.0, Offset.offset(1e-15));
    }
}
