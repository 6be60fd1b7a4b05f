package dev.opsdojo.sim.deploy;

import dev.opsdojo.calc.rollout.RollingUpdate;
import dev.opsdojo.sim.deploy.DeployMessage.Kind;
import dev.opsdojo.sim.deploy.DeployResult.Outcome;
import dev.opsdojo.sim.deploy.DeployState.PodPhase;
import dev.opsdojo.sim.deploy.DeployState.Role;
import dev.opsdojo.sim.engine.Simulation;
import dev.opsdojo.sim.engine.VersionBehaviour;
import dev.opsdojo.sim.engine.VersionRouter;
import dev.opsdojo.sim.engine.VersionStats;
import dev.opsdojo.sim.scaleout.ScaleOutSimulation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A release of a new version under one strategy, on the request engine of the scale-out simulator: the same
 * requests, pods, readiness and balancer, with pods now belonging to ReplicaSets of a template (a version).
 *
 * <ul>
 * <li><b>Rolling</b> follows the Deployment controller's sync (ROLLING.md §3): a sync either scales the new
 * ReplicaSet up within {@code replicas + maxSurge} or scales old ones down — unhealthy pods first, then while
 * {@code replicas − maxUnavailable} stay available — never both; pods are available {@code minReadySeconds} after
 * turning Ready; no progress for {@code progressDeadlineSeconds} marks the rollout failed without rolling back;
 * undo re-applies an old template as a new revision.</li>
 * <li><b>Recreate</b> scales every old pod to 0, waits until none is left, then creates the new ones.</li>
 * <li><b>Blue/green</b>, <b>canary</b> and the <b>A/B test</b> follow Argo Rollouts (ROLLING.md §7–8): a Service
 * selector switched at once; weights by replica ratio (rounded up on both sides) or exact by a router; a background
 * analysis that aborts; a split by user that keeps each user on one variant.</li>
 * </ul>
 *
 * <p>Version 0 is the stable release (revision 1), version 1 the new release. Controllers react at once to what they
 * watch (pod readiness, pods leaving); timers (pauses, analysis, delays) run on simulated time. Not thread-safe: one
 * thread drives it (a live session queues controls between slices).
 */
public final class DeploySimulation {
    static final int STABLE = 0;
    static final int RELEASE = 1;
    /** Argo Rollouts' default scaleDownDelaySeconds / abortScaleDownDelaySeconds with traffic routing. */
    static final double ROUTED_SCALE_DOWN_DELAY_SECONDS = 30;
    /** The readiness probe's period: a repaired pod passes it at the next probe. */
    static final double PROBE_PERIOD_SECONDS = 10;
    /** Measurements of a blue/green post-promotion analysis (an AnalysisTemplate's {@code count}). */
    static final int POST_PROMOTION_MEASUREMENTS = 3;
    private static final int CHART_WINDOW = 0;
    private static final int ANALYSIS_WINDOW = 1;
    private static final int MAX_EVENTS = 2000;

    private final DeployScenario scenario;
    private final DeploymentSpec spec;
    private final Strategy strategy;
    private final Simulation engine;
    private final Release[] releases = new Release[2];
    private final int desired;
    private final int concurrency;
    private final int queueLimit;
    private final int maxSurge;
    private final int maxUnavailable;
    private final int minReadySeconds;

    private final List<ReplicaSet> replicaSets = new ArrayList<>();
    private final Map<Integer, PodRec> podsByEngineId = new HashMap<>();
    private final List<DeployMessage> events = new ArrayList<>();
    private final List<DeploySample> timeline = new ArrayList<>();
    private final long[] lastRouted = new long[2];
    private int podSerial;
    private long rsSerial;

    private boolean started;
    private boolean paused;
    private boolean syncQueued;
    private int templateVersion = STABLE;
    private Outcome outcome = Outcome.NOT_STARTED;
    private boolean rollingBack;
    private double startedAt = Double.NaN;
    private double completedAt = Double.NaN;
    private double rolledBackAt = Double.NaN;
    private double lastProgressAt;
    private boolean deadlineReported;
    private int[] lastProgress = new int[4];
    private int peakPods;
    private double downSeconds;
    private double noReadySeconds;

    // Routing: the share of requests per version a router enforces, or null to follow the ready pods.
    private double[] weights;
    private byte[] cookieVariant;

    // Canary.
    private int canaryStep = -1;
    private double stepStartedAt;
    private double pausedAt = Double.NaN;
    private int canaryWeight;
    private boolean aborted;
    private boolean abortedByAnalysis;
    private double canaryScaleDownAt = Double.NaN;
    private boolean promotedFully;
    private double stableScaleDownAt = Double.NaN;
    private int stableVersion = STABLE;
    private int canaryVersion = RELEASE;

    // Analysis (canary background, blue/green post-promotion).
    private boolean analysisRunning;
    private double nextMeasurementAt;
    private int measurements;
    private int failedMeasurements;
    private int conclusiveMeasurements;
    private VersionStats.Window baseline;

    // Blue/green.
    private int activeVersion = STABLE;
    private int previewVersion = RELEASE;
    private boolean switched;
    private double previewReadyAt = Double.NaN;
    private double switchedAt = Double.NaN;
    private double scaleDownOldAt = Double.NaN;

    // A/B.
    private boolean splitActive;
    /** Visits and conversions per variant when the split began: the test counts only what came after. */
    private final long[][] abBaseline = new long[2][2];
    private boolean significanceReported;

    private final class ReplicaSet {
        final int version;
        final long created = rsSerial++;
        final String name;
        int revision;
        final List<Integer> revisionHistory = new ArrayList<>();
        int spec;
        final List<PodRec> pods = new ArrayList<>();
        boolean deleted;

        ReplicaSet(int version, int revision) {
            this.version = version;
            this.revision = revision;
            this.name = spec().app() + "-" + hash(version);
        }

        int active() {
            int n = 0;
            for (PodRec p : pods) {
                if (!p.deleting) {
                    n++;
                }
            }
            return n;
        }

        int ready() {
            int n = 0;
            for (PodRec p : pods) {
                if (!p.deleting && p.phase == PodPhase.READY) {
                    n++;
                }
            }
            return n;
        }

        int available() {
            int n = 0;
            for (PodRec p : pods) {
                if (p.available()) {
                    n++;
                }
            }
            return n;
        }
    }

    private final class PodRec {
        final int enginePod;
        final String name;
        final ReplicaSet rs;
        final double createdAt;
        PodPhase phase = PodPhase.STARTING;
        double readyAt = Double.NaN;
        int restarts;
        boolean deleting;

        PodRec(int enginePod, String name, ReplicaSet rs, double createdAt) {
            this.enginePod = enginePod;
            this.name = name;
            this.rs = rs;
            this.createdAt = createdAt;
        }

        boolean available() {
            return !deleting && phase == PodPhase.READY && engine.nowSeconds() - readyAt >= minReadySeconds - 1e-9;
        }
    }

