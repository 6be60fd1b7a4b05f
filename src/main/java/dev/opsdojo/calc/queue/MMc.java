package dev.opsdojo.calc.queue;

/**
 * M/M/c: Poisson arrivals at rate λ, c servers each serving at rate μ (exponential service), one shared FIFO queue
 * with no limit — what a least-connections or central-queue load balancer approximates.
 *
 * <p>Utilization ρ = λ/(cμ); the system is stable only when ρ &lt; 1. For an unstable system the waits and queue
 * lengths are reported as +∞, the probability of waiting as 1 and the throughput as the servers' capacity cμ.
 */
public final class MMc {
    private final double arrivalRatePerSecond;
    private final double serviceRatePerSecond;
    private final int servers;
    private final double probabilityOfWaiting;

    private MMc(double arrivalRatePerSecond, double serviceRatePerSecond, int servers) {
        this.arrivalRatePerSecond = Checks.positive("arrival rate", arrivalRatePerSecond);
        this.serviceRatePerSecond = Checks.positive("service rate", serviceRatePerSecond);
        this.servers = Checks.atLeast("servers", servers, 1);
        this.probabilityOfWaiting = Erlang.waiting(offeredLoadErlangs(), servers);
    }

    /** λ requests/s arriving, μ requests/s served by each of c servers. */
    public static MMc of(double arrivalRatePerSecond, double serviceRatePerSecond, int servers) {
        return new MMc(arrivalRatePerSecond, serviceRatePerSecond, servers);
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

    /** a = λ/μ, the offered load in Erlangs: the mean number of busy servers when stable. */
    public double offeredLoadErlangs() {
        return arrivalRatePerSecond / serviceRatePerSecond;
    }

    /** ρ = λ/(cμ). */
    public double utilization() {
        return arrivalRatePerSecond / (servers * serviceRatePerSecond);
    }

    /** Whether ρ &lt; 1, so the queue has a steady state. */
    public boolean stable() {
        return utilization() < 1;
    }

    /** Erlang C: the probability that an arrival has to wait (1 when unstable). */
    public double probabilityOfWaiting() {
        return probabilityOfWaiting;
    }

    /** Completed requests per second: λ when stable, cμ otherwise. */
    public double throughputPerSecond() {
        return stable() ? arrivalRatePerSecond : servers * serviceRatePerSecond;
    }

    private double drainRate() {
        return servers * serviceRatePerSecond - arrivalRatePerSecond;
    }

    /** Wq = C/(cμ − λ). */
    public double meanWaitSeconds() {
        return stable() ? probabilityOfWaiting / drainRate() : Double.POSITIVE_INFINITY;
    }

    /** W = Wq + 1/μ. */
    public double meanResponseSeconds() {
        return meanWaitSeconds() + 1 / serviceRatePerSecond;
    }

    /** Lq = λ·Wq, the mean number waiting. */
    public double meanQueueLength() {
        return stable() ? arrivalRatePerSecond * meanWaitSeconds() : Double.POSITIVE_INFINITY;
    }

    /** L = λ·W = Lq + a, the mean number in the system. */
    public double meanInSystem() {
        return stable() ? arrivalRatePerSecond * meanResponseSeconds() : Double.POSITIVE_INFINITY;
    }

    /** P(Wq &gt; t) = C·e^{−(cμ−λ)t} for t ≥ 0. */
    public double probabilityWaitExceeds(double seconds) {
        if (seconds < 0) {
            return 1;
        }
        return stable() ? probabilityOfWaiting * Math.exp(-drainRate() * seconds) : 1;
    }

    /** The p-quantile of the wait: ln(C/(1−p))/(cμ−λ) when C &gt; 1−p, else 0. */
    public double waitQuantileSeconds(double p) {
        Checks.probability("p", p);
        if (!stable()) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting > 1 - p ? Math.log(probabilityOfWaiting / (1 - p)) / drainRate() : 0;
    }

    /**
     * P(W &gt; t) for the response time under FCFS: e^{−μt}·[1 + C·(1 − e^{−μ(c−1−a)t})/(c−1−a)], which becomes
     * e^{−μt}(1 + Cμt) when c − 1 − a = 0 (the limit is taken smoothly near it).
     */
    public double probabilityResponseExceeds(double seconds) {
        if (!(seconds > 0)) {
            return 1;
        }
        if (!stable()) {
            return 1;
        }
        double mu = serviceRatePerSecond;
        double delta = servers - 1 - offeredLoadErlangs();
        double x = mu * delta * seconds;
        double service = Math.exp(-mu * seconds);
        if (x < -500) {
            // e^{−μt}·(e^{μ|δ|t} − 1)/|δ| = (e^{−(cμ−λ)t} − e^{−μt})/|δ|: no overflow and no cancellation here.
            return Math.min(1, service + probabilityOfWaiting * (Math.exp(-drainRate() * seconds) - service) / -delta);
        }
        double factor = Math.abs(x) < 1e-12 ? mu * seconds : -Math.expm1(-x) / delta;
        return Math.min(1, service * (1 + probabilityOfWaiting * factor));
    }

    /** The p-quantile of the response time, by bisection on {@link #probabilityResponseExceeds}. */
    public double responseQuantileSeconds(double p) {
        Checks.probability("p", p);
        if (!stable()) {
            return Double.POSITIVE_INFINITY;
        }
        return Bisection.quantile(this::probabilityResponseExceeds, 1 - p, meanResponseSeconds());
    }

    /** The same load spread by a random load balancer over c separate M/M/1 queues. */
    public RandomBalancedQueues withRandomBalancer() {
        return RandomBalancedQueues.of(arrivalRatePerSecond, serviceRatePerSecond, servers);
    }
}
