package dev.opsdojo.sim.deploy;

import java.util.Objects;

/**
 * What is wrong with a release, if anything. {@code errorRate} is the share of requests answered with an error
 * ({@link Kind#ERRORS}) or, for {@link Kind#ERRORS_UNDER_LOAD}, of requests that start while their pod already serves
 * at least {@code loadThreshold} × its concurrency. {@code latencyFactor} multiplies service times ({@link Kind#SLOW}).
 */
public record Fault(Kind kind, double errorRate, double latencyFactor, double loadThreshold) {
    public static final Fault NONE = new Fault(Kind.NONE, 0, 1, 1);

    public enum Kind {
        /** A good release. */
        NONE("none"),
        /** The container exits at start-up and is restarted with back-off: never Ready. */
        CRASH_LOOP("crash-loop"),
        /** The container runs but its readiness probe never passes. */
        NOT_READY("not-ready"),
        /** It is Ready and answers, but a share of its answers are errors. */
        ERRORS("errors"),
        /** It is Ready and correct, but slower. */
        SLOW("slow"),
        /** Correct at low load; errors once a pod is busy (a pool or a lock that runs out). */
        ERRORS_UNDER_LOAD("errors-under-load");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Kind fromJson(String text) {
            for (Kind k : values()) {
                if (k.json.equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown fault '" + text + "'");
        }
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("fault errorRate must be in [0, 1], got " + errorRate);
        }
        if (!(latencyFactor >= 1 && latencyFactor <= 100)) {
            throw new IllegalArgumentException("fault latencyFactor must be in [1, 100], got " + latencyFactor);
        }
        if (!(loadThreshold > 0 && loadThreshold <= 1)) {
            throw new IllegalArgumentException("fault loadThreshold must be in (0, 1], got " + loadThreshold);
        }
    }

    /** The fault of this kind with the magnitudes the screen's "break the new version" switch uses. */
    public static Fault typical(Kind kind) {
        return switch (kind) {
            case NONE -> NONE;
            case CRASH_LOOP, NOT_READY -> new Fault(kind, 0, 1, 1);
            case ERRORS -> new Fault(kind, 0.2, 1, 1);
            case SLOW -> new Fault(kind, 0, 5, 1);
            case ERRORS_UNDER_LOAD -> new Fault(kind, 0.5, 1, 0.7);
        };
    }

    /** Whether the release's pods never become Ready. */
    public boolean neverReady() {
        return kind == Kind.CRASH_LOOP || kind == Kind.NOT_READY;
    }

    public boolean bad() {
        return kind != Kind.NONE;
    }
}
