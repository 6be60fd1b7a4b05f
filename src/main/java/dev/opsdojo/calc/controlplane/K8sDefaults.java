package dev.opsdojo.calc.controlplane;

/**
 * The default timings the explorer quotes, as of Kubernetes {@value #VERSION}. Each comes from the Kubernetes
 * documentation or release notes (see the sources in controlplane.json):
 * <ul>
 * <li>the kubelet renews its node Lease every 10 s;</li>
 * <li>kube-controller-manager {@code --node-monitor-grace-period}: 50 s since v1.32 (40 s before);</li>
 * <li>the DefaultTolerationSeconds admission plugin gives every pod {@code tolerationSeconds: 300} for the
 * {@code node.kubernetes.io/not-ready} and {@code node.kubernetes.io/unreachable} NoExecute taints
 * ({@code --pod-eviction-timeout} was removed in v1.27);</li>
 * <li>CrashLoopBackOff: 10 s, doubling each restart, capped at 300 s;</li>
 * <li>leader election of kube-controller-manager and kube-scheduler: lease duration 15 s;</li>
 * <li>node eviction rate limits: a zone with at least 55% NotReady nodes is unhealthy, and in a cluster of at most
 * 50 nodes evictions then stop.</li>
 * </ul>
 */
public final class K8sDefaults {
    public static final String VERSION = "v1.32";
    public static final int LEASE_RENEW_INTERVAL_SECONDS = 10;
    public static final int NODE_MONITOR_GRACE_PERIOD_SECONDS = 50;
    public static final int NODE_MONITOR_GRACE_PERIOD_BEFORE_V1_32_SECONDS = 40;
    public static final int DEFAULT_TOLERATION_SECONDS = 300;
    public static final int CRASH_LOOP_INITIAL_BACKOFF_SECONDS = 10;
    public static final int CRASH_LOOP_MAX_BACKOFF_SECONDS = 300;
    public static final int LEADER_ELECTION_LEASE_DURATION_SECONDS = 15;
    /** kube-controller-manager {@code --unhealthy-zone-threshold}: share of NotReady nodes that makes a zone unhealthy. */
    public static final double UNHEALTHY_ZONE_THRESHOLD = 0.55;
    /** kube-controller-manager {@code --large-cluster-size-threshold}: at or below it, an unhealthy zone stops evictions. */
    public static final int LARGE_CLUSTER_SIZE_THRESHOLD = 50;
    /** The kubelet resets the crash-loop back-off once a container has run this long without trouble. */
    public static final int CRASH_LOOP_RESET_SECONDS = 600;

    private K8sDefaults() {
    }

    /**
     * Seconds after a node stops heartbeating until its pods are evicted: the node is marked NotReady (Ready
     * condition Unknown) and tainted after the grace period, and the pods tolerate the taint for 300 s more.
     */
    public static int evictionAfterSeconds() {
        return NODE_MONITOR_GRACE_PERIOD_SECONDS + DEFAULT_TOLERATION_SECONDS;
    }

    /**
     * The kubelet's back-off before restart number {@code restart} (1 = the first restart after a crash):
     * 10 s × 2^(restart−1), at most 300 s.
     */
    public static int crashLoopBackoffSeconds(int restart) {
        if (restart < 1) {
            throw new IllegalArgumentException("restart counts from 1: " + restart);
        }
        long delay = CRASH_LOOP_INITIAL_BACKOFF_SECONDS;
        for (int i = 1; i < restart && delay < CRASH_LOOP_MAX_BACKOFF_SECONDS; i++) {
            delay *= 2;
        }
        return (int) Math.min(delay, CRASH_LOOP_MAX_BACKOFF_SECONDS);
    }
}
