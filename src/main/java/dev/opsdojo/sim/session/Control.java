package dev.opsdojo.sim.session;

/** A change a learner makes while the simulation runs. Values outside sane bounds are clamped by the session. */
public sealed interface Control {
    /** Closed workload: the number of concurrent users. */
    record SetUsers(int users) implements Control { }

    /** Open workload: arrivals per second. */
    record SetRate(double requestsPerSecond) implements Control { }

    /** Manual replica count (the HPA, when enabled, takes over at its next sync). */
    record SetReplicas(int replicas) implements Control { }

    /** Scale up: the CPU request (and limit) of every pod; new pods get it, existing ones are replaced. */
    record SetPodCpu(int cpuMillicores) implements Control { }

    /** Manual node count (the Cluster Autoscaler, when enabled, adjusts within its min/max). */
    record SetNodes(int nodes) implements Control { }

    record SetHpa(boolean enabled, int targetCpuUtilizationPercent, int minReplicas, int maxReplicas) implements Control { }

    record SetClusterAutoscaler(boolean enabled, int minNodes, int maxNodes) implements Control { }

    record SetCacheHitRatio(double hitRatio) implements Control { }

    /** Kills one pod (by id), or a random ready pod when {@code podId} is null. */
    record KillPod(String podId) implements Control { }

    /** Kills one node (by name), or a random ready node when {@code nodeName} is null. */
    record KillNode(String nodeName) implements Control { }

    /** Makes one pod slower: its service times are multiplied by {@code factor} (1 restores it). */
    record SlowPod(String podId, double factor) implements Control { }

    /** Chaos Monkey: kills a random pod at exponentially distributed intervals with this mean. */
    record SetChaosMonkey(boolean enabled, double meanIntervalSeconds) implements Control { }
}
