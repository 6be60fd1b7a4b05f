package dev.opsdojo.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The learner's calendar: a day runs from {@code dayStartHour}:00 local time in {@code zone} to the same hour the
 * next day, as Anki's "next day starts at" (4 am by default), so a late-night session still counts as that evening.
 * With zone UTC and hour 0 a day is a UTC calendar date, which is ts-fsrs' rule.
 */
public record DayClock(ZoneId zone, int dayStartHour) {

    public DayClock {
        Objects.requireNonNull(zone, "zone");
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw new IllegalArgumentException("day start hour must be 0 to 23, was " + dayStartHour);
        }
    }

    /** The learner's day that {@code instant} falls in: before the day-start hour it is still the previous date. */
    public LocalDate learnerDate(Instant instant) {
        // Shift the wall-clock time, not the instant, so the day still starts at the same hour across DST changes.
        return instant.atZone(zone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }

    /** The instant the learner's day {@code date} begins (on a DST gap, the first valid local time after it). */
    public Instant startOf(LocalDate date) {
        return date.atTime(dayStartHour, 0).atZone(zone).toInstant();
    }

    /** When the learner's day containing {@code instant} ends (the next day's start). */
    public Instant endOfDayContaining(Instant instant) {
        return startOf(learnerDate(instant).plusDays(1));
    }

    /**
     * Whole days from {@code from} to {@code to}: the number of day starts between them, so 23:00 to 01:00 the next
     * night is 0 days with a 4 am start and 1 day with midnight. Never negative: a {@code to} before {@code from}
     * counts as the same day.
     */
    public int elapsedDays(Instant from, Instant to) {
        long days = ChronoUnit.DAYS.between(learnerDate(from), learnerDate(to));
        return (int) Math.max(0, days);
    }

    /**
     * {@code days} calendar days after {@code instant}, at the same local time; that is whole 24-hour days except
     * across a DST change, which keeps a card due at the time of day it was last reviewed.
     */
    public Instant plusDays(Instant instant, long days) {
        return instant.atZone(zone).plusDays(days).toInstant();
    }
}
