package dev.opsdojo.sim.cluster;

/**
 * The pod template of the Deployment/ReplicaSet: CPU request and limit (millicores), memory request (MiB), how long a
 * scheduled pod takes until its containers run ({@code startupSeconds}: image pull, container start), how long after
 * that its readiness probe first succeeds ({@code readinessDelaySeconds}), and how long the application needs to drain
 * after SIGTERM ({@code drainSeconds}), cut off by {@code terminationGracePeriodSeconds} (Kubernetes default 30 s).
 * The scheduler and the HPA use requests; the limit is the ceiling the request engine applies to a pod's CPU.
 */
public record PodTemplate(long cpuRequestMillicores, long cpuLimitMillicores, long memoryRequestMiB,
                          double startupSeconds, double readinessDelaySeconds, double drainSeconds,
                          double terminationGracePeriodSeconds) {
    /** Kubernetes' default {@code terminationGracePeriodSeconds}. */
    public static final double DEFAULT_TERMINATION_GRACE_SECONDS = 30;

    public PodTemplate {
        if (cpuRequestMillicores <= 0) {
            throw new IllegalArgumentException("the CPU request must be positive, was " + cpuRequestMillicores);
        }
        if (cpuLimitMillicores < cpuRequestMillicores) {
            throw new IllegalArgumentException("the CPU limit " + cpuLimitMillicores + "m is below the request " + cpuRequestMillicores + "m");
        }
        if (memoryRequestMiB < 0 || startupSeconds < 0 || readinessDelaySeconds < 0 || drainSeconds < 0
                || terminationGracePeriodSeconds < 0) {
            throw new IllegalArgumentException("memory and delays cannot be negative");
        }
    }

    /** A template with the default 30 s grace period and an application that exits at once on SIGTERM. */
    public static PodTemplate of(long cpuRequestMillicores, long cpuLimitMillicores, long memoryRequestMiB,
                                 double startupSeconds, double readinessDelaySeconds) {
        return new PodTemplate(cpuRequestMillicores, cpuLimitMillicores, memoryRequestMiB, startupSeconds,
                readinessDelaySeconds, 0, DEFAULT_TERMINATION_GRACE_SECONDS);
    }

    /** Seconds from SIGTERM until the pod is gone: the drain time, but at most the grace period (then SIGKILL). */
    public double terminationSeconds() {
        return Math.min(drainSeconds, terminationGracePeriodSeconds);
    }
}
