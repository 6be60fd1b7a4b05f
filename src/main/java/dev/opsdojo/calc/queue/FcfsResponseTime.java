package dev.opsdojo.calc.queue;

import java.util.Arrays;

/**
 * The response time of one request at a pool of c identical servers with exponential service (rate μ each) and one
 * FIFO queue, given the distribution of how many requests the arriving request finds in the pool.
 *
 * <p>If it finds n &lt; c, its response time is its own service, Exp(μ). If it finds n ≥ c, it first waits for
 * k = n − c + 1 departures, which come at rate cμ while all servers are busy (an Erlang(k, cμ) time), and then it is
 * served. So P(R &gt; t) = Σₖ qₖ·P(Erlang(k, cμ) + Exp(μ) &gt; t), with q₀ the probability of not waiting.
 *
 * <p>Each term is evaluated as a Poisson sum with only positive parts: with x = cμt and r = (c−1)/c,
 * P(Erlang(k, cμ) + Exp(μ) &gt; t) = Σ_{j&lt;k} Pois(j; x) + Σ_{j≥k} Pois(j; x)·r^{j−k}. Summing over k first gives
 * weights G(j) that do not depend on t, so each P(R &gt; t) costs one pass over the Poisson terms that matter.
 */
public final class FcfsResponseTime {
    private static final double POISSON_SPREAD = 15;

    private final int servers;
    private final double serviceRatePerSecond;
    private final double meanSeconds;
    /** G(j) for j = 0..weights.length−1; beyond, G(j) = G(last)·r^{j−last}. */
    private final double[] weights;
    private final double ratio;

    private FcfsResponseTime(int servers, double serviceRatePerSecond, double[] departuresWaited) {
        this.servers = servers;
        this.serviceRatePerSecond = serviceRatePerSecond;
        double total = 0;
        double meanDepartures = 0;
        for (int k = 0; k < departuresWaited.length; k++) {
            total += departuresWaited[k];
            meanDepartures += k * departuresWaited[k];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the arrival distribution has no mass");
        }
        double[] q = new double[departuresWaited.length];
        for (int k = 0; k < q.length; k++) {
            q[k] = departuresWaited[k] / total;
        }
        this.meanSeconds = 1 / serviceRatePerSecond + meanDepartures / total / (servers * serviceRatePerSecond);
        this.ratio = (servers - 1) / (double) servers;
        double[] g = new double[q.length];
        double above = 0;
        for (int j = q.length - 1; j >= 0; j--) {
            g[j] = above;
            above += q[j];
        }
        double geometric = 0;
        for (int j = 0; j < q.length; j++) {
            geometric = ratio * geometric + q[j];
            g[j] += geometric;
        }
        this.weights = g;
    }

    /**
     * The response time when an arrival finds n requests in the pool with probability proportional to
     * {@code probabilityFinds[i]} for n = {@code firstN} + i (the weights need not sum to 1; they are normalised).
     */
    public static FcfsResponseTime fromArrivalView(int firstN, double[] probabilityFinds, int servers, double serviceRatePerSecond) {
        Checks.atLeast("servers", servers, 1);
        Checks.positive("service rate", serviceRatePerSecond);
        Checks.atLeast("first n", firstN, 0);
        int lastN = firstN + probabilityFinds.length - 1;
        double[] byDepartures = new double[Math.max(1, lastN - servers + 2)];
        for (int i = 0; i < probabilityFinds.length; i++) {
            double p = probabilityFinds[i];
            if (!(p >= 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException("probabilities must be finite and ≥ 0, was " + p);
            }
            int n = firstN + i;
            byDepartures[Math.max(0, n - servers + 1)] += p;
        }
        return new FcfsResponseTime(servers, serviceRatePerSecond, byDepartures);
    }

    public int servers() {
        return servers;
    }

    public double serviceRatePerSecond() {
        return serviceRatePerSecond;
    }

    /** E[R] = 1/μ + E[departures waited]/(cμ). */
    public double meanSeconds() {
        return meanSeconds;
    }

    /** P(R &gt; t); 1 for t ≤ 0. */
    public double probabilityExceeds(double seconds) {
        if (!(seconds > 0)) {
            return 1;
        }
        double x = servers * serviceRatePerSecond * seconds;
        double spread = POISSON_SPREAD * Math.sqrt(x) + 40;
        long from = Math.max(0, (long) Math.floor(x - spread));
        long to = (long) Math.ceil(x + spread);
        double lnX = Math.log(x);
        double logPmf = -x + from * lnX - LogMath.lnFactorial(from);
        int last = weights.length - 1;
        double lnRatio = Math.log(ratio);
        double sum = 0;
        for (long j = from; j <= to; j++) {
            if (j > from) {
                logPmf += lnX - Math.log(j);
            }
            double g = j <= last ? weights[(int) j] : tailWeight(j, last, lnRatio);
            if (g > 0) {
                sum += Math.exp(logPmf) * g;
            }
        }
        return Math.min(1, sum);
    }

    private double tailWeight(long j, int last, double lnRatio) {
        if (ratio == 0) {
            return 0;
        }
        return weights[last] * Math.exp((j - last) * lnRatio);
    }

    /** The p-quantile of R (0 &lt; p &lt; 1), by bisection on P(R &gt; t) = 1 − p. */
    public double quantileSeconds(double p) {
        Checks.probability("p", p);
        return Bisection.quantile(this::probabilityExceeds, 1 - p, meanSeconds);
    }

    @Override
    public String toString() {
        return "FcfsResponseTime[c=" + servers + ", μ=" + serviceRatePerSecond + ", mean=" + meanSeconds
                + ", weights=" + Arrays.toString(Arrays.copyOf(weights, Math.min(5, weights.length))) + "…]";
    }
}
