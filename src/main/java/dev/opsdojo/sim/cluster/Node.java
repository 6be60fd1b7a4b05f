package dev.opsdojo.sim.cluster;

/**
 * A node of the simulated cluster. Read-only outside the package; the {@link ControlPlane} changes it.
 * {@link #state()} is the API view; {@link #alive()} says whether its kubelet and containers actually run (a killed
 * node still looks Ready in the API until the node-monitor grace period has passed).
 */
public final class Node {
    private final String name;
    private final NodeType type;
    private final double createdAtSeconds;
    NodeState state;
    boolean alive = true;
    boolean cordoned;
    double readyAtSeconds = Double.NaN;
    double deletedAtSeconds = Double.NaN;
    double unneededSinceSeconds = Double.NaN;

    Node(String name, NodeType type, double createdAtSeconds, NodeState state) {
        this.name = name;
        this.type = type;
        this.createdAtSeconds = createdAtSeconds;
        this.state = state;
    }

    public String name() {
        return name;
    }

    public NodeType type() {
        return type;
    }

    public NodeState state() {
        return state;
    }

    /** Whether the machine is actually up (false after it was killed, whatever the API says). */
    public boolean alive() {
        return alive;
    }

    /** Whether new pods may not be placed here (the Cluster Autoscaler is removing it). */
    public boolean cordoned() {
        return cordoned;
    }

    /** When it was ordered (billing starts). */
    public double createdAtSeconds() {
        return createdAtSeconds;
    }

    /** When it became Ready; NaN before. */
    public double readyAtSeconds() {
        return readyAtSeconds;
    }

    /** When it was deleted (billing stops); NaN while it exists. */
    public double deletedAtSeconds() {
        return deletedAtSeconds;
    }

    /** Whether the scheduler may place pods here in the API's view: Ready and not cordoned. */
    public boolean schedulable() {
        return state == NodeState.READY && !cordoned;
    }

    /** Hours billed up to {@code nowSeconds}: from creation to deletion (or now). */
    public double billedHours(double nowSeconds) {
        double end = Double.isNaN(deletedAtSeconds) ? nowSeconds : Math.min(nowSeconds, deletedAtSeconds);
        return Math.max(0, end - createdAtSeconds) / 3600.0;
    }

    @Override
    public String toString() {
        return name + "(" + state + (alive ? "" : ", dead") + (cordoned ? ", cordoned" : "") + ")";
    }
}
