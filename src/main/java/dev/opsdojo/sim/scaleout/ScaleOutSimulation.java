package dev.opsdojo.sim.scaleout;

import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.Tolerance;
import dev.opsdojo.sim.cluster.ClusterAutoscalerConfig;
import dev.opsdojo.sim.cluster.ClusterConfig;
import dev.opsdojo.sim.cluster.ClusterEvent;
import dev.opsdojo.sim.cluster.ControlPlane;
import dev.opsdojo.sim.cluster.HpaBehavior;
import dev.opsdojo.sim.cluster.HpaConfig;
import dev.opsdojo.sim.cluster.HpaPolicy;
import dev.opsdojo.sim.cluster.HpaScalingRules;
import dev.opsdojo.sim.cluster.NodeType;
import dev.opsdojo.sim.cluster.Pod;
import dev.opsdojo.sim.cluster.PodChange;
import dev.opsdojo.sim.cluster.PodTemplate;
import dev.opsdojo.sim.engine.Distribution;
import dev.opsdojo.sim.engine.LoadBalancerPolicy;
import dev.opsdojo.sim.engine.PodState;
import dev.opsdojo.sim.engine.Profile;
import dev.opsdojo.sim.engine.ServiceModel;
import dev.opsdojo.sim.engine.Simulation;
import dev.opsdojo.sim.engine.SimulationConfig;
import dev.opsdojo.sim.engine.SimulationResult;
import dev.opsdojo.sim.engine.Slo;
import dev.opsdojo.sim.engine.Workload;
import dev.opsdojo.sim.scenario.Failures;
import dev.opsdojo.sim.scenario.Hpa;
import dev.opsdojo.sim.scenario.Nodes;
import dev.opsdojo.sim.scenario.Pods;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * One scenario run as a whole: the request-level engine ({@link Simulation}) serves the traffic while the Kubernetes
 * control plane ({@link ControlPlane}) decides which pods exist, where they run and when they may receive traffic.
 * The engine owns the clock; the control plane is advanced to the engine's time every {@value #CLUSTER_TICK_SECONDS} s
 * (its own timers, such as the 15 s HPA sync, are kept exactly; their effect reaches traffic at the next tick).
 * The HPA reads each pod's CPU as the engine measured it: CPU-seconds used since the last reading over the time passed.
 */
public final class ScaleOutSimulation {
    public static final double CLUSTER_TICK_SECONDS = 1.0;
    /** Scheduling never blocks without a {@code nodes} section: nodes this large hold any pod count the bounds allow. */
    private static final NodeType UNLIMITED = new NodeType("unlimited", 1_000_000_000L, 1_000_000_000L, 0);

    private final Scenario scenario;
    private final Simulation engine;
    private final ControlPlane cluster;
    private final Map<String, Integer> enginePod = new HashMap<>();
    private final Map<String, double[]> lastCpuReading = new HashMap<>();
    private final SplittableRandom failureRandom;
    private final int concurrency;
    private final int podQueueLimit;

    public ScaleOutSimulation(Scenario scenario) {
        this.scenario = scenario;
        Pods pods = scenario.pods();
        boolean centralQueue = scenario.loadBalancer() == Scenario.LoadBalancerPolicy.CENTRAL_QUEUE;
        int queueLimit = pods.queueLimit() == null ? SimulationConfig.MAX_QUEUE : pods.queueLimit();
        this.concurrency = pods.concurrency();
        this.podQueueLimit = centralQueue ? 0 : queueLimit;
        this.engine = new Simulation(engineConfig(scenario));
        this.cluster = new ControlPlane(clusterConfig(scenario), this::cpuUsageMillicores);
        this.failureRandom = new SplittableRandom(scenario.seed() ^ 0x5DEECE66DL);
        engine.setNodesSupplier(cluster::readyNodeCount);
        apply(cluster.takeEvents());
        engine.scheduleEvery(CLUSTER_TICK_SECONDS, CLUSTER_TICK_SECONDS, sim -> apply(cluster.advanceTo(sim.nowSeconds())));
        Failures failures = scenario.failures();
        for (Failures.Event event : failures.events()) {
            engine.schedule(event.atSeconds(), sim -> inject(event));
        }
        if (failures.chaosMonkey() != null && failures.chaosMonkey().enabled()) {
            cluster.startChaosMonkey(failures.chaosMonkey().meanIntervalSeconds());
        }
    }

