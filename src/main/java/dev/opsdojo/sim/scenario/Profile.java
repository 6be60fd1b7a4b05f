package dev.opsdojo.sim.scenario;

import java.util.List;

/**
 * A value that changes over simulated time: a request rate (per second) or a number of users. Times are seconds from
 * the start of the run; between the given corners the value changes linearly, and before the first and after the last
 * corner it stays level. Every shape is equivalent to a list of {@link #corners()}.
 */
public sealed interface Profile {

    /** The corners of the piecewise-linear curve, in time order (at least one). */
    List<Point> corners();

    /** A corner of the curve: {@code value} at {@code tSeconds}. */
    record Point(double tSeconds, double value) {
    }

    /** The value at time {@code tSeconds}; at a step (two corners at one time) the value after the step. */
    default double valueAt(double tSeconds) {
        List<Point> c = corners();
        if (tSeconds < c.get(0).tSeconds()) {
            return c.get(0).value();
        }
        int last = 0;
        while (last + 1 < c.size() && c.get(last + 1).tSeconds() <= tSeconds) {
            last++;
        }
        if (last == c.size() - 1) {
            return c.get(last).value();
        }
        Point a = c.get(last);
        Point b = c.get(last + 1);
        return a.value() + (b.value() - a.value()) * (tSeconds - a.tSeconds()) / (b.tSeconds() - a.tSeconds());
    }

    /** The largest value the curve takes. */
    default double maxValue() {
        return corners().stream().mapToDouble(Point::value).max().orElse(0);
    }

    /** The mean value over {@code [0, durationSeconds]} (the area under the curve divided by the duration). */
    default double meanOver(double durationSeconds) {
        List<Point> c = corners();
        if (durationSeconds <= 0) {
            return valueAt(0);
        }
        Point first = c.get(0);
        Point last = c.get(c.size() - 1);
        double area = first.value() * clippedLength(Double.NEGATIVE_INFINITY, first.tSeconds(), durationSeconds)
                + last.value() * clippedLength(last.tSeconds(), Double.POSITIVE_INFINITY, durationSeconds);
        for (int i = 1; i < c.size(); i++) {
            Point a = c.get(i - 1);
            Point b = c.get(i);
            double lo = Math.max(0, a.tSeconds());
            double hi = Math.min(durationSeconds, b.tSeconds());
            if (hi > lo) {
                double slope = (b.value() - a.value()) / (b.tSeconds() - a.tSeconds());
                double vLo = a.value() + slope * (lo - a.tSeconds());
                double vHi = a.value() + slope * (hi - a.tSeconds());
                area += (vLo + vHi) / 2 * (hi - lo);
            }
        }
        return area / durationSeconds;
    }

    private static double clippedLength(double from, double to, double durationSeconds) {
        return Math.max(0, Math.min(to, durationSeconds) - Math.max(from, 0));
    }

    /** The same value all the time. */
    record Steady(double value) implements Profile {
        @Override
        public List<Point> corners() {
            return List.of(new Point(0, value));
        }
    }

    /** {@code from} until {@code startSeconds}, then linearly to {@code to} over {@code overSeconds}, then {@code to}. */
    record Ramp(double from, double to, double startSeconds, double overSeconds) implements Profile {
        @Override
        public List<Point> corners() {
            return List.of(new Point(startSeconds, from), new Point(startSeconds + overSeconds, to));
        }
    }

    /** {@code base}, jumping to {@code peak} at {@code atSeconds} for {@code durationSeconds}, then {@code base} again. */
    record Spike(double base, double peak, double atSeconds, double durationSeconds) implements Profile {
        @Override
        public List<Point> corners() {
            double end = atSeconds + durationSeconds;
            return List.of(new Point(atSeconds, base), new Point(atSeconds, peak), new Point(end, peak), new Point(end, base));
        }
    }

    /**
     * A flash sale: {@code base} until {@code climbStartSeconds}, a linear pre-sale climb to {@code peak} reached at
     * {@code saleStartSeconds}, {@code peak} held for {@code peakSeconds}, then a linear fall back to {@code base}
     * over {@code fallSeconds}.
     */
    record FlashSale(double base, double climbStartSeconds, double saleStartSeconds, double peak, double peakSeconds,
            double fallSeconds) implements Profile {
        @Override
        public List<Point> corners() {
            double saleEnd = saleStartSeconds + peakSeconds;
            return List.of(new Point(climbStartSeconds, base), new Point(saleStartSeconds, peak), new Point(saleEnd, peak),
                    new Point(saleEnd + fallSeconds, base));
        }
    }

    /** Explicit corners {@code [[tSeconds, value], …]}, times not decreasing (equal times make a step). */
    record Points(List<Point> points) implements Profile {
        public Points {
            points = List.copyOf(points);
        }

        @Override
        public List<Point> corners() {
            return points;
        }
    }
}
