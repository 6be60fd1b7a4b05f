package dev.opsdojo.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Availability and its downtime budget, with a 365-day year and a month of a twelfth of it. */
class NinesTest {
    // Worked out here, independently of Nines' own constants.
    private static final double DAY = 24 * 60 * 60;
    private static final double WEEK = 7 * DAY;
    private static final double YEAR = 365 * DAY;
    private static final double MONTH = YEAR / 12;
    private static final double TOLERANCE = 1e-6;

    @Test
    void threeNinesAllowsAboutEightHoursFortySixMinutesAYear() {
        Nines.Budget budget = Nines.fromPercent(99.9);

        assertThat(budget.availability()).isCloseTo(0.999, within(1e-12));
        assertThat(budget.yearSeconds()).isCloseTo(31_536, within(TOLERANCE));
        assertThat(budget.monthSeconds()).isCloseTo(2_628, within(TOLERANCE));
        assertThat(budget.weekSeconds()).isCloseTo(604.8, within(TOLERANCE));
        assertThat(budget.daySeconds()).isCloseTo(86.4, within(TOLERANCE));
        assertThat(Nines.formatDuration(budget.yearSeconds())).isEqualTo("8h 45m 36s");
    }

    @ParameterizedTest(name = "{0}%")
    @CsvSource({
            "99,     0.01",
            "99.9,   0.001",
            "99.95,  0.0005",
            "99.99,  0.0001",
            "99.999, 0.00001",
            "100,    0",
            "0,      1",
    })
    void theBudgetIsTheUnavailableShareOfEachPeriod(double percent, double unavailable) {
        Nines.Budget budget = Nines.fromPercent(percent);

        assertThat(budget.yearSeconds()).isCloseTo(unavailable * YEAR, within(TOLERANCE));
        assertThat(budget.monthSeconds()).isCloseTo(unavailable * MONTH, within(TOLERANCE));
        assertThat(budget.weekSeconds()).isCloseTo(unavailable * WEEK, within(TOLERANCE));
        assertThat(budget.daySeconds()).isCloseTo(unavailable * DAY, within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}% → {1} / {2} / {3} / {4}")
    @CsvSource({
            "99.95,  15768,  1314,   302.4,  43.2",
            "99.99,  3153.6, 262.8,  60.48,  8.64",
            "99.999, 315.36, 26.28,  6.048,  0.864",
    })
    void theUsualNinesTableRows(double percent, double year, double month, double week, double day) {
        Nines.Budget budget = Nines.fromPercent(percent);

        assertThat(budget.seconds(Nines.Period.YEAR)).isCloseTo(year, within(TOLERANCE));
        assertThat(budget.seconds(Nines.Period.MONTH)).isCloseTo(month, within(TOLERANCE));
        assertThat(budget.seconds(Nines.Period.WEEK)).isCloseTo(week, within(TOLERANCE));
        assertThat(budget.seconds(Nines.Period.DAY)).isCloseTo(day, within(TOLERANCE));
    }

    @Test
    void aHundredPercentAllowsNoDowntime() {
        Nines.Budget budget = Nines.fromPercent(100);

        assertThat(budget.yearSeconds()).isZero();
        assertThat(budget.daySeconds()).isZero();
    }

    @Test
    void periodsAreAYearOf365DaysAMonthOfATwelfthAWeekAndADay() {
        assertThat(Nines.Period.YEAR.seconds).isEqualTo(YEAR);
        assertThat(Nines.Period.MONTH.seconds).isCloseTo(30.4167 * DAY, within(10.0));
        assertThat(Nines.Period.WEEK.seconds).isEqualTo(WEEK);
        assertThat(Nines.Period.DAY.seconds).isEqualTo(DAY);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.0001, 100.1, 1000, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void anAvailabilityOutsideZeroToAHundredIsRefusedWithAMessage(double percent) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nines.fromPercent(percent))
                .withMessage("availability must be a percentage from 0 to 100, was " + percent);
    }

