package dev.opsdojo.sim.deploy;

/**
 * An automatic analysis in the manner of an Argo Rollouts AnalysisRun: every {@code intervalSeconds} (after
 * {@code initialDelaySeconds}) it compares the new version with the stable one over that interval. A measurement
 * fails when the new version's error rate exceeds the stable one's by more than {@code maxErrorRateIncrease}
 * (absolute, 0.01 = one percentage point), or its p95 latency exceeds {@code maxP95Ratio} × the stable p95. It is
 * inconclusive (not counted) when the new version ended fewer than {@code minRequests} requests in the interval. The
 * analysis fails, and the rollout is aborted, when failed measurements exceed {@code failureLimit} (Argo's default
 * limit is 0: the first failure aborts).
 */
public record Analysis(double intervalSeconds, double initialDelaySeconds, double maxErrorRateIncrease,
        double maxP95Ratio, int failureLimit, int minRequests) {
    public static final Analysis DEFAULT = new Analysis(10, 0, 0.01, 1.5, 0, 20);

    public Analysis {
        if (!(intervalSeconds >= 1 && intervalSeconds <= 3600)) {
            throw new IllegalArgumentException("analysis intervalSeconds must be in [1, 3600], got " + intervalSeconds);
        }
        if (!(initialDelaySeconds >= 0 && initialDelaySeconds <= 86_400)) {
            throw new IllegalArgumentException("analysis initialDelaySeconds must be in [0, 86400], got " + initialDelaySeconds);
        }
        if (!(maxErrorRateIncrease >= 0 && maxErrorRateIncrease <= 1)) {
            throw new IllegalArgumentException("analysis maxErrorRateIncrease must be in [0, 1], got " + maxErrorRateIncrease);
        }
        if (!(maxP95Ratio >= 1 && maxP95Ratio <= 100)) {
            throw new IllegalArgumentException("analysis maxP95Ratio must be in [1, 100], got " + maxP95Ratio);
        }
        if (failureLimit < 0 || failureLimit > 100) {
            throw new IllegalArgumentException("analysis failureLimit must be in [0, 100], got " + failureLimit);
        }
        if (minRequests < 1 || minRequests > 1_000_000) {
            throw new IllegalArgumentException("analysis minRequests must be in [1, 1000000], got " + minRequests);
        }
    }
}
