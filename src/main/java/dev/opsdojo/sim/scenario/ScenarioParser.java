package dev.opsdojo.sim.scenario;

import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_CONCURRENCY;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_CPU_MILLICORES;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_DURATION_SECONDS;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_MEMORY_MIB;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_MILLIS;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_NODES;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_PODS;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_QUEUE_LIMIT;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_RATE_PER_SECOND;
import static dev.opsdojo.sim.scenario.ScenarioLimits.MAX_USERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.sim.scenario.Profile.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a scenario file (JSON) into a {@link Scenario}. Nothing is thrown for a bad file: every problem is collected,
 * not just the first, each as {@code key.path: message} with its line and column. Unknown keys are errors (with a
 * "did you mean" for near misses), wrong types name what was expected, and every value is checked against
 * {@link ScenarioLimits}, the message naming the bound. Optional keys take the defaults documented in
 * {@code docs/scenarios.md}.
 */
public final class ScenarioParser {

    /** The outcome: a scenario when there are no problems, otherwise null and at least one problem. */
    public record Result(Scenario scenario, List<ScenarioProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return scenario != null;
        }
    }

    static final List<String> SECTIONS = List.of("workload", "service", "pods", "nodes", "loadBalancer", "hpa", "clusterAutoscaler",
            "failures", "slo");
    private static final List<String> TOP_KEYS = concat(List.of("title", "description", "durationSeconds", "seed"), SECTIONS,
            List.of("timelineIntervalSeconds", "variants"));
    private static final List<String> VARIANT_KEYS = concat(List.of("name", "description"), SECTIONS);

    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final LocatedJson json;
    /** Top-level keys an extended format refuses (they are reported, then read as absent). */
    private Map<String, String> refused = Map.of();

    private ScenarioParser(LocatedJson json) {
        this.json = json;
    }

    /** Parses scenario JSON text. */
    public static Result parse(String text) {
        Extended<Void> read = parse(text, null);
        return new Result(read.scenario(), read.problems());
    }

    /**
     * A file format that extends the scenario file with top-level keys of its own (the deployment simulator's
     * {@code deployment}) and refuses scale-out keys it does not use. The shared sections are read as for a scenario,
     * with the same messages; then {@link #read} reads the extra keys through the same {@link Obj} readers, so their
     * problems get key paths, lines, columns and "did you mean" alike.
     */
    public interface Extension<T> {
        /** Top-level keys the format adds. */
        List<String> extraKeys();

        /** Top-level scenario keys the format refuses, each with the message that says why (reported at the key). */
        Map<String, String> refusedKeys();

        /**
         * Reads the extra keys from {@code root} (the file's top-level object). {@code base} is the scenario read
         * from the shared sections; when {@code baseValid} is false it holds fallback values and checks against it
         * should be skipped. Return a value even when there are problems (it is dropped then).
         */
        T read(Obj root, Scenario base, boolean baseValid);
    }

    /** The outcome of {@link #parse(String, Extension)}: the scenario and the extension's value, or problems. */
    public record Extended<T>(Scenario scenario, T extension, List<ScenarioProblem> problems) {
        public Extended {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return scenario != null;
        }
    }

    /** Parses a file in a format that extends the scenario file; {@code extension} null reads a plain scenario. */
    public static <T> Extended<T> parse(String text, Extension<T> extension) {
        List<ScenarioProblem> early = new ArrayList<>();
        if (text.length() > ScenarioLimits.MAX_FILE_CHARS) {
            early.add(new ScenarioProblem("", String.format(Locale.ROOT, "the file has %,d characters; a scenario file may have at most %,d",
                    text.length(), ScenarioLimits.MAX_FILE_CHARS), 1, 1));
            return new Extended<>(null, null, early);
        }
        LocatedJson json = LocatedJson.read(text.startsWith("\uFEFF") ? text.substring(1) : text, early);
        ScenarioParser parser = new ScenarioParser(json);
        parser.problems.addAll(early);
        if (json.root == null) {
            return new Extended<>(null, null, parser.problems);
        }
        if (!(json.root instanceof ObjectNode root)) {
            parser.problems.add(new ScenarioProblem("", "a scenario is a JSON object { … }, was " + describe(json.root), 1, 1));
            return new Extended<>(null, null, parser.problems);
        }
        Scenario scenario;
        T value = null;
        if (extension == null) {
            scenario = parser.scenario(parser.new Obj(root, "", TOP_KEYS));
        } else {
            parser.refused = extension.refusedKeys();
            Obj top = parser.new Obj(root, "", null);
            List<String> allowed = new ArrayList<>(concat(TOP_KEYS, extension.extraKeys()));
            allowed.removeAll(parser.refused.keySet());
            top.known(allowed);
            scenario = parser.scenario(top);
            value = extension.read(top, scenario, parser.problems.isEmpty());
        }
        List<ScenarioProblem> sorted = new ArrayList<>(parser.problems);
        sorted.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
        return sorted.isEmpty() ? new Extended<>(scenario, value, sorted) : new Extended<>(null, null, sorted);
    }

    /**
     * Whether {@code text} is a JSON object with the top-level {@code key} (how a file of an extended format is told
     * apart, such as a deployment scenario by its {@code deployment}); false for anything unreadable.
     */
    public static boolean hasTopLevelKey(String text, String key) {
        if (text.length() > ScenarioLimits.MAX_FILE_CHARS) {
            return false;
        }
        LocatedJson json = LocatedJson.read(text.startsWith("\uFEFF") ? text.substring(1) : text, new ArrayList<>());
        return json.root instanceof ObjectNode root && root.has(key);
    }

    // ---- the scenario -------------------------------------------------------------------------------------------

    private Scenario scenario(Obj root) {
        String title = root.text("title", null);
        String description = root.text("description", null);
        int duration = root.whole("durationSeconds", 1, MAX_DURATION_SECONDS, null, "7 days");
        long seed = root.wholeLong("seed", 1L);
        int timeline = root.whole("timelineIntervalSeconds", 1, 86_400, 10, null);
        Map<String, Obj> sources = new HashMap<>();
        Map<String, Object> sections = new HashMap<>();
        for (String section : SECTIONS) {
            sources.put(section, root);
            sections.put(section, refused.containsKey(section) ? section(null, section) : section(root, section));
        }
        Scenario base = assemble(title, description, duration, seed, timeline, sections, List.of());
        cross(base, sources, root, "durationSeconds");
        List<Scenario.Variant> variants = refused.containsKey("variants") ? List.of() : variants(root, base, sections, sources);
        return new Scenario(title, description, duration, seed, base.workload(), base.service(), base.pods(), base.nodes(),
                base.loadBalancer(), base.hpa(), base.clusterAutoscaler(), base.failures(), base.slo(), timeline, variants);
    }

    /** Reads one section of {@code owner}; a null owner gives the section's value when it is absent. */
    private Object section(Obj owner, String section) {
        if (owner == null) {
            return switch (section) {
                case "workload" -> workload(null);
                case "service" -> service(null);
                case "pods" -> pods(null);
                case "nodes" -> nodes(null);
                case "loadBalancer" -> loadBalancer(null);
                case "hpa" -> hpa(null);
                case "clusterAutoscaler" -> clusterAutoscaler(null);
                case "failures" -> failures(null);
                case "slo" -> slo(null);
                default -> throw new IllegalArgumentException(section);
            };
        }
        return switch (section) {
            case "workload" -> workload(owner.object("workload", true));
            case "service" -> service(owner.object("service", true));
            case "pods" -> pods(owner.object("pods", true));
            case "nodes" -> nodes(owner.object("nodes", false));
            case "loadBalancer" -> loadBalancer(owner.object("loadBalancer", false));
            case "hpa" -> hpa(owner.object("hpa", false));
            case "clusterAutoscaler" -> clusterAutoscaler(owner.object("clusterAutoscaler", false));
            case "failures" -> failures(owner.object("failures", false));
            case "slo" -> slo(owner.object("slo", false));
            default -> throw new IllegalArgumentException(section);
        };
    }

    private static Scenario assemble(String title, String description, int duration, long seed, int timeline, Map<String, Object> s,
            List<Scenario.Variant> variants) {
        return new Scenario(title, description, duration, seed, (Workload) s.get("workload"), (Service) s.get("service"), (Pods) s.get("pods"),
                (Nodes) s.get("nodes"), (Scenario.LoadBalancerPolicy) s.get("loadBalancer"), (Hpa) s.get("hpa"),
                (ClusterAutoscaler) s.get("clusterAutoscaler"), (Failures) s.get("failures"), (Slo) s.get("slo"), timeline, variants);
    }

    private List<Scenario.Variant> variants(Obj root, Scenario base, Map<String, Object> baseSections, Map<String, Obj> baseSources) {
        List<Scenario.Variant> variants = new ArrayList<>();
        List<Obj> items = root.objects("variants", ScenarioLimits.MAX_VARIANTS, VARIANT_KEYS);
        Set<String> names = new HashSet<>();
        for (Obj v : items) {
            String name = v.text("name", null);
            if (name == null) {
                v.missing("name", "a short name such as \"scale-out\"");
                name = "";
            } else if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                v.problemAt("name", "must be lower-case letters, digits and dashes (was \"" + name + "\")");
            } else if (!names.add(name)) {
                v.problemAt("name", "another variant is already named \"" + name + "\"");
            }
            Map<String, Object> sections = new HashMap<>(baseSections);
            Map<String, Obj> sources = new HashMap<>(baseSources);
            for (String section : SECTIONS) {
                if (v.node.has(section)) {
                    sections.put(section, section(v, section));
                    sources.put(section, v);
                }
            }
            Scenario merged = assemble(base.title(), base.description(), base.durationSeconds(), base.seed(), base.timelineIntervalSeconds(),
                    sections, List.of());
            cross(merged, sources, v, null);
            variants.add(new Scenario.Variant(name, v.text("description", null), merged));
        }
        return variants;
    }

    /** Checks that need more than one section; {@code anchor} is where a problem of the whole run is reported. */
    private void cross(Scenario s, Map<String, Obj> sources, Obj whole, String durationKey) {
        if (!problems.isEmpty()) {
            return; // the sections hold fallback values, so checks across them would only add noise
        }
        double expected = s.expectedRequests();
        if (expected > ScenarioLimits.MAX_EXPECTED_REQUESTS) {
            String message = String.format(Locale.ROOT,
                    "this run would simulate about %,.0f requests (%,.1f per second on average for %,d s); the limit is %,d so that a run "
                            + "takes minutes, not hours: shorten durationSeconds or lower the load",
                    expected, expected / s.durationSeconds(), s.durationSeconds(), ScenarioLimits.MAX_EXPECTED_REQUESTS);
            if (durationKey != null) {
                whole.problemAt(durationKey, message);
            } else {
                whole.problemHere(message);
            }
        }
        long timelinePoints = (long) Math.ceil((double) s.durationSeconds() / s.timelineIntervalSeconds());
        if (durationKey != null && timelinePoints > ScenarioLimits.MAX_TIMELINE_POINTS) {
            whole.problemAt("timelineIntervalSeconds", String.format(Locale.ROOT,
                    "would record %,d timeline points; at most %,d (use an interval of at least %d s)",
                    timelinePoints, ScenarioLimits.MAX_TIMELINE_POINTS,
                    (long) Math.ceil((double) s.durationSeconds() / ScenarioLimits.MAX_TIMELINE_POINTS)));
        }
        Nodes nodes = s.nodes();
        Pods pods = s.pods();
        if (nodes != null && pods.cpuRequestMillicores() > nodes.cpuAllocatableMillicores()) {
            sources.get("pods").problemAt("pods.cpuRequestMillicores", String.format(Locale.ROOT,
                    "a pod requesting %d millicores never fits a node with nodes.cpuAllocatableMillicores %d",
                    pods.cpuRequestMillicores(), nodes.cpuAllocatableMillicores()));
        }
        if (nodes != null && pods.memoryRequestMiB() > nodes.memoryAllocatableMiB()) {
            sources.get("pods").problemAt("pods.memoryRequestMiB", String.format(Locale.ROOT,
                    "a pod requesting %d MiB never fits a node with nodes.memoryAllocatableMiB %d",
                    pods.memoryRequestMiB(), nodes.memoryAllocatableMiB()));
        }
        if (s.clusterAutoscaler() != null && s.clusterAutoscaler().enabled() && nodes == null) {
            sources.get("clusterAutoscaler").problemAt("clusterAutoscaler",
                    "needs a nodes section: without one there are always enough nodes, so there is nothing to scale");
        }
        List<Failures.Event> events = s.failures().events();
        for (int i = 0; i < events.size(); i++) {
            Failures.Event e = events.get(i);
            String at = "failures.events[" + i + "]";
            if (e.atSeconds() >= s.durationSeconds()) {
                sources.get("failures").problemAt(at + ".atSeconds",
                        "must be before the end of the run (durationSeconds " + s.durationSeconds() + "), was " + number(e.atSeconds()));
            }
            if (e.kind() == Failures.Kind.KILL_NODE && nodes == null) {
                sources.get("failures").problemAt(at + ".kind", "kill-node needs a nodes section (without one, pods run on no particular node)");
            }
        }
    }

    // ---- sections -------------------------------------------------------------------------------------------------

    private Workload workload(Obj w) {
        if (w == null) {
            return new Workload.Open(new Profile.Steady(1), null);
        }
        String type = w.choice("type", orderedMap("open", "closed"), null);
        if ("closed".equals(type)) {
            w.known(List.of("type", "users", "usersProfile", "thinkTimeSeconds", "timeoutMs"));
            Profile users = exactlyOne(w, "users", "usersProfile", MAX_USERS, "users", true);
            double think = w.number("thinkTimeSeconds", 0, false, MAX_MILLIS / 1000.0, null);
            return new Workload.Closed(users, think, timeout(w));
        }
        w.known(type == null ? List.of("type", "ratePerSecond", "profile", "users", "usersProfile", "thinkTimeSeconds", "timeoutMs")
                : List.of("type", "ratePerSecond", "profile", "timeoutMs"));
        Profile rate = exactlyOne(w, "ratePerSecond", "profile", MAX_RATE_PER_SECOND, "requests per second", false);
        return new Workload.Open(rate, timeout(w));
    }

    private Double timeout(Obj w) {
        return w.numberOrNull("timeoutMs", 0, true, MAX_MILLIS);
    }

    private Profile exactlyOne(Obj w, String single, String profileKey, int max, String what, boolean whole) {
        boolean hasSingle = w.node.has(single);
        boolean hasProfile = w.node.has(profileKey);
        if (hasSingle && hasProfile) {
            w.problemAt(profileKey, "give either " + single + " or " + profileKey + ", not both");
            return new Profile.Steady(1);
        }
        if (hasProfile) {
            return profile(w.object(profileKey, true), max, whole);
        }
        if (!hasSingle) {
            w.missing(single, "or " + profileKey + " for a changing number of " + what);
            return new Profile.Steady(1);
        }
        return new Profile.Steady(whole ? w.whole(single, 1, max, null, null) : w.number(single, 0, true, max, null));
    }

    private Profile profile(Obj p, int max, boolean whole) {
        if (p == null) {
            return new Profile.Steady(1);
        }
        String shape = p.choice("shape", orderedMap("steady", "ramp", "spike", "flash-sale", "points"), null);
        if (shape == null) {
            p.known(List.of("shape", "value", "from", "to", "startSeconds", "overSeconds", "base", "peak", "atSeconds", "durationSeconds",
                    "climbStartSeconds", "saleStartSeconds", "peakSeconds", "fallSeconds", "points"));
            return new Profile.Steady(1);
        }
        Function<String, Double> value = key -> p.number(key, 0, false, max, null);
        Function<String, Double> time = key -> p.number(key, 0, false, MAX_DURATION_SECONDS, null);
        Function<String, Double> span = key -> p.number(key, 0, true, MAX_DURATION_SECONDS, null);
        switch (shape) {
            case "steady" -> {
                p.known(List.of("shape", "value"));
                return new Profile.Steady(value.apply("value"));
            }
            case "ramp" -> {
                p.known(List.of("shape", "from", "to", "startSeconds", "overSeconds"));
                return new Profile.Ramp(value.apply("from"), value.apply("to"), p.number("startSeconds", 0, false, MAX_DURATION_SECONDS, 0.0),
                        span.apply("overSeconds"));
            }
            case "spike" -> {
                p.known(List.of("shape", "base", "peak", "atSeconds", "durationSeconds"));
                return new Profile.Spike(value.apply("base"), value.apply("peak"), time.apply("atSeconds"), span.apply("durationSeconds"));
            }
            case "flash-sale" -> {
                p.known(List.of("shape", "base", "climbStartSeconds", "saleStartSeconds", "peak", "peakSeconds", "fallSeconds"));
                double base = value.apply("base");
                double climbStart = time.apply("climbStartSeconds");
                double saleStart = time.apply("saleStartSeconds");
                double peak = value.apply("peak");
                double peakSeconds = span.apply("peakSeconds");
                double fall = time.apply("fallSeconds");
                if (saleStart < climbStart) {
                    p.problemAt("saleStartSeconds", "must not be before climbStartSeconds (" + number(climbStart) + "), was " + number(saleStart));
                }
                return new Profile.FlashSale(base, climbStart, saleStart, peak, peakSeconds, fall);
            }
            default -> {
                p.known(List.of("shape", "points"));
                return new Profile.Points(points(p, max));
            }
        }
    }

    private List<Point> points(Obj p, int max) {
        List<Point> points = new ArrayList<>();
        JsonNode array = p.node.get("points");
        String path = p.child("points");
        if (array == null) {
            p.missing("points", "a list of [tSeconds, value] pairs");
            return List.of(new Point(0, 1));
        }
        if (!array.isArray() || array.isEmpty()) {
            problem(path, "expected a non-empty list of [tSeconds, value] pairs, was " + describe(array));
            return List.of(new Point(0, 1));
        }
        if (array.size() > ScenarioLimits.MAX_PROFILE_POINTS) {
            problem(path, String.format(Locale.ROOT, "has %,d points; at most %,d", array.size(), ScenarioLimits.MAX_PROFILE_POINTS));
            return List.of(new Point(0, 1));
        }
        double previous = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonNode pair = array.get(i);
            String at = path + "[" + i + "]";
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                problem(at, "expected a pair of numbers [tSeconds, value], was " + describe(pair));
                continue;
            }
            double t = checkNumber(at + "[0]", pair.get(0), 0, false, MAX_DURATION_SECONDS, null);
            double v = checkNumber(at + "[1]", pair.get(1), 0, false, max, null);
            if (t < previous) {
                problem(at + "[0]", "times must not go backwards (previous point is at " + number(previous) + " s), was " + number(t));
            }
            previous = Math.max(previous, t);
            points.add(new Point(t, v));
        }
        return points.isEmpty() ? List.of(new Point(0, 1)) : points;
    }

    private Service service(Obj s) {
        if (s == null) {
            return new Service(Service.Distribution.CONSTANT, 1.0, null, null, 1, null);
        }
        s.known(List.of("distribution", "meanMs", "medianMs", "p99Ms", "cpuMillisPerRequest", "cache"));
        Service.Distribution distribution = s.choice("distribution", enumMap(Service.Distribution.values(), Service.Distribution::json), null);
        Double mean = null;
        Double median = null;
        Double p99 = null;
        if (distribution == Service.Distribution.LOGNORMAL) {
            if (s.node.has("meanMs")) {
                s.problemAt("meanMs", "a lognormal service time is given by medianMs and p99Ms, not meanMs");
            }
            median = s.number("medianMs", 0, true, MAX_MILLIS, null);
            p99 = s.number("p99Ms", 0, true, MAX_MILLIS, null);
            if (p99 <= median && s.node.has("p99Ms") && s.node.has("medianMs")) {
                s.problemAt("p99Ms", "must be more than medianMs (" + number(median) + "), was " + number(p99));
                p99 = median * 2;
            }
        } else {
            for (String key : List.of("medianMs", "p99Ms")) {
                if (s.node.has(key)) {
                    s.problemAt(key, "only for the lognormal distribution (" + (distribution == null ? "this one" : distribution.json())
                            + " is given by meanMs)");
                }
            }
            mean = s.number("meanMs", 0, true, MAX_MILLIS, null);
        }
        if (distribution == null) {
            distribution = Service.Distribution.CONSTANT;
            mean = mean == null ? 1.0 : mean;
            median = null;
            p99 = null;
        }
        Obj c = s.object("cache", false);
        Service.Cache cache = null;
        if (c != null) {
            c.known(List.of("hitRatio", "hitMeanMs"));
            cache = new Service.Cache(c.number("hitRatio", 0, false, 1, null), c.number("hitMeanMs", 0, true, MAX_MILLIS, null));
        }
        Service draft = new Service(distribution, mean, median, p99, 0, cache);
        double cpu = s.number("cpuMillisPerRequest", 0, false, MAX_MILLIS, draft.expectedMeanMs());
        return new Service(distribution, mean, median, p99, cpu, cache);
    }

    private Pods pods(Obj p) {
        if (p == null) {
            return new Pods(1, 1, null, 1000, null, 512, 0, 0);
        }
        p.known(List.of("replicas", "concurrency", "queueLimit", "cpuRequestMillicores", "cpuLimitMillicores", "memoryRequestMiB",
                "startupSeconds", "readinessDelaySeconds"));
        int replicas = p.whole("replicas", 1, MAX_PODS, null, null);
        int concurrency = p.whole("concurrency", 1, MAX_CONCURRENCY, 1, null);
        Integer queueLimit = p.wholeOrNull("queueLimit", 0, MAX_QUEUE_LIMIT);
        int cpuRequest = p.whole("cpuRequestMillicores", 1, MAX_CPU_MILLICORES, 1000, null);
        Integer cpuLimit = p.wholeOrNull("cpuLimitMillicores", 1, MAX_CPU_MILLICORES);
        if (cpuLimit != null && cpuLimit < cpuRequest) {
            p.problemAt("cpuLimitMillicores", "must be at least cpuRequestMillicores (" + cpuRequest + "), was " + cpuLimit);
        }
        int memory = p.whole("memoryRequestMiB", 1, MAX_MEMORY_MIB, 512, null);
        double startup = p.number("startupSeconds", 0, false, 3600, 5.0);
        double readiness = p.number("readinessDelaySeconds", 0, false, 3600, 0.0);
        return new Pods(replicas, concurrency, queueLimit, cpuRequest, cpuLimit, memory, startup, readiness);
    }

    private Nodes nodes(Obj n) {
        if (n == null) {
            return null;
        }
        n.known(List.of("count", "cpuAllocatableMillicores", "memoryAllocatableMiB", "costPerHour", "min", "max", "provisioningSeconds"));
        int count = n.whole("count", 1, MAX_NODES, null, null);
        int cpu = n.whole("cpuAllocatableMillicores", 1, MAX_CPU_MILLICORES, 4000, null);
        int memory = n.whole("memoryAllocatableMiB", 1, MAX_MEMORY_MIB, 16_384, null);
        double cost = n.number("costPerHour", 0, false, 1000, 0.2);
        int min = n.whole("min", 0, MAX_NODES, count, null);
        int max = n.whole("max", 1, MAX_NODES, Math.max(count, min), null);
        if (min > count) {
            n.problemAt("min", "must be at most count (" + count + "), was " + min);
        }
        if (max < count) {
            n.problemAt("max", "must be at least count (" + count + "), was " + max);
        }
        double provisioning = n.number("provisioningSeconds", 0, false, 3600, 120.0);
        return new Nodes(count, cpu, memory, cost, min, max, provisioning);
    }

    private Scenario.LoadBalancerPolicy loadBalancer(Obj lb) {
        if (lb == null) {
            return Scenario.LoadBalancerPolicy.ROUND_ROBIN;
        }
        lb.known(List.of("policy"));
        Scenario.LoadBalancerPolicy policy = lb.choice("policy", enumMap(Scenario.LoadBalancerPolicy.values(), Scenario.LoadBalancerPolicy::json),
                Scenario.LoadBalancerPolicy.ROUND_ROBIN);
        return policy == null ? Scenario.LoadBalancerPolicy.ROUND_ROBIN : policy;
    }

    private Hpa hpa(Obj h) {
        if (h == null) {
            return null;
        }
        h.known(List.of("enabled", "targetCpuUtilizationPercent", "minReplicas", "maxReplicas", "syncPeriodSeconds", "tolerance", "behavior"));
        boolean enabled = h.bool("enabled", true);
        int target = h.whole("targetCpuUtilizationPercent", 1, 1000, 80, null);
        int min = h.whole("minReplicas", 1, MAX_PODS, 1, null);
        int max = h.whole("maxReplicas", 1, MAX_PODS, null, null);
        if (min > max && h.node.has("maxReplicas")) {
            h.problemAt("minReplicas", "must be at most maxReplicas (" + max + "), was " + min);
        }
        int sync = h.whole("syncPeriodSeconds", 1, 3600, 15, null);
        double tolerance = h.number("tolerance", 0, false, 0.99, 0.1);
        Obj b = h.object("behavior", false);
        Hpa.Behavior behavior = null;
        if (b != null) {
            b.known(List.of("scaleUp", "scaleDown"));
            behavior = new Hpa.Behavior(rules(b.object("scaleUp", false), Hpa.ScalingRules.defaultScaleUp()),
                    rules(b.object("scaleDown", false), Hpa.ScalingRules.defaultScaleDown()));
        }
        return new Hpa(enabled, target, min, max, sync, tolerance, behavior);
    }

    private Hpa.ScalingRules rules(Obj r, Hpa.ScalingRules defaults) {
        if (r == null) {
            return defaults;
        }
        r.known(List.of("stabilizationWindowSeconds", "selectPolicy", "policies"));
        int window = r.whole("stabilizationWindowSeconds", 0, 3600, defaults.stabilizationWindowSeconds(), null);
        Hpa.SelectPolicy select = r.choice("selectPolicy", enumMap(Hpa.SelectPolicy.values(), Hpa.SelectPolicy::json), defaults.selectPolicy());
        List<Hpa.ScalingPolicy> policies = new ArrayList<>();
        if (!r.node.has("policies")) {
            policies.addAll(defaults.policies());
        } else {
            List<Obj> items = r.objects("policies", 10, List.of("type", "value", "periodSeconds"));
            for (Obj item : items) {
                Hpa.PolicyType type = item.choice("type", enumMap(Hpa.PolicyType.values(), Hpa.PolicyType::json), null);
                int value = item.whole("value", 1, type == Hpa.PolicyType.PERCENT ? 10_000 : MAX_PODS, null, null);
                int period = item.whole("periodSeconds", 1, 1800, null, null);
                policies.add(new Hpa.ScalingPolicy(type == null ? Hpa.PolicyType.PODS : type, value, period));
            }
            if (items.isEmpty() && select != Hpa.SelectPolicy.DISABLED && r.node.get("policies").isArray()) {
                r.problemAt("policies", "needs at least one policy (or selectPolicy \"Disabled\")");
            }
        }
        return new Hpa.ScalingRules(window, select == null ? Hpa.SelectPolicy.MAX : select, policies);
    }

    private ClusterAutoscaler clusterAutoscaler(Obj c) {
        if (c == null) {
            return null;
        }
        c.known(List.of("enabled", "scanIntervalSeconds", "scaleDownUtilizationThreshold", "scaleDownUnneededSeconds",
                "scaleDownDelayAfterAddSeconds"));
        return new ClusterAutoscaler(c.bool("enabled", true), c.whole("scanIntervalSeconds", 1, 3600, 10, null),
                c.number("scaleDownUtilizationThreshold", 0, false, 1, 0.5), c.whole("scaleDownUnneededSeconds", 0, 86_400, 600, null),
                c.whole("scaleDownDelayAfterAddSeconds", 0, 86_400, 600, null));
    }

    private Failures failures(Obj f) {
        if (f == null) {
            return Failures.NONE;
        }
        f.known(List.of("events", "chaosMonkey", "nodeMonitorGracePeriodSeconds", "tolerationSeconds"));
        List<Failures.Event> events = new ArrayList<>();
        for (Obj e : f.objects("events", ScenarioLimits.MAX_FAILURE_EVENTS, List.of("atSeconds", "kind", "target", "factor", "durationSeconds"))) {
            double at = e.number("atSeconds", 0, false, MAX_DURATION_SECONDS, null);
            Failures.Kind kind = e.choice("kind", enumMap(Failures.Kind.values(), Failures.Kind::json), null);
            Integer target = target(e);
            Double factor = null;
            Double duration = null;
            if (kind == Failures.Kind.SLOW_POD) {
                factor = e.number("factor", 1, false, 1000, null);
                duration = e.numberOrNull("durationSeconds", 0, true, MAX_DURATION_SECONDS);
            } else {
                for (String key : List.of("factor", "durationSeconds")) {
                    if (e.node.has(key)) {
                        e.problemAt(key, "only for kind \"slow-pod\"");
                    }
                }
            }
            events.add(new Failures.Event(at, kind == null ? Failures.Kind.KILL_POD : kind, target, factor, duration));
        }
        Obj m = f.object("chaosMonkey", false);
        Failures.ChaosMonkey monkey = null;
        if (m != null) {
            m.known(List.of("enabled", "meanIntervalSeconds"));
            monkey = new Failures.ChaosMonkey(m.bool("enabled", true), m.number("meanIntervalSeconds", 1, false, MAX_DURATION_SECONDS, null));
        }
        return new Failures(events, monkey, f.whole("nodeMonitorGracePeriodSeconds", 1, 3600, Failures.NONE.nodeMonitorGracePeriodSeconds(), null),
                f.whole("tolerationSeconds", 0, 86_400, Failures.NONE.tolerationSeconds(), null));
    }

    private Integer target(Obj e) {
        JsonNode t = e.node.get("target");
        if (t == null || (t.isTextual() && t.asText().equals("random"))) {
            return null;
        }
        if (t.isIntegralNumber() || (t.isNumber() && t.canConvertToExactIntegral())) {
            return e.whole("target", 0, MAX_PODS, null, null);
        }
        e.problemAt("target", "expected \"random\" or a pod or node index (0, 1, …), was " + describe(t));
        return null;
    }

    private Slo slo(Obj s) {
        if (s == null) {
            return Slo.DEFAULT;
        }
        s.known(List.of("p95Ms", "errorRatePercent", "windowSeconds", "apdexThresholdMs", "thresholds"));
        double p95 = s.number("p95Ms", 0, true, MAX_MILLIS, Slo.DEFAULT.p95Ms());
        double errors = s.number("errorRatePercent", 0, false, 100, Slo.DEFAULT.errorRatePercent());
        int window = s.whole("windowSeconds", 1, 3600, Slo.DEFAULT.windowSeconds(), null);
        double apdex = s.number("apdexThresholdMs", 0, true, MAX_MILLIS, Slo.DEFAULT.apdexThresholdMs());
        List<Threshold> thresholds = new ArrayList<>();
        JsonNode list = s.node.get("thresholds");
        if (list != null) {
            String path = s.child("thresholds");
            if (!list.isArray()) {
                problem(path, "expected a list of strings such as [\"p(95)<300\", \"errors<1%\"], was " + describe(list));
            } else if (list.size() > ScenarioLimits.MAX_THRESHOLDS) {
                problem(path, "has " + list.size() + " thresholds; at most " + ScenarioLimits.MAX_THRESHOLDS);
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode item = list.get(i);
                    if (!item.isTextual()) {
                        problem(path + "[" + i + "]", "expected a string such as \"p(95)<300\", was " + describe(item));
                        continue;
                    }
                    try {
                        thresholds.add(Threshold.parse(item.asText()));
                    } catch (IllegalArgumentException bad) {
                        problem(path + "[" + i + "]", bad.getMessage());
                    }
                }
            }
        }
        return new Slo(p95, errors, window, apdex, thresholds);
    }

    // ---- reading values -------------------------------------------------------------------------------------------

    private void problem(String path, String message) {
        LocatedJson.Pos at = json.valueAt(path);
        problems.add(new ScenarioProblem(path, message, at.line(), at.column()));
    }

    private double checkNumber(String path, JsonNode v, double min, boolean minExclusive, double max, Double fallback) {
        double safe = fallback != null ? fallback : Math.min(max, Math.max(min, minExclusive ? Math.min(max, min + 1) : min));
        if (!v.isNumber()) {
            problem(path, "expected a number, was " + describe(v));
            return safe;
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            problem(path, "expected a number, was " + v);
            return safe;
        }
        if (minExclusive ? d <= min : d < min) {
            problem(path, "must be " + (minExclusive ? "more than " : "at least ") + number(min) + " (was " + v + ")");
            return safe;
        }
        if (d > max) {
            problem(path, "must be at most " + number(max) + " (was " + v + ")");
            return safe;
        }
        return d + 0.0; // -0.0 becomes 0.0
    }

    /**
     * An object in the file, at {@code path}; reads its keys with defaults and bounds, reporting problems (with the
     * key path, line and column). Public for {@link Extension}s; only the parser makes one.
     */
    public final class Obj {
        final ObjectNode node;
        final String path;

        Obj(ObjectNode node, String path, List<String> known) {
            this.node = node;
            this.path = path;
            if (known != null) {
                known(known);
            }
        }

        /** The JSON object itself. */
        public ObjectNode node() {
            return node;
        }

        /** Its key path ({@code ""} for the file's top level). */
        public String path() {
            return path;
        }

        /** Reports a problem at any key path of the file (positioned at that path's value). */
        public void problemAtPath(String keyPath, String message) {
            problem(keyPath, message);
        }

        public String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        public void known(List<String> keys) {
            node.fieldNames().forEachRemaining(key -> {
                if (path.isEmpty() && refused.containsKey(key)) {
                    LocatedJson.Pos at = json.keyAt(key);
                    problems.add(new ScenarioProblem(key, refused.get(key), at.line(), at.column()));
                } else if (!keys.contains(key)) {
                    LocatedJson.Pos at = json.keyAt(child(key));
                    problems.add(new ScenarioProblem(child(key), "unknown key (" + suggestion(key, keys) + ")", at.line(), at.column()));
                }
            });
        }

        public void problemAt(String key, String message) {
            problem(child(key), message);
        }

        public void problemHere(String message) {
            problem(path, message);
        }

        public void missing(String key, String hint) {
            LocatedJson.Pos at = json.valueAt(path);
            problems.add(new ScenarioProblem(child(key), "is required" + (hint == null ? "" : " (" + hint + ")"), at.line(), at.column()));
        }

        public Obj object(String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || (v.isNull() && !required)) {
                if (required) {
                    missing(key, null);
                }
                return null;
            }
            if (!(v instanceof ObjectNode o)) {
                problemAt(key, "expected an object { … }, was " + describe(v));
                return null;
            }
            return new Obj(o, child(key), null);
        }

        public List<Obj> objects(String key, int maxItems, List<String> known) {
            JsonNode v = node.get(key);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                problemAt(key, "expected a list [ … ], was " + describe(v));
                return List.of();
            }
            if (v.size() > maxItems) {
                problemAt(key, String.format(Locale.ROOT, "has %,d items; at most %,d", v.size(), maxItems));
                return List.of();
            }
            List<Obj> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String itemPath = child(key) + "[" + i + "]";
                if (v.get(i) instanceof ObjectNode o) {
                    out.add(new Obj(o, itemPath, known));
                } else {
                    problem(itemPath, "expected an object { … }, was " + describe(v.get(i)));
                }
            }
            return out;
        }

        public String text(String key, String fallback) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isTextual()) {
                problemAt(key, "expected a string, was " + describe(v));
                return fallback;
            }
            return v.asText();
        }

        public boolean bool(String key, boolean fallback) {
            JsonNode v = node.get(key);
            if (v == null) {
                return fallback;
            }
            if (!v.isBoolean()) {
                problemAt(key, "expected true or false, was " + describe(v));
                return fallback;
            }
            return v.asBoolean();
        }

        public <T> T choice(String key, Map<String, T> options, T fallback) {
            JsonNode v = node.get(key);
            String names = String.join(", ", options.keySet());
            if (v == null) {
                if (fallback == null) {
                    missing(key, "one of " + names);
                }
                return fallback;
            }
            T chosen = v.isTextual() ? options.get(v.asText()) : null;
            if (chosen == null) {
                problemAt(key, "expected one of " + names + ", was " + describe(v));
                return fallback;
            }
            return chosen;
        }

        public int whole(String key, int min, int max, Integer fallback, String boundNote) {
            JsonNode v = node.get(key);
            int safe = fallback != null ? fallback : min;
            if (v == null) {
                if (fallback == null) {
                    missing(key, String.format(Locale.ROOT, "a whole number from %,d to %,d", min, max));
                }
                return safe;
            }
            if (!isWhole(v)) {
                problemAt(key, "expected a whole number, was " + describe(v));
                return safe;
            }
            if (v.asDouble() < min) {
                problemAt(key, String.format(Locale.ROOT, "must be at least %,d (was %s)", min, v));
                return safe;
            }
            if (v.asDouble() > max) {
                problemAt(key, String.format(Locale.ROOT, "must be at most %,d%s (was %s)", max, boundNote == null ? "" : " (" + boundNote + ")", v));
                return safe;
            }
            return (int) v.asLong();
        }

        public Integer wholeOrNull(String key, int min, int max) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            return whole(key, min, max, min, null);
        }

        public long wholeLong(String key, long fallback) {
            JsonNode v = node.get(key);
            if (v == null) {
                return fallback;
            }
            if (!isWhole(v) || !v.canConvertToLong()) {
                problemAt(key, "expected a whole number (a 64-bit integer), was " + describe(v));
                return fallback;
            }
            return v.asLong();
        }

        public double number(String key, double min, boolean minExclusive, double max, Double fallback) {
            JsonNode v = node.get(key);
            if (v == null) {
                if (fallback == null) {
                    missing(key, "a number");
                    return Math.min(max, minExclusive ? min + 1 : min);
                }
                return fallback;
            }
            return checkNumber(child(key), v, min, minExclusive, max, fallback);
        }

        public Double numberOrNull(String key, double min, boolean minExclusive, double max) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            return number(key, min, minExclusive, max, null);
        }
    }

    private static boolean isWhole(JsonNode v) {
        return v.isIntegralNumber() || (v.isNumber() && Double.isFinite(v.asDouble()) && v.asDouble() == Math.rint(v.asDouble()));
    }

    /** A value as messages quote it: "an object", "a list", or the JSON text (shortened). */
    public static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** A number as messages print it: whole numbers with thousands separators, others as Java writes them. */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d) : Double.toString(d);
    }

    private static String suggestion(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 4)) {
            return "did you mean " + best + "?";
        }
        return "known keys here: " + String.join(", ", known);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static <E> Map<String, E> enumMap(E[] values, Function<E, String> json) {
        Map<String, E> map = new java.util.LinkedHashMap<>();
        for (E value : values) {
            map.put(json.apply(value), value);
        }
        return map;
    }

    private static Map<String, String> orderedMap(String... names) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        Arrays.stream(names).forEach(n -> map.put(n, n));
        return map;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