    /**
     * The request engine's configuration for a scenario's traffic, service, pods (none at the start: the caller
     * adds them), balancer, timeout and SLO; the deployment simulator builds its engine the same way.
     */
    public static SimulationConfig engineConfig(Scenario scenario) {
        Pods pods = scenario.pods();
        boolean centralQueue = scenario.loadBalancer() == Scenario.LoadBalancerPolicy.CENTRAL_QUEUE;
        int queueLimit = pods.queueLimit() == null ? SimulationConfig.MAX_QUEUE : pods.queueLimit();
        return SimulationConfig.builder(workload(scenario), service(scenario.service()))
                .seed(scenario.seed())
                .durationSeconds(scenario.durationSeconds())
                .policy(policy(scenario.loadBalancer()))
                .pods(0, pods.concurrency(), centralQueue ? 0 : queueLimit)
                .centralQueueLimit(centralQueue ? queueLimit : SimulationConfig.MAX_QUEUE)
                .timeoutSeconds(timeoutSeconds(scenario))
                .slo(new Slo(scenario.slo().windowSeconds(), 95, scenario.slo().p95Ms(), scenario.slo().errorRatePercent() / 100))
                .apdexThresholdMs(scenario.slo().apdexThresholdMs())
                .thresholds(scenario.slo().thresholds().stream().map(t -> t.expression()).toList())
                .timelineIntervalSeconds(scenario.timelineIntervalSeconds())
                .build();
    }

    public Scenario scenario() {
        return scenario;
    }

    public Simulation engine() {
        return engine;
    }

    public ControlPlane cluster() {
        return cluster;
    }

    /** Runs to the scenario's end (or until cancelled) and summarises it. */
    public ScaleOutResult run() {
        SimulationResult result = engine.run();
        return new ScaleOutResult(result, cluster.billedNodeHours(), cluster.costDollars(), cluster.decisions());
    }

    /** Advances both to {@code seconds}; false once the run has ended. */
    public boolean advanceTo(double seconds) {
        return engine.advanceTo(seconds);
    }

    public ScaleOutResult resultSoFar() {
        return new ScaleOutResult(engine.result(), cluster.billedNodeHours(), cluster.costDollars(), cluster.decisions());
    }

    /** The engine's index of a control-plane pod, if traffic knows it. */
    public Optional<Integer> enginePodOf(String podId) {
        return Optional.ofNullable(enginePod.get(podId));
    }

    private void apply(List<ClusterEvent> events) {
        for (ClusterEvent event : events) {
            if (event instanceof PodChange change) {
                apply(change);
            }
        }
    }

    private void apply(PodChange change) {
        Integer p = enginePod.get(change.podId());
        switch (change.type()) {
            case ADDED -> {
                if (p == null) {
                    enginePod.put(change.podId(), engine.addPod(concurrency, podQueueLimit, false));
                }
            }
            case ROUTABLE -> {
                if (alive(p)) {
                    engine.setReady(p, true);
                }
            }
            case UNROUTABLE -> {
                if (alive(p)) {
                    engine.setReady(p, false);
                }
            }
            case KILLED, REMOVED -> {
                if (alive(p)) {
                    engine.killPod(p);
                }
                if (change.type() == PodChange.Type.REMOVED) {
                    enginePod.remove(change.podId());
                    lastCpuReading.remove(change.podId());
                }
            }
            case TERMINATING -> {
                if (alive(p)) {
                    engine.terminatePod(p);
                }
            }
            case SLOW_FACTOR_CHANGED -> {
                if (alive(p)) {
                    engine.setSlowFactor(p, change.slowFactor());
                }
            }
        }
    }

    private boolean alive(Integer p) {
        if (p == null) {
            return false;
        }
        PodState state = engine.podState(p);
        return state != PodState.KILLED && state != PodState.TERMINATED;
    }

    /** CPU used since the previous reading of this pod (first reading: since the pod started), as metrics-server reports it. */
    private OptionalDouble cpuUsageMillicores(String podId, double nowSeconds) {
        Integer p = enginePod.get(podId);
        if (p == null) {
            return OptionalDouble.empty();
        }
        double used = engine.podCpuMillicoreSeconds(p);
        double[] last = lastCpuReading.get(podId);
        lastCpuReading.put(podId, new double[] {nowSeconds, used});
        if (last == null) {
            Optional<Pod> pod = cluster.pod(podId);
            double since = pod.map(Pod::createdAtSeconds).orElse(0.0);
            return nowSeconds > since ? OptionalDouble.of(used / (nowSeconds - since)) : OptionalDouble.empty();
        }
        double window = nowSeconds - last[0];
        return window > 0 ? OptionalDouble.of((used - last[1]) / window) : OptionalDouble.empty();
    }

