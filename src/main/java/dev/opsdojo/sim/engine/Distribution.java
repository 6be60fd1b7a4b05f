package dev.opsdojo.sim.engine;

import java.util.SplittableRandom;

/** A distribution of durations in seconds (service times, think times), sampled from a given random stream. */
public sealed interface Distribution {
    /** The largest mean or median accepted: one day. */
    double MAX_SECONDS = 86_400;

    double sampleSeconds(SplittableRandom random);

    double meanSeconds();

    static Distribution constant(double seconds) {
        return new Constant(seconds);
    }

    static Distribution exponential(double meanSeconds) {
        return new Exponential(meanSeconds);
    }

    /** A log-normal with the given median and 99th percentile (p99 ≥ median). */
    static Distribution logNormal(double medianSeconds, double p99Seconds) {
        return new LogNormal(medianSeconds, p99Seconds);
    }

    private static void checkSeconds(String name, double seconds, boolean zeroAllowed) {
        if (!(seconds >= 0) || (!zeroAllowed && seconds == 0) || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "in [0, " : "in (0, ") + MAX_SECONDS
                    + "] seconds, got " + seconds);
        }
    }

    /** Always the same duration. */
    record Constant(double seconds) implements Distribution {
        public Constant {
            checkSeconds("constant seconds", seconds, true);
        }

        @Override
        public double sampleSeconds(SplittableRandom random) {
            return seconds;
        }

        @Override
        public double meanSeconds() {
            return seconds;
        }
    }

    /** Exponential with the given mean: −mean·ln(U). */
    record Exponential(double meanSeconds) implements Distribution {
        public Exponential {
            checkSeconds("exponential mean seconds", meanSeconds, false);
        }

        @Override
        public double sampleSeconds(SplittableRandom random) {
            return -meanSeconds * Math.log(1.0 - random.nextDouble());
        }
    }

    /**
     * Log-normal fixed by its median m and 99th percentile q: μ = ln m and σ = ln(q/m)/z₀.₉₉ with z₀.₉₉ ≈ 2.3263, so
     * the mean is m·e^{σ²/2}.
     */
    record LogNormal(double medianSeconds, double p99Seconds) implements Distribution {
        static final double Z99 = 2.3263478740408408;

        public LogNormal {
            checkSeconds("log-normal median seconds", medianSeconds, false);
            checkSeconds("log-normal p99 seconds", p99Seconds, false);
            if (p99Seconds < medianSeconds) {
                throw new IllegalArgumentException("log-normal p99 seconds must be >= the median, got p99 " + p99Seconds
                        + " < median " + medianSeconds);
            }
        }

        double sigma() {
            return Math.log(p99Seconds / medianSeconds) / Z99;
        }

        @Override
        public double sampleSeconds(SplittableRandom random) {
            return medianSeconds * Math.exp(sigma() * random.nextGaussian());
        }

        @Override
        public double meanSeconds() {
            double s = sigma();
            return medianSeconds * Math.exp(s * s / 2);
        }
    }
}
