package dev.opsdojo.calc.queue;

import java.util.Arrays;

/**
 * The closed (interactive) workload: N users, each thinking for a time with mean Z, then sending one request and
 * waiting for its reply, in front of one pool of c servers with exponential service of mean S and one shared FIFO
 * queue. The arrival rate is an output here, not an input.
 *
 * <p>The number n of requests in the pool is a finite-source birth–death chain with
 * pₙ ∝ Π_{k=1..n} [(N−k+1)/Z] / [min(k,c)/S]; its stationary distribution does not depend on the think-time
 * distribution beyond its mean. It is computed in log space, starting at the mode and walking outward until the
 * probabilities fall below e^{−50} of the peak, so a chain of millions of users costs only the states that matter.
 * Throughput X = Σ pₙ·min(n,c)/S, mean response R = L/X (= N/X − Z by the interactive response-time law), and by the
 * arrival theorem a request finds the pool as the same system with N − 1 users sees it in steady state.
 */
public final class ClosedPool {
    /** States whose probability is below e^{−CUTOFF} of the most likely state are dropped. */
    private static final double CUTOFF = 50;

    private final int users;
    private final double thinkSeconds;
    private final double serviceSeconds;
    private final int servers;
    private final int firstState;
    private final double[] probabilities;
    private final double throughputPerSecond;
    private final double meanInPool;
    private FcfsResponseTime responseTime;

    private ClosedPool(int users, double thinkSeconds, double serviceSeconds, int servers) {
        this.users = users;
        this.thinkSeconds = thinkSeconds;
        this.serviceSeconds = serviceSeconds;
        this.servers = servers;
        int mode = mode();
        double[] up = new double[16];
        int upCount = 0;
        double lp = 0;
        for (int n = mode + 1; n <= users; n++) {
            lp += lnRatio(n);
            if (lp < -CUTOFF) {
                break;
            }
            if (upCount == up.length) {
                up = Arrays.copyOf(up, up.length * 2);
            }
            up[upCount++] = lp;
        }
        double[] down = new double[16];
        int downCount = 0;
        lp = 0;
        for (int n = mode - 1; n >= 0; n--) {
            lp -= lnRatio(n + 1);
            if (lp < -CUTOFF) {
                break;
            }
            if (downCount == down.length) {
                down = Arrays.copyOf(down, down.length * 2);
            }
            down[downCount++] = lp;
        }
        firstState = mode - downCount;
        probabilities = new double[downCount + 1 + upCount];
        for (int i = 0; i < downCount; i++) {
            probabilities[downCount - 1 - i] = Math.exp(down[i]);
        }
        probabilities[downCount] = 1;
        for (int i = 0; i < upCount; i++) {
            probabilities[downCount + 1 + i] = Math.exp(up[i]);
        }
        double total = 0;
        for (double p : probabilities) {
            total += p;
        }
        double busy = 0;
        double present = 0;
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= total;
            int n = firstState + i;
            busy += probabilities[i] * Math.min(n, servers);
            present += probabilities[i] * n;
        }
        this.throughputPerSecond = busy / serviceSeconds;
        this.meanInPool = present;
    }

    /**
     * N users thinking {@code thinkSeconds} on average (0 allowed: every user always has a request in the pool),
     * exponential service with mean {@code serviceSeconds}, c servers.
     */
    public static ClosedPool of(int users, double thinkSeconds, double serviceSeconds, int servers) {
        Checks.atLeast("users", users, 1);
        Checks.nonNegative("think time", thinkSeconds);
        Checks.positive("service time", serviceSeconds);
        Checks.atLeast("servers", servers, 1);
        return new ClosedPool(users, thinkSeconds, serviceSeconds, servers);
    }

    /** ln(pₙ/pₙ₋₁) = ln[(N−n+1)·S / (Z·min(n,c))]; +∞ when Z = 0. */
    private double lnRatio(int n) {
        return Math.log(users - n + 1.0) + Math.log(serviceSeconds) - Math.log(thinkSeconds) - Math.log(Math.min(n, servers));
    }

    /** The most likely n: the last n whose ratio pₙ/pₙ₋₁ is still ≥ 1 (the ratio falls as n grows). */
    private int mode() {
        if (users == 0) {
            return 0;
        }
        double guess = (users + 1.0) * serviceSeconds / (thinkSeconds + serviceSeconds);
        if (guess > servers) {
            guess = thinkSeconds == 0 ? users : users + 1.0 - thinkSeconds * servers / serviceSeconds;
        }
        int m = (int) Math.max(0, Math.min(users, Math.floor(guess)));
        while (m < users && lnRatio(m + 1) >= 0) {
            m++;
        }
        while (m > 0 && lnRatio(m) < 0) {
            m--;
        }
        return m;
    }

    public int users() {
        return users;
    }

    public double thinkSeconds() {
        return thinkSeconds;
    }

    public double serviceSeconds() {
        return serviceSeconds;
    }

    public int servers() {
        return servers;
    }

    /** pₙ, the long-run fraction of time with n requests in the pool (0 for the dropped, negligible states). */
    public double probabilityOfState(int n) {
        int i = n - firstState;
        return i < 0 || i >= probabilities.length ? 0 : probabilities[i];
    }

    /** The smallest n whose probability is kept; {@link #stateProbabilities()} starts there. */
    public int firstState() {
        return firstState;
    }

    /** pₙ for n = firstState() … firstState() + length − 1 (a copy). */
    public double[] stateProbabilities() {
        return probabilities.clone();
    }

    /** X = Σ pₙ·min(n,c)/S requests per second. */
    public double throughputPerSecond() {
        return throughputPerSecond;
    }

    /** The mean number of busy servers over c, = X·S/c. */
    public double utilization() {
        return throughputPerSecond * serviceSeconds / servers;
    }

    /** L = Σ n·pₙ, requests in the pool (in service or waiting). */
    public double meanInPool() {
        return meanInPool;
    }

    /** R = L/X, which equals N/X − Z. */
    public double meanResponseSeconds() {
        return meanInPool / throughputPerSecond;
    }

    /** The asymptotic bound X ≤ min(N/(S+Z), c/S). */
    public double throughputUpperBoundPerSecond() {
        return Math.min(users / (serviceSeconds + thinkSeconds), servers / serviceSeconds);
    }

    /** The asymptotic bound R ≥ max(S, N·S/c − Z). */
    public double responseLowerBoundSeconds() {
        return Math.max(serviceSeconds, users * serviceSeconds / servers - thinkSeconds);
    }

    /** The knee N* = c(S+Z)/S: below it R ≈ S, above it each extra user adds S/c to R. */
    public double kneeUsers() {
        return servers * (serviceSeconds + thinkSeconds) / serviceSeconds;
    }

    /** The response-time distribution of a request: the pool as the same system with N − 1 users sees it. */
    public FcfsResponseTime responseTime() {
        if (responseTime == null) {
            ClosedPool seen = new ClosedPool(users - 1, thinkSeconds, serviceSeconds, servers);
            responseTime = FcfsResponseTime.fromArrivalView(seen.firstState, seen.probabilities, servers, 1 / serviceSeconds);
        }
        return responseTime;
    }

    /** The p-quantile of the response time (exact for this model, by bisection). */
    public double responseQuantileSeconds(double p) {
        return responseTime().quantileSeconds(p);
    }
}
