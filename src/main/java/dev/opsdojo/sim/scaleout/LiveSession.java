package dev.opsdojo.sim.scaleout;

import dev.opsdojo.sim.cluster.ControlPlane;
import dev.opsdojo.sim.cluster.Decision;
import dev.opsdojo.sim.cluster.Node;
import dev.opsdojo.sim.cluster.NodeState;
import dev.opsdojo.sim.cluster.Pod;
import dev.opsdojo.sim.cluster.PodPhase;
import dev.opsdojo.sim.engine.Distribution;
import dev.opsdojo.sim.engine.Simulation;
import dev.opsdojo.sim.engine.SimulationResult;
import dev.opsdojo.sim.engine.TimelineSample;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioWriter;
import dev.opsdojo.sim.session.Control;
import dev.opsdojo.sim.session.SimulationSession;
import dev.opsdojo.sim.session.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A scenario running on its own thread for a screen. Only that thread touches the simulation: controls are queued and
 * applied between slices, and a new {@link Snapshot} is published about 60 times a wall second. When the machine
 * cannot keep up with the chosen speed, simulated time simply runs slower (the window never waits for it).
 */
public final class LiveSession implements SimulationSession {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;
    private static final long PUBLISH_NANOS = 15_000_000L;
    private static final long SLICE_BUDGET_NANOS = 12_000_000L;
    private static final int DECISIONS_SHOWN = 60;

    private Scenario scenario;
    private ScaleOutSimulation sim;
    private final ConcurrentLinkedQueue<Consumer<ScaleOutSimulation>> commands = new ConcurrentLinkedQueue<>();
    private final List<String> changes = new ArrayList<>();
    private final Thread thread;
    private final Object wake = new Object();
    private volatile Snapshot snapshot;
    private volatile boolean playing;
    private volatile double speed = 10;
    private volatile boolean closed;
    private volatile String scenarioJson;
    /** While paused, "step" runs to this simulated time (negative: no step pending). */
    private double stepUntil = -1;
    private double eventsPerWallSecond;

