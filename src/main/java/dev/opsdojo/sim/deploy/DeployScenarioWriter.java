package dev.opsdojo.sim.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.sim.scenario.ScenarioWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link DeployScenario} as a deployment scenario file: the shared sections as {@link ScenarioWriter} writes
 * them (without the scale-out parts a deployment file refuses: nodes, autoscalers, failures, variants) and the
 * {@code deployment} object with every key spelled out. Reading the text back with {@link DeployScenarioParser} gives
 * an equal scenario.
 */
public final class DeployScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeployScenarioWriter() {
    }

    public static String write(DeployScenario scenario) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(toJson(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario as a JSON tree (what {@link #write} prints). */
    public static ObjectNode toJson(DeployScenario scenario) {
        ObjectNode root = ScenarioWriter.toJson(scenario.base());
        DeployScenarioParser.REFUSED.keySet().forEach(root::remove);
        root.set("deployment", deployment(scenario.deployment()));
        return root;
    }

    private static ObjectNode deployment(DeploymentSpec d) {
        ObjectNode o = NODES.objectNode();
        o.put("app", d.app());
        o.put("replicas", d.replicas());
        o.set("stable", release(d.stable()));
        o.set("release", release(d.release()));
        o.set("strategy", strategy(d.strategy()));
        if (d.releaseAtSeconds() != null) {
            o.set("releaseAtSeconds", number(d.releaseAtSeconds()));
        }
        ArrayNode actions = o.putArray("actions");
        for (DeployAction a : d.actions()) {
            ObjectNode item = actions.addObject();
            item.set("at", number(a.atSeconds()));
            item.put("do", a.kind().json());
            if (a.revision() != null && a.kind() == DeployAction.Kind.UNDO) {
                item.put("revision", a.revision());
            }
            if (a.fault() != null && a.kind() == DeployAction.Kind.BREAK) {
                item.set("fault", fault(a.fault()));
            }
        }
        o.set("downtimeErrorRate", number(d.downtimeErrorRate()));
        o.put("clients", d.clients());
        if (d.hpa() != null) {
            ObjectNode hpa = o.putObject("hpa");
            hpa.put("minReplicas", d.hpa().minReplicas());
            hpa.put("maxReplicas", d.hpa().maxReplicas());
            hpa.put("targetCpuUtilizationPercent", d.hpa().targetCpuUtilizationPercent());
        }
        return o;
    }

    private static ObjectNode release(Release r) {
        ObjectNode o = NODES.objectNode();
        o.put("name", r.name());
        o.put("image", r.image());
        o.set("startupSeconds", number(r.startupSeconds()));
        o.set("errorRate", number(r.errorRate()));
        o.set("latencyFactor", number(r.latencyFactor()));
        o.set("conversionRate", number(r.conversionRate()));
        o.set("fault", fault(r.fault()));
        return o;
    }

    /** {@code {"kind": "none"}} for a good release, otherwise the kind with all three magnitudes. */
    private static ObjectNode fault(Fault f) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", f.kind().json());
        if (!f.equals(Fault.NONE)) {
            o.set("errorRate", number(f.errorRate()));
            o.set("latencyFactor", number(f.latencyFactor()));
            o.set("loadThreshold", number(f.loadThreshold()));
        }
        return o;
    }

    private static ObjectNode strategy(Strategy s) {
        ObjectNode o = NODES.objectNode();
        o.put("type", s.json());
        if (s instanceof Strategy.Rolling r) {
            o.set("maxSurge", intOrPercent(r.maxSurge()));
            o.set("maxUnavailable", intOrPercent(r.maxUnavailable()));
            o.put("minReadySeconds", r.minReadySeconds());
            o.put("progressDeadlineSeconds", r.progressDeadlineSeconds());
            o.put("revisionHistoryLimit", r.revisionHistoryLimit());
        } else if (s instanceof Strategy.BlueGreen b) {
            o.put("autoPromotionEnabled", b.autoPromotionEnabled());
            o.put("autoPromotionSeconds", b.autoPromotionSeconds());
            o.put("scaleDownDelaySeconds", b.scaleDownDelaySeconds());
            if (b.previewReplicaCount() != null) {
                o.put("previewReplicaCount", b.previewReplicaCount());
            }
            o.set("postPromotionAnalysis", analysis(b.postPromotionAnalysis()));
        } else if (s instanceof Strategy.Canary c) {
            ArrayNode steps = o.putArray("steps");
            for (Strategy.CanaryStep step : c.steps()) {
                if (step instanceof Strategy.CanaryStep.SetWeight w) {
                    steps.addObject().put("setWeight", w.weight());
                } else if (step instanceof Strategy.CanaryStep.Pause p) {
                    ObjectNode pause = steps.addObject().putObject("pause");
                    if (p.durationSeconds() != null) {
                        pause.set("duration", number(p.durationSeconds()));
                    }
                }
            }
            o.put("trafficRouting", c.trafficRouting().json());
            o.set("maxSurge", intOrPercent(c.maxSurge()));
            o.set("maxUnavailable", intOrPercent(c.maxUnavailable()));
            o.set("analysis", analysis(c.analysis()));
        } else if (s instanceof Strategy.AbTest a) {
            o.put("split", a.split().json());
            o.put("variantBPercent", a.variantBPercent());
            o.set("confidenceLevel", number(a.confidenceLevel()));
            o.put("minSamplesPerVariant", a.minSamplesPerVariant());
        }
        return o;
    }

    /** An analysis, or {@code null} for none (absent would mean the default analysis). */
    private static JsonNode analysis(Analysis a) {
        if (a == null) {
            return NODES.nullNode();
        }
        ObjectNode o = NODES.objectNode();
        o.set("intervalSeconds", number(a.intervalSeconds()));
        o.set("initialDelaySeconds", number(a.initialDelaySeconds()));
        o.set("maxErrorRateIncrease", number(a.maxErrorRateIncrease()));
        o.set("maxP95Ratio", number(a.maxP95Ratio()));
        o.put("failureLimit", a.failureLimit());
        o.put("minRequests", a.minRequests());
        return o;
    }

    /** "25%" stays a string; a number of pods is written as a number, as in a manifest. */
    private static JsonNode intOrPercent(String value) {
        String v = value.strip();
        if (v.endsWith("%")) {
            return NODES.textNode(Long.parseLong(v.substring(0, v.length() - 1)) + "%");
        }
        return NODES.numberNode(Long.parseLong(v));
    }

    private static JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }
}
