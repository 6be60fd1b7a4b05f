package dev.opsdojo.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The learner's calendar: days that start at a local hour. */
class DayClockTest {
    private static final DayClock UTC_4AM = new DayClock(ZoneOffset.UTC, 4);
    private static final DayClock UTC_MIDNIGHT = new DayClock(ZoneOffset.UTC, 0);

    @ParameterizedTest(name = "{0} is on {1}")
    @CsvSource({
            "2026-03-10T03:59:59Z, 2026-03-09",
            "2026-03-10T04:00:00Z, 2026-03-10",
            "2026-03-10T23:59:59Z, 2026-03-10",
            "2026-03-11T00:30:00Z, 2026-03-10",
    })
    void beforeTheDayStartHourItIsStillThePreviousDay(Instant instant, LocalDate learnerDate) {
        assertThat(UTC_4AM.learnerDate(instant)).isEqualTo(learnerDate);
    }

    @ParameterizedTest(name = "{0} → {1}: {2} day(s) from 4 am, {3} from midnight")
    @CsvSource({
            "2026-03-10T03:00:00Z, 2026-03-10T05:00:00Z, 1, 0",   // two hours across 4 am
            "2026-03-10T04:30:00Z, 2026-03-11T03:30:00Z, 0, 1",   // 23 hours, still before the next 4 am
            "2026-03-10T23:00:00Z, 2026-03-11T01:00:00Z, 0, 1",   // across midnight only (py-fsrs' floor(Δ/24h) says 0)
            "2026-03-10T12:00:00Z, 2026-03-20T12:00:00Z, 10, 10",
            "2026-03-10T12:00:00Z, 2026-03-10T11:00:00Z, 0, 0",   // backwards counts as the same day
    })
    void elapsedDaysCountDayStartsNotHours(Instant from, Instant to, int fromFourAm, int fromMidnight) {
        assertThat(UTC_4AM.elapsedDays(from, to)).isEqualTo(fromFourAm);
        assertThat(UTC_MIDNIGHT.elapsedDays(from, to)).isEqualTo(fromMidnight);
    }

    @Test
    void theDayStartsAtTheSameLocalHourAcrossDaylightSavingChanges() {
        DayClock berlin = new DayClock(ZoneId.of("Europe/Berlin"), 4);

        // 25 October 2026: clocks go back at 03:00 CEST; the day still starts at 04:00 CET.
        assertThat(berlin.startOf(LocalDate.parse("2026-10-25"))).isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
        assertThat(berlin.startOf(LocalDate.parse("2026-10-24"))).isEqualTo(Instant.parse("2026-10-24T02:00:00Z"));
        // 04:30 CEST on the 24th to 03:30 CET on the 25th is 24 hours, but the same learner day.
        assertThat(berlin.elapsedDays(Instant.parse("2026-10-24T02:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"))).isZero();
    }

    @Test
    void plusDaysKeepsTheWallClockTime() {
        DayClock berlin = new DayClock(ZoneId.of("Europe/Berlin"), 4);
        Instant saturdayNineAm = Instant.parse("2026-03-28T08:00:00Z");

        Instant due = berlin.plusDays(saturdayNineAm, 2);

        assertThat(due).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(berlin.elapsedDays(saturdayNineAm, due)).isEqualTo(2);
        assertThat(UTC_4AM.plusDays(saturdayNineAm, 2)).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void theDayStartHourIsZeroTo23() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DayClock(ZoneOffset.UTC, 24))
                .withMessage("day start hour must be 0 to 23, was 24");
    }
}
