package dev.opsdojo.calc;

import java.util.Locale;

/**
 * Availability and its downtime budget. A year is 365 days, a month a twelfth of that (30.4167 days),
 * as the usual "nines" tables count. Downtime = (1 − availability) × period.
 */
public final class Nines {
    public static final double DAY_SECONDS = 86_400;
    public static final double WEEK_SECONDS = 7 * DAY_SECONDS;
    public static final double YEAR_SECONDS = 365 * DAY_SECONDS;
    public static final double MONTH_SECONDS = YEAR_SECONDS / 12;

    public enum Period {
        YEAR(YEAR_SECONDS), MONTH(MONTH_SECONDS), WEEK(WEEK_SECONDS), DAY(DAY_SECONDS);

        public final double seconds;

        Period(double seconds) {
            this.seconds = seconds;
        }
    }

    /** Allowed downtime per period, in seconds. */
    public record Budget(double availability, double yearSeconds, double monthSeconds, double weekSeconds, double daySeconds) {
        public double seconds(Period period) {
            return switch (period) {
                case YEAR -> yearSeconds;
                case MONTH -> monthSeconds;
                case WEEK -> weekSeconds;
                case DAY -> daySeconds;
            };
        }
    }

    private Nines() {
    }

    /** The downtime budget of an availability given in percent (e.g. 99.95). */
    public static Budget fromPercent(double percent) {
        if (!Double.isFinite(percent) || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("availability must be a percentage from 0 to 100, was " + percent);
        }
        double availability = percent / 100;
        double down = 1 - availability;
        return new Budget(availability, down * YEAR_SECONDS, down * MONTH_SECONDS, down * WEEK_SECONDS, down * DAY_SECONDS);
    }

    /** The availability (a fraction) that allows {@code downtimeSeconds} of downtime per period. */
    public static double availabilityFor(double downtimeSeconds, Period period) {
        if (!Double.isFinite(downtimeSeconds) || downtimeSeconds < 0 || downtimeSeconds > period.seconds) {
            throw new IllegalArgumentException("downtime must be between 0 and " + (long) period.seconds + " seconds per " + period.name().toLowerCase(Locale.ROOT));
        }
        return 1 - downtimeSeconds / period.seconds;
    }

    /** "8h 45m 36s", "43m 48s", "1m 26.4s", "0.9s": a duration the way people read downtime. */
    public static String formatDuration(double seconds) {
        // Round to tenths first, then split, so 59.97 s reads "1m", not "60s", and 8639.999… reads "2h 24m".
        long tenths = Math.round(seconds * 10);
        if (tenths < 600) {
            return trim(tenths / 10.0) + "s";
        }
        long whole = tenths / 10;
        long days = whole / 86_400;
        long hours = whole % 86_400 / 3600;
        long minutes = whole % 3600 / 60;
        long secTenths = tenths % 600;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (hours > 0 || days > 0) {
            out.append(hours).append("h ");
        }
        out.append(minutes).append("m");
        if (secTenths > 0) {
            out.append(' ').append(trim(secTenths / 10.0)).append('s');
        }
        return out.toString();
    }

    private static String trim(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
