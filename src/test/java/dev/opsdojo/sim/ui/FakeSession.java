package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.sim.session.SimulationSession;
import dev.opsdojo.sim.session.Snapshot;
import dev.opsdojo.sim.session.Snapshot.Decision;
import dev.opsdojo.sim.session.Snapshot.NodeState;
import dev.opsdojo.sim.session.Snapshot.NodeView;
import dev.opsdojo.sim.session.Snapshot.PodPhase;
import dev.opsdojo.sim.session.Snapshot.PodView;
import dev.opsdojo.sim.session.Snapshot.TimelinePoint;
import dev.opsdojo.sim.session.Snapshot.Totals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scripted, deterministic session for the screen's tests: every {@link #snapshot()} while playing advances one
 * simulated second (100 requests per second, 1 error in 100); killing a pod replaces it with the next numbered pod
 * and reports "podKilled" and "podReplaced". Records every control, speed and step.
 */
final class FakeSession implements SimulationSession {
    final String name;
    final List<Control> controls = Collections.synchronizedList(new ArrayList<>());
    final List<Double> speeds = Collections.synchronizedList(new ArrayList<>());
    final List<Double> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<List<PodView>> podsByNode = new ArrayList<>();
    private final List<String> nodeNames = new ArrayList<>();
    private final List<NodeState> nodeStates = new ArrayList<>();
    private final List<PodView> pending = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<TimelinePoint> timeline = new ArrayList<>();
    private final double durationSeconds;
    private volatile boolean playing;
    private volatile boolean closed;
    private volatile double speed = 1;
    private double t;
    private long requests;
    private long errors;
    private int nextPod;
    private Snapshot snapshot;

    FakeSession(String name, int nodes, int podsPerNode, double durationSeconds) {
        this.name = name;
        this.durationSeconds = durationSeconds;
        for (int n = 0; n < nodes; n++) {
            nodeNames.add("node-" + (n + 1));
            nodeStates.add(NodeState.READY);
            List<PodView> pods = new ArrayList<>();
            for (int p = 0; p < podsPerNode; p++) {
                pods.add(new PodView("web-" + (++nextPod), PodPhase.READY, 0.5, false, 2, 0));
            }
            podsByNode.add(pods);
        }
        publish();
    }

    /** Replaces the pods and adds states and history for a screenshot; returns this. */
    synchronized FakeSession dressedForScreenshots() {
        java.util.Random random = new java.util.Random(7);
        for (List<PodView> pods : podsByNode) {
            for (int i = 0; i < pods.size(); i++) {
                PodView pod = pods.get(i);
                pods.set(i, new PodView(pod.id(), PodPhase.READY, random.nextDouble(), false, random.nextInt(8), random.nextInt(3)));
            }
        }
        if (!podsByNode.isEmpty() && podsByNode.get(0).size() > 3) {
            List<PodView> first = podsByNode.get(0);
            first.set(0, new PodView(first.get(0).id(), PodPhase.STARTING, 0, false, 0, 0));
            first.set(1, new PodView(first.get(1).id(), PodPhase.TERMINATING, 0.4, false, 1, 0));
            first.set(2, new PodView(first.get(2).id(), PodPhase.DEAD, 0, false, 0, 0));
            first.set(3, new PodView(first.get(3).id(), PodPhase.READY, 0.97, true, 8, 5));
        }
        if (podsByNode.size() > 2) {
            nodeStates.set(podsByNode.size() - 1, NodeState.PROVISIONING);
            podsByNode.get(podsByNode.size() - 1).clear();
            nodeStates.set(1, NodeState.NOT_READY);
        }
        pending.add(new PodView("web-" + (++nextPod), PodPhase.PENDING, 0, false, 0, 0));
        pending.add(new PodView("web-" + (++nextPod), PodPhase.PENDING, 0, false, 0, 0));
        for (int i = 0; i < 240; i++) {
            t += 1;
            double rps = 300 + 200 * Math.sin(i / 30.0) + (i > 120 ? 400 : 0);
            requests += (long) rps;
            errors += i > 130 && i < 160 ? (long) (rps * 0.04) : 0;
            timeline.add(new TimelinePoint(t, rps, 80 + (i > 120 ? 150 * Math.exp(-(i - 120) / 25.0) : 0) + 10 * Math.sin(i / 7.0),
                    i > 130 && i < 160 ? 0.04 : 0.001, i > 125 ? 6 : 3, i > 140 ? 6 : 3, i > 150 ? 4 : 3));
        }
        decisions.add(new Decision(121, "HPA", "hpaScale", List.of(3, 6, 92, 50)));
        decisions.add(new Decision(126, "scheduler", "podPending", List.of("web-31", "insufficientCpu")));
        decisions.add(new Decision(126, "cluster-autoscaler", "caScaleUp", List.of(3, 4, 2)));
        decisions.add(new Decision(131, "node-lifecycle", "nodeNotReady", List.of("node-2", 40)));
        decisions.add(new Decision(140, "ReplicaSet", "podReplaced", List.of("web-1", "web-31")));
        decisions.add(new Decision(180, "HPA", "hpaHold", List.of(6, 48, 50, "tolerance")));
        decisions.add(new Decision(200, "node-lifecycle", "podsEvicted", List.of("node-2", 3, 300)));
        decisions.add(new Decision(230, "chaos", "chaosKill", List.of("web-7")));
        publish();
        return this;
    }

