package dev.opsdojo.sim.cluster;

/**
 * A pod of the Deployment. Read-only outside the package; the {@link ControlPlane} changes it.
 *
 * <p>Two views: the API view ({@link #phase()}, {@link #routable()}: whether the Service endpoints list it) and
 * reality ({@link #serving()}: whether its process actually runs and can answer). They differ after a node failure:
 * the pods look Ready and stay in the endpoints until the node turns NotReady, but every request sent to them fails.
 */
public final class Pod {
    private final String id;
    private final double createdAtSeconds;
    Node node;
    PodPhase phase = PodPhase.PENDING;
    boolean alive;
    boolean routable;
    boolean apiReady;
    double slowFactor = 1.0;
    double scheduledAtSeconds = Double.NaN;
    double runningAtSeconds = Double.NaN;
    double readyAtSeconds = Double.NaN;
    double readyTransitionSeconds = Double.NaN;
    double deletionAtSeconds = Double.NaN;
    boolean unschedulableReported;
    boolean crashLooping;
    int restartCount;

    Pod(String id, double createdAtSeconds) {
        this.id = id;
        this.createdAtSeconds = createdAtSeconds;
    }

    public String id() {
        return id;
    }

    /** The node it is bound to, or null while Pending. */
    public Node node() {
        return node;
    }

    public String nodeName() {
        return node == null ? "" : node.name();
    }

    public PodPhase phase() {
        return phase;
    }

    /** Whether the Service endpoints list it (API view: Ready and not being deleted). */
    public boolean routable() {
        return routable;
    }

    /** Whether its containers actually run on a live node and can answer requests. */
    public boolean serving() {
        return alive;
    }

    /** The factor the request engine multiplies its service times by (1 = normal). */
    public double slowFactor() {
        return slowFactor;
    }

    public double createdAtSeconds() {
        return createdAtSeconds;
    }

    /** When it was bound to a node (its {@code status.startTime}); NaN while Pending. */
    public double scheduledAtSeconds() {
        return scheduledAtSeconds;
    }

    /** When it first became Ready; NaN before. */
    public double readyAtSeconds() {
        return readyAtSeconds;
    }

    /** How often its container was restarted after crashing. */
    public int restartCount() {
        return restartCount;
    }

    /** Whether its container crashes each time it starts (CrashLoopBackOff). */
    public boolean crashLooping() {
        return crashLooping;
    }

    /** Whether it is still counted by the ReplicaSet: it exists and is not being deleted. */
    public boolean active() {
        return phase != PodPhase.TERMINATING && phase != PodPhase.GONE;
    }

    @Override
    public String toString() {
        return id + "(" + phase + (node == null ? "" : "@" + node.name()) + (alive ? "" : ", not serving") + ")";
    }
}
