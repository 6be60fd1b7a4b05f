package dev.opsdojo.calc.queue;

/**
 * M/M/c/K: Poisson arrivals at rate λ, c exponential servers at rate μ each, one FIFO queue, and room for at most K
 * requests in the system (in service plus waiting, K ≥ c). An arrival that finds K present is refused — the "queue
 * full → errors" of a bounded worker pool. Stable for any load, since the excess is dropped.
 *
 * <p>State probabilities pₙ = p₀·aⁿ/n! for n ≤ c and p₀·(a^c/c!)·ρ^{n−c} for c &lt; n ≤ K, computed in log space and
 * normalised, so ρ = 1 needs no special case. By PASTA the blocking probability is p_K. Little's law is applied with
 * the admitted rate λ_eff = λ(1 − p_K).
 */
public final class MMcK {
    /** The largest K accepted: the state vector is held in memory. */
    public static final int MAX_CAPACITY = 10_000_000;

    private final double arrivalRatePerSecond;
    private final double serviceRatePerSecond;
    private final int servers;
    private final int capacity;
    private final double[] probabilities;
    /** 1 − p_K, summed rather than subtracted so it keeps its precision when almost everything is refused. */
    private final double admittedShare;

    private MMcK(double arrivalRatePerSecond, double serviceRatePerSecond, int servers, int capacity) {
        this.arrivalRatePerSecond = Checks.positive("arrival rate", arrivalRatePerSecond);
        this.serviceRatePerSecond = Checks.positive("service rate", serviceRatePerSecond);
        this.servers = Checks.atLeast("servers", servers, 1);
        this.capacity = Checks.atLeast("capacity", capacity, servers);
        if (capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be at most " + MAX_CAPACITY + ", was " + capacity);
        }
        double lnA = Math.log(arrivalRatePerSecond / serviceRatePerSecond);
        double lnRho = lnA - Math.log(servers);
        double[] logs = new double[capacity + 1];
        for (int n = 1; n <= capacity; n++) {
            logs[n] = logs[n - 1] + (n <= servers ? lnA - Math.log(n) : lnRho);
        }
        double norm = LogMath.logSumExp(logs);
        probabilities = new double[capacity + 1];
        for (int n = 0; n <= capacity; n++) {
            probabilities[n] = Math.exp(logs[n] - norm);
        }
        double admitted = 0;
        for (int n = 0; n < capacity; n++) {
            admitted += probabilities[n];
        }
        admittedShare = admitted;
    }

    /** λ requests/s arriving, μ requests/s per server, c servers, at most K in the system. */
    public static MMcK of(double arrivalRatePerSecond, double serviceRatePerSecond, int servers, int capacity) {
        return new MMcK(arrivalRatePerSecond, serviceRatePerSecond, servers, capacity);
    }

    public double arrivalRatePerSecond() {
        return arrivalRatePerSecond;
    }

    public double serviceRatePerSecond() {
        return serviceRatePerSecond;
    }

    public int servers() {
        return servers;
    }

    public int capacity() {
        return capacity;
    }

    /** pₙ, the long-run fraction of time with n requests in the system (0 outside 0..K). */
    public double probabilityOfState(int n) {
        return n < 0 || n > capacity ? 0 : probabilities[n];
    }

    /** p₀ … p_K (a copy). */
    public double[] stateProbabilities() {
        return probabilities.clone();
    }

    /** ρ = λ/(cμ), the offered utilization; it may exceed 1 here. */
    public double offeredUtilization() {
        return arrivalRatePerSecond / (servers * serviceRatePerSecond);
    }

    /** p_K: the share of arrivals refused (the error rate). */
    public double blockingProbability() {
        return probabilities[capacity];
    }

    /** λ_eff = λ(1 − p_K), the admitted and completed requests per second. */
    public double goodputPerSecond() {
        return arrivalRatePerSecond * admittedShare;
    }

    /** The carried server utilization: the mean number of busy servers over c, which equals λ_eff/(cμ) and is at most 1. */
    public double utilization() {
        double busy = 0;
        for (int n = 1; n <= capacity; n++) {
            busy += Math.min(n, servers) * probabilities[n];
        }
        return Math.min(1, busy / servers);
    }

    /** Lq = Σ_{n&gt;c} (n − c)·pₙ. */
    public double meanQueueLength() {
        double sum = 0;
        for (int n = servers + 1; n <= capacity; n++) {
            sum += (n - servers) * probabilities[n];
        }
        return sum;
    }

    /** L = Σ n·pₙ = Lq + λ_eff/μ. */
    public double meanInSystem() {
        double sum = 0;
        for (int n = 1; n <= capacity; n++) {
            sum += n * probabilities[n];
        }
        return sum;
    }

    /** W = L/λ_eff, for admitted requests. */
    public double meanResponseSeconds() {
        return meanInSystem() / goodputPerSecond();
    }

    /** Wq = Lq/λ_eff, for admitted requests. */
    public double meanWaitSeconds() {
        return meanQueueLength() / goodputPerSecond();
    }

    /** The probability that an admitted request waits: Σ_{n=c}^{K−1} pₙ / (1 − p_K). */
    public double probabilityAdmittedWaits() {
        double sum = 0;
        for (int n = servers; n < capacity; n++) {
            sum += probabilities[n];
        }
        return sum / admittedShare;
    }

    /** The response time of admitted requests: an admitted arrival finds n &lt; K with probability pₙ/(1 − p_K). */
    public FcfsResponseTime responseTime() {
        double[] admitted = new double[capacity];
        System.arraycopy(probabilities, 0, admitted, 0, capacity);
        return FcfsResponseTime.fromArrivalView(0, admitted, servers, serviceRatePerSecond);
    }
}