    public DeploySimulation(DeployScenario scenario) {
        this.scenario = scenario;
        this.spec = scenario.deployment();
        this.strategy = spec.strategy();
        this.desired = spec.replicas();
        this.engine = new Simulation(ScaleOutSimulation.engineConfig(scenario.base()));
        this.concurrency = engine.config().podConcurrency();
        this.queueLimit = engine.config().podQueueLimit();
        releases[STABLE] = spec.stable();
        releases[RELEASE] = spec.release();
        RollingUpdate.Fenceposts limits = strategy instanceof Strategy.Rolling r
                ? RollingUpdate.resolve(desired, r.maxSurge(), r.maxUnavailable())
                : strategy instanceof Strategy.Canary c ? RollingUpdate.resolve(desired, c.maxSurge(), c.maxUnavailable())
                : new RollingUpdate.Fenceposts(0, 0);
        maxSurge = limits.maxSurge();
        maxUnavailable = Math.min(limits.maxUnavailable(), desired);
        minReadySeconds = strategy instanceof Strategy.Rolling r ? r.minReadySeconds() : 0;

        engine.enableVersions();
        if (scenario.base().workload() instanceof dev.opsdojo.sim.scenario.Workload.Open) {
            engine.setClientPopulation(spec.clients());
        }
        applyBehaviour(STABLE);
        applyBehaviour(RELEASE);
        engine.setPodListener((podId, at) -> podGone(podId));

        ReplicaSet stableRs = new ReplicaSet(STABLE, 1);
        stableRs.spec = desired;
        replicaSets.add(stableRs);
        for (int i = 0; i < desired; i++) {
            PodRec pod = createPod(stableRs);
            pod.phase = PodPhase.READY;
            pod.readyAt = -1e9; // running long before the scenario starts
            engine.setReady(pod.enginePod, true);
        }
        peakPods = desired;
        if (strategy instanceof Strategy.BlueGreen) {
            weights = onlyVersion(activeVersion);
            engine.setVersionRouter(this::routeByWeight);
        }
        engine.scheduleEvery(1, 1, sim -> tick());
        if (spec.releaseAtSeconds() != null) {
            // The scheduled release starts the rollout unless the learner already did; it never counts as a retry.
            engine.schedule(spec.releaseAtSeconds(), sim -> {
                if (!started) {
                    act(DeployAction.of(DeployAction.Kind.START));
                }
            });
        }
        for (DeployAction action : spec.actions()) {
            engine.schedule(action.atSeconds(), sim -> act(action));
        }
    }

    private DeploymentSpec spec() {
        return spec;
    }

    public DeployScenario scenario() {
        return scenario;
    }

    public double nowSeconds() {
        return engine.nowSeconds();
    }

    public double durationSeconds() {
        return engine.config().durationSeconds();
    }

    public boolean finished() {
        return engine.finished();
    }

    public void cancel() {
        engine.cancel();
    }

    /** Runs every event up to {@code seconds} (capped at the end of the run). */
    public void advanceTo(double seconds) {
        engine.advanceTo(Math.max(seconds, engine.nowSeconds()));
    }

    /** Runs to the end and returns the result. */
    public DeployResult run() {
        engine.advanceTo(durationSeconds());
        return result();
    }

    /** Applies a learner's action now ({@code atSeconds} is ignored). */
    public void apply(DeployAction action) {
        act(action);
    }

    public List<DeployMessage> events() {
        return List.copyOf(events);
    }

    public List<DeploySample> timeline() {
        return List.copyOf(timeline);
    }

    // ---------------------------------------------------------------- actions

    private void act(DeployAction action) {
        double now = engine.nowSeconds();
        switch (action.kind()) {
            case START -> start();
            case PAUSE -> {
                if (started && !paused && !done()) {
                    paused = true;
                    pausedAt = now;
                    log(Kind.PAUSED);
                }
            }
            case RESUME -> {
                if (paused) {
                    paused = false;
                    stepStartedAt += now - pausedAt;
                    lastProgressAt = now;
                    log(Kind.RESUMED);
                }
            }
            case UNDO -> undo(action.revision());
            case PROMOTE -> promote();
            case ABORT -> {
                if (started && !done() && !(strategy instanceof Strategy.Rolling) && !(strategy instanceof Strategy.Recreate)) {
                    abort(false);
                } else {
                    log(Kind.PROMOTE_IGNORED);
                }
            }
            case BREAK -> breakRelease(action.fault());
        }
        requestSync();
    }

    private void start() {
        double now = engine.nowSeconds();
        if (strategy instanceof Strategy.Canary && aborted) {
            // Argo's "retry": the aborted rollout starts again from the first step.
            aborted = false;
            abortedByAnalysis = false;
            canaryStep = -1;
            canaryScaleDownAt = Double.NaN;
            outcome = Outcome.PROGRESSING;
            startedAt = now;
            rolledBackAt = Double.NaN;
            log(Kind.ROLLOUT_STARTED, releases[canaryVersion].name(), strategy.json(), revisionOf(canaryVersion));
            Strategy.Canary c = (Strategy.Canary) strategy;
            if (c.analysis() != null) {
                startAnalysis(c.analysis());
            }
            advanceCanaryStep();
            return;
        }
        if (started) {
            return;
        }
        started = true;
        startedAt = now;
        lastProgressAt = now;
        outcome = strategy instanceof Strategy.AbTest ? Outcome.EXPERIMENT : Outcome.PROGRESSING;
        ReplicaSet rs = setTemplate(RELEASE);
        log(Kind.ROLLOUT_STARTED, releases[RELEASE].name(), strategy.json(), rs.revision);
        if (strategy instanceof Strategy.Canary c) {
            if (c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED) {
                weights = onlyVersion(stableVersion);
                engine.setVersionRouter(this::routeByWeight);
            }
            if (c.analysis() != null) {
                startAnalysis(c.analysis());
            }
            advanceCanaryStep();
        }
    }

    /** Points the Deployment's template at a version: reuses its ReplicaSet (with a new revision) or creates one. */
    private ReplicaSet setTemplate(int version) {
        templateVersion = version;
        int next = maxRevision() + 1;
        for (ReplicaSet rs : replicaSets) {
            if (rs.version == version && !rs.deleted) {
                if (rs.revision != maxRevision()) {
                    rs.revisionHistory.add(rs.revision);
                    rs.revision = next;
                }
                return rs;
            }
        }
        ReplicaSet rs = new ReplicaSet(version, next);
        replicaSets.add(rs);
        return rs;
    }

    private void undo(Integer toRevision) {
        if (!started) {
            log(Kind.PROMOTE_IGNORED);
            return;
        }
        if (paused) {
            log(Kind.UNDO_REFUSED_PAUSED);
            return;
        }
        ReplicaSet current = rsOf(templateVersion);
        ReplicaSet target = null;
        if (toRevision == null) {
            for (ReplicaSet rs : replicaSets) {
                if (!rs.deleted && rs != current && (target == null || rs.revision > target.revision)) {
                    target = rs;
                }
            }
        } else {
            for (ReplicaSet rs : replicaSets) {
                if (!rs.deleted && rs.revision == toRevision) {
                    target = rs;
                }
            }
        }
        if (target == null) {
            if (toRevision == null) {
                log(Kind.UNDO_NO_PREVIOUS);
            } else {
                log(Kind.UNDO_NO_REVISION, toRevision);
            }
            return;
        }
        if (target == current) {
            log(Kind.UNDO_SKIPPED, target.revision);
            return;
        }
        int from = target.revision;
        double now = engine.nowSeconds();
        if (strategy instanceof Strategy.Canary && done()) {
            // After a completed rollout the old template is just another release: it goes through the steps again.
            setTemplate(target.version);
            log(Kind.UNDO, from, target.revision);
            canaryVersion = target.version;
            promotedFully = false;
            stableScaleDownAt = Double.NaN;
            canaryStep = -1;
            aborted = false;
            rollingBack = true;
            outcome = Outcome.PROGRESSING;
            advanceCanaryStep();
        } else if (strategy instanceof Strategy.Canary) {
            {
                // Argo fast-tracks a rollback to the stable ReplicaSet: no steps, traffic back at once.
                setTemplate(target.version);
                log(Kind.UNDO, from, target.revision);
                rollingBack = true;
                aborted = true;
                weightsTo(stableVersion);
                canaryScaleDownAt = now;
                outcome = Outcome.PROGRESSING;
            }
        } else if (strategy instanceof Strategy.BlueGreen) {
            {
                setTemplate(target.version);
                log(Kind.UNDO, from, target.revision);
                rollingBack = true;
                aborted = false;
                if (switched && target.version != activeVersion && rsOf(target.version).ready() > 0) {
                    // The old ReplicaSet is still up: switch the selector straight back.
                    int back = target.version;
                    previewVersion = activeVersion;
                    activeVersion = back;
                    weightsTo(activeVersion);
                    log(Kind.SWITCHED_BACK, releases[activeVersion].name());
                    scaleDownOldAt = now;
                } else {
                    previewVersion = target.version;
                    switched = false;
                    previewReadyAt = Double.NaN;
                    scaleDownOldAt = Double.NaN;
                }
                outcome = Outcome.PROGRESSING;
            }
        } else {
            {
                setTemplate(target.version);
                log(Kind.UNDO, from, target.revision);
                rollingBack = target.version == STABLE;
                outcome = Outcome.PROGRESSING;
                deadlineReported = false;
                lastProgressAt = now;
            }
        }
    }

