package dev.opsdojo.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The learner's day. Like Anki, a new day starts at a configurable hour (default 4 AM local), so a late-night
 * session still counts as "today" and its cards are not due again before the learner has slept.
 */
public record StudyDay(ZoneId zone, int startHour) {

    public StudyDay {
        if (startHour < 0 || startHour > 23) {
            throw new IllegalArgumentException("the day start hour must be 0..23, was " + startHour);
        }
    }

    /** The study date an instant belongs to. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).minusHours(startHour).toLocalDate();
    }

    /** When a study date begins. */
    public Instant startOf(LocalDate date) {
        return ZonedDateTime.of(date.atStartOfDay(), zone).plusHours(startHour).toInstant();
    }

    /** When the study day containing {@code instant} ends (the next day's start). */
    public Instant endOfDayContaining(Instant instant) {
        return startOf(dateOf(instant).plusDays(1));
    }
}
