package dev.opsdojo.sim.engine;

import java.util.BitSet;

/**
 * What the requests of one version (the pods of one ReplicaSet template) saw, for the deployment simulator. Counts
 * are cumulative from the start of the run; {@link #takeWindow()} returns and clears what happened since its last
 * call, for per-second charts and, separately, the canary analysis. A request belongs to the version of the pod that served it, or
 * to the version the router chose when no pod of that version was ready. Clients are the closed workload's users, or
 * the open workload's client ids (see {@link Simulation#setClientPopulation}).
 */
public final class VersionStats {
    long routed;
    long succeeded;
    long failed;
    long serverErrors;
    long conversions;
    final LatencyHistogram latency = new LatencyHistogram();
    final BitSet exposedClients = new BitSet();
    final BitSet clientsWithErrors = new BitSet();
    /** Independent windows, so a per-second chart and a slower analysis can each take their own. */
    public static final int WINDOWS = 2;
    private final long[] windowEnded = new long[WINDOWS];
    private final long[] windowErrors = new long[WINDOWS];
    private final long[] windowConversions = new long[WINDOWS];
    private final LatencyHistogram[] windowLatency = {new LatencyHistogram(), new LatencyHistogram()};

    /** One interval of a version's traffic: requests that ended, how many failed, the p95 of the successful ones. */
    public record Window(long ended, long errors, long succeeded, double p95Ms, double meanMs, long conversions) {
        public double errorRate() {
            return ended == 0 ? 0 : (double) errors / ended;
        }
    }

    void success(long micros, int client, boolean converted) {
        succeeded++;
        latency.record(micros);
        for (int w = 0; w < WINDOWS; w++) {
            windowEnded[w]++;
            windowLatency[w].record(micros);
            if (converted) {
                windowConversions[w]++;
            }
        }
        if (converted) {
            conversions++;
        }
        if (client >= 0) {
            exposedClients.set(client);
        }
    }

    void failure(ErrorCause cause, int client) {
        failed++;
        for (int w = 0; w < WINDOWS; w++) {
            windowEnded[w]++;
            windowErrors[w]++;
        }
        if (cause == ErrorCause.SERVER_ERROR) {
            serverErrors++;
        }
        if (client >= 0) {
            exposedClients.set(client);
            clientsWithErrors.set(client);
        }
    }

    /** Requests sent to this version (served, queued or failed). */
    public long routed() {
        return routed;
    }

    public long succeeded() {
        return succeeded;
    }

    /** Requests of this version that failed, for any cause. */
    public long failed() {
        return failed;
    }

    /** Requests the version answered with an error (a bad release), a subset of {@link #failed()}. */
    public long serverErrors() {
        return serverErrors;
    }

    /** Successful requests that converted (A/B tests). */
    public long conversions() {
        return conversions;
    }

    public double p95Ms() {
        return latency.quantileMicros(0.95) / 1000.0;
    }

    public double p50Ms() {
        return latency.quantileMicros(0.50) / 1000.0;
    }

    /** Distinct clients that got at least one answer or error from this version. */
    public int exposedClients() {
        return exposedClients.cardinality();
    }

    /** Distinct clients that saw at least one failed request of this version. */
    public int clientsWithErrors() {
        return clientsWithErrors.cardinality();
    }

    /** Whether a client was ever served by this version. */
    public boolean exposed(int client) {
        return client >= 0 && exposedClients.get(client);
    }

    /** What happened since the last call for this window (0 or 1), and starts it anew. */
    public Window takeWindow(int window) {
        int i = window;
        Window w = new Window(windowEnded[i], windowErrors[i], windowEnded[i] - windowErrors[i],
                windowLatency[i].quantileMicros(0.95) / 1000.0, windowLatency[i].meanMicros() / 1000.0, windowConversions[i]);
        windowEnded[i] = 0;
        windowErrors[i] = 0;
        windowConversions[i] = 0;
        windowLatency[i].reset();
        return w;
    }
}
