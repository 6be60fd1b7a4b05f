package dev.opsdojo.sim.cluster;

import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.PodSample;
import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic model of a Kubernetes control plane running one Deployment, with its own clock (seconds) and
 * timer list. An outer event loop interleaves it with request traffic: {@link #nextEventTime()} says when it next
 * acts, {@link #advanceTo(double)} runs everything due up to a time and returns the events in the order they
 * happened. Commands ({@link #setReplicas}, {@link #killPod}, {@link #killNode}, …) act at the current time; their
 * events come out of the next {@link #advanceTo} (or {@link #takeEvents()}). Listeners see every event at once.
 *
 * <p>Controllers modelled, each reconciling right after anything changes:
 * <ul>
 *   <li><b>ReplicaSet:</b> keeps {@code replicas} active pods (not being deleted). It creates missing pods at once
 *   (a lost pod is replaced immediately); when there are too many it deletes by a simplified Kubernetes ranking:
 *   unscheduled first, then not started, then not Ready, then pods on the node with the most replicas, then the
 *   most recently Ready, then the newest.</li>
 *   <li><b>Scheduler:</b> {@link Scheduler}; Pending pods are retried whenever capacity changes and reported once as
 *   FailedScheduling.</li>
 *   <li><b>Kubelet:</b> a bound pod runs after {@code startupSeconds} and turns Ready (joins the endpoints) after
 *   another {@code readinessDelaySeconds}; a deleted pod leaves the endpoints at once, drains and is gone after
 *   {@link PodTemplate#terminationSeconds()} (the grace period if its node is dead).</li>
 *   <li><b>Node lifecycle:</b> a killed node still looks Ready, and its pods stay in the endpoints although they
 *   answer nothing, until {@code nodeMonitorGraceSeconds} later the node turns NotReady and its pods leave the
 *   endpoints; after the {@code notReadyTolerationSeconds} toleration they are evicted and the ReplicaSet replaces
 *   them.</li>
 *   <li><b>HPA:</b> {@link HpaController} every {@code syncPeriodSeconds}, on pod CPU read from the
 *   {@link MetricsSource}.</li>
 *   <li><b>Cluster Autoscaler:</b> every scan interval. Scale-up: Pending pods are packed first-fit onto the nodes
 *   still provisioning and then onto new template nodes; that many nodes are ordered (up to the max) and turn Ready
 *   after the provisioning delay. Scale-down: a Ready node whose requested CPU and memory are both below the
 *   threshold and whose pods fit on the other nodes is unneeded; one unneeded for the unneeded time, and not
 *   within the delay after a scale-up, is cordoned, drained and deleted (one node per scan, empty nodes first,
 *   never below the min; several unneeded nodes are judged one by one, not as a set as the real autoscaler does).
 *   A NotReady node whose pods were all evicted is removed
 *   after the unready time instead.</li>
 *   <li><b>Chaos monkey:</b> kills a random Ready, serving pod at exponentially distributed intervals.</li>
 * </ul>
 * All randomness comes from one {@link SplittableRandom} seeded from the config, so a run is reproducible.
 */
public final class ControlPlane {
    private record Timer(double timeSeconds, long sequence, Runnable action) {
    }

    private final ClusterConfig config;
    private final PodTemplate template;
    private final MetricsSource metrics;
    private final SplittableRandom random;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingDouble(Timer::timeSeconds).thenComparingLong(Timer::sequence));
    private final List<Node> nodes = new ArrayList<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<ClusterEvent> pending = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<HpaDecision> hpaDecisions = new ArrayList<>();
    private final List<Consumer<ClusterEvent>> listeners = new ArrayList<>();
    private final HpaController hpa;
    private long sequence;
    private int podCounter;
    private int nodeCounter;
    private double now;
    private int replicas;
    private int lastReconciledReplicas;
    private double lastScaleUpSeconds = Double.NEGATIVE_INFINITY;
    private boolean scaleUpBlockedReported;
    private long chaosGeneration;
    private Timer chaosTimer;

    /** A control plane at time 0 with the config's nodes and Deployment, reading CPU usage from {@code metrics}. */
    public ControlPlane(ClusterConfig config, MetricsSource metrics) {
        this.config = Objects.requireNonNull(config, "config");
        this.template = config.template();
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.random = new SplittableRandom(config.seed());
        this.hpa = config.hpa().map(HpaController::new).orElse(null);
        this.replicas = config.initialReplicas();
        this.lastReconciledReplicas = replicas;
        for (int i = 0; i < config.initialNodes(); i++) {
            Node node = new Node(nextNodeName(), config.nodeType(), 0, NodeState.READY);
            node.readyAtSeconds = 0;
            nodes.add(node);
            emit(new NodeChange(0, node.name(), NodeState.READY, readyNodeCount(), billedNodeCount()));
        }
        if (config.startReady()) {
            for (int i = 0; i < replicas; i++) {
                Pod pod = createPod();
                Optional<Node> node = Scheduler.pick(nodes, pods, template);
                if (node.isPresent()) {
                    bind(pod, node.get(), false);
                    // Started long ago: past the HPA's CPU initialization period.
                    pod.scheduledAtSeconds = -3600;
                    pod.runningAtSeconds = -3600;
                    pod.readyTransitionSeconds = -3600;
                    pod.readyAtSeconds = -3600;
                    pod.phase = PodPhase.READY;
                    pod.alive = true;
                    pod.apiReady = true;
                    updateRoutable(pod);
                }
            }
        }
        reconcile();
        if (hpa != null) {
            scheduleHpaSync(config.hpa().get().firstSyncSeconds());
        }
        config.autoscaler().ifPresent(ca -> at(ca.scanIntervalSeconds(), this::clusterAutoscalerScan));
    }

    // ---------------------------------------------------------------- the clock

    /** The current simulated time in seconds. */
    public double now() {
        return now;
    }

    /** When the control plane next acts on its own; +∞ when nothing is scheduled. */
    public double nextEventTime() {
        Timer head = timers.peek();
        return head == null ? Double.POSITIVE_INFINITY : head.timeSeconds();
    }

    /**
     * Runs every timer due at or before {@code tSeconds}, in time order, then sets the clock to {@code tSeconds}.
     * Returns all events since the last call, in the order they happened.
     */
    public List<ClusterEvent> advanceTo(double tSeconds) {
        if (tSeconds < now) {
            throw new IllegalArgumentException("time cannot go back from " + now + " to " + tSeconds);
        }
        while (!timers.isEmpty() && timers.peek().timeSeconds() <= tSeconds) {
            Timer timer = timers.poll();
            now = timer.timeSeconds();
            timer.action().run();
            reconcile();
        }
        now = tSeconds;
        return takeEvents();
    }

    /** The events since the last call (or {@link #advanceTo}), oldest first. */
    public List<ClusterEvent> takeEvents() {
        List<ClusterEvent> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** Registers a listener that sees every event as it happens. */
    public void addListener(Consumer<ClusterEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // ---------------------------------------------------------------- queries

    public ClusterConfig config() {
        return config;
    }

    /** The Deployment's spec replica count. */
    public int replicas() {
        return replicas;
    }

    /** Every node ever created, deleted ones included, in creation order. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The pods that exist (not gone), in creation order. */
    public List<Pod> pods() {
        return List.copyOf(pods);
    }

    public Optional<Pod> pod(String id) {
        return pods.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Pods the ReplicaSet counts (not being deleted). */
    public int activePodCount() {
        return (int) pods.stream().filter(Pod::active).count();
    }

    /** Pods in the Service endpoints. */
    public int routablePodCount() {
        return (int) pods.stream().filter(Pod::routable).count();
    }

    /** Pods whose process actually serves and that are in the endpoints. */
    public int servingRoutablePodCount() {
        return (int) pods.stream().filter(p -> p.routable() && p.serving()).count();
    }

    /** Pods the API shows Ready (phase Running, Ready condition true, not being deleted). */
    public int readyPodCount() {
        return (int) pods.stream().filter(p -> p.phase() == PodPhase.READY).count();
    }

    /** Pods waiting for a node. */
    public int pendingPodCount() {
        return (int) pods.stream().filter(p -> p.phase() == PodPhase.PENDING).count();
    }

    /** Nodes that are Ready. */
    public int readyNodeCount() {
        return (int) nodes.stream().filter(n -> n.state() == NodeState.READY).count();
    }

    /** Nodes that exist and are billed: provisioning, Ready or NotReady. */
    public int billedNodeCount() {
        return (int) nodes.stream().filter(n -> n.state() != NodeState.DELETED).count();
    }

    /** Node-hours billed so far, over every node ever created. */
    public double billedNodeHours() {
        return nodes.stream().mapToDouble(n -> n.billedHours(now)).sum();
    }

    /** The cost so far: each node's billed hours × its type's hourly price. */
    public double costDollars() {
        return nodes.stream().mapToDouble(n -> n.billedHours(now) * n.type().hourlyCostDollars()).sum();
    }

    /** Every decision so far, oldest first. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Every HPA sync so far, oldest first. */
    public List<HpaDecision> hpaDecisions() {
        return List.copyOf(hpaDecisions);
    }

    // ---------------------------------------------------------------- commands

    /** Sets the Deployment's replicas by hand (an HPA, if any, may change it again at its next sync). */
    public void setReplicas(int newReplicas) {
        if (newReplicas < 0) {
            throw new IllegalArgumentException("replicas cannot be negative: " + newReplicas);
        }
        replicas = newReplicas;
        reconcile();
    }

    /** Adds a Ready node of {@code type} by hand (scale up with bigger nodes, or out with more). */
    public Node addNode(NodeType type) {
        Node node = new Node(nextNodeName(), type, now, NodeState.READY);
        node.readyAtSeconds = now;
        nodes.add(node);
        emit(new NodeChange(now, node.name(), NodeState.READY, readyNodeCount(), billedNodeCount()));
        reconcile();
        return node;
    }

    /**
     * Kills a pod's process: requests in it fail, it leaves the endpoints and the API at once, and the ReplicaSet
     * creates a replacement at once.
     */
    public void killPod(String podId) {
        Pod pod = pod(podId).orElseThrow(() -> new IllegalArgumentException("no pod " + podId));
        if (pod.phase() == PodPhase.GONE) {
            return;
        }
        record(Decision.of(now, Decision.Kind.POD_KILLED, pod.id(), pod.nodeName(), ""));
        if (pod.alive) {
            pod.alive = false;
            emit(new PodChange(now, pod.id(), PodChange.Type.KILLED, pod.nodeName(), pod.slowFactor));
        }
        remove(pod);
        reconcile();
    }

    /**
     * Stops a node: its pods stop answering at once (KILLED) but stay Ready in the API and in the endpoints until
     * the node turns NotReady after the node-monitor grace period; they are evicted after the toleration.
     */
    public void killNode(String nodeName) {
        Node node = node(nodeName).orElseThrow(() -> new IllegalArgumentException("no node " + nodeName));
        if (!node.alive || node.state() == NodeState.DELETED) {
            return;
        }
        if (node.state() == NodeState.PROVISIONING) {
            // An instance that dies before registering never joins; the cloud bills it until now.
            node.alive = false;
            record(Decision.of(now, Decision.Kind.NODE_KILLED, node.name(), "", "", 0));
            deleteNode(node);
            return;
        }
        node.alive = false;
        List<Pod> onNode = podsOn(node);
        record(Decision.of(now, Decision.Kind.NODE_KILLED, node.name(), "", "", onNode.size()));
        for (Pod pod : onNode) {
            if (pod.alive) {
                pod.alive = false;
                emit(new PodChange(now, pod.id(), PodChange.Type.KILLED, node.name(), pod.slowFactor));
            }
        }
        if (node.state() == NodeState.READY) {
            at(now + config.nodeMonitorGraceSeconds(), () -> nodeNotReady(node));
        }
    }

    /** The kubelet's first restart back-off after a crash. */
    public static final double CRASH_BACK_OFF_SECONDS = 10;
    /** The kubelet's longest restart back-off. */
    public static final double MAX_CRASH_BACK_OFF_SECONDS = 300;

    /**
     * Makes a pod's container crash: it dies at once (KILLED, its requests fail) and leaves the endpoints, and the
     * kubelet restarts it in place (restartPolicy Always) after a back-off of 10 s doubling with each restart up to
     * 300 s (CrashLoopBackOff); the pod is not replaced. With {@code keepsCrashing} the container crashes again
     * each time it has started, until {@link #stopCrashing(String)}.
     */
    public void crashPod(String podId, boolean keepsCrashing) {
        Pod pod = pod(podId).orElseThrow(() -> new IllegalArgumentException("no pod " + podId));
        pod.crashLooping = keepsCrashing;
        if (pod.phase.running() && pod.alive) {
            crash(pod);
        }
    }

    /** Fixes a crash-looping pod: its next start succeeds. */
    public void stopCrashing(String podId) {
        pod(podId).ifPresent(p -> p.crashLooping = false);
    }

    private void crash(Pod pod) {
        pod.alive = false;
        emit(new PodChange(now, pod.id(), PodChange.Type.KILLED, pod.nodeName(), pod.slowFactor));
        if (pod.phase == PodPhase.READY) {
            pod.phase = PodPhase.RUNNING;
            pod.apiReady = false;
            pod.readyTransitionSeconds = now;
        }
        updateRoutable(pod);
        pod.restartCount++;
        double backOff = Math.min(MAX_CRASH_BACK_OFF_SECONDS, CRASH_BACK_OFF_SECONDS * Math.pow(2, pod.restartCount - 1));
        record(Decision.of(now, Decision.Kind.POD_CRASHED, pod.id(), pod.nodeName(), "CrashLoopBackOff", pod.restartCount, backOff));
        int restart = pod.restartCount;
        at(now + backOff, () -> {
            if (pod.phase != PodPhase.RUNNING || pod.restartCount != restart || !pod.node.alive) {
                return;
            }
            at(now + template.startupSeconds(), () -> {
                if (pod.phase != PodPhase.RUNNING || pod.restartCount != restart || !pod.node.alive) {
                    return;
                }
                pod.alive = true;
                if (pod.crashLooping) {
                    crash(pod);
                } else {
                    at(now + template.readinessDelaySeconds(), () -> readinessPassed(pod, restart));
                }
            });
        });
    }

    /** Makes a pod serve {@code factor} times slower (1 restores it). */
    public void setSlowFactor(String podId, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("the slow factor must be positive, was " + factor);
        }
        Pod pod = pod(podId).orElseThrow(() -> new IllegalArgumentException("no pod " + podId));
        pod.slowFactor = factor;
        record(Decision.of(now, Decision.Kind.POD_SLOWED, pod.id(), pod.nodeName(), "", factor));
        emit(new PodChange(now, pod.id(), PodChange.Type.SLOW_FACTOR_CHANGED, pod.nodeName(), factor));
    }

    /**
     * Starts the chaos monkey: from now on it kills a random Ready, serving pod after exponentially distributed
     * intervals with mean {@code meanIntervalSeconds}. Replaces a chaos monkey already running.
     */
    public void startChaosMonkey(double meanIntervalSeconds) {
        if (!(meanIntervalSeconds > 0)) {
            throw new IllegalArgumentException("the mean interval must be positive, was " + meanIntervalSeconds);
        }
        stopChaosMonkey();
        long generation = chaosGeneration;
        scheduleChaos(generation, meanIntervalSeconds);
    }

    /** Stops the chaos monkey. */
    public void stopChaosMonkey() {
        chaosGeneration++;
        if (chaosTimer != null) {
            timers.remove(chaosTimer);
            chaosTimer = null;
        }
    }

    private void scheduleChaos(long generation, double mean) {
        double wait = -mean * Math.log(1.0 - random.nextDouble());
        chaosTimer = at(now + wait, () -> {
            chaosTimer = null;
            if (generation != chaosGeneration) {
                return;
            }
            List<Pod> victims = pods.stream().filter(p -> p.phase() == PodPhase.READY && p.serving()).toList();
            if (!victims.isEmpty()) {
                killPod(victims.get(random.nextInt(victims.size())).id());
            }
            scheduleChaos(generation, mean);
        });
    }

    // ---------------------------------------------------------------- ReplicaSet and scheduler

    private void reconcile() {
        int active = activePodCount();
        if (active < replicas) {
            String reason = replicas == lastReconciledReplicas ? "ReplaceLostPod" : "ScaleUp";
            for (int i = active; i < replicas; i++) {
                Pod pod = createPod();
                record(Decision.of(now, Decision.Kind.POD_CREATED, pod.id(), "", reason, i + 1, replicas));
            }
        } else if (active > replicas) {
            List<Pod> victims = pods.stream().filter(Pod::active).sorted(deletionOrder()).limit(active - replicas).toList();
            int left = active;
            for (Pod pod : victims) {
                left--;
                record(Decision.of(now, Decision.Kind.POD_DELETED, pod.id(), pod.nodeName(), "ScaleDown", left, replicas));
                terminate(pod);
            }
        }
        lastReconciledReplicas = replicas;
        schedulePending();
    }

    private Comparator<Pod> deletionOrder() {
        return Comparator.<Pod>comparingInt(p -> p.node == null ? 0 : 1)
                .thenComparingInt(p -> p.phase.running() ? 1 : 0)
                .thenComparingInt(p -> p.phase == PodPhase.READY ? 1 : 0)
                .thenComparingInt(p -> -(int) podsOn(p.node).stream().filter(Pod::active).count())
                .thenComparingDouble(p -> Double.isNaN(p.readyAtSeconds) ? Double.NEGATIVE_INFINITY : -p.readyAtSeconds)
                .thenComparingDouble(p -> -p.createdAtSeconds())
                .thenComparing(Comparator.comparingInt((Pod p) -> podNumber(p.id())).reversed());
    }

    private static int podNumber(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    private Pod createPod() {
        Pod pod = new Pod("pod-" + (++podCounter), now);
        pods.add(pod);
        emit(new PodChange(now, pod.id(), PodChange.Type.ADDED, "", pod.slowFactor));
        return pod;
    }

    private void schedulePending() {
        for (Pod pod : List.copyOf(pods)) {
            if (pod.phase != PodPhase.PENDING) {
                continue;
            }
            Optional<Node> node = Scheduler.pick(nodes, pods, template);
            if (node.isPresent()) {
                bind(pod, node.get(), true);
            } else if (!pod.unschedulableReported) {
                pod.unschedulableReported = true;
                Scheduler.Failure why = Scheduler.explain(nodes, pods, template);
                record(Decision.of(now, Decision.Kind.SCHEDULING_FAILED, pod.id(), "", "FailedScheduling",
                        why.nodes(), why.insufficientCpu(), why.insufficientMemory(), why.unavailable()));
            }
        }
    }

    private void bind(Pod pod, Node node, boolean start) {
        pod.node = node;
        pod.phase = PodPhase.CONTAINER_CREATING;
        pod.scheduledAtSeconds = now;
        pod.readyTransitionSeconds = now;
        Scheduler.Free free = Scheduler.free(node, pods, template);
        record(Decision.of(now, Decision.Kind.POD_SCHEDULED, pod.id(), node.name(), "", free.cpuMillicores(), free.memoryMiB()));
        if (start) {
            at(now + template.startupSeconds(), () -> containersStarted(pod));
        }
    }

    private void containersStarted(Pod pod) {
        if (pod.phase != PodPhase.CONTAINER_CREATING || !pod.node.alive) {
            return;
        }
        pod.phase = PodPhase.RUNNING;
        pod.alive = true;
        pod.runningAtSeconds = now;
        if (pod.crashLooping) {
            crash(pod);
            return;
        }
        int restarts = pod.restartCount;
        at(now + template.readinessDelaySeconds(), () -> readinessPassed(pod, restarts));
    }

    private void readinessPassed(Pod pod, int restarts) {
        if (pod.phase != PodPhase.RUNNING || !pod.alive || pod.restartCount != restarts || pod.node.state() != NodeState.READY) {
            return;
        }
        pod.phase = PodPhase.READY;
        pod.apiReady = true;
        pod.readyTransitionSeconds = now;
        if (Double.isNaN(pod.readyAtSeconds)) {
            pod.readyAtSeconds = now;
        }
        record(Decision.of(now, Decision.Kind.POD_READY, pod.id(), pod.nodeName(), "", now - pod.createdAtSeconds()));
        updateRoutable(pod);
    }

    /** Deletes a pod gracefully: out of the endpoints, SIGTERM, gone after its drain time (or the grace period). */
    private void terminate(Pod pod) {
        if (!pod.active()) {
            return;
        }
        boolean wasStarted = pod.alive;
        pod.phase = PodPhase.TERMINATING;
        pod.deletionAtSeconds = now;
        updateRoutable(pod);
        emit(new PodChange(now, pod.id(), PodChange.Type.TERMINATING, pod.nodeName(), pod.slowFactor));
        double delay = pod.node == null ? 0
                : wasStarted ? template.terminationSeconds() : template.terminationGracePeriodSeconds();
        if (pod.node != null && !pod.node.alive) {
            delay = template.terminationGracePeriodSeconds();
        }
        at(now + delay, () -> {
            if (pod.phase == PodPhase.TERMINATING) {
                record(Decision.of(now, Decision.Kind.POD_GONE, pod.id(), pod.nodeName(), ""));
                remove(pod);
            }
        });
    }

    private void remove(Pod pod) {
        pod.phase = PodPhase.GONE;
        pod.alive = false;
        pod.apiReady = false;
        updateRoutable(pod);
        emit(new PodChange(now, pod.id(), PodChange.Type.REMOVED, pod.nodeName(), pod.slowFactor));
        pods.remove(pod);
    }

    private void updateRoutable(Pod pod) {
        boolean routable = pod.apiReady && pod.phase == PodPhase.READY;
        if (routable != pod.routable) {
            pod.routable = routable;
            emit(new PodChange(now, pod.id(), routable ? PodChange.Type.ROUTABLE : PodChange.Type.UNROUTABLE,
                    pod.nodeName(), pod.slowFactor));
        }
    }

    private List<Pod> podsOn(Node node) {
        if (node == null) {
            return List.of();
        }
        return pods.stream().filter(p -> p.node == node && p.phase != PodPhase.GONE).toList();
    }

    // ---------------------------------------------------------------- node lifecycle

    private void nodeNotReady(Node node) {
        if (node.state() != NodeState.READY || node.alive) {
            return;
        }
        node.state = NodeState.NOT_READY;
        List<Pod> onNode = podsOn(node).stream().filter(Pod::active).toList();
        record(Decision.of(now, Decision.Kind.NODE_NOT_READY, node.name(), "", "NodeNotReady",
                config.nodeMonitorGraceSeconds(), onNode.size()));
        emit(new NodeChange(now, node.name(), NodeState.NOT_READY, readyNodeCount(), billedNodeCount()));
        for (Pod pod : onNode) {
            if (pod.apiReady || pod.phase == PodPhase.READY) {
                pod.apiReady = false;
                pod.readyTransitionSeconds = now;
            }
            if (pod.phase == PodPhase.READY) {
                pod.phase = PodPhase.RUNNING;
            }
            updateRoutable(pod);
        }
        at(now + config.notReadyTolerationSeconds(), () -> evict(node));
    }

    private void evict(Node node) {
        if (node.state() != NodeState.NOT_READY) {
            return;
        }
        for (Pod pod : podsOn(node)) {
            if (pod.active()) {
                record(Decision.of(now, Decision.Kind.POD_EVICTED, pod.id(), node.name(), "TaintManagerEviction",
                        config.notReadyTolerationSeconds()));
                terminate(pod);
            }
        }
    }

    // ---------------------------------------------------------------- HPA

    private void scheduleHpaSync(double time) {
        at(time, () -> {
            hpaSync();
            scheduleHpaSync(now + hpa.config().syncPeriodSeconds());
        });
    }

    private void hpaSync() {
        List<PodSample> samples = new ArrayList<>();
        for (Pod pod : pods) {
            PodState state = hpa.cpuState(now, pod.phase, pod.scheduledAtSeconds, pod.apiReady, pod.readyTransitionSeconds);
            OptionalLong usage = OptionalLong.empty();
            if (pod.alive && (state == PodState.READY || state == PodState.UNREADY)) {
                OptionalDouble sample = metrics.cpuUsageMillicores(pod.id(), now);
                if (sample.isPresent()) {
                    usage = OptionalLong.of(Math.max(0, Math.round(sample.getAsDouble())));
                }
            }
            samples.add(new PodSample(state, usage, OptionalLong.of(template.cpuRequestMillicores())));
        }
        HpaResult result = ReplicaCalculator.calculate(hpa.config().spec(), replicas, samples);
        HpaDecision decision = hpa.sync(now, result);
        hpaDecisions.add(decision);
        Decision logged = switch (result.outcome()) {
            case SCALING_DISABLED, FAILED_GET_RESOURCE_METRIC ->
                    Decision.of(now, Decision.Kind.HPA_NO_METRICS, "hpa", "", decision.limit(), decision.current());
            case ABOVE_MAX, BELOW_MIN -> Decision.of(now, Decision.Kind.HPA_BOUNDS, "hpa", "", decision.limit(),
                    decision.current(), decision.desired(), hpa.config().spec().minReplicas(), hpa.config().spec().maxReplicas());
            case VALID_METRIC_FOUND -> Decision.of(now, Decision.Kind.HPA_SYNC, "hpa", "", decision.limit(),
                    decision.current(), decision.desired(), result.utilizationPercent().orElse(-1),
                    hpa.config().spec().targetUtilizationPercent(), result.ratio().orElse(Double.NaN),
                    decision.recommended(), decision.stabilized());
        };
        record(new Decision(logged.timeSeconds(), logged.kind(), logged.subject(), logged.object(), logged.numbers(),
                decision.ableToScale().isEmpty() || decision.ableToScale().equals("ReadyForNewScale")
                        ? logged.reason() : logged.reason() + ", " + decision.ableToScale(),
                result.steps()));
        if (decision.rescales()) {
            replicas = decision.desired();
        }
    }

    // ---------------------------------------------------------------- Cluster Autoscaler

    private void clusterAutoscalerScan() {
        ClusterAutoscalerConfig ca = config.autoscaler().orElseThrow();
        at(now + ca.scanIntervalSeconds(), this::clusterAutoscalerScan);
        boolean scaledUp = caScaleUp(ca);
        if (ca.scaleDownEnabled()) {
            caScaleDown(ca, scaledUp);
        }
    }

    private boolean caScaleUp(ClusterAutoscalerConfig ca) {
        NodeType type = ca.nodeType();
        int billed = billedNodeCount();
        int wanted = Math.max(0, ca.minNodes() - billed);
        List<Pod> pendingPods = pods.stream().filter(p -> p.phase == PodPhase.PENDING).toList();
        if (!pendingPods.isEmpty()) {
            List<long[]> bins = new ArrayList<>();
            for (Node node : nodes) {
                if (node.state() == NodeState.PROVISIONING) {
                    Scheduler.Free free = Scheduler.free(node, pods, template);
                    bins.add(new long[]{free.cpuMillicores(), free.memoryMiB()});
                }
            }
            int upcoming = bins.size();
            boolean tooBig = template.cpuRequestMillicores() > type.allocatableCpuMillicores()
                    || template.memoryRequestMiB() > type.allocatableMemoryMiB();
            if (tooBig) {
                if (!scaleUpBlockedReported) {
                    scaleUpBlockedReported = true;
                    record(Decision.of(now, Decision.Kind.CA_POD_TOO_BIG, pendingPods.get(0).id(), type.name(), "NotTriggerScaleUp"));
                }
            } else {
                for (Pod ignored : pendingPods) {
                    long[] bin = bins.stream().filter(b -> b[0] >= template.cpuRequestMillicores()
                            && b[1] >= template.memoryRequestMiB()).findFirst().orElse(null);
                    if (bin == null) {
                        bin = new long[]{type.allocatableCpuMillicores(), type.allocatableMemoryMiB()};
                        bins.add(bin);
                    }
                    bin[0] -= template.cpuRequestMillicores();
                    bin[1] -= template.memoryRequestMiB();
                }
                wanted = Math.max(wanted, bins.size() - upcoming);
            }
        }
        if (wanted == 0) {
            scaleUpBlockedReported = false;
            return false;
        }
        int added = Math.min(wanted, ca.maxNodes() - billed);
        if (added <= 0) {
            if (!scaleUpBlockedReported) {
                scaleUpBlockedReported = true;
                record(Decision.of(now, Decision.Kind.CA_SCALE_UP_BLOCKED, "", type.name(), "MaxNodesTotalReached",
                        pendingPods.size(), billed, ca.maxNodes()));
            }
            return false;
        }
        scaleUpBlockedReported = false;
        record(Decision.of(now, Decision.Kind.CA_SCALE_UP, "", type.name(), "TriggeredScaleUp",
                pendingPods.size(), added, billed, billed + added, ca.provisioningDelaySeconds()));
        for (int i = 0; i < added; i++) {
            Node node = new Node(nextNodeName(), type, now, NodeState.PROVISIONING);
            nodes.add(node);
            emit(new NodeChange(now, node.name(), NodeState.PROVISIONING, readyNodeCount(), billedNodeCount()));
            at(now + ca.provisioningDelaySeconds(), () -> nodeProvisioned(node));
        }
        lastScaleUpSeconds = now;
        return true;
    }

    private void nodeProvisioned(Node node) {
        if (node.state() != NodeState.PROVISIONING) {
            return;
        }
        node.state = NodeState.READY;
        node.readyAtSeconds = now;
        record(Decision.of(now, Decision.Kind.NODE_READY, node.name(), "", "", now - node.createdAtSeconds()));
        emit(new NodeChange(now, node.name(), NodeState.READY, readyNodeCount(), billedNodeCount()));
    }

    private void caScaleDown(ClusterAutoscalerConfig ca, boolean scaledUpThisScan) {
        for (Node node : nodes) {
            if (node.state() == NodeState.NOT_READY && !node.cordoned) {
                boolean empty = podsOn(node).stream().noneMatch(Pod::active);
                if (!empty) {
                    node.unneededSinceSeconds = Double.NaN;
                } else if (Double.isNaN(node.unneededSinceSeconds)) {
                    node.unneededSinceSeconds = now;
                    record(Decision.of(now, Decision.Kind.CA_NODE_UNNEEDED, node.name(), "", "NodeNotReady",
                            0, 0, ca.scaleDownUtilizationThreshold() * 100));
                }
                continue;
            }
            if (node.state() != NodeState.READY || node.cordoned) {
                continue;
            }
            Scheduler.Free free = Scheduler.free(node, pods, template);
            double cpu = 1.0 - (double) free.cpuMillicores() / node.type().allocatableCpuMillicores();
            double memory = 1.0 - (double) free.memoryMiB() / node.type().allocatableMemoryMiB();
            boolean unneeded = cpu < ca.scaleDownUtilizationThreshold() && memory < ca.scaleDownUtilizationThreshold()
                    && podsFitElsewhere(node);
            if (!unneeded) {
                node.unneededSinceSeconds = Double.NaN;
            } else if (Double.isNaN(node.unneededSinceSeconds)) {
                node.unneededSinceSeconds = now;
                record(Decision.of(now, Decision.Kind.CA_NODE_UNNEEDED, node.name(), "", "",
                        Math.round(cpu * 1000) / 10.0, Math.round(memory * 1000) / 10.0, ca.scaleDownUtilizationThreshold() * 100));
            }
        }
        if (scaledUpThisScan || now < lastScaleUpSeconds + ca.scaleDownDelayAfterAddSeconds()) {
            return;
        }
        int billed = (int) nodes.stream().filter(n -> n.state() != NodeState.DELETED && !n.cordoned).count();
        if (billed <= ca.minNodes()) {
            return;
        }
        List<Node> candidates = nodes.stream()
                .filter(n -> !n.cordoned && !Double.isNaN(n.unneededSinceSeconds)
                        && (n.state() == NodeState.READY && now - n.unneededSinceSeconds >= ca.scaleDownUnneededSeconds()
                        || n.state() == NodeState.NOT_READY && now - n.unneededSinceSeconds >= ca.scaleDownUnreadySeconds()))
                .sorted(Comparator.comparingLong(n -> podsOn(n).stream().filter(Pod::active).count()))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        Node node = candidates.get(0);
        List<Pod> moving = podsOn(node).stream().filter(Pod::active).toList();
        record(Decision.of(now, Decision.Kind.CA_SCALE_DOWN, node.name(), "", "ScaleDown",
                now - node.unneededSinceSeconds, moving.size(), billed, billed - 1));
        node.cordoned = true;
        for (Pod pod : moving) {
            terminate(pod);
        }
        double drain = moving.isEmpty() ? 0 : template.terminationGracePeriodSeconds();
        at(now + drain, () -> deleteNode(node));
    }

    private boolean podsFitElsewhere(Node leaving) {
        List<Pod> moving = podsOn(leaving).stream().filter(Pod::active).toList();
        if (moving.isEmpty()) {
            return true;
        }
        List<long[]> bins = new ArrayList<>();
        for (Node node : nodes) {
            if (node != leaving && node.schedulable()) {
                Scheduler.Free free = Scheduler.free(node, pods, template);
                bins.add(new long[]{free.cpuMillicores(), free.memoryMiB()});
            }
        }
        for (Pod ignored : moving) {
            long[] bin = bins.stream().filter(b -> b[0] >= template.cpuRequestMillicores()
                    && b[1] >= template.memoryRequestMiB()).findFirst().orElse(null);
            if (bin == null) {
                return false;
            }
            bin[0] -= template.cpuRequestMillicores();
            bin[1] -= template.memoryRequestMiB();
        }
        return true;
    }

    private void deleteNode(Node node) {
        if (node.state() == NodeState.DELETED) {
            return;
        }
        for (Pod pod : podsOn(node)) {
            remove(pod);
        }
        node.state = NodeState.DELETED;
        node.deletedAtSeconds = now;
        record(Decision.of(now, Decision.Kind.NODE_REMOVED, node.name(), "", "", billedNodeCount()));
        emit(new NodeChange(now, node.name(), NodeState.DELETED, readyNodeCount(), billedNodeCount()));
    }

    // ---------------------------------------------------------------- plumbing

    private String nextNodeName() {
        return "node-" + (++nodeCounter);
    }

    private Timer at(double time, Runnable action) {
        Timer timer = new Timer(time, sequence++, action);
        timers.add(timer);
        return timer;
    }

    private void record(Decision decision) {
        decisions.add(decision);
        emit(decision);
    }

    private void emit(ClusterEvent event) {
        pending.add(event);
        for (Consumer<ClusterEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
