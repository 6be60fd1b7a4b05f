package dev.opsdojo.sim.engine;

import java.util.Arrays;

/**
 * A level that varies over simulated time, linear between breakpoints and constant after the last one. For an open
 * workload the level is the arrival rate in requests per second; for a closed workload it is the number of active
 * users. The presets:
 * <ul>
 * <li>{@link #steady}: one level throughout.</li>
 * <li>{@link #ramp}: {@code from} until {@code startSeconds}, rising (or falling) linearly to {@code to} over
 * {@code rampSeconds}, then {@code to}.</li>
 * <li>{@link #spike}: {@code base}, jumping within one second to {@code peak} at {@code atSeconds}, holding it for
 * {@code holdSeconds}, and back to {@code base} within one second.</li>
 * <li>{@link #flashSale}: the course's flash sale: {@code base} until {@code climbStartSeconds}, a pre-sale climb
 * to {@code preSaleFraction}·peak by {@code saleStartSeconds}, a jump to {@code peak} within 5 seconds when the sale
 * opens, a plateau until {@code peakEndSeconds}, and a linear fall back to {@code base} by
 * {@code fallEndSeconds}.</li>
 * </ul>
 */
public final class Profile {
    private final double[] timesSeconds;
    private final double[] levels;

    private Profile(double[] timesSeconds, double[] levels) {
        this.timesSeconds = timesSeconds;
        this.levels = levels;
    }

    /**
     * A piecewise-linear profile through (timesSeconds[i], levels[i]); times start at 0 and do not decrease (equal
     * times make a step), levels are finite and ≥ 0.
     */
    public static Profile piecewiseLinear(double[] timesSeconds, double[] levels) {
        if (timesSeconds.length == 0 || timesSeconds.length != levels.length) {
            throw new IllegalArgumentException("profile needs as many times as levels, at least one");
        }
        if (timesSeconds[0] != 0) {
            throw new IllegalArgumentException("profile must start at time 0, got " + timesSeconds[0]);
        }
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] >= 0) || Double.isInfinite(levels[i])) {
                throw new IllegalArgumentException("profile levels must be finite and >= 0, got " + levels[i]);
            }
            if (i > 0 && !(timesSeconds[i] >= timesSeconds[i - 1])) {
                throw new IllegalArgumentException("profile times must not decrease, got " + timesSeconds[i]
                        + " after " + timesSeconds[i - 1]);
            }
        }
        return new Profile(timesSeconds.clone(), levels.clone());
    }

    public static Profile steady(double level) {
        return piecewiseLinear(new double[] {0}, new double[] {level});
    }

    public static Profile ramp(double from, double to, double startSeconds, double rampSeconds) {
        return piecewiseLinear(new double[] {0, startSeconds, startSeconds + rampSeconds},
                new double[] {from, from, to});
    }

    public static Profile spike(double base, double peak, double atSeconds, double holdSeconds) {
        return piecewiseLinear(new double[] {0, atSeconds, atSeconds + 1, atSeconds + 1 + holdSeconds,
            atSeconds + 2 + holdSeconds}, new double[] {base, base, peak, peak, base});
    }

    public static Profile flashSale(double base, double peak, double preSaleFraction, double climbStartSeconds,
            double saleStartSeconds, double peakEndSeconds, double fallEndSeconds) {
        if (!(preSaleFraction >= 0 && preSaleFraction <= 1)) {
            throw new IllegalArgumentException("preSaleFraction must be in [0, 1], got " + preSaleFraction);
        }
        double preSale = Math.max(base, preSaleFraction * peak);
        return piecewiseLinear(new double[] {0, climbStartSeconds, saleStartSeconds, saleStartSeconds + 5,
            peakEndSeconds, fallEndSeconds}, new double[] {base, base, preSale, peak, peak, base});
    }

    /**
     * The flash-sale preset for one hour: 20% of the peak until minute 15, a climb to half the peak by minute 25
     * (the sale opens), the peak until minute 40, back to 20% by minute 50.
     */
    public static Profile flashSaleHour(double peak) {
        return flashSale(0.2 * peak, peak, 0.5, 900, 1500, 2400, 3000);
    }

    /** The level at a time (the last level after the last breakpoint). */
    public double levelAt(double seconds) {
        int i = segmentAt(seconds, 0);
        if (i == levels.length - 1) {
            return levels[i];
        }
        double t0 = timesSeconds[i];
        double t1 = timesSeconds[i + 1];
        return t1 == t0 ? levels[i + 1] : levels[i] + (levels[i + 1] - levels[i]) * (seconds - t0) / (t1 - t0);
    }

    /** The level if it never changes, else NaN. */
    double constantLevel() {
        return Arrays.stream(levels).allMatch(l -> l == levels[0]) ? levels[0] : Double.NaN;
    }

    /** The highest level anywhere. */
    public double maxLevel() {
        return Arrays.stream(levels).max().orElse(0);
    }

    /** The integral of the level from 0 to a time (for a rate: the expected number of arrivals). */
    public double integral(double untilSeconds) {
        double area = 0;
        for (int i = 0; i < levels.length - 1 && timesSeconds[i] < untilSeconds; i++) {
            double t1 = Math.min(timesSeconds[i + 1], untilSeconds);
            double dt = t1 - timesSeconds[i];
            area += dt * (levels[i] + levelAt(t1)) / 2;
        }
        double last = timesSeconds[levels.length - 1];
        if (untilSeconds > last) {
            area += (untilSeconds - last) * levels[levels.length - 1];
        }
        return area;
    }

    int segmentAt(double seconds, int hint) {
        int i = Math.max(0, Math.min(hint, levels.length - 1));
        while (i > 0 && timesSeconds[i] > seconds) {
            i--;
        }
        while (i < levels.length - 1 && timesSeconds[i + 1] <= seconds) {
            i++;
        }
        return i;
    }

    /**
     * The time of the next event of a Poisson process with this profile as its rate, given the current time and an
     * Exp(1) draw: the t with ∫_now^t rate = unitExp, solved exactly on each linear piece. +∞ when the rate stays 0.
     */
    double nextArrival(double now, double unitExp, int[] segmentHint) {
        double remaining = unitExp;
        double s = now;
        int i = segmentAt(s, segmentHint[0]);
        while (true) {
            segmentHint[0] = i;
            boolean last = i == levels.length - 1;
            double rateAtS = levelAt(s);
            if (last) {
                return rateAtS > 0 ? s + remaining / rateAtS : Double.POSITIVE_INFINITY;
            }
            double t1 = timesSeconds[i + 1];
            double width = t1 - s;
            if (width > 0) {
                double slope = (levels[i + 1] - levels[i]) / (t1 - timesSeconds[i]);
                double disc = rateAtS * rateAtS + 2 * slope * remaining;
                if (disc >= 0) {
                    double root = Math.sqrt(disc);
                    double denom = rateAtS + root;
                    if (denom > 0) {
                        double d = 2 * remaining / denom;
                        if (d <= width) {
                            return s + d;
                        }
                    }
                }
                remaining -= width * (rateAtS + levels[i + 1]) / 2;
                if (remaining < 0) {
                    remaining = 0;
                }
            }
            s = t1;
            i++;
        }
    }
}
