package dev.opsdojo.calc.controlplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.calc.controlplane.Requirement.OnNodes;
import dev.opsdojo.calc.controlplane.Requirement.Runs;
import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The learner-facing texts of the explorer in one language, each with the documentation page it comes from, read
 * from {@code controlplane.json} (every text has an "en" and a "ko" version; a missing language falls back to
 * English). Placeholders: {@code {nodes}} in node reasons; the timings' numbers come from {@link K8sDefaults}.
 */
public final class ControlPlaneTexts {
    static final String RESOURCE = "/dev/opsdojo/calc/controlplane/controlplane.json";

    /** A text and the URL of the page it is taken from. */
    public record Sourced(String text, String source) {
    }

    private static volatile JsonNode cached;

    private final JsonNode root;
    private final String language;

    private ControlPlaneTexts(JsonNode root, String language) {
        this.root = root;
        this.language = language;
    }

    public static ControlPlaneTexts load(String language) {
        JsonNode root = cached;
        if (root == null) {
            try (InputStream in = ControlPlaneTexts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE);
                }
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cached = root;
        }
        return new ControlPlaneTexts(root, language);
    }

    /** The raw tree, for tests that check both languages are complete. */
    static JsonNode tree() {
        return load("en").root;
    }

    public String language() {
        return language;
    }

    public String componentName(Component component) {
        return local(required(root.path("components").path(component.name()), component.name()).path("name"));
    }

    public Sourced componentDescription(Component component) {
        JsonNode node = required(root.path("components").path(component.name()), component.name());
        return new Sourced(local(node.path("does")), node.path("source").asText());
    }

    public String capabilityName(Capability capability) {
        return local(capability(capability).path("name"));
    }

    /** Why the capability works when nothing it needs is stopped. */
    public Sourced capabilityWorks(Capability capability) {
        JsonNode node = capability(capability);
        return new Sourced(local(node.path("works")), node.path("source").asText());
    }

    public String scenarioName(Scenario scenario) {
        return local(required(root.path("scenarios").path(scenario.name()), scenario.name()));
    }

    /** The name of worker node {@code node} (1-based), as drawn. */
    public static String nodeName(int node) {
        return "node-" + node;
    }

    /**
     * Why a requirement fails: the capability's own text if it has one ("CAPABILITY.id"), else the shared text for
     * the component or node requirement; node requirements pick ".some", ".zone" or ".all" by how far they fail.
     */
    public Sourced reason(Capability capability, Verdict.Unmet unmet) {
        String key;
        if (unmet.requirement() instanceof Runs runs) {
            key = runs.component().name();
        } else {
            key = ((OnNodes) unmet.requirement()).id() + "." + nodeSuffix(unmet);
        }
        JsonNode reasons = root.path("reasons");
        JsonNode node = reasons.path(capability.name() + "." + key);
        if (node.isMissingNode()) {
            node = required(reasons.path(key), key);
        }
        String nodes = unmet.nodes().stream().map(ControlPlaneTexts::nodeName).collect(Collectors.joining(", "));
        return new Sourced(local(node.path("text")).replace("{nodes}", nodes), node.path("source").asText());
    }

    /**
     * The text variant for a node failure: ".zone" only when the requirement treats an unhealthy zone differently
     * from a few failing nodes; otherwise ".some" or ".all".
     */
    private static String nodeSuffix(Verdict.Unmet unmet) {
        OnNodes requirement = (OnNodes) unmet.requirement();
        return switch (unmet.extent()) {
            case ALL -> "all";
            case ZONE -> requirement.ifUnhealthyZone() != requirement.ifSomeNodes() ? "zone" : "some";
            case SOME -> "some";
        };
    }

    /** A timing explained with the default values filled in. */
    public Sourced timing(Timing timing) {
        JsonNode node = required(root.path("timings").path(timing.name()), timing.name());
        Map<String, Integer> values = Map.of(
                "initial", K8sDefaults.CRASH_LOOP_INITIAL_BACKOFF_SECONDS,
                "max", K8sDefaults.CRASH_LOOP_MAX_BACKOFF_SECONDS,
                "reset", K8sDefaults.CRASH_LOOP_RESET_SECONDS / 60,
                "lease", K8sDefaults.LEASE_RENEW_INTERVAL_SECONDS,
                "grace", K8sDefaults.NODE_MONITOR_GRACE_PERIOD_SECONDS,
                "oldGrace", K8sDefaults.NODE_MONITOR_GRACE_PERIOD_BEFORE_V1_32_SECONDS,
                "toleration", K8sDefaults.DEFAULT_TOLERATION_SECONDS,
                "eviction", K8sDefaults.evictionAfterSeconds());
        String text = local(node.path("text")).replace("{version}", K8sDefaults.VERSION);
        for (Map.Entry<String, Integer> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return new Sourced(text, node.path("source").asText());
    }

    /** The further sources of a timing (release notes, admission plugin reference), possibly none. */
    public List<String> timingExtraSources(Timing timing) {
        List<String> sources = new ArrayList<>();
        root.path("timings").path(timing.name()).path("extraSources").forEach(s -> sources.add(s.asText()));
        return sources;
    }

    /** The steps of "Follow a kubectl apply", in order. */
    public List<JourneyStep> journey() {
        List<JourneyStep> steps = new ArrayList<>();
        for (JsonNode step : root.path("journey")) {
            steps.add(new JourneyStep(steps.size() + 1,
                    Component.valueOf(step.path("actor").asText()),
                    Component.valueOf(step.path("target").asText()),
                    step.path("object").asText(),
                    local(step.path("title")),
                    local(step.path("text")),
                    step.path("source").asText()));
        }
        return List.copyOf(steps);
    }

    private JsonNode capability(Capability capability) {
        return required(root.path("capabilities").path(capability.name()), capability.name());
    }

    private String local(JsonNode bilingual) {
        JsonNode text = bilingual.path(language);
        return (text.isTextual() ? text : bilingual.path("en")).asText();
    }

    private static JsonNode required(JsonNode node, String what) {
        if (node.isMissingNode()) {
            throw new IllegalStateException("controlplane.json has no text for " + what);
        }
        return node;
    }
}
