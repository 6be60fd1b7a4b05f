package dev.opsdojo.sim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link Scenario} as a scenario file: pretty JSON with every key spelled out (defaults included, so a saved
 * file documents itself and does not change meaning if a default changes). Absent parts ({@code nodes}, {@code hpa},
 * a cache…) are left out. A variant is written with only the sections that differ from the base scenario. Reading the
 * text back with {@link ScenarioParser} gives an equal scenario.
 */
public final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioWriter() {
    }

    public static String write(Scenario scenario) {
        ObjectNode root = toJson(scenario);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario as a JSON tree (what {@link #write} prints). */
    public static ObjectNode toJson(Scenario s) {
        ObjectNode root = NODES.objectNode();
        if (s.title() != null) {
            root.put("title", s.title());
        }
        if (s.description() != null) {
            root.put("description", s.description());
        }
        root.put("durationSeconds", s.durationSeconds());
        root.put("seed", s.seed());
        sections(s, root, null);
        root.put("timelineIntervalSeconds", s.timelineIntervalSeconds());
        if (!s.variants().isEmpty()) {
            ArrayNode variants = root.putArray("variants");
            for (Scenario.Variant v : s.variants()) {
                ObjectNode item = variants.addObject();
                item.put("name", v.name());
                if (v.description() != null) {
                    item.put("description", v.description());
                }
                sections(v.scenario(), item, s);
            }
        }
        return root;
    }

    /** Writes the sections of {@code s}; with a {@code base}, only those that differ from it (an absent one as null). */
    private static void sections(Scenario s, ObjectNode out, Scenario base) {
        if (base == null || !s.workload().equals(base.workload())) {
            out.set("workload", workload(s.workload()));
        }
        if (base == null || !s.service().equals(base.service())) {
            out.set("service", service(s.service()));
        }
        if (base == null || !s.pods().equals(base.pods())) {
            out.set("pods", pods(s.pods()));
        }
        if (differs(s.nodes(), base == null ? null : base.nodes(), base)) {
            out.set("nodes", s.nodes() == null ? NODES.nullNode() : nodes(s.nodes()));
        }
        if (base == null || s.loadBalancer() != base.loadBalancer()) {
            out.putObject("loadBalancer").put("policy", s.loadBalancer().json());
        }
        if (differs(s.hpa(), base == null ? null : base.hpa(), base)) {
            out.set("hpa", s.hpa() == null ? NODES.nullNode() : hpa(s.hpa()));
        }
        if (differs(s.clusterAutoscaler(), base == null ? null : base.clusterAutoscaler(), base)) {
            out.set("clusterAutoscaler", s.clusterAutoscaler() == null ? NODES.nullNode() : clusterAutoscaler(s.clusterAutoscaler()));
        }
        if (base == null || !s.failures().equals(base.failures())) {
            out.set("failures", failures(s.failures()));
        }
        if (base == null || !s.slo().equals(base.slo())) {
            out.set("slo", slo(s.slo()));
        }
    }

    private static boolean differs(Object value, Object baseValue, Scenario base) {
        return base == null ? value != null : !Objects.equals(value, baseValue);
    }

    private static ObjectNode workload(Workload w) {
        ObjectNode o = NODES.objectNode();
        if (w instanceof Workload.Open open) {
            o.put("type", "open");
            if (open.ratePerSecond() instanceof Profile.Steady steady && steady.value() > 0) {
                o.set("ratePerSecond", number(steady.value()));
            } else {
                o.set("profile", profile(open.ratePerSecond()));
            }
        } else if (w instanceof Workload.Closed closed) {
            o.put("type", "closed");
            if (closed.users() instanceof Profile.Steady steady && steady.value() == Math.rint(steady.value())) {
                o.set("users", number(steady.value()));
            } else {
                o.set("usersProfile", profile(closed.users()));
            }
            o.set("thinkTimeSeconds", number(closed.thinkTimeSeconds()));
        }
        if (w.timeoutMs() != null) {
            o.set("timeoutMs", number(w.timeoutMs()));
        }
        return o;
    }

    private static ObjectNode profile(Profile p) {
        ObjectNode o = NODES.objectNode();
        if (p instanceof Profile.Steady s) {
            o.put("shape", "steady").set("value", number(s.value()));
        } else if (p instanceof Profile.Ramp r) {
            o.put("shape", "ramp");
            o.set("from", number(r.from()));
            o.set("to", number(r.to()));
            o.set("startSeconds", number(r.startSeconds()));
            o.set("overSeconds", number(r.overSeconds()));
        } else if (p instanceof Profile.Spike s) {
            o.put("shape", "spike");
            o.set("base", number(s.base()));
            o.set("peak", number(s.peak()));
            o.set("atSeconds", number(s.atSeconds()));
            o.set("durationSeconds", number(s.durationSeconds()));
        } else if (p instanceof Profile.FlashSale f) {
            o.put("shape", "flash-sale");
            o.set("base", number(f.base()));
            o.set("climbStartSeconds", number(f.climbStartSeconds()));
            o.set("saleStartSeconds", number(f.saleStartSeconds()));
            o.set("peak", number(f.peak()));
            o.set("peakSeconds", number(f.peakSeconds()));
            o.set("fallSeconds", number(f.fallSeconds()));
        } else if (p instanceof Profile.Points points) {
            o.put("shape", "points");
            ArrayNode list = o.putArray("points");
            for (Profile.Point point : points.points()) {
                list.addArray().add(number(point.tSeconds())).add(number(point.value()));
            }
        }
        return o;
    }

    private static ObjectNode service(Service s) {
        ObjectNode o = NODES.objectNode();
        o.put("distribution", s.distribution().json());
        if (s.meanMs() != null) {
            o.set("meanMs", number(s.meanMs()));
        }
        if (s.medianMs() != null) {
            o.set("medianMs", number(s.medianMs()));
        }
        if (s.p99Ms() != null) {
            o.set("p99Ms", number(s.p99Ms()));
        }
        o.set("cpuMillisPerRequest", number(s.cpuMillisPerRequest()));
        if (s.cache() != null) {
            ObjectNode cache = o.putObject("cache");
            cache.set("hitRatio", number(s.cache().hitRatio()));
            cache.set("hitMeanMs", number(s.cache().hitMeanMs()));
        }
        return o;
    }

    private static ObjectNode pods(Pods p) {
        ObjectNode o = NODES.objectNode();
        o.put("replicas", p.replicas());
        o.put("concurrency", p.concurrency());
        o.put("queueLimit", p.queueLimit());
        o.put("cpuRequestMillicores", p.cpuRequestMillicores());
        if (p.cpuLimitMillicores() != null) {
            o.put("cpuLimitMillicores", p.cpuLimitMillicores());
        }
        o.put("memoryRequestMiB", p.memoryRequestMiB());
        o.set("startupSeconds", number(p.startupSeconds()));
        o.set("readinessDelaySeconds", number(p.readinessDelaySeconds()));
        return o;
    }

    private static ObjectNode nodes(Nodes n) {
        ObjectNode o = NODES.objectNode();
        o.put("count", n.count());
        o.put("cpuAllocatableMillicores", n.cpuAllocatableMillicores());
        o.put("memoryAllocatableMiB", n.memoryAllocatableMiB());
        o.set("costPerHour", number(n.costPerHour()));
        o.put("min", n.min());
        o.put("max", n.max());
        o.set("provisioningSeconds", number(n.provisioningSeconds()));
        return o;
    }

    private static ObjectNode hpa(Hpa h) {
        ObjectNode o = NODES.objectNode();
        o.put("enabled", h.enabled());
        o.put("targetCpuUtilizationPercent", h.targetCpuUtilizationPercent());
        o.put("minReplicas", h.minReplicas());
        o.put("maxReplicas", h.maxReplicas());
        o.put("syncPeriodSeconds", h.syncPeriodSeconds());
        o.set("tolerance", number(h.tolerance()));
        if (h.behavior() != null) {
            ObjectNode behavior = o.putObject("behavior");
            behavior.set("scaleUp", rules(h.behavior().scaleUp()));
            behavior.set("scaleDown", rules(h.behavior().scaleDown()));
        }
        return o;
    }

    private static ObjectNode rules(Hpa.ScalingRules r) {
        ObjectNode o = NODES.objectNode();
        o.put("stabilizationWindowSeconds", r.stabilizationWindowSeconds());
        o.put("selectPolicy", r.selectPolicy().json());
        ArrayNode policies = o.putArray("policies");
        for (Hpa.ScalingPolicy p : r.policies()) {
            policies.addObject().put("type", p.type().json()).put("value", p.value()).put("periodSeconds", p.periodSeconds());
        }
        return o;
    }

    private static ObjectNode clusterAutoscaler(ClusterAutoscaler c) {
        ObjectNode o = NODES.objectNode();
        o.put("enabled", c.enabled());
        o.put("scanIntervalSeconds", c.scanIntervalSeconds());
        o.set("scaleDownUtilizationThreshold", number(c.scaleDownUtilizationThreshold()));
        o.put("scaleDownUnneededSeconds", c.scaleDownUnneededSeconds());
        o.put("scaleDownDelayAfterAddSeconds", c.scaleDownDelayAfterAddSeconds());
        return o;
    }

    private static ObjectNode failures(Failures f) {
        ObjectNode o = NODES.objectNode();
        ArrayNode events = o.putArray("events");
        for (Failures.Event e : f.events()) {
            ObjectNode item = events.addObject();
            item.set("atSeconds", number(e.atSeconds()));
            item.put("kind", e.kind().json());
            if (e.targetIndex() == null) {
                item.put("target", "random");
            } else {
                item.put("target", e.targetIndex());
            }
            if (e.factor() != null) {
                item.set("factor", number(e.factor()));
            }
            if (e.durationSeconds() != null) {
                item.set("durationSeconds", number(e.durationSeconds()));
            }
        }
        if (f.chaosMonkey() != null) {
            ObjectNode monkey = o.putObject("chaosMonkey");
            monkey.put("enabled", f.chaosMonkey().enabled());
            monkey.set("meanIntervalSeconds", number(f.chaosMonkey().meanIntervalSeconds()));
        }
        o.put("nodeMonitorGracePeriodSeconds", f.nodeMonitorGracePeriodSeconds());
        o.put("tolerationSeconds", f.tolerationSeconds());
        return o;
    }

    private static ObjectNode slo(Slo s) {
        ObjectNode o = NODES.objectNode();
        o.set("p95Ms", number(s.p95Ms()));
        o.set("errorRatePercent", number(s.errorRatePercent()));
        o.put("windowSeconds", s.windowSeconds());
        o.set("apdexThresholdMs", number(s.apdexThresholdMs()));
        ArrayNode thresholds = o.putArray("thresholds");
        s.thresholds().forEach(t -> thresholds.add(t.expression()));
        return o;
    }

    /** Whole values are written without a fraction ({@code 1000}, not {@code 1000.0}); they read back as the same double. */
    private static com.fasterxml.jackson.databind.JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }
}