    public LiveSession(Scenario scenario) {
        this.scenario = scenario;
        this.sim = new ScaleOutSimulation(scenario);
        this.scenarioJson = ScenarioWriter.write(scenario);
        this.snapshot = buildSnapshot();
        this.thread = new Thread(this::loop, "opsdojo-simulation");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void play() {
        playing = true;
        signal();
    }

    @Override
    public void pause() {
        playing = false;
        signal();
    }

    @Override
    public boolean playing() {
        return playing;
    }

    @Override
    public void step(double simulatedSeconds) {
        if (simulatedSeconds > 0 && Double.isFinite(simulatedSeconds)) {
            commands.add(s -> stepUntil = Math.max(stepUntil, s.engine().nowSeconds()) + Math.min(simulatedSeconds, 3600));
            signal();
        }
    }

    @Override
    public void setSpeed(double simulatedSecondsPerWallSecond) {
        speed = Double.isFinite(simulatedSecondsPerWallSecond)
                ? Math.max(MIN_SPEED, Math.min(MAX_SPEED, simulatedSecondsPerWallSecond)) : speed;
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public void apply(Control change) {
        commands.add(s -> applyNow(s, change));
        signal();
    }

    @Override
    public String scenarioJson() {
        return scenarioJson;
    }

    @Override
    public void close() {
        closed = true;
        sim.engine().cancel();
        signal();
    }

    private void signal() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        long last = System.nanoTime();
        long lastPublish = 0;
        long eventsAtLastRate = sim.engine().events();
        long rateClock = last;
        while (!closed) {
            for (Consumer<ScaleOutSimulation> command; (command = commands.poll()) != null; ) {
                try {
                    command.accept(sim);
                } catch (IllegalArgumentException | IllegalStateException ignored) {
                    // A control the model cannot take (e.g. a pod that has just gone) changes nothing.
                }
            }
            long now = System.nanoTime();
            double wallSeconds = Math.min(0.1, (now - last) / 1e9);
            last = now;
            Simulation engine = sim.engine();
            boolean moved = false;
            if (!engine.finished()) {
                double target = Math.max(stepUntil, engine.nowSeconds() + (playing ? speed * wallSeconds : 0));
                target = Math.min(target, engine.config().durationSeconds());
                long deadline = now + SLICE_BUDGET_NANOS;
                while (engine.nowSeconds() < target && System.nanoTime() < deadline && !closed) {
                    sim.advanceTo(Math.min(target, engine.nowSeconds() + 0.25));
                    moved = true;
                }
                if (engine.nowSeconds() >= stepUntil || engine.finished()) {
                    stepUntil = -1;
                }
                if (engine.finished()) {
                    playing = false;
                }
            }
            long after = System.nanoTime();
            if (after - rateClock >= 500_000_000L) {
                eventsPerWallSecond = Math.max(0, engine.events() - eventsAtLastRate) / ((after - rateClock) / 1e9);
                eventsAtLastRate = engine.events();
                rateClock = after;
            }
            if (moved || after - lastPublish >= PUBLISH_NANOS * 4 || !commands.isEmpty()) {
                if (after - lastPublish >= PUBLISH_NANOS || !playing) {
                    snapshot = buildSnapshot();
                    lastPublish = after;
                }
            }
            if (!playing && commands.isEmpty() && stepUntil < 0) {
                synchronized (wake) {
                    try {
                        wake.wait(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                last = System.nanoTime();
            } else if (!moved) {
                Thread.onSpinWait();
            }
        }
    }

    private void applyNow(ScaleOutSimulation s, Control change) {
        s.catchUp();
        ControlPlane cluster = s.cluster();
        Simulation engine = s.engine();
        String at = String.format(Locale.ROOT, "t=%.0fs ", engine.nowSeconds());
        if (change instanceof Control.SetUsers users) {
            double base = Math.max(1, s.scenario().workload() instanceof dev.opsdojo.sim.scenario.Workload.Closed closed
                    ? closed.users().valueAt(engine.nowSeconds()) : 1);
            engine.setLoadScale(Math.max(0.01, Math.min(1000, users.users() / base)));
            changes.add(at + "users " + users.users());
        } else if (change instanceof Control.SetRate rate) {
            double base = s.scenario().workload() instanceof dev.opsdojo.sim.scenario.Workload.Open open
                    ? Math.max(1e-9, open.ratePerSecond().valueAt(engine.nowSeconds())) : 1;
            engine.setLoadScale(Math.max(0.01, Math.min(1000, rate.requestsPerSecond() / base)));
            changes.add(at + "rate " + rate.requestsPerSecond());
        } else if (change instanceof Control.SetReplicas replicas) {
            int wanted = Math.max(0, Math.min(10_000, replicas.replicas()));
            cluster.setReplicas(wanted);
            changes.add(at + "replicas " + wanted);
            dev.opsdojo.sim.scenario.Pods p = scenario.pods();
            remember(with(scenario, new dev.opsdojo.sim.scenario.Pods(Math.max(1, wanted), p.concurrency(), p.queueLimit(),
                    p.cpuRequestMillicores(), p.cpuLimitMillicores(), p.memoryRequestMiB(), p.startupSeconds(), p.readinessDelaySeconds()),
                    scenario.hpa(), scenario.clusterAutoscaler()));
        } else if (change instanceof Control.SetNodes nodes) {
            setNodes(cluster, nodes.nodes());
        } else if (change instanceof Control.SetCacheHitRatio cache) {
            double hitMs = s.scenario().service().cache() == null ? 1 : s.scenario().service().cache().hitMeanMs();
            double ratio = Math.max(0, Math.min(1, cache.hitRatio()));
            engine.setCacheHitRatio(ratio, Distribution.exponential(hitMs / 1000));
            changes.add(at + "cache " + ratio);
            dev.opsdojo.sim.scenario.Service sv = scenario.service();
            dev.opsdojo.sim.scenario.Service service = new dev.opsdojo.sim.scenario.Service(sv.distribution(), sv.meanMs(), sv.medianMs(),
                    sv.p99Ms(), sv.cpuMillisPerRequest(), ratio == 0 ? null : new dev.opsdojo.sim.scenario.Service.Cache(ratio, hitMs));
            remember(new Scenario(scenario.title(), scenario.description(), scenario.durationSeconds(), scenario.seed(), scenario.workload(),
                    service, scenario.pods(), scenario.nodes(), scenario.loadBalancer(), scenario.hpa(), scenario.clusterAutoscaler(),
                    scenario.failures(), scenario.slo(), scenario.timelineIntervalSeconds(), scenario.variants()));
        } else if (change instanceof Control.KillPod kill) {
            String id = kill.podId() != null ? kill.podId()
                    : pick(cluster.pods().stream().filter(Pod::serving).map(Pod::id).toList());
            if (id != null) {
                cluster.killPod(id);
            }
        } else if (change instanceof Control.KillNode kill) {
            String name = kill.nodeName() != null ? kill.nodeName()
                    : pick(cluster.nodes().stream().filter(n -> n.state() == NodeState.READY).map(Node::name).toList());
            if (name != null) {
                cluster.killNode(name);
            }
        } else if (change instanceof Control.SlowPod slow) {
            cluster.setSlowFactor(slow.podId(), Math.max(1, Math.min(100, slow.factor())));
        } else if (change instanceof Control.SetChaosMonkey chaos) {
            if (chaos.enabled()) {
                cluster.startChaosMonkey(Math.max(1, chaos.meanIntervalSeconds()));
            } else {
                cluster.stopChaosMonkey();
            }
        } else if (change instanceof Control.SetPodCpu cpu) {
            dev.opsdojo.sim.scenario.Pods p = scenario.pods();
            int request = Math.max(50, Math.min(64_000, cpu.cpuMillicores()));
            // A bigger pod serves more at once: worker slots grow with CPU (the scenario's slots per core kept).
            int slots = Math.max(1, (int) Math.round(p.concurrency() * request / (double) p.cpuRequestMillicores()));
            restart(with(scenario, new dev.opsdojo.sim.scenario.Pods(p.replicas(), slots, p.queueLimit(), request,
                    p.cpuLimitMillicores() == null ? null : Math.max(request, p.cpuLimitMillicores() * request / p.cpuRequestMillicores()),
                    p.memoryRequestMiB(), p.startupSeconds(), p.readinessDelaySeconds()), scenario.hpa(), scenario.clusterAutoscaler()));
            return;
        } else if (change instanceof Control.SetHpa hpa) {
            dev.opsdojo.sim.scenario.Hpa old = scenario.hpa();
            int min = Math.max(1, Math.min(10_000, hpa.minReplicas()));
            int max = Math.max(min, Math.min(10_000, hpa.maxReplicas()));
            dev.opsdojo.sim.scenario.Hpa next = new dev.opsdojo.sim.scenario.Hpa(hpa.enabled(),
                    Math.max(1, Math.min(1000, hpa.targetCpuUtilizationPercent())), min, max,
                    old == null ? 15 : old.syncPeriodSeconds(), old == null ? 0.1 : old.tolerance(), old == null ? null : old.behavior());
            restart(with(scenario, scenario.pods(), next, scenario.clusterAutoscaler()));
            return;
        } else if (change instanceof Control.SetClusterAutoscaler ca && scenario.nodes() != null) {
            dev.opsdojo.sim.scenario.ClusterAutoscaler old = scenario.clusterAutoscaler();
            dev.opsdojo.sim.scenario.ClusterAutoscaler next = old == null
                    ? new dev.opsdojo.sim.scenario.ClusterAutoscaler(ca.enabled(), 10, 0.5, 600, 600)
                    : new dev.opsdojo.sim.scenario.ClusterAutoscaler(ca.enabled(), old.scanIntervalSeconds(),
                    old.scaleDownUtilizationThreshold(), old.scaleDownUnneededSeconds(), old.scaleDownDelayAfterAddSeconds());
            dev.opsdojo.sim.scenario.Nodes n = scenario.nodes();
            int min = Math.max(0, Math.min(1000, ca.minNodes()));
            int max = Math.max(Math.max(1, min), Math.min(1000, ca.maxNodes()));
            dev.opsdojo.sim.scenario.Nodes nodes = new dev.opsdojo.sim.scenario.Nodes(Math.max(min, Math.min(max, n.count())),
                    n.cpuAllocatableMillicores(), n.memoryAllocatableMiB(), n.costPerHour(), min, max, n.provisioningSeconds());
            Scenario updated = with(scenario, scenario.pods(), scenario.hpa(), next);
            restart(new Scenario(updated.title(), updated.description(), updated.durationSeconds(), updated.seed(), updated.workload(),
                    updated.service(), updated.pods(), nodes, updated.loadBalancer(), updated.hpa(), updated.clusterAutoscaler(),
                    updated.failures(), updated.slo(), updated.timelineIntervalSeconds(), updated.variants()));
            return;
        }
        s.catchUp();
    }

    /**
     * Pod size, HPA and Cluster Autoscaler settings are the setup itself, which running controllers do not change:
     * the run starts again from time 0 with the new setup (and the same seed, so only the setting differs).
     */
    private void restart(Scenario next) {
        ScaleOutSimulation old = sim;
        scenario = next;
        sim = new ScaleOutSimulation(next);
        scenarioJson = ScenarioWriter.write(next);
        old.engine().cancel();
        stepUntil = -1;
        snapshot = buildSnapshot();
    }

    /** A live change kept in the setup "save as scenario" writes (the run itself goes on). */
    private void remember(Scenario updated) {
        scenario = updated;
        scenarioJson = ScenarioWriter.write(updated);
    }

    private static Scenario with(Scenario s, dev.opsdojo.sim.scenario.Pods pods, dev.opsdojo.sim.scenario.Hpa hpa,
                                 dev.opsdojo.sim.scenario.ClusterAutoscaler ca) {
        return new Scenario(s.title(), s.description(), s.durationSeconds(), s.seed(), s.workload(), s.service(), pods, s.nodes(),
                s.loadBalancer(), hpa, ca, s.failures(), s.slo(), s.timelineIntervalSeconds(), s.variants());
    }

    /** The setup running now, as a scenario (what "save as scenario" writes). */
    public Scenario scenario() {
        return scenario;
    }

    private void setNodes(ControlPlane cluster, int wanted) {
        List<Node> alive = cluster.nodes().stream().filter(n -> n.state() != NodeState.DELETED).toList();
        int target = Math.max(1, Math.min(1000, wanted));
        for (int i = alive.size(); i < target; i++) {
            cluster.addNode(alive.isEmpty() ? cluster.config().nodeType() : alive.get(0).type());
        }
    }

    private String pick(List<String> ids) {
        return ids.isEmpty() ? null : ids.get((int) (Math.abs(sim.engine().events() * 0x9E3779B97F4A7C15L) % ids.size()));
    }

    private Snapshot buildSnapshot() {
        Simulation engine = sim.engine();
        ControlPlane cluster = sim.cluster();
        Map<String, List<Snapshot.PodView>> byNode = new LinkedHashMap<>();
        List<Snapshot.PodView> pending = new ArrayList<>();
        for (Pod pod : cluster.pods()) {
            if (pod.phase() == PodPhase.GONE) {
                continue;
            }
            Snapshot.PodView view = podView(pod, engine);
            if (pod.nodeName().isEmpty() || pod.phase() == PodPhase.PENDING) {
                pending.add(view);
            } else {
                byNode.computeIfAbsent(pod.nodeName(), n -> new ArrayList<>()).add(view);
            }
        }
        List<Snapshot.NodeView> nodes = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            if (node.state() == NodeState.DELETED) {
                continue;
            }
            List<Snapshot.PodView> pods = byNode.getOrDefault(node.name(), List.of());
            long requested = cluster.pods().stream().filter(p -> p.active() && node.name().equals(p.nodeName())).count()
                    * cluster.config().template().cpuRequestMillicores();
            Snapshot.NodeState state = switch (node.state()) {
                case PROVISIONING -> Snapshot.NodeState.PROVISIONING;
                case READY -> Snapshot.NodeState.READY;
                default -> Snapshot.NodeState.NOT_READY;
            };
            nodes.add(new Snapshot.NodeView(node.name(), state, (int) Math.min(Integer.MAX_VALUE, node.type().allocatableCpuMillicores()),
                    (int) Math.min(Integer.MAX_VALUE, requested), pods));
        }
        SimulationResult r = engine.result();
        List<TimelineSample> samples = r.timeline();
        double rps = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).rps();
        double p95 = samples.isEmpty() ? r.latency().p95Ms() : samples.get(samples.size() - 1).p95Ms();
        double errorRate = samples.isEmpty() ? r.errorRate() : samples.get(samples.size() - 1).errorRate();
        Snapshot.Totals totals = new Snapshot.Totals(r.requests(), r.completed(), r.failed(), rps, p95, errorRate,
                r.sloAvailability(), cluster.billedNodeHours(), cluster.activePodCount(), cluster.readyPodCount(), cluster.readyNodeCount());
        List<Snapshot.TimelinePoint> timeline = samples.stream().map(s -> new Snapshot.TimelinePoint(s.tSeconds(), s.rps(), s.p95Ms(),
                s.errorRate(), s.replicas(), s.readyReplicas(), s.nodes())).toList();
        List<Decision> all = cluster.decisions();
        List<Snapshot.Decision> decisions = new ArrayList<>();
        for (int i = Math.max(0, all.size() - DECISIONS_SHOWN); i < all.size(); i++) {
            decisions.add(decision(all.get(i)));
        }
        return new Snapshot(engine.nowSeconds(), engine.config().durationSeconds(), engine.finished(), nodes, pending, totals,
                timeline, decisions, eventsPerWallSecond);
    }

    private Snapshot.PodView podView(Pod pod, Simulation engine) {
        Snapshot.PodPhase phase = switch (pod.phase()) {
            case PENDING -> Snapshot.PodPhase.PENDING;
            case CONTAINER_CREATING, RUNNING -> pod.serving() ? Snapshot.PodPhase.STARTING : Snapshot.PodPhase.DEAD;
            case READY -> pod.serving() ? Snapshot.PodPhase.READY : Snapshot.PodPhase.DEAD;
            case TERMINATING -> Snapshot.PodPhase.TERMINATING;
            case GONE -> Snapshot.PodPhase.DEAD;
        };
        int busy = 0;
        int queued = 0;
        Integer index = sim.enginePodOf(pod.id()).orElse(null);
        if (index != null) {
            busy = engine.podBusy(index);
            queued = engine.podQueued(index);
        }
        double load = Math.min(1, busy / (double) Math.max(1, sim.scenario().pods().concurrency()));
        return new Snapshot.PodView(pod.id(), phase, load, pod.slowFactor() > 1, busy, queued);
    }

    /**
     * The controller's decision as the screen words it ({@code sim.decision.<kind>} in the UI strings): the kinds and
     * argument orders are listed on {@code ScaleOutSimulatorPage}; decisions without a kind of their own keep a
     * camel-case name of the model's kind with subject, object and numbers.
     */
    static Snapshot.Decision decision(Decision d) {
        String controller = d.controller().name();
        List<Object> n = new ArrayList<>(d.numbers().stream().map(v -> (Object) Math.round(v)).toList());
        switch (d.kind()) {
            case HPA_SYNC -> {
                long current = (long) num(d, 0);
                long desired = (long) num(d, 1);
                long utilization = (long) num(d, 2);
                long target = (long) num(d, 3);
                long recommended = (long) num(d, 5);
                long stabilized = (long) num(d, 6);
                String limit = d.reason();
                if (desired != current && "DesiredWithinRange".equals(limit)) {
                    return of(d, controller, "hpaScale", current, desired, utilization, target);
                }
                if (desired != stabilized) {
                    return of(d, controller, "hpaLimited", stabilized, desired, limitWord(limit));
                }
                String why = recommended == current ? "tolerance" : stabilized != recommended ? "stabilization" : limitWord(limit);
                return of(d, controller, "hpaHold", current, utilization, target, why);
            }
            case HPA_BOUNDS -> {
                return of(d, controller, "hpaLimited", (long) num(d, 0), (long) num(d, 1),
                        num(d, 1) > num(d, 0) ? "minReplicas" : "maxReplicas");
            }
            case HPA_NO_METRICS -> {
                return of(d, controller, "hpaNoMetrics", "", "", (long) num(d, 0));
            }
            case POD_SCHEDULED -> {
                return of(d, controller, "podScheduled", d.subject(), d.object());
            }
            case SCHEDULING_FAILED -> {
                return of(d, controller, "podPending", d.subject(), num(d, 1) > 0 ? "insufficientCpu" : "noNodeFits");
            }
            case POD_READY -> {
                return of(d, controller, "podReady", d.subject());
            }
            case POD_KILLED -> {
                return of(d, controller, "podKilled", d.subject());
            }
            case NODE_NOT_READY -> {
                return of(d, controller, "nodeNotReady", d.subject(), (long) num(d, 0));
            }
            case POD_EVICTED -> {
                return of(d, controller, "podsEvicted", d.object(), 1L, (long) num(d, 0));
            }
            case NODE_READY -> {
                return of(d, controller, "nodeReady", d.subject());
            }
            case NODE_REMOVED -> {
                return of(d, controller, "nodeRemoved", d.subject());
            }
            case CA_SCALE_UP -> {
                return of(d, controller, "caScaleUp", (long) num(d, 2), (long) num(d, 3), (long) num(d, 0));
            }
            default -> {
                List<Object> args = new ArrayList<>();
                args.add(d.subject());
                args.add(d.object());
                args.addAll(n);
                return new Snapshot.Decision(d.timeSeconds(), controller, camel(d.kind().name()), args);
            }
        }
    }

    private static double num(Decision d, int i) {
        return i < d.numbers().size() ? d.numbers().get(i) : 0;
    }

    private static Snapshot.Decision of(Decision d, String controller, String kind, Object... args) {
        return new Snapshot.Decision(d.timeSeconds(), controller, kind, List.of(args));
    }

    private static String limitWord(String limit) {
        return switch (limit) {
            case "ScaleUpLimit" -> "scaleUpLimit";
            case "TooManyReplicas" -> "maxReplicas";
            case "TooFewReplicas" -> "minReplicas";
            case "ScaleDownLimit" -> "scaleDownLimit";
            default -> limit.isEmpty() ? "tolerance" : limit;
        };
    }

    private static String camel(String constant) {
        StringBuilder kind = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                kind.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return kind.toString();
    }
}
