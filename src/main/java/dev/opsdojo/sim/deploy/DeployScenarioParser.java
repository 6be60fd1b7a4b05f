package dev.opsdojo.sim.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioLimits;
import dev.opsdojo.sim.scenario.ScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioParser.Obj;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deployment scenario file: a scale-out scenario file (traffic, service, pods, load balancer, SLO: read by
 * {@link ScenarioParser} with its messages) plus a top-level {@code deployment} object. The scale-out keys the
 * deployment simulator does not use ({@code hpa}, {@code clusterAutoscaler}, {@code nodes}, {@code failures},
 * {@code variants}) are refused with the reason. As for scenarios, nothing is thrown for a bad file: every problem
 * comes back with its key path, line and column, including every bound the deployment records enforce. Defaults
 * (documented in {@code docs/scenarios.md}) follow Kubernetes and Argo Rollouts, and the {@code DEFAULT} constants of
 * {@link Strategy}'s records where those have no default of their own (canary steps, analysis, traffic routing).
 */
public final class DeployScenarioParser {

    /** The outcome: a scenario when there are no problems, otherwise null and at least one problem. */
    public record Result(DeployScenario scenario, List<ScenarioProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return scenario != null;
        }
    }

    /** The documented defaults of the {@code deployment} object. */
    public static final String DEFAULT_APP = "web";
    public static final String DEFAULT_STABLE_NAME = "v1";
    public static final String DEFAULT_RELEASE_NAME = "v2";
    public static final double DEFAULT_CONVERSION_RATE = 0.03;
    public static final double DEFAULT_DOWNTIME_ERROR_RATE = 0.05;
    public static final int DEFAULT_CLIENTS = 100_000;
    public static final int MAX_ACTIONS = 1_000;
    public static final int MAX_CANARY_STEPS = 100;
    public static final int MAX_CLIENTS = 10_000_000;
    public static final int DEFAULT_HPA_TARGET_PERCENT = 80;

    /** The strategy types, as files and the command line name them. */
    public static final List<String> STRATEGY_TYPES = List.of("rolling", "recreate", "blue-green", "canary", "ab");

    /** Scale-out keys a deployment file may not have, and why. */
    static final Map<String, String> REFUSED = refused();

    private static final List<String> DEPLOYMENT_KEYS = List.of("app", "replicas", "stable", "release", "strategy", "releaseAtSeconds",
            "actions", "downtimeErrorRate", "clients", "hpa");
    private static final List<String> RELEASE_KEYS = List.of("name", "image", "startupSeconds", "errorRate", "latencyFactor",
            "conversionRate", "fault");
    private static final List<String> FAULT_KEYS = List.of("kind", "errorRate", "latencyFactor", "loadThreshold");
    private static final List<String> ROLLING_KEYS = List.of("type", "maxSurge", "maxUnavailable", "minReadySeconds",
            "progressDeadlineSeconds", "revisionHistoryLimit");
    private static final List<String> BLUE_GREEN_KEYS = List.of("type", "autoPromotionEnabled", "autoPromotionSeconds",
            "scaleDownDelaySeconds", "previewReplicaCount", "postPromotionAnalysis");
    private static final List<String> CANARY_KEYS = List.of("type", "steps", "trafficRouting", "maxSurge", "maxUnavailable", "analysis");
    private static final List<String> AB_KEYS = List.of("type", "split", "variantBPercent", "confidenceLevel", "minSamplesPerVariant");
    private static final List<String> ANALYSIS_KEYS = List.of("intervalSeconds", "initialDelaySeconds", "maxErrorRateIncrease",
            "maxP95Ratio", "failureLimit", "minRequests");
    private static final List<String> ACTION_KEYS = List.of("at", "do", "revision", "fault");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern APP = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern IMAGE = Pattern.compile("[^\\s\"]{1,255}");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,9})%");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)(s|m|h)?");

    private DeployScenarioParser() {
    }

    /** Parses deployment scenario JSON text. */
    public static Result parse(String text) {
        ScenarioParser.Extended<DeploymentSpec> read = ScenarioParser.parse(text, new Reader());
        return read.isValid() ? new Result(new DeployScenario(read.scenario(), read.extension()), read.problems())
                : new Result(null, read.problems());
    }

    /** Whether JSON text looks like a deployment scenario (a top-level object with a {@code deployment} key). */
    public static boolean isDeploymentScenario(String text) {
        return ScenarioParser.hasTopLevelKey(text, "deployment");
    }

    /** The strategy a file gets for {@code {"type": type}}: every other key at its documented default. */
    public static Strategy defaultStrategy(String type) {
        return switch (type) {
            case "rolling" -> Strategy.Rolling.DEFAULT;
            case "recreate" -> new Strategy.Recreate();
            case "blue-green" -> Strategy.BlueGreen.DEFAULT;
            case "canary" -> Strategy.Canary.DEFAULT;
            case "ab" -> Strategy.AbTest.DEFAULT;
            default -> throw new IllegalArgumentException("unknown strategy '" + type + "' (one of " + String.join(", ", STRATEGY_TYPES) + ")");
        };
    }

    private static Map<String, String> refused() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("hpa", "not used in a deployment scenario: the replica count holds during a rollout (an HPA for the manifests goes in "
                + "deployment.hpa)");
        m.put("clusterAutoscaler", "not used in a deployment scenario: there are always enough nodes");
        m.put("nodes", "not used in a deployment scenario: there are always enough nodes");
        m.put("failures", "not used in a deployment scenario: break the release with deployment.release.fault or a scripted "
                + "{\"do\": \"break\"} action");
        m.put("variants", "not used in a deployment scenario: compare strategies with sim deploy --compare");
        return Map.copyOf(m);
    }

    /** Reads the {@code deployment} object once the shared sections are read. */
    private static final class Reader implements ScenarioParser.Extension<DeploymentSpec> {
        private Scenario base;
        private boolean baseValid;

        @Override
        public List<String> extraKeys() {
            return List.of("deployment");
        }

        @Override
        public Map<String, String> refusedKeys() {
            return REFUSED;
        }

        @Override
        public DeploymentSpec read(Obj root, Scenario base, boolean baseValid) {
            this.base = base;
            this.baseValid = baseValid;
            if (!root.node().has("deployment")) {
                root.missing("deployment", "what to release and how: a deployment scenario is a scale-out scenario plus a deployment object");
                return null;
            }
            JsonNode policy = root.node().path("loadBalancer").path("policy");
            if (policy.isTextual() && policy.asText().equals(Scenario.LoadBalancerPolicy.CENTRAL_QUEUE.json())) {
                root.problemAtPath("loadBalancer.policy", "central-queue is not used in a deployment scenario: requests are sent to a "
                        + "version first, then to one of its pods (use least-connections, round-robin or random)");
            }
            Obj d = root.object("deployment", true);
            if (d == null) {
                return null;
            }
            try {
                return deployment(d);
            } catch (IllegalArgumentException | NullPointerException e) {
                d.problemHere(e.getMessage()); // a safety net: every bound the records enforce is checked before
                return null;
            }
        }

        private DeploymentSpec deployment(Obj d) {
            d.known(DEPLOYMENT_KEYS);
            String app = d.text("app", DEFAULT_APP);
            if (!APP.matcher(app).matches()) {
                d.problemAt("app", "must be a Kubernetes name: lower-case letters, digits and '-', at most 63, starting and ending "
                        + "with a letter or digit (was \"" + app + "\")");
                app = DEFAULT_APP;
            }
            int replicas = replicas(d);
            double startup = Math.min(Release.MAX_STARTUP_SECONDS, base.pods().startupSeconds() + base.pods().readinessDelaySeconds());
            Release defaults = new Release(DEFAULT_STABLE_NAME, app + ":" + DEFAULT_STABLE_NAME, startup, 0, 1, DEFAULT_CONVERSION_RATE, Fault.NONE);
            Release stable = release(d.object("stable", false), defaults, app);
            // The release is like the stable version unless the file says otherwise.
            Release release = release(d.object("release", false), new Release(DEFAULT_RELEASE_NAME, app + ":" + DEFAULT_RELEASE_NAME,
                    stable.startupSeconds(), stable.errorRate(), stable.latencyFactor(), stable.conversionRate(), Fault.NONE), app);
            if (stable.name().equals(release.name())) {
                String at = d.node().path("release").has("name") ? "release.name" : d.node().has("release") ? "release" : "stable.name";
                d.problemAtPath(d.child(at), "the release needs a name other than the stable version's (\"" + stable.name() + "\")");
            }
            Strategy strategy = strategy(d.object("strategy", false), replicas);
            Double releaseAt = d.numberOrNull("releaseAtSeconds", 0, false, ScenarioLimits.MAX_DURATION_SECONDS);
            if (releaseAt != null && baseValid && releaseAt >= base.durationSeconds()) {
                d.problemAt("releaseAtSeconds", "must be before the end of the run (durationSeconds " + base.durationSeconds() + "), was "
                        + ScenarioParser.number(releaseAt));
            }
            List<DeployAction> actions = actions(d);
            double downtime = d.number("downtimeErrorRate", 0, true, 1, DEFAULT_DOWNTIME_ERROR_RATE);
            int clients = d.whole("clients", 1, MAX_CLIENTS, DEFAULT_CLIENTS, null);
            DeploymentSpec.HpaManifest hpa = hpa(d.object("hpa", false));
            return new DeploymentSpec(app, replicas, stable, release, strategy, releaseAt, actions, downtime, clients, hpa);
        }

        private int replicas(Obj d) {
            if (d.node().has("replicas")) {
                return d.whole("replicas", 1, DeploymentSpec.MAX_REPLICAS, 1, null);
            }
            int fromPods = base.pods().replicas();
            if (fromPods > DeploymentSpec.MAX_REPLICAS) {
                d.problemAtPath("pods.replicas", String.format(Locale.ROOT, "a deployment scenario has at most %,d replicas (was %d)",
                        DeploymentSpec.MAX_REPLICAS, fromPods));
                return DeploymentSpec.MAX_REPLICAS;
            }
            return fromPods;
        }

        /** A version: every key absent takes its value from {@code d} (the image: APP:NAME). */
        private Release release(Obj r, Release d, String app) {
            if (r == null) {
                return d;
            }
            r.known(RELEASE_KEYS);
            String name = r.text("name", d.name());
            if (!NAME.matcher(name).matches()) {
                r.problemAt("name", "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit (was \"" + name + "\")");
                name = d.name();
            }
            String image = r.text("image", app + ":" + name);
            if (!IMAGE.matcher(image).matches()) {
                r.problemAt("image", "must be an image reference such as \"registry.example.com/shop:1.4.2\": 1 to 255 characters, no spaces");
                image = app + ":" + name;
            }
            double startup = r.number("startupSeconds", 0, false, Release.MAX_STARTUP_SECONDS, d.startupSeconds());
            double errorRate = r.number("errorRate", 0, false, 1, d.errorRate());
            double latency = r.number("latencyFactor", 0, true, 100, d.latencyFactor());
            double conversion = r.number("conversionRate", 0, false, 1, d.conversionRate());
            Fault fault = fault(r, "fault", false);
            return new Release(name, image, startup, errorRate, latency, conversion, fault);
        }

        /** A fault: a kind name ({@code "errors"}, with its typical magnitudes) or an object with a kind and magnitudes. */
        private Fault fault(Obj owner, String key, boolean required) {
            JsonNode v = owner.node().get(key);
            Map<String, Fault.Kind> kinds = enumMap(Fault.Kind.values(), Fault.Kind::json);
            if (v == null || v.isNull()) {
                if (required) {
                    owner.missing(key, "one of " + String.join(", ", kinds.keySet()) + ", or an object {\"kind\": …}");
                }
                return required ? Fault.typical(Fault.Kind.ERRORS) : Fault.NONE;
            }
            if (v.isTextual()) {
                Fault.Kind kind = owner.choice(key, kinds, null);
                return kind == null ? Fault.NONE : Fault.typical(kind);
            }
            if (!v.isObject()) {
                owner.problemAt(key, "expected a fault kind (" + String.join(", ", kinds.keySet()) + ") or an object {\"kind\": …}, was "
                        + ScenarioParser.describe(v));
                return Fault.NONE;
            }
            Obj f = owner.object(key, true);
            f.known(FAULT_KEYS);
            Fault.Kind kind = f.choice("kind", kinds, null);
            Fault typical = Fault.typical(kind == null ? Fault.Kind.NONE : kind);
            double errorRate = f.number("errorRate", 0, false, 1, typical.errorRate());
            double latency = f.number("latencyFactor", 1, false, 100, typical.latencyFactor());
            double threshold = f.number("loadThreshold", 0, true, 1, typical.loadThreshold());
            return new Fault(typical.kind(), errorRate, latency, threshold);
        }

        private Strategy strategy(Obj s, int replicas) {
            if (s == null) {
                return Strategy.Rolling.DEFAULT;
            }
            Map<String, String> types = new LinkedHashMap<>();
            STRATEGY_TYPES.forEach(t -> types.put(t, t));
            String type = s.choice("type", types, null);
            if (type == null) {
                List<String> all = new ArrayList<>();
                for (List<String> keys : List.of(ROLLING_KEYS, BLUE_GREEN_KEYS, CANARY_KEYS, AB_KEYS)) {
                    keys.stream().filter(k -> !all.contains(k)).forEach(all::add);
                }
                s.known(all);
                return Strategy.Rolling.DEFAULT;
            }
            return switch (type) {
                case "rolling" -> rolling(s, replicas);
                case "recreate" -> {
                    s.known(List.of("type"));
                    yield new Strategy.Recreate();
                }
                case "blue-green" -> blueGreen(s, replicas);
                case "canary" -> canary(s, replicas);
                default -> abTest(s);
            };
        }

        private Strategy rolling(Obj s, int replicas) {
            s.known(ROLLING_KEYS);
            Strategy.Rolling d = Strategy.Rolling.DEFAULT;
            String[] limits = surgeAndUnavailable(s, replicas, d.maxSurge(), d.maxUnavailable());
            int minReady = s.whole("minReadySeconds", 0, 3600, d.minReadySeconds(), null);
            int deadline = s.whole("progressDeadlineSeconds", 1, 86_400, d.progressDeadlineSeconds(), null);
            if (deadline <= minReady) {
                s.problemAt(s.node().has("progressDeadlineSeconds") ? "progressDeadlineSeconds" : "minReadySeconds",
                        "progressDeadlineSeconds (" + deadline + ") must be greater than minReadySeconds (" + minReady + ")");
                deadline = Math.max(deadline, minReady + 1);
            }
            int history = s.whole("revisionHistoryLimit", 0, 100, d.revisionHistoryLimit(), null);
            return new Strategy.Rolling(limits[0], limits[1], minReady, deadline, history);
        }

        private Strategy blueGreen(Obj s, int replicas) {
            s.known(BLUE_GREEN_KEYS);
            Strategy.BlueGreen d = Strategy.BlueGreen.DEFAULT;
            boolean auto = s.bool("autoPromotionEnabled", d.autoPromotionEnabled());
            int autoSeconds = s.whole("autoPromotionSeconds", 0, 86_400, d.autoPromotionSeconds(), null);
            int delay = s.whole("scaleDownDelaySeconds", 0, 86_400, d.scaleDownDelaySeconds(), null);
            Integer preview = s.wholeOrNull("previewReplicaCount", 1, replicas);
            Analysis analysis = analysis(s, "postPromotionAnalysis", d.postPromotionAnalysis());
            return new Strategy.BlueGreen(auto, autoSeconds, delay, preview, analysis);
        }

        private Strategy canary(Obj s, int replicas) {
            s.known(CANARY_KEYS);
            Strategy.Canary d = Strategy.Canary.DEFAULT;
            List<Strategy.CanaryStep> steps = s.node().has("steps") ? steps(s) : d.steps();
            Strategy.TrafficRouting routing = s.choice("trafficRouting", enumMap(Strategy.TrafficRouting.values(), Strategy.TrafficRouting::json),
                    d.trafficRouting());
            String[] limits = surgeAndUnavailable(s, replicas, d.maxSurge(), d.maxUnavailable());
            Analysis analysis = analysis(s, "analysis", d.analysis());
            return new Strategy.Canary(steps, routing == null ? d.trafficRouting() : routing, limits[0], limits[1], analysis);
        }

        private List<Strategy.CanaryStep> steps(Obj s) {
            JsonNode list = s.node().get("steps");
            if (list.isNull()) {
                s.problemAt("steps", "expected a list [ … ] of steps such as {\"setWeight\": 20} and {\"pause\": {\"duration\": 60}}, was null");
                return List.of();
            }
            List<Strategy.CanaryStep> steps = new ArrayList<>();
            for (Obj step : s.objects("steps", MAX_CANARY_STEPS, List.of("setWeight", "pause"))) {
                boolean weight = step.node().has("setWeight");
                boolean pause = step.node().has("pause");
                if (weight && pause) {
                    step.problemAt("pause", "a step is either setWeight or pause, not both: make them two steps");
                    continue;
                }
                if (weight) {
                    steps.add(new Strategy.CanaryStep.SetWeight(step.whole("setWeight", 0, 100, 0, null)));
                } else if (pause) {
                    steps.add(new Strategy.CanaryStep.Pause(pause(step)));
                } else if (step.node().isEmpty()) {
                    step.problemHere("a step needs setWeight or pause, such as {\"setWeight\": 20} or {\"pause\": {\"duration\": 60}}");
                }
            }
            return steps;
        }

        /** {@code pause: {}} (until promoted) or {@code pause: {duration: 60 | "60s" | "10m" | "1h"}}. */
        private Double pause(Obj step) {
            JsonNode p = step.node().get("pause");
            if (!p.isObject()) {
                step.problemAt("pause", "expected an object: {} to wait until promoted, or {\"duration\": 60}, was " + ScenarioParser.describe(p));
                return null;
            }
            Obj o = step.object("pause", true);
            o.known(List.of("duration"));
            JsonNode v = o.node().get("duration");
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isNumber()) {
                return o.number("duration", 0, false, 86_400, null);
            }
            Matcher m = v.isTextual() ? DURATION.matcher(v.asText().strip()) : null;
            if (m == null || !m.matches()) {
                o.problemAt("duration", "expected seconds (60) or a duration such as \"60s\", \"10m\" or \"1h\", was " + ScenarioParser.describe(v));
                return 60.0;
            }
            double seconds = Double.parseDouble(m.group(1)) * switch (m.group(2) == null ? "s" : m.group(2)) {
                case "m" -> 60;
                case "h" -> 3600;
                default -> 1;
            };
            if (seconds > 86_400) {
                o.problemAt("duration", "must be at most 86,400 s (24h), was " + v.asText());
                return 86_400.0;
            }
            return seconds;
        }

        /** maxSurge and maxUnavailable: pods (3) or a percentage ("25%"), refused as the API server refuses them. */
        private String[] surgeAndUnavailable(Obj s, int replicas, String defaultSurge, String defaultUnavailable) {
            String surge = intOrPercent(s, "maxSurge", defaultSurge);
            String unavailable = intOrPercent(s, "maxUnavailable", defaultUnavailable);
            if (surge == null || unavailable == null) {
                return new String[] {defaultSurge, defaultUnavailable};
            }
            if (isZero(surge) && isZero(unavailable)) {
                s.problemAt(s.node().has("maxUnavailable") ? "maxUnavailable" : "maxSurge",
                        "maxSurge and maxUnavailable may not both be 0: the rollout could never make progress");
                return new String[] {defaultSurge, defaultUnavailable};
            }
            return new String[] {surge, unavailable};
        }

        private static boolean isZero(String value) {
            return value.equals("0") || value.equals("0%");
        }

        private String intOrPercent(Obj s, String key, String fallback) {
            JsonNode v = s.node().get(key);
            if (v == null) {
                return fallback;
            }
            if (v.isNumber()) {
                return Integer.toString(s.whole(key, 0, DeploymentSpec.MAX_REPLICAS, 0, null));
            }
            Matcher m = v.isTextual() ? PERCENT.matcher(v.asText()) : null;
            if (m == null || !m.matches()) {
                s.problemAt(key, "expected a whole number of pods (3) or a percentage (\"25%\"), was " + ScenarioParser.describe(v));
                return null;
            }
            long percent = Long.parseLong(m.group(1));
            if (percent > 100) {
                s.problemAt(key, "must be at most 100% (was " + v.asText() + ")");
                return null;
            }
            return percent + "%";
        }

        /** An analysis: absent gives {@code fallback}, {@code null} none, an object its keys over {@link Analysis#DEFAULT}. */
        private Analysis analysis(Obj owner, String key, Analysis fallback) {
            if (!owner.node().has(key)) {
                return fallback;
            }
            Obj a = owner.object(key, false);
            if (a == null) {
                return null;
            }
            a.known(ANALYSIS_KEYS);
            Analysis d = Analysis.DEFAULT;
            return new Analysis(a.number("intervalSeconds", 1, false, 3600, d.intervalSeconds()),
                    a.number("initialDelaySeconds", 0, false, 86_400, d.initialDelaySeconds()),
                    a.number("maxErrorRateIncrease", 0, false, 1, d.maxErrorRateIncrease()),
                    a.number("maxP95Ratio", 1, false, 100, d.maxP95Ratio()),
                    a.whole("failureLimit", 0, 100, d.failureLimit(), null),
                    a.whole("minRequests", 1, 1_000_000, d.minRequests(), null));
        }

        private Strategy abTest(Obj s) {
            s.known(AB_KEYS);
            Strategy.AbTest d = Strategy.AbTest.DEFAULT;
            Strategy.Split split = s.choice("split", enumMap(Strategy.Split.values(), Strategy.Split::json), d.split());
            int percent = s.whole("variantBPercent", 1, 99, d.variantBPercent(), null);
            double confidence = s.number("confidenceLevel", 0.5, false, 0.999, d.confidenceLevel());
            int samples = s.whole("minSamplesPerVariant", 1, 100_000_000, d.minSamplesPerVariant(), null);
            return new Strategy.AbTest(split == null ? d.split() : split, percent, confidence, samples);
        }

        private List<DeployAction> actions(Obj d) {
            List<DeployAction> actions = new ArrayList<>();
            Map<String, DeployAction.Kind> kinds = enumMap(DeployAction.Kind.values(), DeployAction.Kind::json);
            for (Obj a : d.objects("actions", MAX_ACTIONS, ACTION_KEYS)) {
                double at = a.number("at", 0, false, ScenarioLimits.MAX_DURATION_SECONDS, null);
                if (baseValid && a.node().has("at") && at >= base.durationSeconds()) {
                    a.problemAt("at", "must be before the end of the run (durationSeconds " + base.durationSeconds() + "), was "
                            + ScenarioParser.number(at));
                }
                DeployAction.Kind kind = a.choice("do", kinds, null);
                Integer revision = null;
                if (a.node().has("revision")) {
                    if (kind == DeployAction.Kind.UNDO) {
                        revision = a.wholeOrNull("revision", 1, 1_000_000);
                    } else {
                        a.problemAt("revision", "only for \"undo\" (the revision to go back to)");
                    }
                }
                Fault fault = null;
                if (kind == DeployAction.Kind.BREAK) {
                    fault = fault(a, "fault", true);
                } else if (a.node().has("fault")) {
                    a.problemAt("fault", "only for \"break\" (what breaks in the new version)");
                }
                actions.add(new DeployAction(at, kind == null ? DeployAction.Kind.PAUSE : kind, revision, fault));
            }
            return actions;
        }

        private DeploymentSpec.HpaManifest hpa(Obj h) {
            if (h == null) {
                return null;
            }
            h.known(List.of("minReplicas", "maxReplicas", "targetCpuUtilizationPercent"));
            int min = h.whole("minReplicas", 1, DeploymentSpec.MAX_REPLICAS, 1, null);
            int max = h.whole("maxReplicas", 1, DeploymentSpec.MAX_REPLICAS, null, null);
            if (min > max && h.node().has("maxReplicas")) {
                h.problemAt("minReplicas", "must be at most maxReplicas (" + max + "), was " + min);
                min = max;
            }
            int target = h.whole("targetCpuUtilizationPercent", 1, 1000, DEFAULT_HPA_TARGET_PERCENT, null);
            return new DeploymentSpec.HpaManifest(min, Math.max(min, max), target);
        }
    }

    static <E> Map<String, E> enumMap(E[] values, Function<E, String> json) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(json.apply(value), value);
        }
        return map;
    }
}
