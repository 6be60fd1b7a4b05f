package dev.opsdojo.sim.engine;

/** Where requests come from: an open stream with a rate, or a closed population of users. */
public sealed interface Workload {
    /** The most users a closed workload may have. */
    int MAX_USERS = 10_000_000;
    /** The highest arrival rate an open workload may reach, in requests per second. */
    double MAX_RATE_PER_SECOND = 10_000_000;

    /** Poisson arrivals whose rate (requests per second) follows the profile (non-homogeneous when it varies). */
    record Open(Profile ratePerSecond) implements Workload {
        public Open {
            if (ratePerSecond.maxLevel() > MAX_RATE_PER_SECOND) {
                throw new IllegalArgumentException("arrival rate must be <= " + (long) MAX_RATE_PER_SECOND
                        + " requests/s, got " + ratePerSecond.maxLevel());
            }
        }
    }

    /**
     * A closed workload of {@code users} users. Each active user thinks for a time drawn from {@code thinkTime},
     * sends one request, waits for its reply or its failure, and thinks again; a failed request is followed by a new
     * one after the think time. All users start by thinking at time 0. {@code activeUsers} (null: all of them) gives
     * the number of active users over time: user i is active while i &lt; activeUsers(t) (rounded), checked once a
     * simulated second; a user that becomes inactive finishes its request and think, then waits until it is active
     * again.
     */
    record Closed(int users, Distribution thinkTime, Profile activeUsers) implements Workload {
        public Closed {
            java.util.Objects.requireNonNull(thinkTime, "thinkTime");
            if (users < 1 || users > MAX_USERS) {
                throw new IllegalArgumentException("users must be in [1, " + MAX_USERS + "], got " + users);
            }
            if (activeUsers != null && activeUsers.maxLevel() > users) {
                throw new IllegalArgumentException("active users profile peaks at " + activeUsers.maxLevel()
                        + ", above users " + users);
            }
        }
    }

    static Workload poisson(double ratePerSecond) {
        return new Open(Profile.steady(ratePerSecond));
    }

    static Workload closed(int users, Distribution thinkTime) {
        return new Closed(users, thinkTime, null);
    }
}