    private void promote() {
        if (strategy instanceof Strategy.Canary c && started && !aborted && canaryStep >= 0 && canaryStep < c.steps().size()
                && c.steps().get(canaryStep) instanceof Strategy.CanaryStep.Pause) {
            log(Kind.PROMOTED);
            advanceCanaryStep();
        } else if (strategy instanceof Strategy.BlueGreen && started && !switched && !Double.isNaN(previewReadyAt)) {
            log(Kind.PROMOTED);
            switchTraffic();
        } else {
            log(Kind.PROMOTE_IGNORED);
        }
    }

    private void breakRelease(Fault fault) {
        Fault before = releases[RELEASE].fault();
        releases[RELEASE] = releases[RELEASE].withFault(fault);
        applyBehaviour(RELEASE);
        if (fault.bad()) {
            log(Kind.RELEASE_BROKEN, releases[RELEASE].name(), fault.kind().json());
        } else if (before.bad()) {
            log(Kind.RELEASE_FIXED, releases[RELEASE].name());
        }
        if (!fault.neverReady()) {
            // Pods waiting on a failing probe or a crash back-off pick the repair up at their next probe or restart.
            for (ReplicaSet rs : replicaSets) {
                if (rs.version != RELEASE) {
                    continue;
                }
                for (PodRec pod : rs.pods) {
                    if (pod.phase == PodPhase.NOT_READY && !pod.deleting) {
                        engine.schedule(engine.nowSeconds() + PROBE_PERIOD_SECONDS, sim -> probePassed(pod));
                    }
                }
            }
        }
    }

    private void applyBehaviour(int version) {
        Release r = releases[version];
        Fault f = r.fault();
        double errors = r.errorRate();
        double latency = r.latencyFactor();
        double threshold = 1;
        double underLoad = errors;
        switch (f.kind()) {
            case ERRORS -> {
                errors = 1 - (1 - errors) * (1 - f.errorRate());
                underLoad = errors;
            }
            case SLOW -> latency *= f.latencyFactor();
            case ERRORS_UNDER_LOAD -> {
                threshold = f.loadThreshold();
                underLoad = 1 - (1 - errors) * (1 - f.errorRate());
            }
            default -> {
            }
        }
        engine.setVersionBehaviour(version, new VersionBehaviour(errors, latency, threshold, underLoad, r.conversionRate()));
    }

    // ---------------------------------------------------------------- pods and ReplicaSets

    private PodRec createPod(ReplicaSet rs) {
        int id = engine.addPod(concurrency, queueLimit, false, rs.version);
        PodRec pod = new PodRec(id, rs.name + "-" + podSuffix(podSerial++), rs, engine.nowSeconds());
        rs.pods.add(pod);
        podsByEngineId.put(id, pod);
        return pod;
    }

    private void startContainer(PodRec pod) {
        double startup = releases[pod.rs.version].startupSeconds();
        engine.schedule(engine.nowSeconds() + startup, sim -> containerStarted(pod));
    }

    private void containerStarted(PodRec pod) {
        if (pod.deleting) {
            return;
        }
        Fault fault = releases[pod.rs.version].fault();
        if (fault.kind() == Fault.Kind.CRASH_LOOP) {
            pod.restarts++;
            pod.phase = PodPhase.CRASH_LOOP;
            double backOff = Math.min(10 * Math.pow(2, pod.restarts - 1), 300);
            if (pod.restarts <= 3 || pod.restarts % 5 == 0) {
                log(Kind.POD_CRASHED, pod.name, pod.restarts, backOff);
            }
            engine.schedule(engine.nowSeconds() + backOff, sim -> startContainer(pod));
            requestSync();
            return;
        }
        if (fault.kind() == Fault.Kind.NOT_READY) {
            if (pod.phase != PodPhase.NOT_READY) {
                log(Kind.POD_NOT_READY, pod.name);
            }
            pod.phase = PodPhase.NOT_READY;
            requestSync();
            return;
        }
        becomeReady(pod);
    }

    private void probePassed(PodRec pod) {
        if (!pod.deleting && pod.phase == PodPhase.NOT_READY && !releases[pod.rs.version].fault().neverReady()) {
            becomeReady(pod);
        }
    }

    private void becomeReady(PodRec pod) {
        double now = engine.nowSeconds();
        pod.phase = PodPhase.READY;
        pod.readyAt = now;
        engine.setReady(pod.enginePod, true);
        log(Kind.POD_READY, pod.name, now - pod.createdAt);
        if (minReadySeconds > 0) {
            engine.schedule(now + minReadySeconds, sim -> requestSync());
        }
        requestSync();
    }

    private void deletePod(PodRec pod) {
        pod.deleting = true;
        pod.phase = PodPhase.TERMINATING;
        engine.terminatePod(pod.enginePod); // graceful: finishes what it holds, then podGone
    }

    private void podGone(int enginePod) {
        PodRec pod = podsByEngineId.remove(enginePod);
        if (pod != null) {
            pod.rs.pods.remove(pod);
            requestSync();
        }
    }

    /** The ReplicaSet controller: creates or deletes pods until each ReplicaSet has its spec. */
    private void reconcileReplicaSets() {
        for (ReplicaSet rs : List.copyOf(replicaSets)) {
            int active = rs.active();
            for (int i = active; i < rs.spec; i++) {
                startContainer(createPod(rs));
            }
            if (active > rs.spec) {
                List<PodRec> victims = new ArrayList<>();
                for (PodRec p : rs.pods) {
                    if (!p.deleting) {
                        victims.add(p);
                    }
                }
                // The ReplicaSet's deletion ranking: not ready before ready, then the most recently ready, then newest.
                victims.sort(Comparator.comparing((PodRec p) -> p.phase == PodPhase.READY)
                        .thenComparing(p -> -(Double.isNaN(p.readyAt) ? 0 : p.readyAt))
                        .thenComparing(p -> -p.createdAt));
                for (PodRec victim : victims.subList(0, active - rs.spec)) {
                    deletePod(victim);
                }
            }
        }
        // Terminating pods drain their last requests within milliseconds here; the peak counts pods a ReplicaSet wants.
        int active = 0;
        for (ReplicaSet rs : replicaSets) {
            active += rs.active();
        }
        peakPods = Math.max(peakPods, active);
    }

    private void scale(ReplicaSet rs, int replicas) {
        if (rs.spec != replicas) {
            log(Kind.RS_SCALED, rs.name, rs.revision, rs.spec, replicas);
            rs.spec = replicas;
            scaledInSync = true;
        }
    }

    // ---------------------------------------------------------------- the controllers

    private void requestSync() {
        if (!syncQueued) {
            syncQueued = true;
            engine.schedule(engine.nowSeconds(), sim -> {
                syncQueued = false;
                sync();
            });
        }
    }

