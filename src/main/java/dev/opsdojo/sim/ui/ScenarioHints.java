package dev.opsdojo.sim.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the controls start at, read from a scenario's JSON (content/scenarios/*.json): {@code workload.type}
 * ("closed"/"open"), {@code workload.users} or {@code usersProfile.base}, {@code workload.ratePerSecond} or
 * {@code profile.base}, {@code pods.replicas}, {@code pods.cpuRequestMillicores}, {@code nodes.count} (and
 * {@code nodes.min}/{@code max} for the Cluster Autoscaler), {@code hpa}, {@code clusterAutoscaler},
 * {@code cache.hitRatio}, {@code failures.chaosMonkey} and {@code slo.p95Ms}. Keys are found anywhere in the tree
 * (top level first, case-insensitive), so a moved key still works; without a type the workload is closed when a
 * users key is found, open when only a rate key is, else unknown. An "hpa", "clusterAutoscaler" or "chaosMonkey"
 * object counts as enabled unless it says {@code "enabled": false}. Unparsable JSON gives no hints.
 */
record ScenarioHints(Workload workload, OptionalDouble users, OptionalDouble rate, OptionalDouble replicas,
                     OptionalDouble podCpuMillicores, OptionalDouble nodes, Optional<Boolean> hpaEnabled,
                     OptionalDouble hpaTargetPercent, OptionalDouble hpaMin, OptionalDouble hpaMax,
                     Optional<Boolean> caEnabled, OptionalDouble caMin, OptionalDouble caMax,
                     OptionalDouble cacheHitRatio, Optional<Boolean> chaosEnabled, OptionalDouble chaosMeanIntervalSeconds,
                     OptionalDouble sloP95Ms) {

    enum Workload { CLOSED, OPEN, UNKNOWN }

    static final ScenarioHints NONE = new ScenarioHints(Workload.UNKNOWN, OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScenarioHints from(String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (Exception e) {
            return NONE;
        }
        if (root == null || !root.isContainerNode()) {
            return NONE;
        }
        JsonNode workloadNode = find(root, "workload");
        JsonNode load = workloadNode != null && workloadNode.isObject() ? workloadNode : root;
        OptionalDouble users = or(number(load, "users", "concurrentUsers"), nested(load, "usersProfile", "base"));
        OptionalDouble rate = or(number(load, "ratePerSecond", "rate", "requestsPerSecond", "arrivalRate"), nested(load, "profile", "base"));
        Workload workload = users.isPresent() ? Workload.CLOSED : rate.isPresent() ? Workload.OPEN : Workload.UNKNOWN;
        String type = load == root ? text(root, "workloadType") : text(load, "type", "model");
        if (type != null && type.toLowerCase().contains("open")) {
            workload = Workload.OPEN;
        } else if (type != null && type.toLowerCase().contains("closed")) {
            workload = Workload.CLOSED;
        }
        JsonNode nodesNode = find(root, "nodes");
        OptionalDouble nodes = nodesNode != null && nodesNode.isNumber() ? OptionalDouble.of(nodesNode.doubleValue())
                : or(nested(root, "nodes", "count"), number(root, "nodeCount"));
        JsonNode hpa = find(root, "hpa", "horizontalPodAutoscaler");
        JsonNode ca = find(root, "clusterAutoscaler");
        JsonNode chaos = find(root, "chaosMonkey");
        return new ScenarioHints(workload, users, rate, number(root, "replicas"),
                number(root, "cpuRequestMillicores", "podCpuMillicores", "cpuMillicores"), nodes,
                enabled(hpa), hpa == null ? OptionalDouble.empty() : number(hpa, "targetCpuUtilizationPercent", "targetPercent", "target"),
                hpa == null ? OptionalDouble.empty() : number(hpa, "minReplicas", "min"),
                hpa == null ? OptionalDouble.empty() : number(hpa, "maxReplicas", "max"),
                enabled(ca), or(ca == null ? OptionalDouble.empty() : number(ca, "minNodes", "min"), nested(root, "nodes", "min")),
                or(ca == null ? OptionalDouble.empty() : number(ca, "maxNodes", "max"), nested(root, "nodes", "max")),
                or(nested(root, "cache", "hitRatio"), number(root, "cacheHitRatio", "hitRatio")),
                enabled(chaos), chaos == null ? OptionalDouble.empty() : number(chaos, "meanIntervalSeconds"),
                or(nested(root, "slo", "p95Ms"), number(root, "sloP95Ms")));
    }

    private static OptionalDouble or(OptionalDouble first, OptionalDouble second) {
        return first.isPresent() ? first : second;
    }

    /** A number under an object found by name, e.g. {@code nodes.count}. */
    private static OptionalDouble nested(JsonNode root, String objectKey, String key) {
        JsonNode object = find(root, objectKey);
        if (object == null || !object.isObject()) {
            return OptionalDouble.empty();
        }
        JsonNode value = object.get(key);
        return value != null && value.isNumber() ? OptionalDouble.of(value.doubleValue()) : OptionalDouble.empty();
    }

    private static Optional<Boolean> enabled(JsonNode section) {
        if (section == null) {
            return Optional.empty();
        }
        if (section.isBoolean()) {
            return Optional.of(section.booleanValue());
        }
        JsonNode enabled = section.get("enabled");
        return Optional.of(enabled == null || !enabled.isBoolean() || enabled.booleanValue());
    }

    private static OptionalDouble number(JsonNode root, String... keys) {
        for (String key : keys) {
            JsonNode found = find(root, key);
            if (found != null && found.isNumber()) {
                return OptionalDouble.of(found.doubleValue());
            }
        }
        return OptionalDouble.empty();
    }

    private static String text(JsonNode root, String... keys) {
        for (String key : keys) {
            JsonNode found = find(root, key);
            if (found != null && found.isTextual()) {
                return found.textValue();
            }
        }
        return null;
    }

    /** Breadth-first, so a top-level key wins over a nested one of the same name. */
    private static JsonNode find(JsonNode root, String... keys) {
        java.util.ArrayDeque<JsonNode> queue = new java.util.ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                for (String key : keys) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = it.next();
                        if (field.getKey().equalsIgnoreCase(key) && !field.getValue().isNull()) {
                            return field.getValue();
                        }
                    }
                }
            }
            node.forEach(queue::add);
        }
        return null;
    }
}
