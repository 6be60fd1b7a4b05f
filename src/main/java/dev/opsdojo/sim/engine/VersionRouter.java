package dev.opsdojo.sim.engine;

import java.util.SplittableRandom;

/**
 * Chooses which version a request goes to before a pod is chosen (a weighted route, a Service selector, an A/B
 * split by user). Returning {@link #ANY_READY_POD} sends it to any ready pod, so the split follows the pod counts.
 */
@FunctionalInterface
public interface VersionRouter {
    int ANY_READY_POD = -1;

    /** The version for a request of {@code client} (-1 when the workload has no client ids). */
    int route(int client, SplittableRandom random);
}
