package dev.opsdojo.sim.deploy;

import java.util.List;
import java.util.Objects;

/**
 * A consistent picture of a deployment run for a screen: the ReplicaSets and their pods, where traffic goes, the
 * current controller step explained, the log, and the per-second timeline so far.
 *
 * @param trafficWeights the configured share per version (index = version) when a router decides it (weighted
 *                       canary, blue/green selector, A/B split); empty when traffic follows the ready pods
 * @param canaryStep     the current canary step (0-based), or -1
 * @param revisions      the revisions in the history, oldest first (the choices of "undo to revision")
 */
public record DeployState(double timeSeconds, double durationSeconds, Strategy strategy, DeployResult.Outcome outcome,
        boolean started, boolean paused, List<ReplicaSetView> replicaSets, List<PodView> pods, List<Double> trafficWeights,
        DeployMessage step, List<DeployMessage> events, Fault releaseFault, int canaryStep, int canaryStepCount,
        int analysisMeasurements, int analysisFailures, List<Integer> revisions, int currentRevision,
        List<String> versionNames, List<DeploySample> timeline, AbVerdict ab) {

    /** The role a ReplicaSet plays in the strategy, for colours and labels. */
    public enum Role { STABLE, NEW, OLD, ACTIVE, PREVIEW, CANARY, VARIANT_A, VARIANT_B }

    /** What a pod is doing. */
    public enum PodPhase { STARTING, READY, NOT_READY, CRASH_LOOP, TERMINATING }

    public record ReplicaSetView(String name, int revision, int version, String versionName, Role role, int specReplicas,
            int pods, int ready, int available) {
    }

    public record PodView(String name, int version, int revision, PodPhase phase, int restarts, double ageSeconds,
            int busy) {
    }

    public DeployState {
        Objects.requireNonNull(strategy, "strategy");
        replicaSets = List.copyOf(replicaSets);
        pods = List.copyOf(pods);
        trafficWeights = List.copyOf(trafficWeights);
        events = List.copyOf(events);
        revisions = List.copyOf(revisions);
        versionNames = List.copyOf(versionNames);
        timeline = List.copyOf(timeline);
    }
}
