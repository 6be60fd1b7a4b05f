package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The scheduler's settings: defaults, validation with messages, copies, and older weight sets. */
class FsrsParametersTest {

    @Test
    void theDefaultsAreFsrs6sWithAnkisDayStart() {
        FsrsParameters defaults = FsrsParameters.defaults();

        assertThat(defaults.w()).containsExactly(FsrsFixtures.W);
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36_500);
        assertThat(defaults.fuzz()).isTrue();
        assertThat(defaults.dayStartHour()).isEqualTo(4);
        assertThat(defaults.zone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void eachWithMethodChangesOnlyItsField() {
        FsrsParameters base = FsrsParameters.defaults();

        assertThat(base.withDesiredRetention(0.85)).isEqualTo(new FsrsParameters(base.w(), 0.85, base.learningSteps(),
                base.relearningSteps(), 36_500, true, 4, base.zone()));
        assertThat(base.withFuzz(false).fuzz()).isFalse();
        assertThat(base.withMaximumIntervalDays(365).maximumIntervalDays()).isEqualTo(365);
        assertThat(base.withDayStartHour(0).dayStartHour()).isZero();
        assertThat(base.withZone(ZoneOffset.UTC).zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(base.withLearningSteps(List.of()).learningSteps()).isEmpty();
        assertThat(base.withRelearningSteps(List.of(Duration.ofMinutes(5))).relearningSteps()).containsExactly(Duration.ofMinutes(5));
        assertThat(base.withWeights(FsrsFixtures.W).withFuzz(true)).isEqualTo(base);
    }

    @Test
    void theWeightsCannotBeChangedFromOutside() {
        double[] w = FsrsFixtures.W.clone();
        FsrsParameters parameters = FsrsParameters.defaults().withWeights(w);

        w[0] = 99;
        parameters.w()[1] = 99;

        assertThat(parameters.w(0)).isEqualTo(0.212);
        assertThat(parameters.w(1)).isEqualTo(1.2931);
    }

    @Test
    void equalParametersAreEqualAndHashAlike() {
        FsrsParameters a = FsrsParameters.defaults().withZone(ZoneOffset.UTC);
        FsrsParameters b = FsrsParameters.defaults().withZone(ZoneOffset.UTC);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.withWeights(withWeight(7, 0.002)));
        assertThat(a.toString()).contains("w=[0.212, 1.2931").contains("desiredRetention=0.9");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void aDesiredRetentionOutsideZeroToOneIsRefused(double retention) {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(retention))
                .withMessage("desired retention must be between 0 and 1 (exclusive), was " + retention);
    }

    @ParameterizedTest(name = "w{0} = {1}")
    @CsvSource({"0, 0", "3, 101", "4, 0.5", "6, 100", "7, 0.8", "10, -42", "16, 0.9", "20, 0.05", "20, 0.81"})
    void aWeightOutsideItsRangeIsRefusedNamingIt(int index, double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withWeights(withWeight(index, value)))
                .withMessageStartingWith("FSRS weights out of range: w" + index + " = " + value + " is outside [");
    }

    @Test
    void everyBadWeightIsListed() {
        double[] w = withWeight(0, 0);
        w[3] = 101;

        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withWeights(w))
                .withMessage("FSRS weights out of range: w0 = 0.0 is outside [0.001, 100.0]; w3 = 101.0 is outside [0.001, 100.0]");
    }

    @Test
    void aNotANumberWeightIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withWeights(withWeight(8, Double.NaN)))
                .withMessageContaining("w8 = NaN");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17, 19, 20, 22})
    void aWeightSetOfTheWrongSizeIsRefused(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withWeights(new double[size]))
                .withMessageStartingWith("FSRS-6 needs 21 weights, got " + size);
    }

    @Test
    void anFsrs5SetIsFilledWithNoShortTermStabilityExponentAndDecayOneHalf() {
        double[] nineteen = Arrays.copyOf(FsrsFixtures.W, 19);

        double[] filled = FsrsParameters.fsrs6Weights(nineteen);

        assertThat(filled).hasSize(21).startsWith(nineteen);
        assertThat(filled[19]).isZero();
        assertThat(filled[20]).isEqualTo(0.5);
    }

    @Test
    void anFsrs45SetIsMigratedAsFsrsRsDoes() {
        double[] seventeen = {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61};

        double[] filled = FsrsParameters.fsrs6Weights(seventeen);

        assertThat(filled[4]).isCloseTo(4.93 + 2 * 0.94, within(1e-12));
        assertThat(filled[5]).isCloseTo(Math.log(1 + 3 * 0.94) / 3, within(1e-12));
        assertThat(filled[6]).isCloseTo(0.86 + 0.5, within(1e-12));
        assertThat(Arrays.copyOfRange(filled, 17, 21)).containsExactly(0, 0, 0, 0.5);
        assertThat(Arrays.copyOfRange(filled, 7, 17)).containsExactly(Arrays.copyOfRange(seventeen, 7, 17));
        assertThat(FsrsParameters.defaults().withWeights(filled).w(4)).isCloseTo(6.81, within(1e-12));
    }

    @Test
    void aWeightSetOfAnotherSizeCannotBeFilled() {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.fsrs6Weights(new double[18]))
                .withMessage("an FSRS weight set has 17, 19 or 21 weights, this one has 18");
    }

    @Test
    void stepsMustBePositive() {
        List<Duration> withZero = List.of(Duration.ofMinutes(1), Duration.ZERO);

        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withLearningSteps(withZero))
                .withMessage("learning steps must be positive durations, got [PT1M, PT0S]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FsrsParameters.defaults().withRelearningSteps(List.of(Duration.ofMinutes(-10))))
                .withMessageStartingWith("relearning steps must be positive durations");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 36_501})
    void theMaximumIntervalIsOneTo36500Days(int days) {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withMaximumIntervalDays(days))
                .withMessage("maximum interval must be 1 to 36500 days, was " + days);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 24})
    void theDayStartHourIsZeroTo23(int hour) {
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.defaults().withDayStartHour(hour))
                .withMessage("day start hour must be 0 to 23, was " + hour);
    }

    private static double[] withWeight(int index, double value) {
        double[] w = FsrsFixtures.W.clone();
        w[index] = value;
        return w;
    }
}
