package dev.opsdojo.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Load shapes: piecewise-linear values over time, and their mean (which the request guard uses). */
class ProfileTest {

    @ParameterizedTest(name = "ramp 10→30 from 100 s over 200 s at {0} s is {1}")
    @CsvSource({"0, 10", "100, 10", "200, 20", "300, 30", "1000, 30"})
    void aRampIsLevelThenLinearThenLevel(double t, double expected) {
        assertThat(new Profile.Ramp(10, 30, 100, 200).valueAt(t)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void theMeanOfARampIsItsAreaOverTheDuration() {
        double area = 10 * 100 + (10 + 30) / 2.0 * 200 + 30 * 100;

        assertThat(new Profile.Ramp(10, 30, 100, 200).meanOver(400)).isCloseTo(area / 400, within(1e-9));
    }

    @ParameterizedTest(name = "spike at {0} s is {1}")
    @CsvSource({"99, 5", "100, 50", "105, 50", "109.9, 50", "110, 5", "110.5, 5"})
    void aSpikeHoldsItsPeakFromItsStartUntilJustBeforeItsEnd(double t, double expected) {
        assertThat(new Profile.Spike(5, 50, 100, 10).valueAt(t)).isEqualTo(expected);
    }

    @Test
    void theMeanOfASpikeCountsThePeakOnlyForItsDuration() {
        assertThat(new Profile.Spike(5, 50, 100, 10).meanOver(200)).isCloseTo((5 * 190 + 50 * 10) / 200.0, within(1e-9));
    }

    @Test
    void aFlashSaleClimbsHoldsAndFalls() {
        Profile sale = new Profile.FlashSale(10_000, 600, 1200, 100_000, 1200, 600);

        assertThat(sale.valueAt(300)).isEqualTo(10_000);
        assertThat(sale.valueAt(900)).isCloseTo(55_000, within(1e-6));
        assertThat(sale.valueAt(2000)).isEqualTo(100_000);
        assertThat(sale.valueAt(2700)).isCloseTo(55_000, within(1e-6));
        assertThat(sale.valueAt(3500)).isEqualTo(10_000);
        double area = 10_000 * 600 + 55_000 * 600 + 100_000 * 1200 + 55_000 * 600 + 10_000 * 600;
        assertThat(sale.meanOver(3600)).isCloseTo(area / 3600, within(1e-6));
        assertThat(sale.maxValue()).isEqualTo(100_000);
    }

    @Test
    void pointsAreJoinedByStraightLinesAndLevelAfterTheLast() {
        Profile points = new Profile.Points(List.of(new Profile.Point(0, 0), new Profile.Point(10, 100)));

        assertThat(points.valueAt(2.5)).isCloseTo(25, within(1e-9));
        assertThat(points.meanOver(20)).isCloseTo((0.5 * 10 * 100 + 10 * 100) / 20.0, within(1e-9));
    }

    @Test
    void theMeanOnlyCoversTheRun() {
        assertThat(new Profile.Ramp(0, 100, 50, 10).meanOver(50)).as("the ramp starts when the run ends").isZero();
    }
}