    private void sync() {
        if (started) {
            if (strategy instanceof Strategy.Rolling r) {
                syncRolling(r);
            } else if (strategy instanceof Strategy.Recreate) {
                syncRecreate();
            } else if (strategy instanceof Strategy.BlueGreen b) {
                syncBlueGreen(b);
            } else if (strategy instanceof Strategy.Canary c) {
                syncCanary(c);
            } else if (strategy instanceof Strategy.AbTest a) {
                syncAb(a);
            }
        }
        reconcileReplicaSets();
        if (started) {
            checkProgress();
        }
        if (scaledInSync) {
            // The controller watches its ReplicaSets: a scale leads to another sync at once, queued after the pods'
            // own events of this instant (a pod with no start-up time is Ready before that sync looks).
            scaledInSync = false;
            requestSync();
        }
    }

    private boolean scaledInSync;

    /** One sync of the Deployment controller's RollingUpdate (ROLLING.md §3). */
    private void syncRolling(Strategy.Rolling r) {
        if (paused) {
            return;
        }
        ReplicaSet newRs = rsOf(templateVersion);
        List<ReplicaSet> olds = oldReplicaSets(newRs);
        int total = totalSpec();
        // Scale the new ReplicaSet up (or down to the replica count).
        if (newRs.spec > desired) {
            scale(newRs, desired);
            return;
        }
        if (newRs.spec < desired) {
            int maxTotal = desired + maxSurge;
            if (total < maxTotal) {
                scale(newRs, newRs.spec + Math.min(maxTotal - total, desired - newRs.spec));
                return;
            }
        }
        // Scale old ReplicaSets down.
        int minAvailable = desired - maxUnavailable;
        int newUnavailable = newRs.spec - newRs.available();
        int maxScaledDown = total - minAvailable - newUnavailable;
        if (maxScaledDown > 0) {
            int cleaned = 0;
            for (ReplicaSet old : olds) {
                if (cleaned >= maxScaledDown) {
                    break;
                }
                int unhealthy = old.spec - old.available();
                if (old.spec == 0 || unhealthy <= 0) {
                    continue;
                }
                int down = Math.min(maxScaledDown - cleaned, unhealthy);
                scale(old, old.spec - down);
                cleaned += down;
            }
            int available = 0;
            for (ReplicaSet rs : replicaSets) {
                available += rs.available();
            }
            if (available > minAvailable) {
                int toScaleDown = available - minAvailable;
                int scaled = 0;
                for (ReplicaSet old : olds) {
                    if (scaled >= toScaleDown) {
                        break;
                    }
                    if (old.spec == 0) {
                        continue;
                    }
                    int down = Math.min(old.spec, toScaleDown - scaled);
                    scale(old, old.spec - down);
                    scaled += down;
                }
            }
        }
        if (rolloutComplete(newRs)) {
            complete(newRs);
            cleanupHistory(r.revisionHistoryLimit());
        }
    }

    private void syncRecreate() {
        ReplicaSet newRs = rsOf(templateVersion);
        boolean oldPodsLeft = false;
        for (ReplicaSet old : oldReplicaSets(newRs)) {
            scale(old, 0);
            oldPodsLeft |= !old.pods.isEmpty();
        }
        if (oldPodsLeft) {
            return;
        }
        scale(newRs, desired);
        if (rolloutComplete(newRs)) {
            complete(newRs);
        }
    }

    private void syncBlueGreen(Strategy.BlueGreen b) {
        double now = engine.nowSeconds();
        ReplicaSet active = rsOf(activeVersion);
        ReplicaSet preview = rsOf(previewVersion);
        if (aborted) {
            scale(preview, 0);
            scale(active, desired);
            return;
        }
        if (!switched) {
            int previewReplicas = b.previewReplicaCount() == null ? desired : Math.min(desired, b.previewReplicaCount());
            if (paused) {
                return;
            }
            scale(preview, Math.max(preview.spec, previewReplicas));
            scale(active, desired);
            if (preview.available() >= previewReplicas && Double.isNaN(previewReadyAt)) {
                previewReadyAt = now;
                if (b.autoPromotionEnabled() && b.autoPromotionSeconds() == 0) {
                    switchTraffic();
                } else if (b.autoPromotionSeconds() > 0) {
                    engine.schedule(now + b.autoPromotionSeconds(), sim -> {
                        if (!switched && !aborted && !paused && started) {
                            switchTraffic();
                            requestSync();
                        }
                    });
                }
            }
            return;
        }
        // After the switch: the new active ReplicaSet goes to full size; the old one waits for its scale-down time.
        scale(active, desired);
        if (!Double.isNaN(scaleDownOldAt) && now >= scaleDownOldAt - 1e-9) {
            if (preview.spec > 0) {
                scale(preview, 0);
                if (!rollingBack) {
                    log(Kind.OLD_SCALED_DOWN, b.scaleDownDelaySeconds());
                }
            }
            if (preview.pods.isEmpty() && active.available() >= desired) {
                complete(active);
            }
        }
    }

    private void switchTraffic() {
        double now = engine.nowSeconds();
        int newActive = previewVersion;
        previewVersion = activeVersion;
        activeVersion = newActive;
        switched = true;
        switchedAt = now;
        baseline = engine.versionStats(previewVersion).takeWindow(ANALYSIS_WINDOW);
        weightsTo(activeVersion);
        log(Kind.TRAFFIC_SWITCHED, releases[activeVersion].name());
        Strategy.BlueGreen b = (Strategy.BlueGreen) strategy;
        if (b.postPromotionAnalysis() != null && !rollingBack) {
            startAnalysis(b.postPromotionAnalysis());
        } else {
            scheduleOldScaleDown(b.scaleDownDelaySeconds());
        }
    }

    private void scheduleOldScaleDown(double delay) {
        scaleDownOldAt = engine.nowSeconds() + delay;
        engine.schedule(scaleDownOldAt, sim -> requestSync());
    }

    private void syncCanary(Strategy.Canary c) {
        double now = engine.nowSeconds();
        ReplicaSet stable = rsOf(stableVersion);
        ReplicaSet canary = rsOf(canaryVersion);
        boolean weighted = c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED;
        if (done()) {
            return;
        }
        if (aborted) {
            weightsTo(stableVersion);
            scale(stable, desired);
            if (!weighted || now >= canaryScaleDownAt - 1e-9) {
                scale(canary, 0);
            }
            if (canary.pods.isEmpty() && stable.available() >= desired && Double.isNaN(rolledBackAt)) {
                if (rollingBack) {
                    finishRollback(stable);
                } else {
                    rolledBackAt = now; // aborted: every pod runs the stable version again
                }
            }
            return;
        }
        if (promotedFully) {
            // Argo's final step: the canary goes to full size and 100 %; with traffic routing the old stable pods stay
            // for the scale-down delay, without it they go as the canary's pods become available.
            boolean stableDownDue = !Double.isNaN(stableScaleDownAt) && now >= stableScaleDownAt - 1e-9;
            moveTo(c, stable, canary, desired, weighted && !stableDownDue ? desired : 0);
            if (canary.available() >= desired) {
                setWeight(100);
                if (weighted && Double.isNaN(stableScaleDownAt)) {
                    stableScaleDownAt = now + ROUTED_SCALE_DOWN_DELAY_SECONDS;
                    engine.schedule(stableScaleDownAt, sim -> requestSync());
                }
            }
            if (stable.spec == 0 && stable.pods.isEmpty() && canary.available() >= desired) {
                stableVersion = canaryVersion;
                complete(canary);
            }
            return;
        }
        if (paused || canaryStep < 0) {
            return;
        }
        Strategy.CanaryStep step = c.steps().get(canaryStep);
        if (step instanceof Strategy.CanaryStep.SetWeight w) {
            int canaryTarget = ceilShare(desired, w.weight());
            int stableTarget = weighted ? desired : ceilShare(desired, 100 - w.weight());
            moveTo(c, stable, canary, canaryTarget, stableTarget);
            boolean canaryReady = canary.available() >= canaryTarget && canary.spec == canaryTarget;
            if (weighted && canaryReady) {
                setWeight(w.weight());
            } else if (!weighted) {
                canaryWeight = w.weight();
            }
            if (canaryReady && stable.spec == stableTarget && stable.active() == stableTarget) {
                advanceCanaryStep();
            }
        } else if (step instanceof Strategy.CanaryStep.Pause p && p.durationSeconds() != null
                && now >= stepStartedAt + p.durationSeconds() - 1e-9) {
            advanceCanaryStep();
        }
    }