    private void inject(Failures.Event event) {
        catchUp();
        switch (event.kind()) {
            case KILL_POD -> target(cluster.pods().stream().filter(Pod::serving).map(Pod::id).toList(), event.targetIndex())
                    .ifPresent(cluster::killPod);
            case KILL_NODE -> target(cluster.nodes().stream().filter(n -> n.alive()).map(n -> n.name()).toList(), event.targetIndex())
                    .ifPresent(cluster::killNode);
            case SLOW_POD -> target(cluster.pods().stream().filter(Pod::serving).map(Pod::id).toList(), event.targetIndex())
                    .ifPresent(id -> {
                        cluster.setSlowFactor(id, event.factor() == null ? 5 : event.factor());
                        if (event.durationSeconds() != null) {
                            engine.schedule(event.atSeconds() + event.durationSeconds(), sim -> cluster.setSlowFactor(id, 1));
                        }
                    });
        }
        apply(cluster.takeEvents());
    }

    /** Brings the control plane to the engine's time before acting on it from outside its own timers. */
    void catchUp() {
        apply(cluster.advanceTo(engine.nowSeconds()));
    }

    private Optional<String> target(List<String> candidates, Integer index) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (index == null) {
            return Optional.of(candidates.get(failureRandom.nextInt(candidates.size())));
        }
        return index < candidates.size() ? Optional.of(candidates.get(index)) : Optional.empty();
    }

    static Workload workload(Scenario scenario) {
        if (scenario.workload() instanceof dev.opsdojo.sim.scenario.Workload.Open open) {
            return new Workload.Open(profile(open.ratePerSecond()));
        }
        dev.opsdojo.sim.scenario.Workload.Closed closed = (dev.opsdojo.sim.scenario.Workload.Closed) scenario.workload();
        int users = (int) Math.ceil(closed.users().maxValue());
        Distribution think = Distribution.exponential(closed.thinkTimeSeconds());
        boolean steady = closed.users() instanceof dev.opsdojo.sim.scenario.Profile.Steady;
        return new Workload.Closed(Math.max(1, users), think, steady ? null : profile(closed.users()));
    }

    private static double timeoutSeconds(Scenario scenario) {
        Double ms = scenario.workload() instanceof dev.opsdojo.sim.scenario.Workload.Open open ? open.timeoutMs()
                : ((dev.opsdojo.sim.scenario.Workload.Closed) scenario.workload()).timeoutMs();
        return ms == null ? 0 : ms / 1000;
    }

    /** The scenario's corners as the engine's piecewise-linear profile, held flat before the first corner. */
    static Profile profile(dev.opsdojo.sim.scenario.Profile profile) {
        List<dev.opsdojo.sim.scenario.Profile.Point> corners = profile.corners();
        boolean startsAtZero = corners.get(0).tSeconds() <= 0;
        int n = corners.size() + (startsAtZero ? 0 : 1);
        double[] times = new double[n];
        double[] levels = new double[n];
        int i = 0;
        if (!startsAtZero) {
            times[0] = 0;
            levels[0] = corners.get(0).value();
            i = 1;
        }
        for (dev.opsdojo.sim.scenario.Profile.Point corner : corners) {
            times[i] = Math.max(0, corner.tSeconds());
            levels[i] = corner.value();
            i++;
        }
        return Profile.piecewiseLinear(times, levels);
    }

    static ServiceModel service(Service service) {
        Distribution time = switch (service.distribution()) {
            case CONSTANT -> Distribution.constant(service.meanMs() / 1000);
            case EXPONENTIAL -> Distribution.exponential(service.meanMs() / 1000);
            case LOGNORMAL -> Distribution.logNormal(service.medianMs() / 1000, service.p99Ms() / 1000);
        };
        double missMeanMs = service.missMeanMs();
        // CPU while serving: the request's CPU cost spread over its service time (1000m = one busy core).
        double cpuWhileServing = missMeanMs > 0 ? 1000 * service.cpuMillisPerRequest() / missMeanMs : 0;
        if (service.cache() == null || service.cache().hitRatio() == 0) {
            return new ServiceModel(time, 0, null, cpuWhileServing);
        }
        return new ServiceModel(time, service.cache().hitRatio(), Distribution.exponential(service.cache().hitMeanMs() / 1000),
                cpuWhileServing);
    }

    static LoadBalancerPolicy policy(Scenario.LoadBalancerPolicy policy) {
        return switch (policy) {
            case RANDOM -> LoadBalancerPolicy.RANDOM;
            case ROUND_ROBIN -> LoadBalancerPolicy.ROUND_ROBIN;
            case LEAST_CONNECTIONS -> LoadBalancerPolicy.LEAST_CONNECTIONS;
            case CENTRAL_QUEUE -> LoadBalancerPolicy.CENTRAL_QUEUE;
        };
    }

    static ClusterConfig clusterConfig(Scenario scenario) {
        Pods pods = scenario.pods();
        PodTemplate template = PodTemplate.of(pods.cpuRequestMillicores(),
                pods.cpuLimitMillicores() == null ? pods.cpuRequestMillicores() : pods.cpuLimitMillicores(),
                pods.memoryRequestMiB(), pods.startupSeconds(), pods.readinessDelaySeconds());
        Nodes nodes = scenario.nodes();
        NodeType nodeType = nodes == null ? UNLIMITED
                : new NodeType("node", nodes.cpuAllocatableMillicores(), nodes.memoryAllocatableMiB(), nodes.costPerHour());
        int nodeCount = nodes == null ? 1 : nodes.count();
        Failures failures = scenario.failures();
        ClusterConfig config = new ClusterConfig(nodeType, nodeCount, template, pods.replicas(), true,
                failures.nodeMonitorGracePeriodSeconds(), failures.tolerationSeconds(), Optional.empty(), Optional.empty(),
                scenario.seed());
        Hpa hpa = scenario.hpa();
        if (hpa != null && hpa.enabled()) {
            HpaSpec spec = new HpaSpec(hpa.targetCpuUtilizationPercent(), hpa.minReplicas(), hpa.maxReplicas(),
                    Tolerance.of(hpa.tolerance()));
            HpaConfig base = HpaConfig.of(spec, Optional.ofNullable(hpa.behavior()).map(ScaleOutSimulation::behavior));
            config = config.withHpa(new HpaConfig(spec, base.behavior(), hpa.syncPeriodSeconds(), hpa.syncPeriodSeconds(),
                    base.downscaleStabilizationSeconds(), base.cpuInitializationSeconds(),
                    base.initialReadinessDelaySeconds(), base.metricWindowSeconds()));
        }
        dev.opsdojo.sim.scenario.ClusterAutoscaler ca = scenario.clusterAutoscaler();
        if (ca != null && ca.enabled() && nodes != null) {
            ClusterAutoscalerConfig defaults = ClusterAutoscalerConfig.of(nodeType, nodes.min(), nodes.max(), nodes.provisioningSeconds());
            config = config.withAutoscaler(new ClusterAutoscalerConfig(nodeType, nodes.min(), nodes.max(),
                    nodes.provisioningSeconds(), ca.scanIntervalSeconds(), ca.scaleDownUtilizationThreshold(),
                    ca.scaleDownUnneededSeconds(), ca.scaleDownDelayAfterAddSeconds(), defaults.scaleDownUnreadySeconds(),
                    defaults.scaleDownEnabled()));
        }
        return config;
    }

    private static HpaBehavior behavior(Hpa.Behavior behavior) {
        return new HpaBehavior(rules(behavior.scaleUp()), rules(behavior.scaleDown()));
    }

    private static HpaScalingRules rules(Hpa.ScalingRules rules) {
        HpaPolicy[] policies = rules.policies().stream().map(p -> p.type() == Hpa.PolicyType.PODS
                ? HpaPolicy.pods(p.value(), p.periodSeconds()) : HpaPolicy.percent(p.value(), p.periodSeconds()))
                .toArray(HpaPolicy[]::new);
        HpaScalingRules.SelectPolicy select = switch (rules.selectPolicy()) {
            case MAX -> HpaScalingRules.SelectPolicy.MAX;
            case MIN -> HpaScalingRules.SelectPolicy.MIN;
            case DISABLED -> HpaScalingRules.SelectPolicy.DISABLED;
        };
        return HpaScalingRules.of(rules.stabilizationWindowSeconds(), select, policies);
    }
}
