package dev.opsdojo.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * The request-level discrete-event engine. Every request is simulated: arrival (open Poisson stream or closed users),
 * the balancer's choice of pod, queueing, service, and completion or failure ({@link ErrorCause}).
 *
 * <p><b>Determinism.</b> Randomness comes from {@link SplittableRandom} streams split from the seed, one per purpose
 * (arrivals, service times, cache hits, routing, think times), so the arrival sequence does not depend on the pods.
 * Events at the same time run in the order they were scheduled. No wall clock is read. The same configuration, seed
 * and sequence of control calls give bit-identical results.
 *
 * <p><b>Control.</b> {@link #advanceTo} runs all events up to a time and can be called in slices; {@link #run} runs
 * to the configured duration. {@link #cancel} (the only thread-safe method) stops a run between events. The pod API
 * ({@link #addPod}, {@link #setReady}, {@link #setSlowFactor}, {@link #killPod}, {@link #terminatePod}) and
 * {@link #schedule} let a control-plane layer act at any simulated time, from callbacks or between slices.
 *
 * <p><b>Memory</b> is bounded: requests live in pooled struct-of-arrays slots while in flight, and latency goes to
 * fixed-size histograms (the whole run, the current timeline interval, the current SLO window).
 */
public final class Simulation {
    /** The most pods created over a run, live or not. */
    public static final int MAX_PODS_CREATED = 1_000_000;
    /** The most versions (ReplicaSet templates) a deployment simulation tells apart. */
    public static final int MAX_VERSIONS = 8;
    /** The most distinct clients an open workload's requests are spread over (for per-user exposure and A/B splits). */
    public static final int MAX_CLIENTS = 10_000_000;

    private static final int KIND_SHIFT = 28;
    private static final int ARG_MASK = (1 << KIND_SHIFT) - 1;
    private static final int ARRIVAL = 0;
    private static final int THINK_END = 1;
    private static final int COMPLETION = 2;
    private static final int THINK_CANDIDATE = 3;
    private static final int CALLBACK = 4;
    private static final int POPULATION = 5;

    private static final byte FREE = 0;
    private static final byte QUEUED = 1;
    private static final byte SERVING = 2;
    private static final byte ABANDONED_QUEUED = 3;
    private static final byte ABANDONED_SERVING = 4;

    private static final byte RUNNING = 0;
    private static final byte TERMINATING = 1;
    private static final byte TERMINATED = 2;
    private static final byte KILLED = 3;

    private static final byte DORMANT = 0;
    private static final byte THINKING = 1;
    private static final byte WAITING = 2;

    private final SimulationConfig config;
    private final double durationSeconds;
    private final double warmupSeconds;
    private final boolean central;
    private final LoadBalancerPolicy policy;
    private final double timeoutSeconds;
    private final Distribution serviceTime;
    private double cacheHitRatio;
    private Distribution cacheHitTime;
    /** A learner's live change of the offered load: multiplies the arrival rate or the active users (≤ the configured users). */
    private double loadScale = 1;
    private final double cpuMillicoresWhileServing;
    private final Sampler serviceSampler;
    private Sampler hitSampler;
    private final SplittableRandom arrivalRandom;
    private final SplittableRandom serviceRandom;
    private final SplittableRandom cacheRandom;
    private final SplittableRandom routingRandom;
    private final SplittableRandom thinkRandom;
    private final SplittableRandom versionRandom;
    private final EventHeap heap = new EventHeap(1024);

    private double now;
    private long events;
    private volatile boolean cancelRequested;
    private boolean advancing;
    private boolean cancelled;

    // Open workload.
    private final Profile arrivalRate;
    private final int[] rateSegment = new int[1];
    private final double constantRate;

    // Closed workload.
    private final Workload.Closed closed;
    private final Distribution thinkTime;
    private byte[] userState;
    private int activeUsers;
    private final boolean aggregateThinking;
    private final double meanThinkSeconds;
    private int[] awake;
    private int[] awakePos;
    private int awakeCount;
    private long candidateSeq = -1;
    private boolean candidateStale;

    // Requests, struct of arrays indexed by slot.
    private double[] reqArrival;
    private double[] reqWork;
    private double[] reqStart;
    private int[] reqPod;
    private int[] reqUser;
    private int[] reqServingPos;
    private byte[] reqState;
    private long[] reqCompletionSeq;
    private long[] reqSerial;
    private int[] reqClient;
    private byte[] reqVersion;
    private boolean[] reqServerError;
    private long requestSerial;

    // Client timeouts: all share one length, so deadlines come in arrival order and a FIFO replaces heap events.
    private int[] timeoutSlot = new int[16];
    private long[] timeoutSerial = new long[16];
    private double[] timeoutDeadline = new double[16];
    private int timeoutHead;
    private int timeoutCount;
    private int[] freeSlots;
    private int freeSlotCount;
    private int slotsCreated;
    private long inFlight;

    // Pods, struct of arrays indexed by id (ids are never reused).
    private int podCount;
    private int livePods;
    private int[] podConcurrency = new int[16];
    private int[] podQueueLimit = new int[16];
    private int[] podBusy = new int[16];
    private int[] podQueuedLive = new int[16];
    private byte[] podLifecycle = new byte[16];
    private boolean[] podReady = new boolean[16];
    private double[] podSlow = new double[16];
    private double[] podBusySlotSeconds = new double[16];
    private double[] podLastChange = new double[16];
    private IntRing[] podQueue = new IntRing[16];
    private int[][] podServing = new int[16][];
    private int[] routable = new int[16];
    private int[] routablePos = new int[16];
    private int routableCount;
    private int[] withFreeSlot = new int[16];
    private int[] withFreeSlotPos = new int[16];
    private int withFreeSlotCount;
    private int cursor;
    private final IntRing centralQueue = new IntRing();
    private int centralQueuedLive;

    // Callbacks.
    private final List<SimCallback> callbacks = new ArrayList<>();
    private int[] freeCallbacks = new int[8];
    private int freeCallbackCount;
    private IntSupplier nodes = () -> 0;

    // Versions (deployment simulator only; a run without them takes none of these paths).
    private boolean versioned;
    private byte[] podVersion = new byte[16];
    private final VersionStats[] versionStats = new VersionStats[MAX_VERSIONS];
    private final VersionBehaviour[] behaviours = new VersionBehaviour[MAX_VERSIONS];
    private VersionRouter router;
    private int clientPopulation;
    private PodListener podListener;

    // Totals (requests that arrived at or after the warm-up).
    private long requests;
    private long completed;
    private final long[] failedByCause = new long[ErrorCause.values().length];
    private double waitSum;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final double apdexSatisfiedSeconds;
    private long apdexSatisfied;
    private long apdexTolerating;

    // Windows.
    private final Window timelineWindow;
    private final Window sloWindow;
    private final List<TimelineSample> timeline = new ArrayList<>();
    private long sloWindows;
    private long sloWindowsMet;
    private double nextWindowEnd;

    /** A distribution with its parameters precomputed, sampled without a virtual call (the same draws). */
    private static final class Sampler {
        final int kind;
        final double a;
        final double b;

        Sampler(Distribution d) {
            if (d instanceof Distribution.Constant c) {
                kind = 0;
                a = c.seconds();
                b = 0;
            } else if (d instanceof Distribution.Exponential e) {
                kind = 1;
                a = e.meanSeconds();
                b = 0;
            } else {
                Distribution.LogNormal l = (Distribution.LogNormal) d;
                kind = 2;
                a = l.medianSeconds();
                b = l.sigma();
            }
        }

        double sample(SplittableRandom random) {
            return switch (kind) {
                case 0 -> a;
                case 1 -> -a * Math.log(1.0 - random.nextDouble());
                default -> a * Math.exp(b * random.nextGaussian());
            };
        }
    }

    /** Told when a gracefully terminating pod has finished its last request. */
    @FunctionalInterface
    public interface PodListener {
        void podTerminated(int podId, double atSeconds);
    }

    private static final class Window {
        final double lengthSeconds;
        final LatencyHistogram histogram = new LatencyHistogram();
        long index;
        long ended;
        long errors;

        Window(double lengthSeconds) {
            this.lengthSeconds = lengthSeconds;
        }

        double end() {
            return (index + 1) * lengthSeconds;
        }

        void reset() {
            histogram.reset();
            ended = 0;
            errors = 0;
            index++;
        }
    }

    /** A simulation at time 0 with the configured initial pods, ready. */
    public Simulation(SimulationConfig config) {
        this.config = config;
        durationSeconds = config.durationSeconds();
        warmupSeconds = config.warmupSeconds();
        policy = config.policy();
        central = policy == LoadBalancerPolicy.CENTRAL_QUEUE;
        timeoutSeconds = config.timeoutSeconds();
        ServiceModel service = config.service();
        serviceTime = service.serviceTime();
        cacheHitRatio = service.cacheHitRatio();
        cacheHitTime = service.cacheHitTime();
        cpuMillicoresWhileServing = service.cpuMillicoresWhileServing();
        serviceSampler = new Sampler(serviceTime);
        hitSampler = cacheHitTime == null ? null : new Sampler(cacheHitTime);
        apdexSatisfiedSeconds = config.apdexThresholdMs() / 1000;
        SplittableRandom root = new SplittableRandom(config.seed());
        arrivalRandom = root.split();
        serviceRandom = root.split();
        cacheRandom = root.split();
        routingRandom = root.split();
        thinkRandom = root.split();
        versionRandom = root.split();
        timelineWindow = new Window(config.timelineIntervalSeconds());
        sloWindow = config.slo().windowSeconds() == config.timelineIntervalSeconds()
                ? timelineWindow : new Window(config.slo().windowSeconds());
        nextWindowEnd = Math.min(timelineWindow.end(), sloWindow.end());

        int initialSlots = 1024;
        if (config.workload() instanceof Workload.Closed c) {
            initialSlots = Math.max(initialSlots, Math.min(c.users(), 1 << 20));
        }
        allocateSlots(initialSlots);
        for (int i = 0; i < config.initialPods(); i++) {
            addPod(config.podConcurrency(), config.podQueueLimit(), true);
        }

        if (config.workload() instanceof Workload.Open open) {
            arrivalRate = open.ratePerSecond();
            constantRate = arrivalRate.constantLevel();
            closed = null;
            thinkTime = null;
            aggregateThinking = false;
            meanThinkSeconds = 0;
            scheduleNextArrival();
        } else {
            arrivalRate = null;
            constantRate = 0;
            closed = (Workload.Closed) config.workload();
            thinkTime = closed.thinkTime();
            aggregateThinking = thinkTime instanceof Distribution.Exponential;
            meanThinkSeconds = thinkTime.meanSeconds();
            userState = new byte[closed.users()];
            if (aggregateThinking) {
                awake = new int[closed.users()];
                awakePos = new int[closed.users()];
            }
            activeUsers = closed.activeUsers() == null ? closed.users() : activeAt(0);
            for (int u = 0; u < activeUsers; u++) {
                startThinking(u);
            }
            if (aggregateThinking) {
                scheduleCandidate();
            }
            if (1 <= durationSeconds) {
                // Every second, even for a steady population: a learner may change the number of users while it runs.
                heap.push(1, POPULATION << KIND_SHIFT);
            }
        }
    }

    public SimulationConfig config() {
        return config;
    }

    public double nowSeconds() {
        return now;
    }

    /** Events processed so far. */
    public long events() {
        return events;
    }

    /** Whether the run has reached its configured duration or was cancelled. */
    public boolean finished() {
        return cancelled || now >= durationSeconds;
    }

    /** Asks the run to stop before its next event; safe to call from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    /** Runs to the configured duration (or until cancelled) and returns the result. */
    public SimulationResult run() {
        advanceTo(durationSeconds);
        return result();
    }

    /**
     * Runs every event at or before {@code seconds} (capped at the configured duration), then sets the clock there.
     * Returns false if the run was cancelled.
     */
    public boolean advanceTo(double seconds) {
        if (!(seconds >= now)) {
            throw new IllegalArgumentException("cannot advance to " + seconds + " s: the clock is at " + now + " s");
        }
        if (advancing) {
            throw new IllegalStateException("advanceTo called from inside a callback; schedule a callback instead");
        }
        advancing = true;
        try {
            return advance(Math.min(seconds, durationSeconds));
        } finally {
            advancing = false;
        }
    }

    private boolean advance(double until) {
        EventHeap h = heap;
        while (true) {
            double time = h.isEmpty() ? Double.POSITIVE_INFINITY : h.minTime();
            if (timeoutCount > 0 && timeoutDeadline[timeoutHead] < time) {
                double deadline = timeoutDeadline[timeoutHead];
                if (deadline > until) {
                    break;
                }
                int r = popTimeout();
                if (r >= 0) {
                    if (cancelRequested) {
                        cancelled = true;
                        return false;
                    }
                    if (deadline >= nextWindowEnd) {
                        rollWindows(deadline);
                    }
                    now = deadline;
                    events++;
                    timeout(r);
                }
                continue;
            }
            if (time > until) {
                break;
            }
            if (cancelRequested) {
                cancelled = true;
                return false;
            }
            long seq = h.minSeq();
            int payload = h.minPayload();
            h.popLater();
            if (time >= nextWindowEnd) {
                rollWindows(time);
            }
            now = time;
            events++;
            int arg = payload & ARG_MASK;
            switch (payload >>> KIND_SHIFT) {
                case ARRIVAL -> {
                    scheduleNextArrival();
                    newRequest(-1);
                }
                case THINK_END -> thinkEnded(arg);
                case COMPLETION -> completion(arg, seq);
                case THINK_CANDIDATE -> thinkCandidate(seq);
                case CALLBACK -> runCallback(arg);
                case POPULATION -> population();
                default -> throw new IllegalStateException("unknown event kind " + (payload >>> KIND_SHIFT));
            }
            h.settle();
        }
        if (cancelRequested) {
            cancelled = true;
            return false;
        }
        if (until >= nextWindowEnd) {
            rollWindows(until);
        }
        now = until;
        return true;
    }

    // ---------------------------------------------------------------- workload

    private void scheduleNextArrival() {
        double unitExp = -Math.log(1.0 - arrivalRandom.nextDouble());
        double next = constantRate > 0 ? now + unitExp / (constantRate * loadScale)
                : arrivalRate.nextArrival(now, unitExp / loadScale, rateSegment);
        if (next <= durationSeconds) {
            heap.push(next, ARRIVAL << KIND_SHIFT);
        }
    }

    private int activeAt(double seconds) {
        double level = closed.activeUsers() == null ? closed.users() : closed.activeUsers().levelAt(seconds);
        return (int) Math.min(closed.users(), Math.round(level * loadScale));
    }

    private void startThinking(int user) {
        if (aggregateThinking) {
            byte before = userState[user];
            userState[user] = THINKING;
            if (before == DORMANT) {
                addAwake(user);
            }
            return;
        }
        userState[user] = THINKING;
        double at = now + thinkTime.sampleSeconds(thinkRandom);
        if (at <= durationSeconds) {
            heap.push(at, (THINK_END << KIND_SHIFT) | user);
        }
    }

    private void thinkEnded(int user) {
        if (user >= activeUsers) {
            userState[user] = DORMANT;
            if (aggregateThinking) {
                removeAwake(user);
            }
            return;
        }
        userState[user] = WAITING;
        newRequest(user);
    }

    /*
     * Exponential think times need no event per user: every awake (not dormant) user gets a candidate clock of rate
     * K/Z shared by the K awake users, and a candidate picks one of them uniformly; if that user is thinking, its
     * think ends, otherwise nothing happens. Each thinking user so ends its think at rate exactly 1/Z, memorylessly,
     * with one small event stream instead of one heap entry per user. K changes only when users wake or fall
     * dormant, and then the candidate clock is redrawn.
     */
    private void addAwake(int user) {
        awakePos[user] = awakeCount;
        awake[awakeCount++] = user;
        candidateStale = true;
    }

    private void removeAwake(int user) {
        int pos = awakePos[user];
        int moved = awake[--awakeCount];
        awake[pos] = moved;
        awakePos[moved] = pos;
        candidateStale = true;
    }

    private void scheduleCandidate() {
        candidateStale = false;
        candidateSeq = -1;
        if (awakeCount == 0) {
            return;
        }
        double at = now - meanThinkSeconds * Math.log(1.0 - thinkRandom.nextDouble()) / awakeCount;
        if (at <= durationSeconds) {
            candidateSeq = heap.push(at, THINK_CANDIDATE << KIND_SHIFT);
        }
    }

    private void thinkCandidate(long seq) {
        if (seq != candidateSeq) {
            events--;
            return;
        }
        int user = awake[thinkRandom.nextInt(awakeCount)];
        boolean ends = userState[user] == THINKING;
        if (ends && user >= activeUsers) {
            userState[user] = DORMANT;
            removeAwake(user);
            ends = false;
        }
        // The next candidate first: it is the soonest event, so it takes the heap's top cheaply.
        scheduleCandidate();
        if (ends) {
            userState[user] = WAITING;
            newRequest(user);
        }
    }

    private void refreshCandidate() {
        if (candidateStale) {
            scheduleCandidate();
        }
    }

    private void population() {
        int target = activeAt(now);
        for (int u = activeUsers; u < target; u++) {
            if (userState[u] == DORMANT) {
                startThinking(u);
            }
        }
        activeUsers = target;
        if (aggregateThinking) {
            refreshCandidate();
        }
        if (now + 1 <= durationSeconds) {
            heap.push(now + 1, POPULATION << KIND_SHIFT);
        }
    }

    // ---------------------------------------------------------------- requests

    private void allocateSlots(int capacity) {
        int old = reqArrival == null ? 0 : reqArrival.length;
        if (old == 0) {
            reqArrival = new double[capacity];
            reqWork = new double[capacity];
            reqStart = new double[capacity];
            reqPod = new int[capacity];
            reqUser = new int[capacity];
            reqServingPos = new int[capacity];
            reqState = new byte[capacity];
            reqCompletionSeq = new long[capacity];
            reqSerial = new long[capacity];
            reqClient = new int[capacity];
            reqVersion = new byte[capacity];
            reqServerError = new boolean[capacity];
            freeSlots = new int[capacity];
        } else {
            reqArrival = Arrays.copyOf(reqArrival, capacity);
            reqWork = Arrays.copyOf(reqWork, capacity);
            reqStart = Arrays.copyOf(reqStart, capacity);
            reqPod = Arrays.copyOf(reqPod, capacity);
            reqUser = Arrays.copyOf(reqUser, capacity);
            reqServingPos = Arrays.copyOf(reqServingPos, capacity);
            reqState = Arrays.copyOf(reqState, capacity);
            reqCompletionSeq = Arrays.copyOf(reqCompletionSeq, capacity);
            reqSerial = Arrays.copyOf(reqSerial, capacity);
            reqClient = Arrays.copyOf(reqClient, capacity);
            reqVersion = Arrays.copyOf(reqVersion, capacity);
            reqServerError = Arrays.copyOf(reqServerError, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        // Hand out low slots first so the order of slots is the same in every run.
        for (int s = capacity - 1; s >= old; s--) {
            freeSlots[freeSlotCount++] = s;
        }
        slotsCreated = capacity;
    }

    private int allocRequest() {
        if (freeSlotCount == 0) {
            if (slotsCreated >= ARG_MASK) {
                throw new IllegalStateException("more than " + ARG_MASK + " requests in flight");
            }
            allocateSlots((int) Math.min((long) slotsCreated * 2, ARG_MASK));
        }
        return freeSlots[--freeSlotCount];
    }

    private void freeRequest(int r) {
        reqState[r] = FREE;
        reqCompletionSeq[r] = -1;
        reqSerial[r] = -1;
        freeSlots[freeSlotCount++] = r;
    }

    private void newRequest(int user) {
        int r = allocRequest();
        reqArrival[r] = now;
        reqUser[r] = user;
        reqPod[r] = -1;
        reqCompletionSeq[r] = -1;
        inFlight++;
        boolean hit = cacheHitRatio > 0 && cacheRandom.nextDouble() < cacheHitRatio;
        reqWork[r] = hit ? hitSampler.sample(serviceRandom) : serviceSampler.sample(serviceRandom);
        if (now >= warmupSeconds) {
            requests++;
        }
        long serial = ++requestSerial;
        reqSerial[r] = serial;
        if (timeoutSeconds > 0) {
            pushTimeout(r, serial, now + timeoutSeconds);
        }
        if (versioned) {
            reqClient[r] = user >= 0 ? user : clientPopulation > 0 ? versionRandom.nextInt(clientPopulation) : -1;
            reqVersion[r] = -1;
            reqServerError[r] = false;
            if (!central) {
                routeVersioned(r);
                return;
            }
        }
        route(r);
    }

    /** Per-pod routing when pods have versions: the router picks a version, then the policy a pod of it. */
    private void routeVersioned(int r) {
        int v = router == null ? VersionRouter.ANY_READY_POD : router.route(reqClient[r], versionRandom);
        if (v < 0) {
            if (routableCount > 0) {
                route(r);
            } else {
                fail(r, ErrorCause.NO_READY_POD);
            }
            return;
        }
        reqVersion[r] = (byte) v;
        stats(v).routed++;
        int n = 0;
        for (int i = 0; i < routableCount; i++) {
            if (podVersion[routable[i]] == v) {
                n++;
            }
        }
        if (n == 0) {
            fail(r, ErrorCause.NO_READY_POD);
            return;
        }
        int p = -1;
        if (policy == LoadBalancerPolicy.LEAST_CONNECTIONS) {
            int bestLoad = Integer.MAX_VALUE;
            int start = cursor + 1 >= routableCount ? 0 : cursor + 1;
            for (int k = 0, i = start; k < routableCount; k++, i = i + 1 == routableCount ? 0 : i + 1) {
                int q = routable[i];
                if (podVersion[q] == v && podBusy[q] + podQueuedLive[q] < bestLoad) {
                    bestLoad = podBusy[q] + podQueuedLive[q];
                    p = q;
                    cursor = i;
                }
            }
        } else {
            // Random and round-robin both reduce to "the k-th ready pod of the version"; round-robin keeps a cursor.
            int k = policy == LoadBalancerPolicy.RANDOM ? routingRandom.nextInt(n) : (cursor = cursor + 1 >= n ? 0 : cursor + 1);
            for (int i = 0; i < routableCount; i++) {
                int q = routable[i];
                if (podVersion[q] == v && k-- == 0) {
                    p = q;
                    break;
                }
            }
        }
        sendToPod(r, p);
    }

    private void route(int r) {
        if (central) {
            int n = withFreeSlotCount;
            if (n > 0) {
                cursor = cursor + 1 >= n ? 0 : cursor + 1;
                startService(r, withFreeSlot[cursor]);
            } else if (centralQueuedLive < config.centralQueueLimit()) {
                reqState[r] = QUEUED;
                centralQueue.push(r);
                centralQueuedLive++;
            } else {
                fail(r, ErrorCause.QUEUE_FULL);
            }
            return;
        }
        int n = routableCount;
        if (n == 0) {
            fail(r, ErrorCause.NO_READY_POD);
            return;
        }
        int p;
        switch (policy) {
            case RANDOM -> p = routable[routingRandom.nextInt(n)];
            case ROUND_ROBIN -> {
                cursor = cursor + 1 >= n ? 0 : cursor + 1;
                p = routable[cursor];
            }
            default -> {
                int start = cursor + 1 >= n ? 0 : cursor + 1;
                int best = -1;
                int bestLoad = Integer.MAX_VALUE;
                int bestAt = start;
                for (int k = 0, i = start; k < n; k++, i = i + 1 == n ? 0 : i + 1) {
                    int q = routable[i];
                    int load = podBusy[q] + podQueuedLive[q];
                    if (load < bestLoad) {
                        bestLoad = load;
                        best = q;
                        bestAt = i;
                        if (load == 0) {
                            break;
                        }
                    }
                }
                cursor = bestAt;
                p = best;
            }
        }
        if (versioned) {
            int v = podVersion[p];
            reqVersion[r] = (byte) v;
            stats(v).routed++;
        }
        sendToPod(r, p);
    }

    private void sendToPod(int r, int p) {
        if (podBusy[p] < podConcurrency[p]) {
            startService(r, p);
        } else if (podQueuedLive[p] < podQueueLimit[p]) {
            reqState[r] = QUEUED;
            reqPod[r] = p;
            podQueue[p].push(r);
            podQueuedLive[p]++;
        } else {
            fail(r, ErrorCause.QUEUE_FULL);
        }
    }

    private void startService(int r, int p) {
        touchBusy(p);
        int pos = podBusy[p]++;
        podServing[p][pos] = r;
        reqServingPos[r] = pos;
        reqPod[r] = p;
        reqState[r] = SERVING;
        reqStart[r] = now;
        double work = reqWork[r] * podSlow[p];
        if (versioned) {
            VersionBehaviour b = behaviour(podVersion[p]);
            work *= b.latencyFactor();
            double errorProbability = pos >= b.loadThreshold() * podConcurrency[p] ? b.underLoadErrorProbability() : b.errorProbability();
            reqServerError[r] = errorProbability > 0 && versionRandom.nextDouble() < errorProbability;
        }
        reqCompletionSeq[r] = heap.push(now + work, (COMPLETION << KIND_SHIFT) | r);
        if (central) {
            refreshFreeSlot(p);
        }
    }

    private void removeFromServing(int r, int p) {
        int pos = reqServingPos[r];
        int last = podBusy[p] - 1;
        int[] serving = podServing[p];
        int moved = serving[last];
        serving[pos] = moved;
        reqServingPos[moved] = pos;
        touchBusy(p);
        podBusy[p] = last;
    }

    private void completion(int r, long seq) {
        if (reqCompletionSeq[r] != seq) {
            return; // its pod was killed
        }
        int p = reqPod[r];
        if (reqState[r] == SERVING && versioned && reqServerError[r]) {
            removeFromServing(r, p);
            fail(r, ErrorCause.SERVER_ERROR); // frees the request; its user thinks again
        } else if (reqState[r] == SERVING) {
            recordSuccess(r);
            int user = reqUser[r];
            removeFromServing(r, p);
            freeRequest(r);
            if (user >= 0) {
                startThinking(user);
            }
        } else {
            removeFromServing(r, p);
            freeRequest(r);
        }
        slotFreed(p);
    }

    private void slotFreed(int p) {
        if (podQueuedLive[p] > 0) {
            int next = popLive(podQueue[p]);
            podQueuedLive[p]--;
            startService(next, p);
        } else if (central && podLifecycle[p] == RUNNING && podReady[p] && centralQueuedLive > 0) {
            int next = popLive(centralQueue);
            centralQueuedLive--;
            startService(next, p);
        }
        if (central) {
            refreshFreeSlot(p);
        }
        if (podLifecycle[p] == TERMINATING && podBusy[p] == 0 && podQueuedLive[p] == 0) {
            finishTermination(p);
        }
    }

    /** Pops the first request that has not been abandoned, freeing abandoned ones on the way; the queue has one. */
    private int popLive(IntRing queue) {
        while (true) {
            int r = queue.pop();
            if (reqState[r] == QUEUED) {
                return r;
            }
            freeRequest(r);
        }
    }

    private void pushTimeout(int r, long serial, double deadline) {
        if (timeoutCount == timeoutSlot.length) {
            int n = timeoutSlot.length;
            int[] slots = new int[n * 2];
            long[] serials = new long[n * 2];
            double[] deadlines = new double[n * 2];
            for (int i = 0; i < n; i++) {
                int from = (timeoutHead + i) & (n - 1);
                slots[i] = timeoutSlot[from];
                serials[i] = timeoutSerial[from];
                deadlines[i] = timeoutDeadline[from];
            }
            timeoutSlot = slots;
            timeoutSerial = serials;
            timeoutDeadline = deadlines;
            timeoutHead = 0;
        }
        int at = (timeoutHead + timeoutCount) & (timeoutSlot.length - 1);
        timeoutSlot[at] = r;
        timeoutSerial[at] = serial;
        timeoutDeadline[at] = deadline;
        timeoutCount++;
    }

    /** Pops the earliest deadline; returns its request slot if that request is still waiting for a reply, else -1. */
    private int popTimeout() {
        int head = timeoutHead;
        int r = timeoutSlot[head];
        long serial = timeoutSerial[head];
        timeoutHead = (head + 1) & (timeoutSlot.length - 1);
        timeoutCount--;
        byte state = reqState[r];
        return reqSerial[r] == serial && (state == QUEUED || state == SERVING) ? r : -1;
    }

    private void timeout(int r) {
        byte state = reqState[r];
        if (state == QUEUED) {
            reqState[r] = ABANDONED_QUEUED;
            if (reqPod[r] >= 0) {
                podQueuedLive[reqPod[r]]--;
            } else {
                centralQueuedLive--;
            }
        } else {
            reqState[r] = ABANDONED_SERVING;
        }
        recordFailure(r, ErrorCause.TIMEOUT);
        int user = reqUser[r];
        reqUser[r] = -1;
        if (user >= 0) {
            startThinking(user);
        }
    }

    private void fail(int r, ErrorCause cause) {
        recordFailure(r, cause);
        int user = reqUser[r];
        freeRequest(r);
        if (user >= 0) {
            startThinking(user);
        }
    }

    // ---------------------------------------------------------------- statistics

    private void recordSuccess(int r) {
        double arrival = reqArrival[r];
        double latencySeconds = now - arrival;
        inFlight--;
        long micros = (long) (latencySeconds * 1e6 + 0.5);
        Window tl = timelineWindow;
        tl.histogram.record(micros);
        tl.ended++;
        Window slo = sloWindow;
        if (slo != tl) {
            slo.histogram.record(micros);
            slo.ended++;
        }
        if (versioned && reqVersion[r] >= 0) {
            int v = reqVersion[r];
            double conversion = behaviour(v).conversionProbability();
            stats(v).success(micros, reqClient[r], conversion > 0 && versionRandom.nextDouble() < conversion);
        }
        if (arrival >= warmupSeconds) {
            completed++;
            latency.record(micros);
            waitSum += reqStart[r] - arrival;
            if (latencySeconds <= apdexSatisfiedSeconds) {
                apdexSatisfied++;
            } else if (latencySeconds <= 4 * apdexSatisfiedSeconds) {
                apdexTolerating++;
            }
        }
    }

    private void recordFailure(int r, ErrorCause cause) {
        double arrival = reqArrival[r];
        inFlight--;
        if (versioned && reqVersion[r] >= 0) {
            stats(reqVersion[r]).failure(cause, reqClient[r]);
        }
        Window tl = timelineWindow;
        tl.ended++;
        tl.errors++;
        if (sloWindow != tl) {
            sloWindow.ended++;
            sloWindow.errors++;
        }
        if (arrival >= warmupSeconds) {
            failedByCause[cause.ordinal()]++;
        }
    }

    private void rollWindows(double time) {
        while (time >= timelineWindow.end()) {
            Window w = timelineWindow;
            double end = w.end();
            double p95Ms = w.histogram.quantileMicros(0.95) / 1000.0;
            if (sloWindow == w) {
                judgeSlo(w);
            }
            timeline.add(new TimelineSample(end, w.ended / w.lengthSeconds, p95Ms,
                    w.ended == 0 ? 0 : (double) w.errors / w.ended, livePods, readyPodCount(), nodes.getAsInt()));
            w.reset();
        }
        if (sloWindow != timelineWindow) {
            while (time >= sloWindow.end()) {
                judgeSlo(sloWindow);
                sloWindow.reset();
            }
        }
        nextWindowEnd = Math.min(timelineWindow.end(), sloWindow.end());
    }

    private void judgeSlo(Window w) {
        if (w.index * w.lengthSeconds < warmupSeconds) {
            return;
        }
        Slo slo = config.slo();
        double percentileMs = w.histogram.quantileMicros(slo.latencyPercentile() / 100) / 1000.0;
        sloWindows++;
        if (slo.met(percentileMs, w.ended, w.errors)) {
            sloWindowsMet++;
        }
    }

    /** The result so far (at {@link #nowSeconds()}); call it between slices for a live view. */
    public SimulationResult result() {
        double measured = Math.max(0, now - warmupSeconds);
        long failed = Arrays.stream(failedByCause).sum();
        Map<ErrorCause, Long> byCause = new EnumMap<>(ErrorCause.class);
        for (ErrorCause c : ErrorCause.values()) {
            byCause.put(c, failedByCause[c.ordinal()]);
        }
        LatencySummary summary = LatencySummary.of(latency);
        long ended = completed + failed;
        double errorRate = ended == 0 ? 0 : (double) failed / ended;
        List<Threshold.Result> judged = new ArrayList<>();
        for (String expression : config.thresholds()) {
            Threshold t = Threshold.parse(expression);
            double observed = switch (t.metric()) {
                case PERCENTILE -> latency.quantileMicros(t.percentile() / 100) / 1000.0;
                case AVG -> summary.meanMs();
                case MED -> summary.p50Ms();
                case MIN -> latency.minMicros() / 1000.0;
                case MAX -> summary.maxMs();
                case ERROR_RATE -> errorRate;
            };
            judged.add(new Threshold.Result(t.expression(), observed, t.passes(observed)));
        }
        return new SimulationResult(now, warmupSeconds, requests, completed, failed, byCause,
                requests - completed - failed,
                measured == 0 ? 0 : completed / measured, summary, completed == 0 ? 0 : waitSum / completed,
                sloWindows, sloWindowsMet, sloWindows == 0 ? 1 : (double) sloWindowsMet / sloWindows,
                ended == 0 ? 1 : (double) completed / ended, config.apdexThresholdMs(),
                ended == 0 ? 1 : (apdexSatisfied + apdexTolerating / 2.0) / ended, List.copyOf(judged),
                List.copyOf(timeline), events, cancelled);
    }

    // ---------------------------------------------------------------- callbacks

    /** Runs {@code callback} at simulated time {@code atSeconds} (≥ now; ignored past the end of the run). */
    public void schedule(double atSeconds, SimCallback callback) {
        if (!(atSeconds >= now)) {
            throw new IllegalArgumentException("cannot schedule at " + atSeconds + " s: the clock is at " + now + " s");
        }
        if (atSeconds > durationSeconds) {
            return;
        }
        int index;
        if (freeCallbackCount > 0) {
            index = freeCallbacks[--freeCallbackCount];
            callbacks.set(index, callback);
        } else {
            index = callbacks.size();
            if (index >= ARG_MASK) {
                throw new IllegalStateException("more than " + ARG_MASK + " pending callbacks");
            }
            callbacks.add(callback);
        }
        heap.push(atSeconds, (CALLBACK << KIND_SHIFT) | index);
    }

    /** Runs {@code callback} at {@code firstSeconds} and then every {@code periodSeconds} until the run ends. */
    public void scheduleEvery(double firstSeconds, double periodSeconds, SimCallback callback) {
        if (!(periodSeconds >= 0.001)) {
            throw new IllegalArgumentException("periodSeconds must be >= 0.001, got " + periodSeconds);
        }
        schedule(firstSeconds, new SimCallback() {
            private long ticks;

            @Override
            public void run(Simulation simulation) {
                callback.run(simulation);
                ticks++;
                double next = firstSeconds + ticks * periodSeconds;
                if (next <= durationSeconds) {
                    schedule(next, this);
                }
            }
        });
    }

    private void runCallback(int index) {
        SimCallback callback = callbacks.get(index);
        callbacks.set(index, null);
        if (freeCallbackCount == freeCallbacks.length) {
            freeCallbacks = Arrays.copyOf(freeCallbacks, freeCallbacks.length * 2);
        }
        freeCallbacks[freeCallbackCount++] = index;
        callback.run(this);
    }

    /**
     * Scales the offered load from now on: the open workload's arrival rate, or the closed workload's active users
     * (which cannot exceed the users the workload was configured with). 1 is the scenario's own load.
     */
    public void setLoadScale(double scale) {
        if (!(scale >= 0.01 && scale <= 1000)) {
            throw new IllegalArgumentException("load scale must be in [0.01, 1000], got " + scale);
        }
        loadScale = scale;
    }

    public double loadScale() {
        return loadScale;
    }

    /** Changes the cache hit ratio for requests arriving from now on; hits take {@code hitTime}. */
    public void setCacheHitRatio(double ratio, Distribution hitTime) {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("cache hit ratio must be in [0, 1], got " + ratio);
        }
        if (ratio > 0 && hitTime == null && cacheHitTime == null) {
            throw new IllegalArgumentException("a cache hit time is needed for a hit ratio above 0");
        }
        cacheHitRatio = ratio;
        if (hitTime != null) {
            cacheHitTime = hitTime;
            hitSampler = new Sampler(hitTime);
        }
    }

    public double cacheHitRatio() {
        return cacheHitRatio;
    }

    /** The cluster layer's count of nodes, read into each timeline sample. */
    public void setNodesSupplier(IntSupplier supplier) {
        nodes = supplier;
    }

    public void setPodListener(PodListener listener) {
        podListener = listener;
    }

    // ---------------------------------------------------------------- versions

    /** Turns on per-version routing and statistics, even before a pod of a version above 0 exists. */
    public void enableVersions() {
        versioned = true;
    }

    /** How a version's pods answer from now on (a release "breaks" when its behaviour changes). */
    public void setVersionBehaviour(int version, VersionBehaviour behaviour) {
        checkVersion(version);
        behaviours[version] = java.util.Objects.requireNonNull(behaviour, "behaviour");
        versioned = true;
    }

    public VersionBehaviour versionBehaviour(int version) {
        checkVersion(version);
        return behaviour(version);
    }

    /** Chooses the version of each new request (null: any ready pod, so traffic follows the pod counts). */
    public void setVersionRouter(VersionRouter router) {
        this.router = router;
        versioned = true;
    }

    /**
     * Gives an open workload's requests client ids, uniformly among {@code clients} (1 to {@value #MAX_CLIENTS}), so
     * exposure can be counted per user and an A/B split can keep each user on one variant. A closed workload's
     * clients are its users.
     */
    public void setClientPopulation(int clients) {
        SimulationConfig.checkRange("clients", clients, 1, MAX_CLIENTS);
        clientPopulation = clients;
        versioned = true;
    }

    /** Live statistics of a version (updated as the run advances; read them between slices). */
    public VersionStats versionStats(int version) {
        checkVersion(version);
        return stats(version);
    }

    /** The version a pod was created with. */
    public int podVersion(int p) {
        checkPod(p);
        return podVersion[p];
    }

    private static void checkVersion(int version) {
        if (version < 0 || version >= MAX_VERSIONS) {
            throw new IllegalArgumentException("version must be in [0, " + (MAX_VERSIONS - 1) + "], got " + version);
        }
    }

    private VersionStats stats(int v) {
        VersionStats s = versionStats[v];
        if (s == null) {
            s = new VersionStats();
            versionStats[v] = s;
        }
        return s;
    }

    private VersionBehaviour behaviour(int v) {
        VersionBehaviour b = behaviours[v];
        return b == null ? VersionBehaviour.HEALTHY : b;
    }

    // ---------------------------------------------------------------- pods

    /**
     * Adds a pod now and returns its id (ids count up from 0 and are never reused). It serves up to
     * {@code concurrency} requests at once and queues up to {@code queueLimit} more (per-pod policies). A pod added
     * not ready receives nothing until {@link #setReady}. At most {@value SimulationConfig#MAX_PODS} live pods and
     * {@value #MAX_PODS_CREATED} created over a run.
     */
    public int addPod(int concurrency, int queueLimit, boolean ready) {
        return addPod(concurrency, queueLimit, ready, 0);
    }

    /**
     * Adds a pod of a version (0 to {@value #MAX_VERSIONS} − 1) for the deployment simulator: its requests are
     * counted in that version's {@link VersionStats} and behave as its {@link VersionBehaviour} says. Using any
     * version switches the run to versioned routing (see {@link #setVersionRouter}); the central-queue policy then
     * ignores versions when routing.
     */
    public int addPod(int concurrency, int queueLimit, boolean ready, int version) {
        if (version < 0 || version >= MAX_VERSIONS) {
            throw new IllegalArgumentException("version must be in [0, " + (MAX_VERSIONS - 1) + "], got " + version);
        }
        if (version > 0) {
            versioned = true;
        }
        SimulationConfig.checkRange("concurrency", concurrency, 1, SimulationConfig.MAX_CONCURRENCY);
        SimulationConfig.checkRange("queueLimit", queueLimit, 0, SimulationConfig.MAX_QUEUE);
        if (livePods >= SimulationConfig.MAX_PODS) {
            throw new IllegalArgumentException("live pods must be <= " + SimulationConfig.MAX_PODS);
        }
        if (podCount >= MAX_PODS_CREATED) {
            throw new IllegalArgumentException("pods created over a run must be <= " + MAX_PODS_CREATED);
        }
        int p = podCount++;
        if (p == podConcurrency.length) {
            int n = p * 2;
            podConcurrency = Arrays.copyOf(podConcurrency, n);
            podQueueLimit = Arrays.copyOf(podQueueLimit, n);
            podBusy = Arrays.copyOf(podBusy, n);
            podQueuedLive = Arrays.copyOf(podQueuedLive, n);
            podLifecycle = Arrays.copyOf(podLifecycle, n);
            podReady = Arrays.copyOf(podReady, n);
            podSlow = Arrays.copyOf(podSlow, n);
            podBusySlotSeconds = Arrays.copyOf(podBusySlotSeconds, n);
            podLastChange = Arrays.copyOf(podLastChange, n);
            podQueue = Arrays.copyOf(podQueue, n);
            podVersion = Arrays.copyOf(podVersion, n);
            podServing = Arrays.copyOf(podServing, n);
            routablePos = Arrays.copyOf(routablePos, n);
            withFreeSlotPos = Arrays.copyOf(withFreeSlotPos, n);
        }
        podConcurrency[p] = concurrency;
        podQueueLimit[p] = queueLimit;
        podVersion[p] = (byte) version;
        podLifecycle[p] = RUNNING;
        podSlow[p] = 1;
        podLastChange[p] = now;
        podQueue[p] = new IntRing();
        podServing[p] = new int[concurrency];
        routablePos[p] = -1;
        withFreeSlotPos[p] = -1;
        livePods++;
        if (ready) {
            setReady(p, true);
        }
        return p;
    }

    private void checkPod(int p) {
        if (p < 0 || p >= podCount) {
            throw new IllegalArgumentException("no pod with id " + p);
        }
    }

    /**
     * Marks a running pod ready (the balancer may send to it; under {@code central-queue} it starts taking queued
     * requests at once) or not ready (it receives nothing new but finishes what it holds). Ignored for pods that are
     * terminating, terminated or killed.
     */
    public void setReady(int p, boolean ready) {
        checkPod(p);
        if (podLifecycle[p] != RUNNING || podReady[p] == ready) {
            return;
        }
        podReady[p] = ready;
        if (ready) {
            addRoutable(p);
        } else {
            removeRoutable(p);
        }
        if (central) {
            while (ready && podBusy[p] < podConcurrency[p] && centralQueuedLive > 0) {
                int next = popLive(centralQueue);
                centralQueuedLive--;
                startService(next, p);
            }
            refreshFreeSlot(p);
        }
    }

    /** Multiplies the service time of requests the pod starts from now on (1 = normal, 3 = three times slower). */
    public void setSlowFactor(int p, double factor) {
        checkPod(p);
        if (!(factor > 0 && factor <= 1000)) {
            throw new IllegalArgumentException("slow factor must be in (0, 1000], got " + factor);
        }
        podSlow[p] = factor;
    }

    /** Kills a pod now: its in-service and queued requests fail with {@link ErrorCause#POD_KILLED}. */
    public void killPod(int p) {
        checkPod(p);
        byte lifecycle = podLifecycle[p];
        if (lifecycle == KILLED || lifecycle == TERMINATED) {
            return;
        }
        touchBusy(p);
        removeRoutable(p);
        removeFreeSlot(p);
        podLifecycle[p] = KILLED;
        podReady[p] = false;
        livePods--;
        int[] serving = podServing[p];
        int busy = podBusy[p];
        podBusy[p] = 0;
        for (int i = 0; i < busy; i++) {
            int r = serving[i];
            if (reqState[r] == SERVING) {
                fail(r, ErrorCause.POD_KILLED);
            } else {
                freeRequest(r);
            }
        }
        IntRing queue = podQueue[p];
        podQueuedLive[p] = 0;
        while (queue.size() > 0) {
            int r = queue.pop();
            if (reqState[r] == QUEUED) {
                fail(r, ErrorCause.POD_KILLED);
            } else {
                freeRequest(r);
            }
        }
        podQueue[p] = null;
        podServing[p] = null;
    }

    /**
     * Starts a graceful termination: the pod receives nothing new and finishes its in-flight and queued requests,
     * then becomes {@link PodState#TERMINATED} and the {@link PodListener} is told.
     */
    public void terminatePod(int p) {
        checkPod(p);
        if (podLifecycle[p] != RUNNING) {
            return;
        }
        removeRoutable(p);
        removeFreeSlot(p);
        podLifecycle[p] = TERMINATING;
        podReady[p] = false;
        if (podBusy[p] == 0 && podQueuedLive[p] == 0) {
            finishTermination(p);
        }
    }

    private void finishTermination(int p) {
        touchBusy(p);
        podLifecycle[p] = TERMINATED;
        livePods--;
        IntRing queue = podQueue[p];
        while (queue.size() > 0) {
            freeRequest(queue.pop());
        }
        podQueue[p] = null;
        podServing[p] = null;
        if (podListener != null) {
            podListener.podTerminated(p, now);
        }
    }

    public PodState podState(int p) {
        checkPod(p);
        return switch (podLifecycle[p]) {
            case RUNNING -> podReady[p] ? PodState.READY : PodState.NOT_READY;
            case TERMINATING -> PodState.TERMINATING;
            case TERMINATED -> PodState.TERMINATED;
            default -> PodState.KILLED;
        };
    }

    /** Pods created so far (the next id). */
    public int podsCreated() {
        return podCount;
    }

    /** Pods not terminated or killed. */
    public int livePodCount() {
        return livePods;
    }

    /** Pods that are ready (and so receive requests). */
    public int readyPodCount() {
        return routableCount;
    }

    /** Requests the pod is serving now (including ones whose client gave up). */
    public int podBusy(int p) {
        checkPod(p);
        return podBusy[p];
    }

    /** Requests waiting in the pod's own queue now. */
    public int podQueued(int p) {
        checkPod(p);
        return podQueuedLive[p];
    }

    /** Requests waiting in the balancer's central queue now. */
    public int centralQueued() {
        return centralQueuedLive;
    }

    /** Requests (arrived after the warm-up) that completed successfully so far; cheaper than {@link #result()}. */
    public long completedCount() {
        return completed;
    }

    /** Requests (arrived after the warm-up) that failed so far, for any cause. */
    public long failedCount() {
        long failed = 0;
        for (long n : failedByCause) {
            failed += n;
        }
        return failed;
    }

    /** Requests that arrived and have neither completed nor failed. */
    public long inFlight() {
        return inFlight;
    }

    /**
     * CPU the pod has used from its creation to now, in millicore-seconds: its busy slot-seconds times the service
     * model's {@code cpuMillicoresWhileServing}. Over an interval, (b − a)/seconds is the average millicores an HPA
     * compares against the pod's CPU request.
     */
    public double podCpuMillicoreSeconds(int p) {
        checkPod(p);
        return (podBusySlotSeconds[p] + podBusy[p] * (now - podLastChange[p])) * cpuMillicoresWhileServing;
    }

    private void touchBusy(int p) {
        podBusySlotSeconds[p] += podBusy[p] * (now - podLastChange[p]);
        podLastChange[p] = now;
    }

    private void addRoutable(int p) {
        if (routableCount == routable.length) {
            routable = Arrays.copyOf(routable, routable.length * 2);
        }
        routablePos[p] = routableCount;
        routable[routableCount++] = p;
    }

    private void removeRoutable(int p) {
        int pos = routablePos[p];
        if (pos < 0) {
            return;
        }
        int moved = routable[--routableCount];
        routable[pos] = moved;
        routablePos[moved] = pos;
        routablePos[p] = -1;
    }

    private void refreshFreeSlot(int p) {
        boolean eligible = podLifecycle[p] == RUNNING && podReady[p] && podBusy[p] < podConcurrency[p];
        if (eligible && withFreeSlotPos[p] < 0) {
            if (withFreeSlotCount == withFreeSlot.length) {
                withFreeSlot = Arrays.copyOf(withFreeSlot, withFreeSlot.length * 2);
            }
            withFreeSlotPos[p] = withFreeSlotCount;
            withFreeSlot[withFreeSlotCount++] = p;
        } else if (!eligible) {
            removeFreeSlot(p);
        }
    }

    private void removeFreeSlot(int p) {
        int pos = withFreeSlotPos[p];
        if (pos < 0) {
            return;
        }
        int moved = withFreeSlot[--withFreeSlotCount];
        withFreeSlot[pos] = moved;
        withFreeSlotPos[moved] = pos;
        withFreeSlotPos[p] = -1;
    }
}
