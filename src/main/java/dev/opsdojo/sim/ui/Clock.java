package dev.opsdojo.sim.ui;

/** Simulated time as a learner reads it: m:ss under an hour, h:mm:ss from an hour. Negative or NaN reads 0:00. */
public final class Clock {
    public static String format(double seconds) {
        long s = Double.isNaN(seconds) || seconds < 0 ? 0 : (long) Math.floor(seconds);
        long hours = s / 3600;
        long minutes = (s % 3600) / 60;
        long rest = s % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }

    private Clock() {
    }
}
