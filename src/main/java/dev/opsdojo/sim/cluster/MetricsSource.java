package dev.opsdojo.sim.cluster;

import java.util.OptionalDouble;

/**
 * Where the HPA reads pod CPU usage from, as metrics-server would serve it: the CPU a pod used, in millicores,
 * averaged over the last metrics window, or empty when there is no sample. The control plane asks only about pods
 * whose containers are actually running on a live node; for the others it assumes no sample itself, as
 * metrics-server has none for a pod on a dead kubelet.
 */
@FunctionalInterface
public interface MetricsSource {
    /** A source that has no sample for any pod. */
    MetricsSource NONE = (podId, nowSeconds) -> OptionalDouble.empty();

    /** The CPU usage of pod {@code podId} averaged over the metrics window ending at {@code nowSeconds}. */
    OptionalDouble cpuUsageMillicores(String podId, double nowSeconds);
}
