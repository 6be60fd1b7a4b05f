package dev.opsdojo.sim.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.opsdojo.sim.deploy.Analysis;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploymentSpec;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Release;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.sim.deploy.Strategy.CanaryStep;
import dev.opsdojo.sim.deploy.manifest.Manifests.Manifest;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The manifests, read back with two real YAML parsers (Jackson's and SnakeYAML, which resolves YAML 1.1 like older
 * tools): kinds, apiVersions, required fields and their types, and every cross-reference between the objects.
 */
class ManifestsTest {
    static final YAMLMapper YAML = new YAMLMapper();
    static final TypeReference<List<Object>> STEP_LIST = new TypeReference<>() { };

    static final Scenario BASE = ScenarioParser.parse("""
            { "durationSeconds": 600,
              "workload": { "type": "open", "ratePerSecond": 200 },
              "service": { "distribution": "exponential", "meanMs": 50 },
              "pods": { "replicas": 4, "concurrency": 4, "cpuRequestMillicores": 500, "cpuLimitMillicores": 1000, "memoryRequestMiB": 256 },
              "loadBalancer": { "policy": "least-connections" } }
            """).scenario();
    static final Release STABLE = new Release("v1", "registry.example.com/shop/checkout:1.4.1", 5, 0.001, 1, 0.05, Fault.NONE);
    static final Release RELEASE = new Release("v2", "registry.example.com/shop/checkout:1.4.2", 8, 0.001, 1, 0.06, Fault.NONE);
    static final DeploymentSpec.HpaManifest HPA = new DeploymentSpec.HpaManifest(2, 20, 70);

    static DeployScenario scenario(Strategy strategy) {
        return scenario(strategy, 10, null);
    }

    static DeployScenario scenario(Strategy strategy, int replicas, DeploymentSpec.HpaManifest hpa) {
        return new DeployScenario(BASE, new DeploymentSpec("checkout", replicas, STABLE, RELEASE, strategy, null, List.of(), 0.5, 1000, hpa));
    }

    static Strategy.Canary canary(Strategy.TrafficRouting routing, Analysis analysis, CanaryStep... steps) {
        return new Strategy.Canary(List.of(steps), routing, "25%", "0", analysis);
    }

    // ---- reading the output --------------------------------------------------------------------------------------

    /** The manifests with their parsed trees, checked for everything that must hold whatever the strategy. */
    static Parsed generate(DeployScenario scenario) {
        List<Manifest> manifests = Manifests.of(scenario);
        Parsed parsed = new Parsed(manifests);
        parsed.checkConsistency(scenario);
        return parsed;
    }

    static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object snake(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Object at(Object snakeTree, String... path) {
        Object node = snakeTree;
        for (String key : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            assertThat(e.getValue().isTextual()).as("%s is a string", e.getKey()).isTrue();
            map.put(e.getKey(), e.getValue().asText());
        });
        return map;
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** One scenario's manifests, parsed. */
    static final class Parsed {
        final List<Manifest> manifests;
        final List<JsonNode> trees = new ArrayList<>();

        Parsed(List<Manifest> manifests) {
            this.manifests = manifests;
            for (Manifest m : manifests) {
                trees.add(tree(m.yaml()));
            }
        }

        List<String> kinds() {
            return manifests.stream().map(Manifest::kind).toList();
        }

        JsonNode one(String kind, String name) {
            for (int i = 0; i < manifests.size(); i++) {
                if (manifests.get(i).kind().equals(kind) && manifests.get(i).name().equals(name)) {
                    return trees.get(i);
                }
            }
            throw new AssertionError("no " + kind + " " + name + " in " + names());
        }

        Manifest manifest(String kind, String name) {
            return manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names()));
        }

        boolean has(String kind, String name) {
            return manifests.stream().anyMatch(m -> m.kind().equals(kind) && m.name().equals(name));
        }

        List<JsonNode> all(String kind) {
            List<JsonNode> list = new ArrayList<>();
            for (int i = 0; i < manifests.size(); i++) {
                if (manifests.get(i).kind().equals(kind)) {
                    list.add(trees.get(i));
                }
            }
            return list;
        }

        List<String> names() {
            return manifests.stream().map(m -> m.kind() + "/" + m.name()).toList();
        }

        /** Pod labels of every workload that has a pod template. */
        List<Map<String, String>> podLabels() {
            List<Map<String, String>> list = new ArrayList<>();
            for (String kind : List.of("Deployment", "Rollout")) {
                for (JsonNode w : all(kind)) {
                    list.add(stringMap(w.at("/spec/template/metadata/labels")));
                }
            }
            return list;
        }

