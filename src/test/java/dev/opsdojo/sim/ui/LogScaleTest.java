package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The speed slider: a third of the way per factor of ten, exact at both ends, two significant digits between. */
class LogScaleTest {
    private final LogScale speed = new LogScale(1, 1000);

    @ParameterizedTest(name = "position {0} gives {1}×")
    @CsvSource({
            "0, 1",
            "1, 1000",
            // 1000^(1/3) = 10 and 1000^(2/3) = 100
            "0.3333333333333333, 10",
            "0.6666666666666666, 100",
            // 1000^0.5 = 31.62…, two significant digits: 32
            "0.5, 32",
            // beyond the ends: clamped
            "-0.2, 1",
            "1.7, 1000"})
    void valueAtAPosition(double position, double expected) {
        assertThat(speed.valueAt(position)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0}× sits at {1}")
    @CsvSource({"1, 0", "1000, 1", "10, 0.3333333333333333", "100, 0.6666666666666666", "5000, 1", "0.5, 0"})
    void positionOfAValue(double value, double expected) {
        assertThat(speed.positionOf(value)).isCloseTo(expected, within(1e-9));
    }

    @Property
    void aValueShownOnTheSliderComesBackWithinRounding(@ForAll @DoubleRange(min = 0, max = 1) double position) {
        double value = speed.valueAt(position);
        double again = speed.valueAt(speed.positionOf(value));
        // two significant digits: at most 5 % off (e.g. 10 → 10, 1.05 → 1.1)
        assertThat(again).isCloseTo(value, within(value * 0.05));
        assertThat(value).isBetween(1.0, 1000.0);
    }
}
