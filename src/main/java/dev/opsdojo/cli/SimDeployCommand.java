package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.sim.deploy.AbVerdict;
import dev.opsdojo.sim.deploy.DeployAction;
import dev.opsdojo.sim.deploy.DeployCompare;
import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeployScenarioParser;
import dev.opsdojo.sim.deploy.DeploySimulation;
import dev.opsdojo.sim.deploy.DeploymentSpec;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs a deployment scenario: one release under one strategy, every request simulated, and prints what a learner
 * compares: downtime, requests per version, the users the new version reached and the errors they saw, the extra
 * pods it took, the time to full rollout or rollback, availability, the outcome and an A/B verdict. {@code --compare}
 * runs rolling, recreate, blue/green and canary on the same traffic and release, one row each; {@code --events}
 * prints the controllers' log.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a deployment scenario headless: release a new version with a strategy and print what it cost.",
                "The format is documented in docs/scenarios.md (Deployment scenarios); presets are content/scenarios/deploy-*.json.",
                "A scenario without releaseAtSeconds or a scripted start action is released at 30 s, as the strategy comparison does."},
        footer = {"", "Examples:",
                "  opsdojo sim deploy content/scenarios/deploy-canary-bad.json --events",
                "  opsdojo sim deploy content/scenarios/deploy-rolling.json --compare",
                "  opsdojo sim deploy content/scenarios/deploy-rolling.json --strategy blue-green --seed 7 --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the release went out (outcome completed), the A/B test ran (experiment), or --compare printed its table",
                "1:the release did not go out: failed (ProgressDeadlineExceeded), aborted, rolled back, or still not finished at the end",
                "2:the command line or the scenario file is wrong (the file, line and key are named)"})