    @Override
    public synchronized Snapshot snapshot() {
        if (playing && !closed) {
            advance(1);
        }
        return snapshot;
    }

    private void advance(double seconds) {
        t += seconds;
        requests += (long) (100 * seconds);
        errors += (long) seconds;
        timeline.add(new TimelinePoint(t, 100, 120, 0.01, replicas(), replicas(), podsByNode.size()));
        publish();
    }

    private int replicas() {
        return podsByNode.stream().mapToInt(List::size).sum();
    }

    private void publish() {
        List<NodeView> nodes = new ArrayList<>();
        for (int n = 0; n < podsByNode.size(); n++) {
            List<PodView> pods = podsByNode.get(n);
            nodes.add(new NodeView(nodeNames.get(n), nodeStates.get(n), 4000, 500 * pods.size(), pods));
        }
        int replicas = replicas();
        Totals totals = new Totals(requests, requests - errors, errors, timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).requestsPerSecond(),
                120, requests == 0 ? 0 : (double) errors / requests, requests == 0 ? 1 : 1 - (double) errors / requests,
                podsByNode.size() * t / 3600, replicas, replicas, podsByNode.size());
        snapshot = new Snapshot(t, durationSeconds, t >= durationSeconds, nodes, pending, totals, timeline, decisions, 123_456);
    }

    @Override
    public void play() {
        playing = true;
    }

    @Override
    public void pause() {
        playing = false;
    }

    @Override
    public boolean playing() {
        return playing;
    }

    @Override
    public synchronized void step(double simulatedSeconds) {
        steps.add(simulatedSeconds);
        advance(simulatedSeconds);
    }

    @Override
    public void setSpeed(double simulatedSecondsPerWallSecond) {
        speeds.add(simulatedSecondsPerWallSecond);
        speed = simulatedSecondsPerWallSecond;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public synchronized void apply(Control change) {
        controls.add(change);
        if (change instanceof Control.KillPod kill) {
            killPod(kill.podId());
        }
    }

    private void killPod(String podId) {
        for (List<PodView> pods : podsByNode) {
            for (int i = 0; i < pods.size(); i++) {
                PodView pod = pods.get(i);
                if (podId == null ? pod.phase() == PodPhase.READY : pod.id().equals(podId)) {
                    String replacement = "web-" + (++nextPod);
                    pods.set(i, new PodView(replacement, PodPhase.STARTING, 0, false, 0, 0));
                    decisions.add(new Decision(t, "kubelet", "podKilled", List.of(pod.id())));
                    decisions.add(new Decision(t, "ReplicaSet", "podReplaced", List.of(pod.id(), replacement)));
                    publish();
                    return;
                }
            }
        }
    }

    @Override
    public String scenarioJson() {
        return """
                {"name": "%s", "workload": {"type": "closed", "users": 800}, "replicas": %d, "podCpuMillicores": 500,
                 "hpa": {"enabled": false, "targetCpuUtilizationPercent": 60, "minReplicas": 2, "maxReplicas": 12},
                 "sloP95Ms": 200}
                """.formatted(name, podsByNode.stream().mapToInt(List::size).sum());
    }

    @Override
    public void close() {
        closed = true;
        playing = false;
    }

    boolean closed() {
        return closed;
    }
}
