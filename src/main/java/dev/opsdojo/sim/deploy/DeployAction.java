package dev.opsdojo.sim.deploy;

import java.util.Objects;

/**
 * Something a learner does to a rollout, live on the screen or scripted in a scenario file at {@code atSeconds}.
 * {@code revision} is used by {@link Kind#UNDO} (null: the previous revision, as {@code kubectl rollout undo}) and
 * {@code fault} by {@link Kind#BREAK} (what breaks in the new version).
 */
public record DeployAction(double atSeconds, Kind kind, Integer revision, Fault fault) {

    public enum Kind {
        /** Starts the rollout of the release now (if the scenario has not started it yet). */
        START("start"),
        /** {@code kubectl rollout pause}: the controller stops rolling (it still keeps the replica counts). */
        PAUSE("pause"),
        /** {@code kubectl rollout resume}. */
        RESUME("resume"),
        /** {@code kubectl rollout undo [--to-revision=N]}, or Argo's undo. */
        UNDO("undo"),
        /** {@code kubectl argo rollouts promote}: ends the current pause (canary) or switches traffic (blue/green). */
        PROMOTE("promote"),
        /** {@code kubectl argo rollouts abort}: all traffic back to the stable version. */
        ABORT("abort"),
        /** Breaks the new version in the given way (or repairs it with {@link Fault#NONE}). */
        BREAK("break");

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
            throw new IllegalArgumentException("unknown action '" + text + "'");
        }
    }

    public DeployAction {
        Objects.requireNonNull(kind, "kind");
        if (!(atSeconds >= 0)) {
            throw new IllegalArgumentException("action atSeconds must be >= 0, got " + atSeconds);
        }
        if (kind == Kind.BREAK && fault == null) {
            throw new IllegalArgumentException("a break action needs a fault");
        }
        if (revision != null && revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1, got " + revision);
        }
    }

    public static DeployAction of(Kind kind) {
        return new DeployAction(0, kind, null, null);
    }

    public static DeployAction undo(Integer toRevision) {
        return new DeployAction(0, Kind.UNDO, toRevision, null);
    }

    public static DeployAction breakRelease(Fault fault) {
        return new DeployAction(0, Kind.BREAK, null, fault);
    }
}