public final class SimDeployCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The deployment scenario file.")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Overrides the scenario's seed.")
    Long seed;

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "Overrides the strategy: rolling, recreate, blue-green, canary or ab (the file's own settings when it "
                    + "already has that type, otherwise the documented defaults).")
    String strategy;

    @Option(names = "--compare", description = "Run rolling, recreate, blue-green and canary on the same traffic and release; one row each.")
    boolean compare;

    @Option(names = "--events", description = "Also print the controllers' log (in English).")
    boolean events;

    @Option(names = "--json", description = "Print one JSON object instead of text (names in docs/scenarios.md).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (compare && strategy != null) {
            throw new ParameterException(spec.commandLine(), "--compare runs every strategy: leave out --strategy");
        }
        if (compare && events) {
            throw new ParameterException(spec.commandLine(), "--events prints the log of one run: leave out --compare");
        }
        if (strategy != null && !DeployScenarioParser.STRATEGY_TYPES.contains(strategy)) {
            throw new ParameterException(spec.commandLine(), "--strategy must be one of " + String.join(", ", DeployScenarioParser.STRATEGY_TYPES)
                    + ", was '" + strategy + "'");
        }
        DeployScenario scenario = prepare(read());
        PrintWriter out = spec.commandLine().getOut();
        if (compare) {
            List<DeployResult> results;
            try {
                results = DeployCompare.run(scenario);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
            }
            out.println(json ? compareJson(scenario, results) : compareText(scenario, results));
            out.flush();
            return 0;
        }
        DeploySimulation simulation;
        DeployResult result;
        try {
            simulation = new DeploySimulation(scenario);
            result = simulation.run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
        List<DeployMessage> log = events ? simulation.events() : null;
        out.println(json ? toJson(scenario, result, log) : toText(scenario, result, log));
        out.flush();
        return releasedOrExperiment(result) ? 0 : 1;
    }

    static boolean releasedOrExperiment(DeployResult result) {
        return result.outcome() == DeployResult.Outcome.COMPLETED || result.outcome() == DeployResult.Outcome.EXPERIMENT;
    }

    private DeployScenario read() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        DeployScenarioParser.Result parsed = DeployScenarioParser.parse(text);
        if (!parsed.isValid()) {
            List<String> lines = new ArrayList<>();
            for (ScenarioProblem problem : parsed.problems()) {
                lines.add(file + ":" + problem.line() + ":" + problem.column() + ": "
                        + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message());
            }
            throw new ParameterException(spec.commandLine(), String.join(System.lineSeparator(), lines));
        }
        return parsed.scenario();
    }

    /** The release time of a scenario that would otherwise wait for a Start button (DeployCompare's too). */
    static final double DEFAULT_RELEASE_AT_SECONDS = 30;

    /** Applies --seed and --strategy, and releases a scenario that would otherwise wait for a Start button. */
    private DeployScenario prepare(DeployScenario s) {
        Scenario b = s.base();
        if (seed != null) {
            b = new Scenario(b.title(), b.description(), b.durationSeconds(), seed, b.workload(), b.service(), b.pods(), b.nodes(),
                    b.loadBalancer(), b.hpa(), b.clusterAutoscaler(), b.failures(), b.slo(), b.timelineIntervalSeconds(), b.variants());
        }
        DeploymentSpec d = s.deployment();
        if (strategy != null && !d.strategy().json().equals(strategy)) {
            d = d.withStrategy(DeployScenarioParser.defaultStrategy(strategy));
        }
        boolean scriptedStart = d.actions().stream().anyMatch(a -> a.kind() == DeployAction.Kind.START);
        if (d.releaseAtSeconds() == null && !scriptedStart) {
            double at = b.durationSeconds() > DEFAULT_RELEASE_AT_SECONDS ? DEFAULT_RELEASE_AT_SECONDS : 0;
            d = new DeploymentSpec(d.app(), d.replicas(), d.stable(), d.release(), d.strategy(), at, d.actions(), d.downtimeErrorRate(),
                    d.clients(), d.hpa());
        }
        return new DeployScenario(b, d);
    }

    // ---- JSON ------------------------------------------------------------------------------------------------------

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String toJson(DeployScenario scenario, DeployResult r, List<DeployMessage> log) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", scenario.base().title());
        root.put("seed", scenario.base().seed());
        result(root, r);
        if (log != null) {
            ArrayNode events = root.putArray("events");
            for (DeployMessage m : log) {
                ObjectNode e = events.addObject();
                e.put("tSeconds", m.timeSeconds());
                e.put("kind", m.kind().id());
                ArrayNode args = e.putArray("args");
                m.args().forEach(args::add);
                e.put("text", m.english());
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    static String compareJson(DeployScenario scenario, List<DeployResult> results) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", scenario.base().title());
        root.put("seed", scenario.base().seed());
        ArrayNode list = root.putArray("results");
        for (DeployResult r : results) {
            result(list.addObject(), r);
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void result(ObjectNode o, DeployResult r) {
        o.put("strategy", r.strategy());
        o.put("outcome", r.outcome().json());
        o.put("durationSeconds", r.durationSeconds());
        number(o, "rolloutStartedAtSeconds", r.rolloutStartedAtSeconds());
        number(o, "timeToCompleteSeconds", r.timeToCompleteSeconds());
        number(o, "timeToRollbackSeconds", r.timeToRollbackSeconds());
        o.put("downtimeSeconds", r.downtimeSeconds());
        o.put("noReadyPodSeconds", r.noReadyPodSeconds());
        o.put("requests", r.requests());
        o.put("failed", r.failed());
        o.put("availability", r.availability());
        o.put("sloAvailability", r.sloAvailability());
        o.put("sloWindows", r.sloWindows());
        ArrayNode versions = o.putArray("versions");
        for (DeployResult.VersionResult v : r.versions()) {
            versions.addObject().put("version", v.version()).put("name", v.name()).put("requests", v.requests()).put("failed", v.failed())
                    .put("serverErrors", v.serverErrors()).put("p50Ms", v.p50Ms()).put("p95Ms", v.p95Ms())
                    .put("usersExposed", v.usersExposed()).put("usersWithErrors", v.usersWithErrors()).put("conversions", v.conversions());
        }
        o.put("usersExposedToRelease", r.usersExposedToRelease());
        o.put("usersWithReleaseErrors", r.usersWithReleaseErrors());
        o.put("releaseErrors", r.releaseErrors());
        o.put("replicas", r.replicas());
        o.put("peakPods", r.peakPods());
        o.put("peakExtraPods", r.peakExtraPods());
        o.put("peakExtraCapacity", r.peakExtraCapacity());
        AbVerdict ab = r.ab();
        if (ab == null) {
            o.putNull("ab");
        } else {
            ObjectNode a = o.putObject("ab");
            a.put("visitsA", ab.visitsA()).put("conversionsA", ab.conversionsA()).put("visitsB", ab.visitsB()).put("conversionsB", ab.conversionsB());
            number(a, "rateA", ab.rateA());
            number(a, "rateALow", ab.rateALow());
            number(a, "rateAHigh", ab.rateAHigh());
            number(a, "rateB", ab.rateB());
            number(a, "rateBLow", ab.rateBLow());
            number(a, "rateBHigh", ab.rateBHigh());
            number(a, "difference", ab.difference());
            number(a, "differenceLow", ab.differenceLow());
            number(a, "differenceHigh", ab.differenceHigh());
            number(a, "z", ab.z());
            number(a, "pValue", ab.pValue());
            a.put("confidenceLevel", ab.confidenceLevel());
            a.put("enoughSamples", ab.enoughSamples());
            a.put("significant", ab.significant());
        }
    }

    /** NaN ("did not happen") is written as null: JSON has no NaN. */
    private static void number(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    static String toText(DeployScenario scenario, DeployResult r, List<DeployMessage> log) {
        DeploymentSpec d = scenario.deployment();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %s, %.0f s simulated, seed %d",
                scenario.base().title() == null ? "deployment scenario" : scenario.base().title(), r.strategy(), r.durationSeconds(),
                scenario.base().seed()));
        lines.add(String.format(Locale.ROOT, "Release       %s %s -> %s (%s), %d replicas, %s", d.app(), d.stable().name(), d.release().name(),
                d.release().image(), d.replicas(), Double.isNaN(r.rolloutStartedAtSeconds()) ? "never started"
                        : "started at " + seconds(r.rolloutStartedAtSeconds())));
        lines.add("Outcome       " + r.outcome().json());
        lines.add("Full rollout  " + (Double.isNaN(r.timeToCompleteSeconds()) ? "-" : "after " + seconds(r.timeToCompleteSeconds()))
                + "   rollback " + (Double.isNaN(r.timeToRollbackSeconds()) ? "-" : "after " + seconds(r.timeToRollbackSeconds())));
        lines.add(String.format(Locale.ROOT, "Downtime      %s (no ready pod %s)", seconds(r.downtimeSeconds()), seconds(r.noReadyPodSeconds())));
        lines.add(String.format(Locale.ROOT, "Availability  %.3f%% of %,d requests succeeded (%,d failed)", r.availability() * 100,
                r.requests(), r.failed()));
        lines.add(String.format(Locale.ROOT, "SLO           %.2f%% of %,d SLO windows met", r.sloAvailability() * 100, r.sloWindows()));
        lines.add(String.format(Locale.ROOT, "  %-12s %12s %10s %8s %9s %9s %10s %12s %11s", "version", "requests", "failed", "errors",
                "p50 ms", "p95 ms", "users", "users w/err", "conversions"));
        for (DeployResult.VersionResult v : r.versions()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %,12d %,10d %7.2f%% %9.1f %9.1f %,10d %,12d %,11d", v.name(), v.requests(), v.failed(),
                    v.requests() == 0 ? 0.0 : 100.0 * v.failed() / v.requests(), v.p50Ms(), v.p95Ms(), v.usersExposed(), v.usersWithErrors(),
                    v.conversions()));
        }
        lines.add(String.format(Locale.ROOT, "Exposure      %,d users got an answer from %s; %,d of them saw an error (%,d failed requests)",
                r.usersExposedToRelease(), d.release().name(), r.usersWithReleaseErrors(), r.releaseErrors()));
        lines.add(String.format(Locale.ROOT, "Capacity      peak %d pods for %d replicas: %+d pods (%+.0f%% capacity)", r.peakPods(), r.replicas(),
                r.peakExtraPods(), r.peakExtraCapacity() * 100));
        if (r.ab() != null) {
            lines.add("A/B test      " + abText(r.ab(), d));
        }
        if (log != null) {
            lines.add("Events:");
            for (DeployMessage m : log) {
                lines.add(String.format(Locale.ROOT, "  t=%7.1f s  %s", m.timeSeconds(), m.english()));
            }
        }
        return String.join(System.lineSeparator(), lines);
    }

    static String abText(AbVerdict ab, DeploymentSpec d) {
        String verdict;
        if (!ab.enoughSamples()) {
            verdict = "not enough visits yet for a verdict";
        } else if (ab.significant()) {
            verdict = String.format(Locale.ROOT, "significant at %.0f%% confidence", ab.confidenceLevel() * 100);
        } else {
            verdict = String.format(Locale.ROOT, "not significant at %.0f%% confidence", ab.confidenceLevel() * 100);
        }
        return String.format(Locale.ROOT,
                "A %s %.2f%% [%.2f, %.2f] of %,d visits; B %s %.2f%% [%.2f, %.2f] of %,d; B - A %+.2f pp [%+.2f, %+.2f]; z %.2f, p %.4f: %s",
                d.stable().name(), ab.rateA() * 100, ab.rateALow() * 100, ab.rateAHigh() * 100, ab.visitsA(), d.release().name(),
                ab.rateB() * 100, ab.rateBLow() * 100, ab.rateBHigh() * 100, ab.visitsB(), ab.difference() * 100, ab.differenceLow() * 100,
                ab.differenceHigh() * 100, ab.z(), ab.pValue(), verdict);
    }

    static String compareText(DeployScenario scenario, List<DeployResult> results) {
        DeploymentSpec d = scenario.deployment();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %s -> %s on %d replicas, seed %d, each strategy on the same traffic",
                scenario.base().title() == null ? "deployment scenario" : scenario.base().title(), d.stable().name(), d.release().name(),
                d.replicas(), scenario.base().seed()));
        lines.add(String.format(Locale.ROOT, "%-11s %-12s %9s %13s %15s %14s %15s %11s %11s %11s", "strategy", "outcome", "downtime",
                "availability", "release errors", "users exposed", "users w/ errors", "extra pods", "complete", "rollback"));
        for (DeployResult r : results) {
            lines.add(String.format(Locale.ROOT, "%-11s %-12s %9s %12.3f%% %,15d %,14d %,15d %11s %11s %11s", r.strategy(), r.outcome().json(),
                    seconds(r.downtimeSeconds()), r.availability() * 100, r.releaseErrors(), r.usersExposedToRelease(),
                    r.usersWithReleaseErrors(), String.format(Locale.ROOT, "%+d (%+.0f%%)", r.peakExtraPods(), r.peakExtraCapacity() * 100),
                    Double.isNaN(r.timeToCompleteSeconds()) ? "-" : seconds(r.timeToCompleteSeconds()),
                    Double.isNaN(r.timeToRollbackSeconds()) ? "-" : seconds(r.timeToRollbackSeconds())));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f s", s) : String.format(Locale.ROOT, "%.1f s", s);
    }
}
