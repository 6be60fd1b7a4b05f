package dev.opsdojo.sim.scenario;

/**
 * The pods serving the requests (one ReplicaSet). Each pod serves up to {@code concurrency} requests at once and
 * holds up to {@code queueLimit} more waiting (null: unbounded; with the {@code central-queue} load balancer the limit
 * is that one shared queue's). A new pod needs {@code startupSeconds} to start and {@code readinessDelaySeconds} more
 * before it gets traffic. {@code cpuLimitMillicores} null means no CPU limit.
 */
public record Pods(int replicas, int concurrency, Integer queueLimit, int cpuRequestMillicores, Integer cpuLimitMillicores,
        int memoryRequestMiB, double startupSeconds, double readinessDelaySeconds) {
}