    /** Moves both ReplicaSets toward their targets within maxSurge and maxUnavailable, as Argo's canary does. */
    private void moveTo(Strategy.Canary c, ReplicaSet stable, ReplicaSet canary, int canaryTarget, int stableTarget) {
        int maxTotal = desired + maxSurge;
        int minAvailable = desired - maxUnavailable;
        if (canary.spec > canaryTarget) {
            scale(canary, canaryTarget);
        }
        if (stable.spec < stableTarget) {
            scale(stable, stableTarget);
        }
        if (canary.spec < canaryTarget) {
            // With traffic routing the stable ReplicaSet stays full and the canary is sized to its weight, surge or not.
            int room = c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED ? canaryTarget : maxTotal - totalSpec();
            if (room > 0) {
                scale(canary, canary.spec + Math.min(room, canaryTarget - canary.spec));
            }
        }
        if (stable.spec > stableTarget) {
            int available = stable.available() + canary.available();
            int down = Math.min(stable.spec - stableTarget, available - minAvailable);
            // Pods that are not available cost no availability when they go.
            down = Math.max(down, Math.min(stable.spec - stableTarget, stable.spec - stable.available()));
            if (down > 0) {
                scale(stable, stable.spec - down);
            }
        }
    }

    private void advanceCanaryStep() {
        Strategy.Canary c = (Strategy.Canary) strategy;
        canaryStep++;
        stepStartedAt = engine.nowSeconds();
        int n = c.steps().size();
        if (canaryStep >= n) {
            canaryStep = n;
            promotedFully = true;
            requestSync();
            return;
        }
        Strategy.CanaryStep step = c.steps().get(canaryStep);
        if (step instanceof Strategy.CanaryStep.SetWeight w) {
            log(Kind.CANARY_WEIGHT, canaryStep + 1, n, w.weight());
        } else if (step instanceof Strategy.CanaryStep.Pause p) {
            if (p.durationSeconds() == null) {
                log(Kind.CANARY_PAUSE_INDEFINITE, canaryStep + 1, n);
            } else {
                log(Kind.CANARY_PAUSE, canaryStep + 1, n, p.durationSeconds());
                engine.schedule(stepStartedAt + p.durationSeconds(), sim -> requestSync());
            }
        }
        requestSync();
    }

    private void setWeight(int weight) {
        canaryWeight = weight;
        if (weights != null) {
            weights = new double[2];
            weights[canaryVersion] = weight / 100.0;
            weights[stableVersion] = 1 - weight / 100.0;
        }
    }

    private void abort(boolean byAnalysis) {
        double now = engine.nowSeconds();
        aborted = true;
        abortedByAnalysis = byAnalysis;
        analysisRunning = false;
        outcome = Outcome.ABORTED;
        if (strategy instanceof Strategy.BlueGreen) {
            if (switched) {
                int back = previewVersion;
                previewVersion = activeVersion;
                activeVersion = back;
                weightsTo(activeVersion);
                log(byAnalysis ? Kind.ABORTED_BY_ANALYSIS : Kind.ABORTED, releases[activeVersion].name());
                log(Kind.SWITCHED_BACK, releases[activeVersion].name());
                switched = false;
                rolledBackAt = now; // the old pods never left: all traffic is back on them at once
            } else {
                log(byAnalysis ? Kind.ABORTED_BY_ANALYSIS : Kind.ABORTED, releases[activeVersion].name());
            }
            return;
        }
        canaryWeight = 0;
        weightsTo(stableVersion);
        Strategy.Canary c = (Strategy.Canary) strategy;
        canaryScaleDownAt = c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED ? now + ROUTED_SCALE_DOWN_DELAY_SECONDS : now;
        engine.schedule(canaryScaleDownAt, sim -> requestSync());
        log(byAnalysis ? Kind.ABORTED_BY_ANALYSIS : Kind.ABORTED, releases[stableVersion].name());
    }

    private void syncAb(Strategy.AbTest a) {
        ReplicaSet variantA = rsOf(STABLE);
        ReplicaSet variantB = rsOf(RELEASE);
        int bReplicas = ceilShare(desired, a.variantBPercent());
        int aReplicas = ceilShare(desired, 100 - a.variantBPercent());
        if (!paused) {
            scale(variantB, bReplicas);
        }
        // A keeps its full size until B serves, then shrinks to its share of the users (rounded up, as Argo does).
        scale(variantA, splitActive ? aReplicas : desired);
        if (!splitActive && variantB.available() >= bReplicas) {
            splitActive = true;
            for (int v = 0; v < 2; v++) {
                VersionStats s = engine.versionStats(v);
                abBaseline[v][0] = s.succeeded();
                abBaseline[v][1] = s.conversions();
            }
            if (a.split() == Strategy.Split.COOKIE) {
                cookieVariant = new byte[spec.clients()];
            }
            engine.setVersionRouter(this::routeAb);
            log(Kind.AB_STARTED, a.variantBPercent(), releases[RELEASE].name(), a.split().json());
        }
    }

    private int routeAb(int client, java.util.SplittableRandom random) {
        Strategy.AbTest a = (Strategy.AbTest) strategy;
        if (client < 0) {
            return random.nextInt(100) < a.variantBPercent() ? RELEASE : STABLE;
        }
        return switch (a.split()) {
            case USER_ID_HASH -> bucket(client, 0x9E3779B97F4A7C15L) < a.variantBPercent() ? RELEASE : STABLE;
            case HEADER -> bucket(client, 0xC2B2AE3D27D4EB4FL) < a.variantBPercent() ? RELEASE : STABLE;
            case COOKIE -> {
                if (client >= cookieVariant.length) {
                    yield STABLE;
                }
                if (cookieVariant[client] == 0) {
                    // First visit: the server sets a cookie with a random variant; later visits carry it.
                    cookieVariant[client] = (byte) (random.nextInt(100) < a.variantBPercent() ? 2 : 1);
                }
                yield cookieVariant[client] == 2 ? RELEASE : STABLE;
            }
        };
    }

