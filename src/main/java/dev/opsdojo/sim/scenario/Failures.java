package dev.opsdojo.sim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Failures injected into the run: timed {@code events}, an optional chaos monkey, and the two delays that decide how
 * long a dead node's pods linger: the node is marked NotReady {@code nodeMonitorGracePeriodSeconds} after it stops
 * reporting, and its pods are evicted {@code tolerationSeconds} after that.
 */
public record Failures(List<Event> events, ChaosMonkey chaosMonkey, int nodeMonitorGracePeriodSeconds, int tolerationSeconds) {

    public static final Failures NONE = new Failures(List.of(), null, 50, 300);

    public Failures {
        events = List.copyOf(events);
    }

    public enum Kind {
        KILL_POD("kill-pod"), KILL_NODE("kill-node"), SLOW_POD("slow-pod");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /**
     * One failure at {@code atSeconds}. {@code targetIndex} is the pod or node index (0-based, in creation order among
     * those alive), null for a random one. A {@code slow-pod} serves {@code factor} times slower for
     * {@code durationSeconds} (null: until it is replaced); both are null for the other kinds.
     */
    public record Event(double atSeconds, Kind kind, Integer targetIndex, Double factor, Double durationSeconds) {
        public Event {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Kills a random pod at exponentially distributed intervals with mean {@code meanIntervalSeconds}. */
    public record ChaosMonkey(boolean enabled, double meanIntervalSeconds) {
    }
}
