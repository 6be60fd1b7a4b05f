package dev.opsdojo.content;

import java.util.Map;

/**
 * The simulators, calculators and lesson widgets lessons may link to or embed, and whether each exists yet.
 * A planned one validates (lessons can be written ahead of it) and the app says it is coming;
 * a name in neither state is a mistake in the lesson.
 */
public final class InteractiveCatalog {

    public enum Status { AVAILABLE, PLANNED }

    public static final Map<String, Status> SIMULATORS = Map.of(
            "scale-out", Status.AVAILABLE,
            "deploy", Status.AVAILABLE);

    public static final Map<String, Status> CALCULATORS = Map.of(
            "nines", Status.AVAILABLE,
            "redundancy", Status.AVAILABLE,
            "hpa", Status.AVAILABLE,
            "queue", Status.AVAILABLE,
            "capacity", Status.AVAILABLE,
            "control-plane", Status.AVAILABLE,
            "cicd", Status.AVAILABLE,
            "rollout", Status.AVAILABLE);

    public static final Map<String, Status> WIDGETS = Map.of(
            "nines", Status.AVAILABLE,
            "redundancy", Status.AVAILABLE,
            "hpa", Status.AVAILABLE,
            "queue", Status.AVAILABLE,
            "capacity", Status.AVAILABLE,
            "scale-compare", Status.AVAILABLE,
            "rollout", Status.AVAILABLE);

    private InteractiveCatalog() {
    }
}