    /** A stable bucket 0–99 for a user id (a 64-bit mix, so consecutive ids land anywhere). */
    static int bucket(int client, long salt) {
        long z = client * 0xBF58476D1CE4E5B9L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) Long.remainderUnsigned(z, 100);
    }

    private int routeByWeight(int client, java.util.SplittableRandom random) {
        double[] w = weights;
        if (w == null) {
            return VersionRouter.ANY_READY_POD;
        }
        if (w[RELEASE] <= 0) {
            return STABLE;
        }
        if (w[STABLE] <= 0) {
            return RELEASE;
        }
        return random.nextDouble() < w[RELEASE] ? RELEASE : STABLE;
    }

    private void weightsTo(int version) {
        if (weights != null) {
            weights = onlyVersion(version);
        }
    }

    private static double[] onlyVersion(int version) {
        double[] w = new double[2];
        w[version] = 1;
        return w;
    }

    // ---------------------------------------------------------------- analysis

    private void startAnalysis(Analysis analysis) {
        analysisRunning = true;
        measurements = 0;
        conclusiveMeasurements = 0;
        failedMeasurements = 0;
        nextMeasurementAt = engine.nowSeconds() + analysis.initialDelaySeconds() + analysis.intervalSeconds();
        engine.versionStats(STABLE).takeWindow(ANALYSIS_WINDOW);
        engine.versionStats(RELEASE).takeWindow(ANALYSIS_WINDOW);
        engine.schedule(nextMeasurementAt, sim -> measure(analysis));
    }

    private void measure(Analysis analysis) {
        if (!analysisRunning || aborted) {
            return;
        }
        int newVersion = strategy instanceof Strategy.BlueGreen ? activeVersion : canaryVersion;
        int oldVersion = strategy instanceof Strategy.BlueGreen ? previewVersion : stableVersion;
        VersionStats.Window fresh = engine.versionStats(newVersion).takeWindow(ANALYSIS_WINDOW);
        VersionStats.Window old = engine.versionStats(oldVersion).takeWindow(ANALYSIS_WINDOW);
        if (strategy instanceof Strategy.BlueGreen && baseline != null) {
            old = baseline; // after the switch the old version gets no traffic: compare with it just before
        } else if (old.ended() >= analysis.minRequests()) {
            baseline = old;
        } else if (baseline != null) {
            old = baseline; // the stable version had too little traffic in this interval (a high canary weight)
        }
        measurements++;
        if (paused) {
            measurements--;
        } else if (fresh.ended() < analysis.minRequests()) {
            log(Kind.ANALYSIS_INCONCLUSIVE, measurements, fresh.ended(), analysis.minRequests());
        } else {
            conclusiveMeasurements++;
            boolean errorsBad = fresh.errorRate() > old.errorRate() + analysis.maxErrorRateIncrease();
            boolean slow = old.succeeded() > 0 && fresh.succeeded() > 0 && fresh.p95Ms() > analysis.maxP95Ratio() * old.p95Ms();
            boolean allFailed = fresh.succeeded() == 0;
            Object[] args = {measurements, percent(fresh.errorRate()), percent(old.errorRate()), round(fresh.p95Ms()), round(old.p95Ms())};
            if (errorsBad || slow || allFailed) {
                failedMeasurements++;
                log(Kind.ANALYSIS_FAILED_MEASUREMENT, args[0], args[1], args[2], args[3], args[4], failedMeasurements,
                        analysis.failureLimit());
                if (failedMeasurements > analysis.failureLimit()) {
                    abort(true);
                    requestSync();
                    return;
                }
            } else {
                log(Kind.ANALYSIS_PASSED, args);
            }
        }
        if (strategy instanceof Strategy.BlueGreen b && conclusiveMeasurements >= POST_PROMOTION_MEASUREMENTS) {
            analysisRunning = false;
            scheduleOldScaleDown(b.scaleDownDelaySeconds());
            return;
        }
        if (strategy instanceof Strategy.BlueGreen b && measurements >= 10 * POST_PROMOTION_MEASUREMENTS) {
            // Too little traffic to judge: end as inconclusive and keep the new version (Argo would pause instead).
            analysisRunning = false;
            scheduleOldScaleDown(b.scaleDownDelaySeconds());
            return;
        }
        nextMeasurementAt += analysis.intervalSeconds();
        engine.schedule(nextMeasurementAt, sim -> measure(analysis));
    }

    // ---------------------------------------------------------------- progress and completion

    private boolean rolloutComplete(ReplicaSet newRs) {
        if (newRs.spec != desired || newRs.available() < desired || newRs.active() != desired) {
            return false;
        }
        for (ReplicaSet old : oldReplicaSets(newRs)) {
            if (old.spec > 0 || old.active() > 0) {
                return false;
            }
        }
        return true;
    }

    private void complete(ReplicaSet rs) {
        if (outcome == Outcome.COMPLETED || outcome == Outcome.ROLLED_BACK) {
            return;
        }
        if (rollingBack || rs.version == STABLE) {
            finishRollback(rs);
            return;
        }
        analysisRunning = false;
        outcome = Outcome.COMPLETED;
        completedAt = engine.nowSeconds();
        log(Kind.ROLLOUT_COMPLETE, desired, releases[rs.version].name(), rs.revision);
    }

    private void finishRollback(ReplicaSet rs) {
        analysisRunning = false;
        outcome = Outcome.ROLLED_BACK;
        rolledBackAt = engine.nowSeconds();
        log(Kind.ROLLBACK_COMPLETE, desired, releases[rs.version].name(), rs.revision);
    }

    private void cleanupHistory(int limit) {
        ReplicaSet current = rsOf(templateVersion);
        List<ReplicaSet> old = new ArrayList<>();
        for (ReplicaSet rs : replicaSets) {
            if (rs != current && !rs.deleted && rs.spec == 0 && rs.pods.isEmpty()) {
                old.add(rs);
            }
        }
        old.sort(Comparator.comparingInt(rs -> rs.revision));
        for (int i = 0; i < old.size() - limit; i++) {
            old.get(i).deleted = true;
        }
    }

    /** Progress as the Deployment controller sees it: more updated, ready or available pods, or fewer old pods. */
    private void checkProgress() {
        if (strategy instanceof Strategy.AbTest || done() || aborted) {
            return;
        }
        int progressDeadline = strategy instanceof Strategy.Rolling r ? r.progressDeadlineSeconds()
                : Strategy.Rolling.DEFAULT.progressDeadlineSeconds();
        double now = engine.nowSeconds();
        ReplicaSet newRs = rsOf(templateVersion);
        int updated = newRs.active();
        int old = 0;
        int ready = 0;
        int available = 0;
        for (ReplicaSet rs : replicaSets) {
            if (rs != newRs) {
                old += rs.active();
            }
            ready += rs.ready();
            available += rs.available();
        }
        int[] p = {updated, old, ready, available};
        if (p[0] > lastProgress[0] || p[1] < lastProgress[1] || p[2] > lastProgress[2] || p[3] > lastProgress[3]) {
            lastProgressAt = now;
            if (deadlineReported) {
                deadlineReported = false;
                outcome = Outcome.PROGRESSING;
            }
        }
        lastProgress = p;
        if (paused || waitingByDesign()) {
            lastProgressAt = now;
            return;
        }
        double deadline = lastProgressAt + progressDeadline;
        if (now > deadline && !deadlineReported) {
            deadlineReported = true;
            outcome = Outcome.FAILED;
            log(Kind.PROGRESS_DEADLINE_EXCEEDED, progressDeadline);
        }
    }

    /** A pause step, a wait for promotion or the time after a switch: no progress is expected, as Argo treats them. */
    private boolean waitingByDesign() {
        if (strategy instanceof Strategy.Canary c) {
            return canaryStep >= 0 && canaryStep < c.steps().size() && c.steps().get(canaryStep) instanceof Strategy.CanaryStep.Pause;
        }
        if (strategy instanceof Strategy.BlueGreen) {
            return switched || !Double.isNaN(previewReadyAt);
        }
        return false;
    }

    private boolean done() {
        return outcome == Outcome.COMPLETED || outcome == Outcome.ROLLED_BACK;
    }

    // ---------------------------------------------------------------- sampling

    private void tick() {
        double now = engine.nowSeconds();
        List<DeploySample.VersionSample> versions = new ArrayList<>();
        long routedTotal = 0;
        long[] routed = new long[2];
        for (int v = 0; v < 2; v++) {
            routed[v] = engine.versionStats(v).routed() - lastRouted[v];
            lastRouted[v] = engine.versionStats(v).routed();
            routedTotal += routed[v];
        }
        long ended = 0;
        long errors = 0;
        long succeeded = 0;
        int readyTotal = 0;
        for (int v = 0; v < 2; v++) {
            VersionStats.Window w = engine.versionStats(v).takeWindow(CHART_WINDOW);
            int pods = 0;
            int ready = 0;
            for (ReplicaSet rs : replicaSets) {
                if (rs.version == v) {
                    pods += rs.pods.size();
                    ready += rs.ready();
                }
            }
            readyTotal += ready;
            ended += w.ended();
            errors += w.errors();
            succeeded += w.succeeded();
            versions.add(new DeploySample.VersionSample(pods, ready, routedTotal == 0 ? 0 : (double) routed[v] / routedTotal,
                    w.ended(), w.errorRate(), w.succeeded() == 0 ? 0 : w.p95Ms()));
        }
        // Totals from the engine also hold the requests that found no ready pod of any version.
        long completedNow = engine.completedCount();
        long failedNow = engine.failedCount();
        long endedDelta = completedNow + failedNow - lastCompleted - lastFailed;
        long failedDelta = failedNow - lastFailed;
        lastCompleted = completedNow;
        lastFailed = failedNow;
        ended = Math.max(ended, endedDelta);
        errors = Math.max(errors, failedDelta);
        boolean noReady = readyTotal == 0 && succeeded == 0;
        boolean down = noReady || (ended > 0 && (double) errors / ended > spec.downtimeErrorRate());
        if (down) {
            downSeconds++;
        }
        if (noReady) {
            noReadySeconds++;
        }
        timeline.add(new DeploySample(now, versions, down, ended == 0 ? 0 : (double) errors / ended));
        if (started && strategy instanceof Strategy.AbTest a && splitActive && !significanceReported) {
            AbVerdict verdict = abVerdict(a);
            if (verdict.significant()) {
                significanceReported = true;
                log(Kind.AB_SIGNIFICANT, round(a.confidenceLevel() * 100), pValue(verdict.pValue()));
            }
        }
        requestSync();
    }

    private long lastCompleted;
    private long lastFailed;

    // ---------------------------------------------------------------- views

    public DeployResult result() {
        List<DeployResult.VersionResult> versions = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            VersionStats s = engine.versionStats(v);
            versions.add(new DeployResult.VersionResult(v, releases[v].name(), s.succeeded() + s.failed(), s.failed(),
                    s.serverErrors(), round(s.p50Ms()), round(s.p95Ms()), s.exposedClients(), s.clientsWithErrors(), s.conversions()));
        }
        dev.opsdojo.sim.engine.SimulationResult total = engine.result();
        long ended = total.completed() + total.failed();
        VersionStats release = engine.versionStats(RELEASE);
        AbVerdict ab = strategy instanceof Strategy.AbTest a ? abVerdict(a) : null;
        return new DeployResult(strategy.json(), outcomeNow(), engine.nowSeconds(), startedAt,
                Double.isNaN(completedAt) ? Double.NaN : completedAt - startedAt,
                Double.isNaN(rolledBackAt) ? Double.NaN : rolledBackAt - startedAt, downSeconds, noReadySeconds,
                total.requests(), total.failed(), ended == 0 ? 1 : (double) total.completed() / ended, versions,
                release.exposedClients(), release.clientsWithErrors(), release.failed(), desired, peakPods,
                Math.max(0, peakPods - desired), ab, total.sloAvailability(), total.sloWindows());
    }

    private Outcome outcomeNow() {
        if (paused && !done() && outcome == Outcome.PROGRESSING) {
            return Outcome.PAUSED;
        }
        return outcome;
    }

    private AbVerdict abVerdict(Strategy.AbTest a) {
        VersionStats sa = engine.versionStats(STABLE);
        VersionStats sb = engine.versionStats(RELEASE);
        return AbStatistics.compare(sa.succeeded() - abBaseline[0][0], sa.conversions() - abBaseline[0][1],
                sb.succeeded() - abBaseline[1][0], sb.conversions() - abBaseline[1][1], a.confidenceLevel(), a.minSamplesPerVariant());
    }

    public DeployState state() {
        double now = engine.nowSeconds();
        List<DeployState.ReplicaSetView> rsViews = new ArrayList<>();
        List<DeployState.PodView> podViews = new ArrayList<>();
        List<Integer> revisions = new ArrayList<>();
        List<ReplicaSet> ordered = new ArrayList<>(replicaSets);
        ordered.sort(Comparator.comparingLong(rs -> rs.created));
        for (ReplicaSet rs : ordered) {
            if (rs.deleted) {
                continue;
            }
            revisions.add(rs.revision);
            rsViews.add(new DeployState.ReplicaSetView(rs.name, rs.revision, rs.version, releases[rs.version].name(), role(rs),
                    rs.spec, rs.pods.size(), rs.ready(), rs.available()));
            for (PodRec p : rs.pods) {
                podViews.add(new DeployState.PodView(p.name, rs.version, rs.revision, p.phase, p.restarts, now - p.createdAt,
                        engine.podBusy(p.enginePod)));
            }
        }
        revisions.sort(Integer::compare);
        List<Double> w = new ArrayList<>();
        if (weights != null) {
            w.add(weights[0]);
            w.add(weights[1]);
        }
        int stepCount = strategy instanceof Strategy.Canary c ? c.steps().size() : 0;
        List<DeployMessage> recent = events.size() > 200 ? events.subList(events.size() - 200, events.size()) : events;
        return new DeployState(now, durationSeconds(), strategy, outcomeNow(), started, paused, rsViews, podViews, w,
                step(), recent, releases[RELEASE].fault(), strategy instanceof Strategy.Canary ? Math.min(canaryStep, stepCount) : -1,
                stepCount, measurements, failedMeasurements, revisions, rsOf(templateVersion).revision,
                List.of(releases[0].name(), releases[1].name()), timeline,
                strategy instanceof Strategy.AbTest a && started ? abVerdict(a) : null);
    }

    private Role role(ReplicaSet rs) {
        if (strategy instanceof Strategy.BlueGreen) {
            return rs.version == activeVersion ? Role.ACTIVE : Role.PREVIEW;
        }
        if (strategy instanceof Strategy.Canary) {
            return rs.version == stableVersion ? Role.STABLE : Role.CANARY;
        }
        if (strategy instanceof Strategy.AbTest) {
            return rs.version == STABLE ? Role.VARIANT_A : Role.VARIANT_B;
        }
        return !started ? Role.STABLE : rs.version == templateVersion ? Role.NEW : Role.OLD;
    }

    /** The current controller step, explained. */
    private DeployMessage step() {
        double now = engine.nowSeconds();
        ReplicaSet current = rsOf(templateVersion);
        if (!started) {
            return DeployMessage.of(now, Kind.STEP_IDLE, desired, releases[STABLE].name(), releases[RELEASE].name(), strategy.json());
        }
        if (outcome == Outcome.COMPLETED || outcome == Outcome.ROLLED_BACK) {
            ReplicaSet serving = strategy instanceof Strategy.BlueGreen ? rsOf(activeVersion)
                    : strategy instanceof Strategy.Canary ? rsOf(stableVersion) : current;
            return DeployMessage.of(now, Kind.STEP_DONE, desired, releases[serving.version].name());
        }
        if (aborted && !rollingBack) {
            int serving = strategy instanceof Strategy.BlueGreen ? activeVersion : stableVersion;
            return DeployMessage.of(now, Kind.STEP_ABORTED, releases[serving].name());
        }
        if (paused) {
            ReplicaSet newRs = current;
            int old = 0;
            for (ReplicaSet rs : oldReplicaSets(newRs)) {
                old += rs.active();
            }
            return DeployMessage.of(now, Kind.STEP_PAUSED, newRs.active(), old);
        }
        {
            if (strategy instanceof Strategy.Rolling r) {
                if (outcome == Outcome.FAILED) {
                    int old = 0;
                    for (ReplicaSet rs : oldReplicaSets(current)) {
                        old += rs.active();
                    }
                    return DeployMessage.of(now, Kind.STEP_FAILED, current.active(), old);
                }
                if (rollingBack) {
                    return DeployMessage.of(now, Kind.STEP_ROLLING_BACK, releases[current.version].name(), current.available(), desired);
                }
                int total = totalSpec();
                int available = 0;
                int old = 0;
                for (ReplicaSet rs : replicaSets) {
                    available += rs.available();
                    if (rs != current) {
                        old += rs.active();
                    }
                }
                int notAvailable = current.active() - current.available();
                if (notAvailable > 0 && current.ready() == 0 && now - lastProgressAt > 30) {
                    double left = Math.max(0, lastProgressAt + r.progressDeadlineSeconds() - now);
                    return DeployMessage.of(now, Kind.STEP_STALLED, Math.ceil(left));
                }
                if (notAvailable > 0 && total >= desired + maxSurge) {
                    return DeployMessage.of(now, Kind.STEP_ROLLING_WAITING, notAvailable, r.minReadySeconds(), desired - maxUnavailable);
                }
                return DeployMessage.of(now, Kind.STEP_ROLLING, r.maxSurge(), desired + maxSurge, Math.max(0, desired + maxSurge - total),
                        r.maxUnavailable(), desired - maxUnavailable, available, current.active(), old);
            }
            if (strategy instanceof Strategy.Recreate) {
                int oldPods = 0;
                for (ReplicaSet rs : oldReplicaSets(current)) {
                    oldPods += rs.pods.size();
                }
                if (oldPods > 0) {
                    return DeployMessage.of(now, Kind.STEP_RECREATE_DOWN, oldPods);
                }
                return DeployMessage.of(now, Kind.STEP_RECREATE_UP, desired, current.ready());
            }
            if (strategy instanceof Strategy.BlueGreen b) {
                if (switched) {
                    double left = Double.isNaN(scaleDownOldAt) ? b.scaleDownDelaySeconds() : Math.max(0, scaleDownOldAt - now);
                    return DeployMessage.of(now, Kind.STEP_BG_ACTIVE, Math.ceil(left));
                }
                if (!Double.isNaN(previewReadyAt)) {
                    if (b.autoPromotionSeconds() > 0) {
                        return DeployMessage.of(now, Kind.STEP_BG_WAITING_AUTO,
                                Math.max(0, Math.ceil(previewReadyAt + b.autoPromotionSeconds() - now)));
                    }
                    return DeployMessage.of(now, Kind.STEP_BG_WAITING);
                }
                ReplicaSet preview = rsOf(previewVersion);
                return DeployMessage.of(now, Kind.STEP_BG_PREVIEW, preview.ready(), preview.spec, Math.max(0, engine.livePodCount() - desired));
            }
            if (strategy instanceof Strategy.Canary c) {
                if (rollingBack) {
                    return DeployMessage.of(now, Kind.STEP_ROLLING_BACK, releases[stableVersion].name(), rsOf(stableVersion).available(), desired);
                }
                int n = c.steps().size();
                int stepNo = Math.min(canaryStep, n - 1) + 1;
                if (canaryStep >= 0 && canaryStep < n && c.steps().get(canaryStep) instanceof Strategy.CanaryStep.Pause p) {
                    if (p.durationSeconds() == null) {
                        return DeployMessage.of(now, Kind.STEP_CANARY_PAUSE_INDEFINITE, stepNo, n, currentCanaryShare());
                    }
                    return DeployMessage.of(now, Kind.STEP_CANARY_PAUSE, stepNo, n, currentCanaryShare(),
                            Math.ceil(Math.max(0, stepStartedAt + p.durationSeconds() - now)));
                }
                return DeployMessage.of(now, Kind.STEP_CANARY, Math.max(1, Math.min(stepNo, n)), n, currentCanaryShare(),
                        rsOf(canaryVersion).active(), rsOf(stableVersion).active());
            }
            {
                Strategy.AbTest a = (Strategy.AbTest) strategy;
                AbVerdict v = abVerdict(a);
                if (!v.enoughSamples()) {
                    return DeployMessage.of(now, Kind.STEP_AB_WAITING, a.variantBPercent(), releases[RELEASE].name(), v.visitsA(),
                            v.visitsB(), a.minSamplesPerVariant());
                }
                return DeployMessage.of(now, v.significant() ? Kind.STEP_AB_SIGNIFICANT : Kind.STEP_AB_NOT_SIGNIFICANT,
                        a.variantBPercent(), releases[RELEASE].name(), String.format(Locale.ROOT, "%+.2f", 100 * v.difference()),
                        pValue(v.pValue()));
            }
        }
    }

    /** The canary's share of traffic now, in percent: the router's weight, or its share of ready pods. */
    private int currentCanaryShare() {
        if (weights != null) {
            return (int) Math.round(weights[canaryVersion] * 100);
        }
        int canary = rsOf(canaryVersion).ready();
        int all = canary + rsOf(stableVersion).ready();
        return all == 0 ? 0 : (int) Math.round(100.0 * canary / all);
    }

    // ---------------------------------------------------------------- helpers

    private ReplicaSet rsOf(int version) {
        for (ReplicaSet rs : replicaSets) {
            if (rs.version == version && !rs.deleted) {
                return rs;
            }
        }
        ReplicaSet rs = new ReplicaSet(version, maxRevision() + 1);
        replicaSets.add(rs);
        return rs;
    }

    private List<ReplicaSet> oldReplicaSets(ReplicaSet newRs) {
        List<ReplicaSet> olds = new ArrayList<>();
        for (ReplicaSet rs : replicaSets) {
            if (rs != newRs && !rs.deleted) {
                olds.add(rs);
            }
        }
        olds.sort(Comparator.comparingLong(rs -> rs.created));
        return olds;
    }

    private int totalSpec() {
        int total = 0;
        for (ReplicaSet rs : replicaSets) {
            total += rs.spec;
        }
        return total;
    }

    private int maxRevision() {
        int max = 0;
        for (ReplicaSet rs : replicaSets) {
            max = Math.max(max, rs.revision);
        }
        return max;
    }

    private int revisionOf(int version) {
        return rsOf(version).revision;
    }

    /** {@code ceil(replicas × percent / 100)} in integers, as Argo rounds both sides of a replica-ratio split. */
    static int ceilShare(int replicas, int percent) {
        return (replicas * percent + 99) / 100;
    }

    private void log(Kind kind, Object... args) {
        if (events.size() >= MAX_EVENTS) {
            events.remove(0);
        }
        events.add(DeployMessage.of(engine.nowSeconds(), kind, args));
    }

    private static String hash(int version) {
        return Integer.toHexString(0x5f7c9d + version * 0x2b3a1).substring(0, 6);
    }

    private static String podSuffix(int serial) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder b = new StringBuilder();
        long x = (serial + 1) * 2654435761L;
        for (int i = 0; i < 5; i++) {
            b.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
            x = Long.divideUnsigned(x, alphabet.length()) + 7 * (i + 1);
        }
        return b.toString();
    }

    /** A p-value as papers write it: "= 0.0123", or "< 0.0001" when smaller. */
    static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "= %.4f", p);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double percent(double rate) {
        return Math.round(rate * 1000) / 10.0;
    }
}
