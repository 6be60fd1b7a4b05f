package dev.opsdojo.calc.queue;

/**
 * The Erlang B and C formulas for a offered Erlangs on c servers. Both are computed without factorials, so they stay
 * finite and accurate for c in the tens of thousands.
 */
public final class Erlang {
    private Erlang() {
    }

    /**
     * Erlang B, the probability that an arrival finds all c servers busy in a loss system (M/M/c/c), by the recursion
     * B₀ = 1, Bₖ = a·Bₖ₋₁ / (k + a·Bₖ₋₁). The recursion is stable for any c and any a ≥ 0.
     */
    public static double blocking(double offeredLoadErlangs, int servers) {
        Checks.nonNegative("offered load", offeredLoadErlangs);
        Checks.atLeast("servers", servers, 1);
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = offeredLoadErlangs * b / (k + offeredLoadErlangs * b);
        }
        return b;
    }

    /**
     * Erlang B from its definition B = (a^c/c!) / Σ_{k≤c} aᵏ/k!, with every term kept as a logarithm and summed by
     * log-sum-exp. Slower than {@link #blocking} but an independent way to the same number.
     */
    public static double blockingLogSpace(double offeredLoadErlangs, int servers) {
        Checks.positive("offered load", offeredLoadErlangs);
        Checks.atLeast("servers", servers, 1);
        double lnA = Math.log(offeredLoadErlangs);
        double[] terms = new double[servers + 1];
        for (int k = 1; k <= servers; k++) {
            terms[k] = terms[k - 1] + lnA - Math.log(k);
        }
        return Math.exp(terms[servers] - LogMath.logSumExp(terms));
    }

    /**
     * Erlang C, the probability that an arrival has to wait in M/M/c: C = c·B / (c − a(1 − B)) with B the Erlang B
     * value. It is 1 when a ≥ c, where the queue never empties for good.
     */
    public static double waiting(double offeredLoadErlangs, int servers) {
        if (offeredLoadErlangs >= servers) {
            Checks.atLeast("servers", servers, 1);
            return 1;
        }
        double b = blocking(offeredLoadErlangs, servers);
        return servers * b / (servers - offeredLoadErlangs * (1 - b));
    }
}
