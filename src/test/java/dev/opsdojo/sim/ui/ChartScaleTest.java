package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chart axes end at 1, 2, 2.5 or 5 times a power of ten; the dot stream grows with the logarithm of the rate. */
class ChartScaleTest {

    @ParameterizedTest(name = "{0} rounds up to {1}")
    @CsvSource({"0.3, 0.5", "1, 1", "1.2, 2", "2.1, 2.5", "3, 5", "7, 10", "10, 10", "899, 1000", "1001, 2000", "0, 1", "-5, 1"})
    void niceCeiling(double value, double expected) {
        assertThat(TimelineChart.niceCeiling(value)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @ParameterizedTest(name = "{0} req/s: {1} dots")
    @CsvSource({
            "0, 0",
            // 8 × log10(1 + 0.2) = 0.63 → rounds to 1, and any traffic shows at least one dot
            "0.2, 1",
            // 8 × log10(10) = 8
            "9, 8",
            // 8 × log10(1000) = 24
            "999, 24",
            // 8 × log10(10^7) = 56, capped at 48
            "9999999, 48"})
    void flowDots(double rps, int expected) {
        assertThat(FlowStrip.dots(rps)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource({"0, 0:00", "59.9, 0:59", "61, 1:01", "3600, 1:00:00", "3725, 1:02:05", "-3, 0:00", "NaN, 0:00"})
    void clock(double seconds, String expected) {
        assertThat(Clock.format(seconds)).isEqualTo(expected);
    }
}
