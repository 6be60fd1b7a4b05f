package dev.opsdojo.sim.scenario;

/**
 * The bounds every scenario is held to. Scenario files are shared, so these protect the app: a file outside them is
 * refused with the bound named instead of freezing the window or exhausting memory.
 */
public final class ScenarioLimits {
    /** Longest run: 7 simulated days. */
    public static final int MAX_DURATION_SECONDS = 604_800;
    public static final int MAX_USERS = 10_000_000;
    public static final int MAX_RATE_PER_SECOND = 1_000_000;
    public static final int MAX_PODS = 10_000;
    public static final int MAX_NODES = 1_000;
    public static final int MAX_CONCURRENCY = 10_000;
    public static final int MAX_QUEUE_LIMIT = 1_000_000;
    /**
     * The most requests a run may be expected to simulate (mean rate × duration). The engine handles a few million
     * requests per second of wall-clock time, so this keeps the slowest allowed run to minutes, not hours.
     */
    public static final long MAX_EXPECTED_REQUESTS = 1_000_000_000L;
    /** Longest mean service time, client timeout or think time: one hour. */
    public static final int MAX_MILLIS = 3_600_000;
    public static final int MAX_CPU_MILLICORES = 256_000;
    public static final int MAX_MEMORY_MIB = 4_194_304;
    /** Most corners in a {@code points} profile, and most failure events. */
    public static final int MAX_PROFILE_POINTS = 10_000;
    public static final int MAX_FAILURE_EVENTS = 1_000;
    /** Most timeline samples a run records (duration / timelineIntervalSeconds). */
    public static final int MAX_TIMELINE_POINTS = 100_000;
    public static final int MAX_THRESHOLDS = 20;
    public static final int MAX_VARIANTS = 4;
    /** Largest scenario file, in characters. */
    public static final int MAX_FILE_CHARS = 1_048_576;

    private ScenarioLimits() {
    }
}
