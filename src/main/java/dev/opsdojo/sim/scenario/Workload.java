package dev.opsdojo.sim.scenario;

import java.util.Objects;

/**
 * Where requests come from. An open workload sends requests at a rate whatever the system does (Poisson arrivals,
 * the rate following a {@link Profile}); a closed workload has a number of users who each send a request, wait for
 * the answer (or the timeout), think for an exponentially distributed time with mean {@code thinkTimeSeconds}, and
 * send the next. {@code timeoutMs} null means the client waits for ever.
 */
public sealed interface Workload {

    Double timeoutMs();

    /** The mean arrival rate over {@code [0, durationSeconds]}: exact for open, an upper bound for closed. */
    double meanRequestsPerSecond(int durationSeconds, double meanServiceMs);

    /** Poisson arrivals at {@code ratePerSecond} (requests per second, changing over time). */
    record Open(Profile ratePerSecond, Double timeoutMs) implements Workload {
        public Open {
            Objects.requireNonNull(ratePerSecond, "ratePerSecond");
        }

        @Override
        public double meanRequestsPerSecond(int durationSeconds, double meanServiceMs) {
            return ratePerSecond.meanOver(durationSeconds);
        }
    }

    /** {@code users} (a count, changing over time) each cycling request → answer → think. */
    record Closed(Profile users, double thinkTimeSeconds, Double timeoutMs) implements Workload {
        public Closed {
            Objects.requireNonNull(users, "users");
        }

        @Override
        public double meanRequestsPerSecond(int durationSeconds, double meanServiceMs) {
            return users.meanOver(durationSeconds) / (thinkTimeSeconds + meanServiceMs / 1000.0);
        }
    }
}
