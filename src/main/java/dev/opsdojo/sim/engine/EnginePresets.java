package dev.opsdojo.sim.engine;

import java.util.List;

/** Ready-made configurations that the scenarios, the benchmark and the tests share. */
public final class EnginePresets {
    private EnginePresets() {
    }

    /**
     * The course's flash sale as a closed workload of {@code peakUsers} users over one hour, following
     * {@link Profile#flashSaleHour}: 20% of the users active at first, climbing to half from minute 15, all of them
     * from minute 25 (the sale opens) to minute 40, back to 20% by minute 50. Each user thinks for an exponential 5 s
     * on average. Service: log-normal with median 40 ms and p99 400 ms, a cache answering 70% of requests in a
     * constant 2 ms, 250 millicores while serving. One pod of concurrency 8 and queue 100 per 500 peak users, behind
     * {@code random} balancing (kube-proxy's default); clients give up after 10 s. SLO: p95 &lt; 300 ms and errors
     * &lt; 1% per 10-second window; Apdex T = 300 ms; thresholds {@code p(95)<300} and {@code errors<1%}.
     */
    public static SimulationConfig flashSale(int peakUsers, long seed) {
        Workload workload = new Workload.Closed(peakUsers, Distribution.exponential(5),
                Profile.flashSaleHour(peakUsers));
        ServiceModel service = new ServiceModel(Distribution.logNormal(0.040, 0.400), 0.7,
                Distribution.constant(0.002), 250);
        return SimulationConfig.builder(workload, service)
                .seed(seed)
                .durationSeconds(3600)
                .policy(LoadBalancerPolicy.RANDOM)
                .pods(Math.max(1, Math.min(SimulationConfig.MAX_PODS, peakUsers / 500)), 8, 100)
                .timeoutSeconds(10)
                .slo(Slo.standard())
                .apdexThresholdMs(300)
                .thresholds(List.of("p(95)<300", "errors<1%"))
                .timelineIntervalSeconds(10)
                .build();
    }

    /**
     * M/M/c as the engine models it: Poisson arrivals at utilisation {@code utilisation}, exponential service of
     * mean 10 ms, {@code c} pods of concurrency 1 behind {@code central-queue} with an unbounded (10⁷) queue.
     */
    public static SimulationConfig mmc(int c, double utilisation, double durationSeconds, long seed) {
        double serviceRate = 100;
        return SimulationConfig.builder(Workload.poisson(utilisation * c * serviceRate),
                ServiceModel.of(Distribution.exponential(1 / serviceRate)))
                .seed(seed)
                .durationSeconds(durationSeconds)
                .policy(LoadBalancerPolicy.CENTRAL_QUEUE)
                .pods(c, 1, 0)
                .centralQueueLimit(SimulationConfig.MAX_QUEUE)
                .build();
    }
}
