package dev.opsdojo.sim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One scale-out simulation, as plain data: what load arrives, how long a request takes, the pods and nodes that serve
 * it, the controllers that resize them, the failures injected, and what counts as meeting the SLO. Every value is
 * already resolved (defaults filled in) and inside {@link ScenarioLimits}; build one with {@link ScenarioParser},
 * which refuses anything else. The nullable parts mean "absent": {@code nodes} null is "enough nodes" (scheduling
 * never blocks), {@code hpa} and {@code clusterAutoscaler} null mean no autoscaling.
 *
 * <p>{@code variants} are the same scenario with some top-level sections replaced, run side by side to compare
 * (for example bigger pods against more pods); a variant's own {@code variants} list is always empty.
 */
public record Scenario(
        String title,
        String description,
        int durationSeconds,
        long seed,
        Workload workload,
        Service service,
        Pods pods,
        Nodes nodes,
        LoadBalancerPolicy loadBalancer,
        Hpa hpa,
        ClusterAutoscaler clusterAutoscaler,
        Failures failures,
        Slo slo,
        int timelineIntervalSeconds,
        List<Variant> variants) {

    public Scenario {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(pods, "pods");
        Objects.requireNonNull(loadBalancer, "loadBalancer");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(slo, "slo");
        variants = List.copyOf(variants);
    }

    /** A named alternative of the scenario: the whole scenario with its replaced sections already applied. */
    public record Variant(String name, String description, Scenario scenario) {
        public Variant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /** Where requests go: a random pod, each pod in turn, the pod with fewest requests, or one shared queue. */
    public enum LoadBalancerPolicy {
        RANDOM("random"), ROUND_ROBIN("round-robin"), LEAST_CONNECTIONS("least-connections"), CENTRAL_QUEUE("central-queue");

        private final String json;

        LoadBalancerPolicy(String json) {
            this.json = json;
        }

        /** The name used in scenario files. */
        public String json() {
            return json;
        }
    }

    /**
     * The expected number of requests the run simulates: the mean arrival rate over the run times its length. For a
     * closed workload the rate is at most users / (think time + mean service time), reached when nobody waits.
     */
    public double expectedRequests() {
        return workload.meanRequestsPerSecond(durationSeconds, service.expectedMeanMs()) * durationSeconds;
    }
}