    @Test
    void theAvailabilityForADowntimeIsTheRestOfThePeriod() {
        assertThat(Nines.availabilityFor(86.4, Nines.Period.DAY)).isCloseTo(0.999, within(1e-12));
        assertThat(Nines.availabilityFor(0, Nines.Period.YEAR)).isEqualTo(1.0);
        assertThat(Nines.availabilityFor(WEEK, Nines.Period.WEEK)).isEqualTo(0.0);
    }

    @ParameterizedTest
    @EnumSource(Nines.Period.class)
    void aDowntimeLongerThanThePeriodOrNegativeOrNotANumberIsRefused(Nines.Period period) {
        for (double downtime : new double[] {-1, period.seconds + 1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Nines.availabilityFor(downtime, period))
                    .withMessageStartingWith("downtime must be between 0 and " + (long) period.seconds + " seconds per ");
        }
    }

    @Property(tries = 500)
    void availabilityForUndoesFromPercent(@ForAll @DoubleRange(min = 0, max = 100) double percent,
                                          @ForAll Nines.Period period) {
        double downtime = Nines.fromPercent(percent).seconds(period);

        assertThat(Nines.availabilityFor(downtime, period)).isCloseTo(percent / 100, within(1e-9));
    }

    @Property(tries = 300)
    void moreAvailabilityNeverAllowsMoreDowntime(@ForAll @DoubleRange(min = 0, max = 100) double a,
                                                 @ForAll @DoubleRange(min = 0, max = 100) double b) {
        double lower = Math.min(a, b);
        double higher = Math.max(a, b);

        assertThat(Nines.fromPercent(higher).yearSeconds()).isLessThanOrEqualTo(Nines.fromPercent(lower).yearSeconds());
    }

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
            "31536,    8h 45m 36s",
            "2628,     43m 48s",
            "604.8,    10m 4.8s",
            "86.4,     1m 26.4s",
            "8.64,     8.6s",
            "315360,   3d 15h 36m",
            "26280,    7h 18m",
            "6048,     1h 40m 48s",
            "3153.6,   52m 33.6s",
            "60,       1m",
            "3600,     1h 0m",
            "86400,    1d 0h 0m",
            "0.864,    0.9s",
            "0,        0s",
            "59.9,     59.9s",
    })
    void durationsReadTheWayPeopleSayThem(double seconds, String expected) {
        assertThat(Nines.formatDuration(seconds)).isEqualTo(expected);
    }

    @Test
    void budgetsFormatCleanlyDespiteFloatingPointNoise() {
        Nines.Budget threeNines = Nines.fromPercent(99.9);

        assertThat(Nines.formatDuration(threeNines.monthSeconds())).isEqualTo("43m 48s");
        assertThat(Nines.formatDuration(threeNines.weekSeconds())).isEqualTo("10m 4.8s");
        assertThat(Nines.formatDuration(threeNines.daySeconds())).isEqualTo("1m 26.4s");
        assertThat(Nines.formatDuration(Nines.fromPercent(99).yearSeconds())).isEqualTo("3d 15h 36m");
    }

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({
            "59.97,   1m",
            "119.97,  2m",
            "3599.96, 1h 0m",
    })
    void secondsThatRoundUpToAMinuteCarryIntoTheMinutes(double seconds, String expected) {
        assertThat(Nines.formatDuration(seconds)).isEqualTo(expected);
    }

    @Test
    void ninetyPercentShowsWholeMinutes() {
        Nines.Budget ninety = Nines.fromPercent(90);

        assertThat(Nines.formatDuration(ninety.daySeconds())).isEqualTo("2h 24m");
        assertThat(Nines.formatDuration(ninety.weekSeconds())).isEqualTo("16h 48m");
        assertThat(Nines.formatDuration(ninety.yearSeconds())).isEqualTo("36d 12h 0m");
    }
}
