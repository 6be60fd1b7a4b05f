package dev.opsdojo.sim.ui;

/**
 * Maps a slider position from 0 to 1 onto a value between {@code min} and {@code max} on a logarithmic scale, so
 * every step of the slider multiplies the value by the same factor (1× to 1000× speed: a third of the slider per
 * factor of ten). Values are rounded to two significant digits, and the ends map exactly onto {@code min} and
 * {@code max}.
 */
public record LogScale(double min, double max) {

    public LogScale {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("need 0 < min < max, got " + min + ", " + max);
        }
    }

    /** The value at a position; positions outside 0 to 1 are clamped. */
    public double valueAt(double position) {
        double p = Math.max(0, Math.min(1, position));
        if (p == 0) {
            return min;
        }
        if (p == 1) {
            return max;
        }
        double raw = min * Math.pow(max / min, p);
        return Math.max(min, Math.min(max, twoSignificantDigits(raw)));
    }

    /** The position of a value; values outside min to max are clamped. */
    public double positionOf(double value) {
        double v = Math.max(min, Math.min(max, value));
        return Math.log(v / min) / Math.log(max / min);
    }

    static double twoSignificantDigits(double value) {
        if (value <= 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / magnitude) * magnitude;
    }
}