        void checkConsistency(DeployScenario scenario) {
            String app = scenario.deployment().app();
            Set<String> kindAndName = new HashSet<>();
            Set<String> files = new HashSet<>();
            for (int i = 0; i < manifests.size(); i++) {
                Manifest m = manifests.get(i);
                JsonNode t = trees.get(i);
                assertThat(t.path("kind").asText()).isEqualTo(m.kind());
                assertThat(t.path("apiVersion").asText()).isEqualTo(m.apiVersion());
                assertThat(t.at("/metadata/name").asText()).isEqualTo(m.name());
                assertThat(m.name()).as("a DNS-1035 label").hasSizeLessThanOrEqualTo(63).matches("[a-z]([-a-z0-9]*[a-z0-9])?");
                assertThat(stringMap(t.at("/metadata/labels"))).containsEntry("app", app);
                assertThat(t.path("spec").isObject()).as("%s has a spec", m.name()).isTrue();
                assertThat(m.yaml()).as("one # line first, then the object").startsWith("# ");
                assertThat(m.yaml().lines().skip(1).findFirst()).hasValue("apiVersion: " + m.apiVersion());
                assertThat(kindAndName.add(m.kind() + "/" + m.name())).as("unique " + m.kind() + "/" + m.name()).isTrue();
                assertThat(files.add(Manifests.fileName(m))).as("unique file name").isTrue();
                assertThat(Manifests.fileName(m)).endsWith(".yaml");
                // SnakeYAML reads the same document (YAML 1.1 rules: yes/on/0755 would turn into other types).
                assertThat(tree(toJsonLike(snake(m.yaml())))).isEqualTo(t);
                assertThat(apiVersionOf(m.kind())).as("apiVersion of " + m.kind()).isEqualTo(m.apiVersion());
            }
            for (String kind : List.of("Deployment", "Rollout")) {
                for (JsonNode w : all(kind)) {
                    checkWorkload(w, scenario);
                }
            }
            List<Map<String, String>> pods = podLabels();
            for (JsonNode s : all("Service")) {
                Map<String, String> selector = stringMap(s.at("/spec/selector"));
                assertThat(pods).as("Service %s selects some pods", s.at("/metadata/name").asText()).anyMatch(l -> selects(selector, l));
                JsonNode port = s.at("/spec/ports/0");
                assertThat(port.path("port").isInt()).isTrue();
                assertThat(port.path("targetPort").asText()).isEqualTo(Manifests.PORT_NAME);
            }
            for (JsonNode h : all("HorizontalPodAutoscaler")) {
                JsonNode ref = h.at("/spec/scaleTargetRef");
                assertThat(has(ref.path("kind").asText(), ref.path("name").asText())).as("scaleTargetRef %s", ref).isTrue();
                assertThat(ref.path("apiVersion").asText()).isEqualTo(apiVersionOf(ref.path("kind").asText()));
                JsonNode metric = h.at("/spec/metrics/0");
                assertThat(metric.path("type").asText()).isEqualTo("Resource");
                assertThat(metric.at("/resource/name").asText()).isEqualTo("cpu");
                assertThat(metric.at("/resource/target/type").asText()).isEqualTo("Utilization");
                assertThat(metric.at("/resource/target/averageUtilization").isInt()).isTrue();
                assertThat(h.at("/spec/minReplicas").asInt()).isLessThanOrEqualTo(h.at("/spec/maxReplicas").asInt());
            }
            for (JsonNode ing : all("Ingress")) {
                assertThat(ing.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
                JsonNode path = ing.at("/spec/rules/0/http/paths/0");
                assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
                String backend = path.at("/backend/service/name").asText();
                assertThat(has("Service", backend)).as("Ingress backend %s", backend).isTrue();
                assertThat(path.at("/backend/service/port/number").asInt()).isEqualTo(one("Service", backend).at("/spec/ports/0/port").asInt());
                if (ing.at("/metadata/annotations").isObject()) {
                    stringMap(ing.at("/metadata/annotations")); // annotation values are strings, never booleans
                }
            }
            for (JsonNode r : all("Rollout")) {
                checkRolloutReferences(r);
            }
            checkCombined();
        }

        private void checkWorkload(JsonNode w, DeployScenario scenario) {
            Map<String, String> selector = stringMap(w.at("/spec/selector/matchLabels"));
            Map<String, String> labels = stringMap(w.at("/spec/template/metadata/labels"));
            assertThat(selects(selector, labels)).as("selector %s matches template labels %s", selector, labels).isTrue();
            assertThat(w.at("/spec/replicas").isInt()).isTrue();
            JsonNode container = w.at("/spec/template/spec/containers/0");
            assertThat(container.path("image").asText()).isIn(STABLE.image(), RELEASE.image(), scenario.deployment().stable().image(),
                    scenario.deployment().release().image());
            assertThat(container.at("/ports/0/name").asText()).isEqualTo(Manifests.PORT_NAME);
            assertThat(container.at("/ports/0/containerPort").isInt()).isTrue();
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/healthz");
            assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo(Manifests.PORT_NAME);
            var pods = scenario.base().pods();
            assertThat(container.at("/resources/requests/cpu").textValue()).isEqualTo(pods.cpuRequestMillicores() + "m");
            assertThat(container.at("/resources/requests/memory").textValue()).isEqualTo(pods.memoryRequestMiB() + "Mi");
            assertThat(container.at("/resources/limits/memory").textValue()).isEqualTo(pods.memoryRequestMiB() + "Mi");
            if (pods.cpuLimitMillicores() == null) {
                assertThat(container.at("/resources/limits").has("cpu")).isFalse();
            } else {
                assertThat(container.at("/resources/limits/cpu").textValue()).isEqualTo(pods.cpuLimitMillicores() + "m");
            }
        }

        private void checkRolloutReferences(JsonNode r) {
            JsonNode strategy = r.at("/spec/strategy");
            for (String field : List.of("/canary/canaryService", "/canary/stableService", "/blueGreen/activeService", "/blueGreen/previewService")) {
                JsonNode ref = strategy.at(field);
                if (!ref.isMissingNode()) {
                    assertThat(has("Service", ref.asText())).as("%s names a Service", field).isTrue();
                }
            }
            JsonNode stableIngress = strategy.at("/canary/trafficRouting/nginx/stableIngress");
            if (!stableIngress.isMissingNode()) {
                JsonNode ing = one("Ingress", stableIngress.asText());
                assertThat(ing.at("/spec/rules/0/http/paths/0/backend/service/name").asText())
                        .as("the stable Ingress routes to the stableService").isEqualTo(strategy.at("/canary/stableService").asText());
            }
            for (String field : List.of("/canary/analysis", "/blueGreen/postPromotionAnalysis")) {
                JsonNode analysis = strategy.at(field);
                if (analysis.isMissingNode()) {
                    continue;
                }
                Set<String> templateArgs = new HashSet<>();
                for (JsonNode t : analysis.path("templates")) {
                    JsonNode template = one("AnalysisTemplate", t.path("templateName").asText());
                    template.at("/spec/args").forEach(a -> templateArgs.add(a.path("name").asText()));
                }
                Set<String> given = new HashSet<>();
                analysis.path("args").forEach(a -> {
                    given.add(a.path("name").asText());
                    assertThat(a.at("/valueFrom/podTemplateHashValue").asText()).isIn("Latest", "Stable");
                });
                assertThat(given).as("every template argument is given by the Rollout").isEqualTo(templateArgs);
            }
        }

        private void checkCombined() {
            String combined = Manifests.combined(manifests);
            List<JsonNode> docs = new ArrayList<>();
            try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(combined)) {
                while (it.hasNext()) {
                    docs.add(it.next());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(docs).isEqualTo(trees);
            List<Object> snakeDocs = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(combined).forEach(snakeDocs::add);
            assertThat(snakeDocs).hasSize(manifests.size());
            for (String document : combined.split("(?m)^---\\n")) {
                assertThat(document).startsWith("# ");
            }
        }
    }

    static String apiVersionOf(String kind) {
        return switch (kind) {
            case "Deployment" -> "apps/v1";
            case "Service" -> "v1";
            case "HorizontalPodAutoscaler" -> "autoscaling/v2";
            case "Ingress" -> "networking.k8s.io/v1";
            case "Rollout", "AnalysisTemplate" -> "argoproj.io/v1alpha1";
            default -> throw new AssertionError("unexpected kind " + kind);
        };
    }

    /** SnakeYAML's Java objects as JSON, to compare with Jackson's tree. */
    static String toJsonLike(Object snakeTree) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(snakeTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps as the Rollout must write them, in order. */
    static List<Object> expectedSteps(List<CanaryStep> steps) {
        List<Object> list = new ArrayList<>();
        for (CanaryStep s : steps) {
            if (s instanceof CanaryStep.SetWeight w) {
                list.add(Map.of("setWeight", w.weight()));
            } else {
                Double d = ((CanaryStep.Pause) s).durationSeconds();
                list.add(Map.of("pause", d == null ? Map.of() : Map.of("duration", (long) Math.ceil(d) + "s")));
            }
        }
        return list;
    }

    // ---- rolling and recreate ------------------------------------------------------------------------------------

    @Nested
    class RollingAndRecreate {

        @Test
        void aRollingUpdateIsADeploymentAndItsService() {
            Parsed p = generate(scenario(Strategy.Rolling.DEFAULT));

            assertThat(p.kinds()).containsExactly("Deployment", "Service");
            JsonNode spec = p.one("Deployment", "checkout").path("spec");
            assertThat(spec.path("replicas").asInt()).isEqualTo(10);
            assertThat(spec.path("revisionHistoryLimit").asInt()).isEqualTo(10);
            assertThat(spec.path("minReadySeconds").asInt()).isZero();
            assertThat(spec.path("progressDeadlineSeconds").asInt()).isEqualTo(600);
            assertThat(spec.at("/template/spec/containers/0/image").asText()).isEqualTo(RELEASE.image());
            assertThat(spec.at("/strategy/type").asText()).isEqualTo("RollingUpdate");
        }

        @Test
        void percentagesAreStringsAndPodCountsAreIntegers() {
            Parsed p = generate(scenario(new Strategy.Rolling("25%", "1", 5, 300, 3)));

            JsonNode spec = p.one("Deployment", "checkout").path("spec");
            assertThat(spec.at("/strategy/rollingUpdate/maxSurge").isTextual()).isTrue();
            assertThat(spec.at("/strategy/rollingUpdate/maxSurge").asText()).isEqualTo("25%");
            assertThat(spec.at("/strategy/rollingUpdate/maxUnavailable").isInt()).isTrue();
            assertThat(spec.at("/strategy/rollingUpdate/maxUnavailable").asInt()).isEqualTo(1);
            assertThat(spec.path("minReadySeconds").asInt()).isEqualTo(5);
            assertThat(spec.path("progressDeadlineSeconds").asInt()).isEqualTo(300);
            assertThat(spec.path("revisionHistoryLimit").asInt()).isEqualTo(3);
            Object snake = snake(p.manifest("Deployment", "checkout").yaml());
            assertThat(at(snake, "spec", "strategy", "rollingUpdate", "maxSurge")).isEqualTo("25%");
            assertThat(at(snake, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(1);
        }

        @Test
        void recreateHasNoRollingUpdateBlock() {
            Parsed p = generate(scenario(new Strategy.Recreate()));

            JsonNode strategy = p.one("Deployment", "checkout").at("/spec/strategy");
            assertThat(strategy.path("type").asText()).isEqualTo("Recreate");
            assertThat(strategy.has("rollingUpdate")).isFalse();
            assertThat(p.manifest("Deployment", "checkout").yaml()).doesNotContain("rollingUpdate");
        }

        @Test
        void resourcesAndPortsComeFromTheScenario() {
            Parsed p = generate(scenario(Strategy.Rolling.DEFAULT));

            JsonNode container = p.one("Deployment", "checkout").at("/spec/template/spec/containers/0");
            assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("500m");
            assertThat(container.at("/resources/limits/cpu").asText()).isEqualTo("1000m");
            assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("256Mi");
            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
            assertThat(p.one("Service", "checkout").at("/spec/ports/0/port").asInt()).isEqualTo(80);
            assertThat(p.manifest("Deployment", "checkout").yaml()).contains("up to 4 requests at once");
        }

        @Test
        void anHpaScalesTheDeploymentOnCpuUtilization() {
            Parsed p = generate(scenario(Strategy.Rolling.DEFAULT, 10, HPA));

            assertThat(p.kinds()).containsExactly("Deployment", "Service", "HorizontalPodAutoscaler");
            JsonNode hpa = p.one("HorizontalPodAutoscaler", "checkout").path("spec");
            assertThat(hpa.at("/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/scaleTargetRef/name").asText()).isEqualTo("checkout");
            assertThat(hpa.path("minReplicas").asInt()).isEqualTo(2);
            assertThat(hpa.path("maxReplicas").asInt()).isEqualTo(20);
            assertThat(hpa.at("/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
        }

        @Test
        void theSteadyPresetGivesManifestsToo() throws IOException {
            String json;
            try (InputStream in = ManifestsTest.class.getResourceAsStream("/content/scenarios/steady.json")) {
                assertThat(in).as("the steady preset on the class path").isNotNull();
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Scenario steady = ScenarioParser.parse(json).scenario();
            DeployScenario s = new DeployScenario(steady, scenario(Strategy.Rolling.DEFAULT).deployment());

            Parsed p = generate(s);
            JsonNode limits = p.one("Deployment", "checkout").at("/spec/template/spec/containers/0/resources/limits");
            assertThat(limits.has("cpu")).as("steady.json has no CPU limit").isFalse();
        }
    }

    // ---- canary --------------------------------------------------------------------------------------------------

    @Nested
    class Canary {

        @Test
        void aWeightedCanaryIsARolloutWithNginxTrafficRoutingAndAnalysis() {
            Parsed p = generate(scenario(Strategy.Canary.DEFAULT));

            assertThat(p.names()).containsExactly("Rollout/checkout", "Service/checkout-stable", "Service/checkout-canary",
                    "Ingress/checkout", "AnalysisTemplate/checkout-analysis");
            JsonNode canary = p.one("Rollout", "checkout").at("/spec/strategy/canary");
            assertThat(canary.path("canaryService").asText()).isEqualTo("checkout-canary");
            assertThat(canary.path("stableService").asText()).isEqualTo("checkout-stable");
            assertThat(canary.at("/trafficRouting/nginx/stableIngress").asText()).isEqualTo("checkout");
            assertThat(canary.at("/analysis/templates/0/templateName").asText()).isEqualTo("checkout-analysis");
            assertThat(canary.path("maxSurge").isTextual()).isTrue();
            assertThat(canary.path("maxUnavailable").asText()).as("Argo's default, 25%%, written as a string").isEqualTo("25%");
            assertThat(p.one("Ingress", "checkout").at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("checkout-stable");
        }

        @Test
        void theStepsAreTheStrategysStepsInOrder() {
            Strategy.Canary c = canary(Strategy.TrafficRouting.WEIGHTED, null, new CanaryStep.SetWeight(5), new CanaryStep.Pause(null),
                    new CanaryStep.SetWeight(50), new CanaryStep.Pause(90.0), new CanaryStep.Pause(0.5), new CanaryStep.SetWeight(100));
            Parsed p = generate(scenario(c));

            JsonNode steps = p.one("Rollout", "checkout").at("/spec/strategy/canary/steps");
            assertThat(YAML.convertValue(steps, STEP_LIST)).isEqualTo(List.of(Map.of("setWeight", 5), Map.of("pause", Map.of()),
                    Map.of("setWeight", 50), Map.of("pause", Map.of("duration", "90s")), Map.of("pause", Map.of("duration", "1s")),
                    Map.of("setWeight", 100)));
            assertThat(p.manifest("Rollout", "checkout").yaml()).contains("- pause: {}\n");
        }

        @Test
        void withoutAnalysisThereIsNoTemplateAndNoAnalysisBlock() {
            Parsed p = generate(scenario(canary(Strategy.TrafficRouting.WEIGHTED, null, new CanaryStep.SetWeight(20))));

            assertThat(p.kinds()).doesNotContain("AnalysisTemplate");
            assertThat(p.one("Rollout", "checkout").at("/spec/strategy/canary").has("analysis")).isFalse();
        }

        @Test
        void aReplicaRatioCanaryHasNoTrafficRoutingAndAPlainKubernetesEquivalent() {
            Parsed p = generate(scenario(canary(Strategy.TrafficRouting.REPLICA_RATIO, Analysis.DEFAULT, new CanaryStep.SetWeight(0),
                    new CanaryStep.SetWeight(15), new CanaryStep.Pause(null), new CanaryStep.SetWeight(50))));

            assertThat(p.kinds()).doesNotContain("Ingress");
            assertThat(p.one("Rollout", "checkout").at("/spec/strategy/canary").has("trafficRouting")).isFalse();
            // 10 replicas at the first non-zero weight, 15%: both sides rounded up, 2 canary and 9 stable pods.
            JsonNode stable = p.one("Deployment", "checkout-stable");
            JsonNode canary = p.one("Deployment", "checkout-canary");
            assertThat(canary.at("/spec/replicas").asInt()).isEqualTo(2);
            assertThat(stable.at("/spec/replicas").asInt()).isEqualTo(9);
            assertThat(stringMap(stable.at("/spec/template/metadata/labels"))).containsEntry("track", "stable");
            assertThat(stringMap(canary.at("/spec/template/metadata/labels"))).containsEntry("track", "canary");
            assertThat(stable.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(STABLE.image());
            assertThat(canary.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(RELEASE.image());
            Map<String, String> shared = stringMap(p.one("Service", "checkout").at("/spec/selector"));
            assertThat(shared).isEqualTo(Map.of("app", "checkout"));
            assertThat(selects(shared, stringMap(stable.at("/spec/template/metadata/labels")))).isTrue();
            assertThat(selects(shared, stringMap(canary.at("/spec/template/metadata/labels")))).isTrue();
            assertThat(p.manifest("Deployment", "checkout-stable").yaml().lines().findFirst().orElseThrow()).contains("without Argo Rollouts");
            assertThat(p.manifest("Deployment", "checkout-canary").yaml().lines().findFirst().orElseThrow()).contains("without Argo Rollouts");
        }

        @Test
        void aWeightedCanaryHasNoPlainKubernetesEquivalent() {
            Parsed p = generate(scenario(Strategy.Canary.DEFAULT));

            assertThat(p.kinds()).doesNotContain("Deployment");
        }

        @Test
        void theAnalysisTemplateMeasuresErrorRateAndP95WithPrometheus() {
            Analysis analysis = new Analysis(15, 30, 0.02, 2, 3, 50);
            Parsed p = generate(scenario(canary(Strategy.TrafficRouting.WEIGHTED, analysis, new CanaryStep.SetWeight(20))));

            JsonNode metrics = p.one("AnalysisTemplate", "checkout-analysis").at("/spec/metrics");
            assertThat(metrics).hasSize(2);
            JsonNode errors = metrics.get(0);
            JsonNode latency = metrics.get(1);
            assertThat(errors.path("name").asText()).isEqualTo("error-rate");
            assertThat(latency.path("name").asText()).isEqualTo("p95-latency");
            for (JsonNode m : metrics) {
                assertThat(m.path("interval").asText()).isEqualTo("15s");
                assertThat(m.path("initialDelay").asText()).isEqualTo("30s");
                assertThat(m.path("failureLimit").isInt()).isTrue();
                assertThat(m.path("failureLimit").asInt()).isEqualTo(3);
                assertThat(m.has("count")).as("background analysis runs until the rollout ends").isFalse();
                assertThat(m.at("/provider/prometheus/address").asText()).startsWith("http://");
                String query = m.at("/provider/prometheus/query").asText();
                assertThat(query).contains("{{args.canary-hash}}", "{{args.stable-hash}}", ">= 50", "[60s]");
            }
            assertThat(errors.at("/provider/prometheus/query").asText()).contains("rate(http_requests_total{", "code=~\"5..\"");
            assertThat(errors.path("successCondition").asText()).isEqualTo("len(result) == 0 || result[0] <= 0.02");
            assertThat(latency.at("/provider/prometheus/query").asText()).contains("histogram_quantile(0.95,",
                    "rate(http_request_duration_seconds_bucket{");
            assertThat(latency.path("successCondition").asText()).isEqualTo("len(result) == 0 || result[0] <= 2");
            assertThat(p.manifest("AnalysisTemplate", "checkout-analysis").yaml()).contains("query: |\n");
        }

        @Test
        void anHpaScalesTheRollout() {
            Parsed p = generate(scenario(Strategy.Canary.DEFAULT, 10, HPA));

            JsonNode ref = p.one("HorizontalPodAutoscaler", "checkout").at("/spec/scaleTargetRef");
            assertThat(ref.path("kind").asText()).isEqualTo("Rollout");
            assertThat(ref.path("apiVersion").asText()).isEqualTo("argoproj.io/v1alpha1");
        }
    }

    // ---- blue/green ----------------------------------------------------------------------------------------------

    @Nested
    class BlueGreen {

        @Test
        void theDefaultsAreARolloutWithActiveAndPreviewServicesAndAPostPromotionAnalysis() {
            Parsed p = generate(scenario(Strategy.BlueGreen.DEFAULT));

            assertThat(p.names()).containsExactly("Rollout/checkout", "Service/checkout-active", "Service/checkout-preview",
                    "AnalysisTemplate/checkout-analysis");
            JsonNode bg = p.one("Rollout", "checkout").at("/spec/strategy/blueGreen");
            assertThat(bg.path("activeService").asText()).isEqualTo("checkout-active");
            assertThat(bg.path("previewService").asText()).isEqualTo("checkout-preview");
            assertThat(bg.path("autoPromotionEnabled").isBoolean()).isTrue();
            assertThat(bg.path("autoPromotionEnabled").asBoolean()).isTrue();
            assertThat(bg.has("autoPromotionSeconds")).isFalse();
            assertThat(bg.has("previewReplicaCount")).isFalse();
            assertThat(bg.path("scaleDownDelaySeconds").asInt()).isEqualTo(30);
            assertThat(bg.at("/postPromotionAnalysis/templates/0/templateName").asText()).isEqualTo("checkout-analysis");
        }

        @Test
        void theOptionalFieldsAppearWhenSet() {
            Parsed p = generate(scenario(new Strategy.BlueGreen(false, 120, 300, 2, null)));

            JsonNode bg = p.one("Rollout", "checkout").at("/spec/strategy/blueGreen");
            assertThat(bg.path("autoPromotionEnabled").asBoolean(true)).isFalse();
            assertThat(bg.path("autoPromotionSeconds").asInt()).isEqualTo(120);
            assertThat(bg.path("scaleDownDelaySeconds").asInt()).isEqualTo(300);
            assertThat(bg.path("previewReplicaCount").asInt()).isEqualTo(2);
            assertThat(bg.has("postPromotionAnalysis")).isFalse();
            assertThat(p.kinds()).doesNotContain("AnalysisTemplate");
        }

        @Test
        void thePostPromotionAnalysisChecksGreenAgainstTheStableReleasesOwnNumbers() {
            // exponential, mean 50 ms: p95 = 50 ln 20 = 149.787 ms; × 1.5 = 0.22468 s. Error limit 0.001 + 0.01.
            Parsed p = generate(scenario(new Strategy.BlueGreen(true, 0, 30, null, Analysis.DEFAULT)));

            JsonNode metrics = p.one("AnalysisTemplate", "checkout-analysis").at("/spec/metrics");
            assertThat(metrics.get(0).path("successCondition").asText()).isEqualTo("len(result) == 0 || result[0] <= 0.011");
            assertThat(metrics.get(1).path("successCondition").asText()).isEqualTo("len(result) == 0 || result[0] <= 0.22468");
            assertThat(metrics.get(0).path("count").asInt()).as("30 s of scale-down delay at 10 s intervals").isEqualTo(3);
            assertThat(metrics.get(0).at("/provider/prometheus/query").asText()).contains("{{args.new-hash}}").doesNotContain("stable-hash");
        }
    }

    // ---- A/B -----------------------------------------------------------------------------------------------------

    @Nested
    class AbTest {

        static Strategy.AbTest ab(Strategy.Split split, int percentB) {
            return new Strategy.AbTest(split, percentB, 0.95, 1000);
        }

        @ParameterizedTest
        @EnumSource(Strategy.Split.class)
        void twoDeploymentsRunTheTwoReleasesEachWithAService(Strategy.Split split) {
            Parsed p = generate(scenario(ab(split, 30)));

            JsonNode a = p.one("Deployment", "checkout-a");
            JsonNode b = p.one("Deployment", "checkout-b");
            assertThat(a.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(STABLE.image());
            assertThat(b.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(RELEASE.image());
            assertThat(a.at("/spec/replicas").asInt()).isEqualTo(7);
            assertThat(b.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(stringMap(p.one("Service", "checkout-a").at("/spec/selector"))).isEqualTo(Map.of("app", "checkout", "variant", "a"));
            assertThat(stringMap(p.one("Service", "checkout-b").at("/spec/selector"))).isEqualTo(Map.of("app", "checkout", "variant", "b"));
        }

        @Test
        void aHeaderSplitIsAnIngressNginxCanaryByHeader() {
            Parsed p = generate(scenario(ab(Strategy.Split.HEADER, 30)));

            JsonNode main = p.one("Ingress", "checkout");
            JsonNode canary = p.one("Ingress", "checkout-b");
            assertThat(main.at("/metadata").has("annotations")).isFalse();
            assertThat(main.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("checkout-a");
            assertThat(canary.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("checkout-b");
            assertThat(canary.at("/spec/rules/0/host")).isEqualTo(main.at("/spec/rules/0/host"));
            assertThat(canary.at("/spec/rules/0/http/paths/0/path")).isEqualTo(main.at("/spec/rules/0/http/paths/0/path"));
            assertThat(stringMap(canary.at("/metadata/annotations"))).containsExactly(
                    Map.entry("nginx.ingress.kubernetes.io/canary", "true"),
                    Map.entry("nginx.ingress.kubernetes.io/canary-by-header", "X-Variant"),
                    Map.entry("nginx.ingress.kubernetes.io/canary-by-header-value", "b"));
            assertThat(p.manifest("Ingress", "checkout-b").yaml()).contains("\"true\"").doesNotContain("canary-weight:");
        }

        @Test
        void aCookieSplitIsAnIngressNginxCanaryByCookie() {
            Parsed p = generate(scenario(ab(Strategy.Split.COOKIE, 50)));

            Map<String, String> annotations = stringMap(p.one("Ingress", "checkout-b").at("/metadata/annotations"));
            assertThat(annotations).containsExactly(Map.entry("nginx.ingress.kubernetes.io/canary", "true"),
                    Map.entry("nginx.ingress.kubernetes.io/canary-by-cookie", "ab_variant"));
            assertThat(p.manifest("Ingress", "checkout-b").yaml()).contains("ab_variant=always", "ab_variant=never");
        }

        @Test
        void aUserIdHashSplitHashesUsersOverThePodsOfBothVariants() {
            Parsed p = generate(scenario(ab(Strategy.Split.USER_ID_HASH, 25), 8, HPA));

            JsonNode ingress = p.one("Ingress", "checkout");
            assertThat(stringMap(ingress.at("/metadata/annotations")))
                    .isEqualTo(Map.of("nginx.ingress.kubernetes.io/upstream-hash-by", "$http_x_user_id"));
            assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("checkout");
            Map<String, String> both = stringMap(p.one("Service", "checkout").at("/spec/selector"));
            assertThat(p.podLabels()).filteredOn(l -> selects(both, l)).hasSize(2);
            assertThat(p.one("Deployment", "checkout-b").at("/spec/replicas").asInt()).isEqualTo(2);
            assertThat(p.one("Deployment", "checkout-a").at("/spec/replicas").asInt()).isEqualTo(6);
            assertThat(p.kinds()).as("an HPA would move users between variants").doesNotContain("HorizontalPodAutoscaler");
            assertThat(p.manifest("Ingress", "checkout").yaml()).contains("2 of 8, about 25%");
        }

        @Test
        void headerAndCookieSplitsScaleEachVariantWithItsOwnHpa() {
            Parsed p = generate(scenario(ab(Strategy.Split.HEADER, 30), 10, HPA));

            assertThat(p.all("HorizontalPodAutoscaler")).extracting(h -> h.at("/spec/scaleTargetRef/name").asText())
                    .containsExactly("checkout-a", "checkout-b");
        }
    }

    // ---- the whole list ------------------------------------------------------------------------------------------

    @Nested
    class TheList {

        @Test
        void combinedJoinsTheDocumentsWithDashLines() {
            List<Manifest> manifests = Manifests.of(scenario(Strategy.Rolling.DEFAULT));
            String combined = Manifests.combined(manifests);

            assertThat(combined).isEqualTo(manifests.get(0).yaml() + "---\n" + manifests.get(1).yaml());
            assertThat(combined).startsWith("# Deployment checkout: ");
        }

        @Test
        void fileNamesNameTheObjectAndItsKind() {
            List<Manifest> manifests = Manifests.of(scenario(Strategy.Canary.DEFAULT, 10, HPA));

            assertThat(manifests).extracting(Manifests::fileName).containsExactly("checkout-rollout.yaml", "checkout-stable-service.yaml",
                    "checkout-canary-service.yaml", "checkout-ingress.yaml", "checkout-analysis-analysistemplate.yaml", "checkout-hpa.yaml");
            assertThat(Manifests.fileName(scenario(Strategy.Canary.DEFAULT))).isEqualTo("checkout-canary.yaml");
        }

        @Test
        void longAppNamesAreShortenedToFitKubernetesNames() {
            String app = "a" + "-very-long-application-name".repeat(2) + "-x".repeat(4);
            assertThat(app).hasSizeLessThanOrEqualTo(63);
            DeployScenario s = new DeployScenario(BASE, new DeploymentSpec(app, 3, STABLE, RELEASE, Strategy.Canary.DEFAULT, null, List.of(),
                    0.5, 100, null));

            Parsed p = generate(s);
            assertThat(p.manifests).extracting(Manifest::name).allMatch(n -> n.length() <= 63);
            assertThat(p.manifests).extracting(Manifest::name).contains(app);
        }

        @Test
        void anImageWithYamlSyntaxInItStaysOneString() {
            Release odd = new Release("odd", "registry: 1.0 # not a comment\n- \"quoted\" yes", 1, 0, 1, 0, Fault.NONE);
            DeployScenario s = new DeployScenario(BASE, new DeploymentSpec("odd", 2, STABLE, odd, Strategy.Rolling.DEFAULT, null, List.of(),
                    0.5, 100, null));

            Parsed p = generate(s);
            assertThat(p.one("Deployment", "odd").at("/spec/template/spec/containers/0/image").asText()).isEqualTo(odd.image());
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void everyValidConfigurationGivesConsistentManifests(@ForAll("scenarios") DeployScenario scenario) {
        Parsed p = generate(scenario);
        Strategy strategy = scenario.deployment().strategy();

        if (strategy instanceof Strategy.Rolling r) {
            JsonNode ru = p.one("Deployment", scenario.deployment().app()).at("/spec/strategy/rollingUpdate");
            checkIntOrPercent(ru.path("maxSurge"), r.maxSurge());
            checkIntOrPercent(ru.path("maxUnavailable"), r.maxUnavailable());
        } else if (strategy instanceof Strategy.Recreate) {
            assertThat(p.one("Deployment", scenario.deployment().app()).at("/spec/strategy").has("rollingUpdate")).isFalse();
        } else if (strategy instanceof Strategy.Canary c) {
            JsonNode canary = p.one("Rollout", scenario.deployment().app()).at("/spec/strategy/canary");
            checkIntOrPercent(canary.path("maxSurge"), c.maxSurge());
            checkIntOrPercent(canary.path("maxUnavailable"), c.maxUnavailable());
            List<?> steps = canary.has("steps") ? YAML.convertValue(canary.path("steps"), STEP_LIST) : List.of();
            assertThat(steps).isEqualTo(expectedSteps(c.steps()));
            assertThat(canary.has("trafficRouting")).isEqualTo(c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED);
            assertThat(canary.has("analysis")).isEqualTo(c.analysis() != null);
        } else if (strategy instanceof Strategy.BlueGreen bg) {
            JsonNode node = p.one("Rollout", scenario.deployment().app()).at("/spec/strategy/blueGreen");
            assertThat(node.has("autoPromotionSeconds")).isEqualTo(bg.autoPromotionSeconds() > 0);
            assertThat(node.has("previewReplicaCount")).isEqualTo(bg.previewReplicaCount() != null);
            assertThat(node.has("postPromotionAnalysis")).isEqualTo(bg.postPromotionAnalysis() != null);
        } else if (strategy instanceof Strategy.AbTest) {
            assertThat(p.kinds()).contains("Deployment", "Service", "Ingress").doesNotContain("Rollout");
        }
        assertThat(p.kinds().contains("HorizontalPodAutoscaler"))
                .isEqualTo(scenario.deployment().hpa() != null && !(strategy instanceof Strategy.AbTest ab && ab.split() == Strategy.Split.USER_ID_HASH));
    }

    static void checkIntOrPercent(JsonNode node, String value) {
        String v = value.strip();
        if (v.endsWith("%")) {
            assertThat(node.isTextual()).as("%s is a string", v).isTrue();
            assertThat(node.asText()).isEqualTo(v);
        } else {
            assertThat(node.isInt()).as("%s is an integer", v).isTrue();
            assertThat(node.asInt()).isEqualTo(Integer.parseInt(v));
        }
    }

    @Provide
    Arbitrary<DeployScenario> scenarios() {
        return Arbitraries.longs().map(ManifestsTest::randomScenario);
    }

    /** A random valid deployment scenario: every strategy and option, random names, images and pod sizes. */
    static DeployScenario randomScenario(long seed) {
        Random r = new Random(seed);
        int replicas = 1 + r.nextInt(r.nextBoolean() ? 12 : DeploymentSpec.MAX_REPLICAS);
        Strategy strategy = switch (r.nextInt(5)) {
            case 0 -> {
                String[] limits = surgeAndUnavailable(r);
                int minReady = r.nextInt(100);
                yield new Strategy.Rolling(limits[0], limits[1], minReady, minReady + 1 + r.nextInt(1000), r.nextInt(101));
            }
            case 1 -> new Strategy.Recreate();
            case 2 -> {
                List<CanaryStep> steps = new ArrayList<>();
                int n = r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    steps.add(r.nextBoolean() ? new CanaryStep.SetWeight(r.nextInt(101))
                            : new CanaryStep.Pause(r.nextBoolean() ? null : r.nextInt(4) == 0 ? r.nextDouble() * 100 : (double) r.nextInt(3600)));
                }
                String[] limits = surgeAndUnavailable(r);
                yield new Strategy.Canary(steps, Strategy.TrafficRouting.values()[r.nextInt(2)], limits[0], limits[1],
                        r.nextBoolean() ? null : analysis(r));
            }
            case 3 -> new Strategy.BlueGreen(r.nextBoolean(), r.nextBoolean() ? 0 : r.nextInt(600), r.nextInt(600),
                    r.nextBoolean() ? null : 1 + r.nextInt(5), r.nextBoolean() ? null : analysis(r));
            default -> new Strategy.AbTest(Strategy.Split.values()[r.nextInt(3)], 1 + r.nextInt(99), 0.95, 1000);
        };
        String app = randomApp(r);
        Release stable = new Release("v1", randomImage(r, app), r.nextInt(60), r.nextDouble() * 0.05, 1, 0.05, Fault.NONE);
        Release release = new Release("v2", randomImage(r, app), r.nextInt(60), r.nextDouble() * 0.05, 0.5 + r.nextDouble() * 3, 0.05, Fault.NONE);
        DeploymentSpec.HpaManifest hpa = r.nextBoolean() ? null : new DeploymentSpec.HpaManifest(1 + r.nextInt(5), 5 + r.nextInt(100), 1 + r.nextInt(200));
        String service = switch (r.nextInt(3)) {
            case 0 -> "{ \"distribution\": \"constant\", \"meanMs\": " + (1 + r.nextInt(500)) + " }";
            case 1 -> "{ \"distribution\": \"exponential\", \"meanMs\": " + (1 + r.nextInt(500)) + " }";
            default -> "{ \"distribution\": \"lognormal\", \"medianMs\": 20, \"p99Ms\": " + (21 + r.nextInt(2000)) + " }";
        };
        String cpuLimit = r.nextBoolean() ? "" : ", \"cpuLimitMillicores\": 4000";
        Scenario base = ScenarioParser.parse("{ \"durationSeconds\": 600, \"workload\": { \"type\": \"open\", \"ratePerSecond\": 100 },"
                + " \"service\": " + service + ", \"pods\": { \"replicas\": 2, \"concurrency\": " + (1 + r.nextInt(64))
                + ", \"cpuRequestMillicores\": " + (1 + r.nextInt(4000)) + cpuLimit + ", \"memoryRequestMiB\": " + (1 + r.nextInt(8192))
                + " }, \"loadBalancer\": { \"policy\": \"round-robin\" } }").scenario();
        return new DeployScenario(base, new DeploymentSpec(app, replicas, stable, release, strategy, null, List.of(), 0.5, 1000, hpa));
    }

    private static String[] surgeAndUnavailable(Random r) {
        while (true) {
            String surge = r.nextBoolean() ? r.nextInt(101) + "%" : String.valueOf(r.nextInt(10));
            String unavailable = r.nextBoolean() ? r.nextInt(101) + "%" : String.valueOf(r.nextInt(10));
            if (!(surge.matches("0%?") && unavailable.matches("0%?"))) {
                return new String[] {surge, unavailable};
            }
        }
    }

    private static Analysis analysis(Random r) {
        return new Analysis(1 + r.nextInt(120) + (r.nextBoolean() ? 0 : r.nextDouble()), r.nextBoolean() ? 0 : r.nextInt(300),
                r.nextDouble() * 0.2, 1 + r.nextDouble() * 5, r.nextInt(10), 1 + r.nextInt(1000));
    }

    private static String randomApp(Random r) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String chars = letters + "0123456789-";
        int length = 1 + r.nextInt(r.nextInt(4) == 0 ? 63 : 12);
        StringBuilder app = new StringBuilder().append(letters.charAt(r.nextInt(26)));
        for (int i = 1; i < length; i++) {
            char c = chars.charAt(r.nextInt(chars.length()));
            app.append(i == length - 1 && c == '-' ? 'z' : c);
        }
        return app.toString();
    }

    private static String randomImage(Random r, String app) {
        return switch (r.nextInt(4)) {
            case 0 -> "registry.example.com/" + app + ":" + r.nextInt(10) + "." + r.nextInt(10);
            case 1 -> app + "@sha256:" + Long.toHexString(r.nextLong());
            case 2 -> "yes";
            default -> "ghcr.io/org/" + app + ":v" + r.nextInt(100) + " # \"odd\": tag\n";
        };
    }

    // ---- the YAML writer ---------------------------------------------------------------------------------------------

    @Nested
    class Writer {

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"25%", "true", "yes", "No", "on", "OFF", "y", "null", "~", "", "0755", "1:20",
                "1e3", ".inf", "-x", "a: b", "a #b", "#x", "x:", "@x", "`x", "{x}", "[x]", "*x", "&x", "!x", "|x", ">x", "'x", "\"x",
                " x", "x ", "2001-12-14", "0x1F", "1_000", "+1", "a\nb", "tab\there", "\u0000\u0007\u007f\u0085\u2028"})
        void readsBackEveryAwkwardStringAsThatString(String value) {
            String yaml = YamlWriter.write(YamlWriter.map("key", value, value.isEmpty() ? "empty" : value, "as key"));

            assertThat(tree(yaml).path("key").isTextual()).as(yaml).isTrue();
            assertThat(tree(yaml).path("key").asText()).as(yaml).isEqualTo(value);
            assertThat(at(snake(yaml), "key")).as(yaml).isEqualTo(value);
            if (!value.isEmpty()) {
                assertThat(at(snake(yaml), value)).as(yaml).isEqualTo("as key");
            }
        }

        @Test
        void plainWordsStayPlain() {
            assertThat(YamlWriter.write(YamlWriter.map("image", "registry.example.com/shop/checkout:1.4.2", "path", "/healthz")))
                    .isEqualTo("image: registry.example.com/shop/checkout:1.4.2\npath: /healthz\n");
        }

        @Test
        void numbersAndBooleansKeepTheirTypes() {
            String yaml = YamlWriter.write(YamlWriter.map("int", 3, "long", 5_000_000_000L, "double", 0.25, "whole", 2.0, "bool", false));

            assertThat(yaml).isEqualTo("int: 3\nlong: 5000000000\ndouble: 0.25\nwhole: 2.0\nbool: false\n");
            JsonNode t = tree(yaml);
            assertThat(t.path("int").isInt()).isTrue();
            assertThat(t.path("double").isDouble()).isTrue();
            assertThat(t.path("whole").isDouble()).isTrue();
            assertThat(t.path("bool").isBoolean()).isTrue();
        }

        @Test
        void listsOfMappingsEmptyCollectionsCommentsAndLiterals() {
            YamlWriter.Node.Mapping root = YamlWriter.map("steps", List.of(YamlWriter.map("setWeight", 10), YamlWriter.map("pause", YamlWriter.map()),
                    YamlWriter.map("pause", YamlWriter.map("duration", "60s"))), "none", List.of(), "query", new YamlWriter.Node.Literal("sum(x)\n  / y\n"));
            root.comment("two\nlines");
            root.put("after", "x");

            String yaml = YamlWriter.write(root);
            assertThat(yaml).isEqualTo("""
                    steps:
                    - setWeight: 10
                    - pause: {}
                    - pause:
                        duration: "60s"
                    none: []
                    query: |
                      sum(x)
                        / y
                    # two
                    # lines
                    after: x
                    """);
            assertThat(tree(yaml).path("query").asText()).isEqualTo("sum(x)\n  / y\n");
        }
    }

    // jqwik runs properties of top-level classes (or @Group classes), not of JUnit @Nested ones.

    @Property(tries = 500)
    void anyStringReadsBackUnchanged(@ForAll("texts") String value) {
        String yaml = YamlWriter.write(YamlWriter.map("v", value, "k" + value, 1));

        assertThat(tree(yaml).path("v").asText()).as(yaml).isEqualTo(value);
        assertThat(at(snake(yaml), "v")).as(yaml).isEqualTo(value);
        assertThat(at(snake(yaml), "k" + value)).as(yaml).isEqualTo(1);
    }

    @Property(tries = 200)
    void commentsNeverBreakTheDocument(@ForAll("texts") String text) {
        YamlWriter.Node.Mapping m = YamlWriter.map("a", 1);
        m.comment(text);
        m.put("b", 2);
        String yaml = YamlWriter.commentLines(YamlWriter.oneLine(text)) + YamlWriter.write(m);

        assertThat(snake(yaml)).as(yaml).isEqualTo(Map.of("a", 1, "b", 2));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> awkward = Arbitraries.of("yes", "no", "on", "off", "true", "null", "~", "25%", "0755", "1:20", "- x", "a: b",
                "# c", "x #c", "\"", "'", "\\", "{}", "[]", "\t", "\n", "\r\n", "\u2028", "\u0085", "\ufeff", "😀", "한국어", "0x10", ".5", " ");
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE));
        return Arbitraries.oneOf(awkward, printable, unicode, Arbitraries.strings().withChars("yesno:#-% 01\"'\n").ofMaxLength(8));
    }

    @Test
    void theMainCodeNeedsNoYamlLibraryAtRunTime() {
        // The app is jlinked: the manifests are written by hand, with nothing beyond the JDK and the model.
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opsdojo.sim.deploy.manifest");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.yaml..", "com.fasterxml..", "javafx..").check(classes);
    }
}
