package dev.opsdojo.calc.queue;

/**
 * c independent M/M/1 queues, each receiving λ/c: what a random (or hash) load balancer with a queue per pod gives.
 * A request waits whenever its own pod is busy, even if another pod is idle, so W = 1/(μ − λ/c), far above M/M/c's
 * W at high utilization. Stable when ρ = λ/(cμ) &lt; 1; unstable values are reported as for {@link MMc}.
 */
public final class RandomBalancedQueues {
    private final int queues;
    private final MMc perQueue;

    private RandomBalancedQueues(double arrivalRatePerSecond, double serviceRatePerSecond, int queues) {
        this.queues = Checks.atLeast("servers", queues, 1);
        this.perQueue = MMc.of(arrivalRatePerSecond / queues, serviceRatePerSecond, 1);
    }

    public static RandomBalancedQueues of(double arrivalRatePerSecond, double serviceRatePerSecond, int servers) {
        return new RandomBalancedQueues(arrivalRatePerSecond, serviceRatePerSecond, servers);
    }

    public int queues() {
        return queues;
    }

    /** One of the queues: M/M/1 with arrival rate λ/c. */
    public MMc perQueue() {
        return perQueue;
    }

    public double utilization() {
        return perQueue.utilization();
    }

    public boolean stable() {
        return perQueue.stable();
    }

    /** The chance an arrival finds its own server busy: ρ. */
    public double probabilityOfWaiting() {
        return perQueue.probabilityOfWaiting();
    }

    public double meanWaitSeconds() {
        return perQueue.meanWaitSeconds();
    }

    /** W = 1/(μ − λ/c). */
    public double meanResponseSeconds() {
        return perQueue.meanResponseSeconds();
    }

    /** The response time is exponential with rate μ − λ/c, so its p-quantile is −ln(1−p)/(μ − λ/c). */
    public double responseQuantileSeconds(double p) {
        return perQueue.responseQuantileSeconds(p);
    }

    /** Waiting requests over all c queues. */
    public double meanQueueLength() {
        return queues * perQueue.meanQueueLength();
    }

    /** Requests in all c queues, in service or waiting. */
    public double meanInSystem() {
        return queues * perQueue.meanInSystem();
    }
}
