package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.sim.engine.ErrorCause;
import dev.opsdojo.sim.engine.LatencySummary;
import dev.opsdojo.sim.engine.SimulationResult;
import dev.opsdojo.sim.engine.Threshold;
import dev.opsdojo.sim.engine.TimelineSample;
import dev.opsdojo.sim.scaleout.ScaleOutResult;
import dev.opsdojo.sim.scaleout.ScaleOutSimulation;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import dev.opsdojo.storage.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs a scale-out scenario request by request and prints what a load-testing tool would: requests, errors by cause,
 * throughput, latency percentiles, queue wait, availability, Apdex and thresholds, the replica and node counts over
 * time and the node cost. {@code --json} prints one object; {@code --csv} writes the timeline.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scale-out scenario headless and print its summary.",
                "The scenario format is documented in docs/scenarios.md; presets are in content/scenarios/."},
        footer = {"", "Examples:",
                "  opsdojo sim run content/scenarios/mmc.json --json",
                "  opsdojo sim run content/scenarios/flash-sale.json --seed 7 --csv timeline.csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run finished (thresholds are reported, not enforced)",
                "1:the run finished and a k6-style threshold failed",
                "2:the command line or the scenario file is wrong (the file, line and key are named)"})
public final class SimRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file.")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Overrides the scenario's seed.")
    Long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the timeline (one row per interval) as CSV.")
    Path csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = read();
        if (seed != null) {
            scenario = withSeed(scenario, seed);
        }
        ScaleOutResult result;
        try {
            result = new ScaleOutSimulation(scenario).run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(result) : toText(scenario, result));
        out.flush();
        if (csv != null) {
            AtomicFiles.write(csv, toCsv(result.traffic().timeline()).getBytes(StandardCharsets.UTF_8));
        }
        return result.traffic().thresholdsPassed() ? 0 : 1;
    }

    private Scenario read() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        ScenarioParser.Result parsed = ScenarioParser.parse(text);
        if (!parsed.isValid()) {
            if (ScenarioParser.hasTopLevelKey(text, "deployment")) {
                throw new ParameterException(spec.commandLine(), file + ": a deployment scenario (it has a deployment object): run it with "
                        + "opsdojo sim deploy " + file);
            }
            List<String> lines = new ArrayList<>();
            for (ScenarioProblem problem : parsed.problems()) {
                lines.add(file + ":" + problem.line() + ":" + problem.column() + ": "
                        + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message());
            }
            throw new ParameterException(spec.commandLine(), String.join(System.lineSeparator(), lines));
        }
        return parsed.scenario();
    }

    private static Scenario withSeed(Scenario s, long seed) {
        return new Scenario(s.title(), s.description(), s.durationSeconds(), seed, s.workload(), s.service(), s.pods(), s.nodes(),
                s.loadBalancer(), s.hpa(), s.clusterAutoscaler(), s.failures(), s.slo(), s.timelineIntervalSeconds(), s.variants());
    }

    static String toJson(ScaleOutResult result) throws JsonProcessingException {
        SimulationResult r = result.traffic();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("simulatedSeconds", r.simulatedSeconds());
        root.put("requests", r.requests());
        root.put("completed", r.completed());
        root.put("errors", r.failed());
        root.put("inFlightAtEnd", r.inFlight());
        ObjectNode causes = root.putObject("errorsByCause");
        for (ErrorCause cause : ErrorCause.values()) {
            causes.put(cause.id(), r.errorsByCause().getOrDefault(cause, 0L));
        }
        root.put("errorRate", r.errorRate());
        root.put("throughputPerSecond", r.throughputPerSecond());
        LatencySummary l = r.latency();
        ObjectNode latency = root.putObject("latencyMs");
        latency.put("mean", l.meanMs());
        latency.put("p50", l.p50Ms());
        latency.put("p90", l.p90Ms());
        latency.put("p95", l.p95Ms());
        latency.put("p99", l.p99Ms());
        latency.put("max", l.maxMs());
        root.putObject("queueWaitMs").put("mean", r.meanQueueWaitSeconds() * 1000);
        root.put("availability", r.sloAvailability());
        root.put("requestAvailability", r.requestAvailability());
        root.put("apdex", r.apdex());
        root.put("apdexThresholdMs", r.apdexThresholdMs());
        ArrayNode thresholds = root.putArray("thresholds");
        for (Threshold.Result t : r.thresholds()) {
            thresholds.addObject().put("expression", t.expression()).put("observed", t.observed()).put("passed", t.passed());
        }
        root.put("nodeHours", result.nodeHours());
        root.put("cost", result.costDollars());
        root.put("events", r.events());
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineSample s : r.timeline()) {
            timeline.addObject().put("tSeconds", s.tSeconds()).put("replicas", s.replicas()).put("readyReplicas", s.readyReplicas())
                    .put("nodes", s.nodes()).put("rps", s.rps()).put("p95Ms", s.p95Ms()).put("errorRate", s.errorRate());
        }
        return mapper.writeValueAsString(root);
    }

    static String toText(Scenario scenario, ScaleOutResult result) {
        SimulationResult r = result.traffic();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %.0f s simulated, seed %d, %,d events",
                scenario.title() == null ? "scenario" : scenario.title(), r.simulatedSeconds(), scenario.seed(), r.events()));
        lines.add(String.format(Locale.ROOT, "Requests   %,d   completed %,d   errors %,d (%.3f%%)", r.requests(), r.completed(),
                r.failed(), r.errorRate() * 100));
        StringBuilder causes = new StringBuilder("  errors by cause:");
        for (Map.Entry<ErrorCause, Long> e : r.errorsByCause().entrySet()) {
            if (e.getValue() > 0) {
                causes.append(' ').append(e.getKey().id()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
            }
        }
        if (r.failed() > 0) {
            lines.add(causes.toString());
        }
        LatencySummary l = r.latency();
        lines.add(String.format(Locale.ROOT, "Throughput %.2f requests/s", r.throughputPerSecond()));
        lines.add(String.format(Locale.ROOT, "Latency ms mean %.1f  p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f",
                l.meanMs(), l.p50Ms(), l.p90Ms(), l.p95Ms(), l.p99Ms(), l.maxMs()));
        lines.add(String.format(Locale.ROOT, "Queue wait mean %.1f ms", r.meanQueueWaitSeconds() * 1000));
        lines.add(String.format(Locale.ROOT, "Availability %.4f%% of SLO windows met (%d of %d); %.4f%% of requests succeeded",
                r.sloAvailability() * 100, r.sloWindowsMet(), r.sloWindows(), r.requestAvailability() * 100));
        lines.add(String.format(Locale.ROOT, "Apdex(T=%.0f ms) %.3f", r.apdexThresholdMs(), r.apdex()));
        for (Threshold.Result t : r.thresholds()) {
            lines.add(String.format(Locale.ROOT, "  %s %-16s observed %.4f", t.passed() ? "PASS" : "FAIL", t.expression(), t.observed()));
        }
        lines.add(String.format(Locale.ROOT, "Cost %.2f node-hours ($%.2f)", result.nodeHours(), result.costDollars()));
        lines.add("Replicas and nodes over time:");
        List<TimelineSample> timeline = r.timeline();
        int step = Math.max(1, timeline.size() / 12);
        for (int i = 0; i < timeline.size(); i += step) {
            TimelineSample s = timeline.get(i);
            lines.add(String.format(Locale.ROOT, "  t=%6.0f s  replicas %4d (ready %4d)  nodes %3d  rps %9.1f  p95 %8.1f ms  errors %6.2f%%",
                    s.tSeconds(), s.replicas(), s.readyReplicas(), s.nodes(), s.rps(), s.p95Ms(), s.errorRate() * 100));
        }
        return String.join(System.lineSeparator(), lines);
    }

    static String toCsv(List<TimelineSample> timeline) {
        StringBuilder csv = new StringBuilder("tSeconds,replicas,readyReplicas,nodes,rps,p95Ms,errorRate\n");
        for (TimelineSample s : timeline) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%s,%s,%s%n", s.tSeconds(), s.replicas(), s.readyReplicas(), s.nodes(),
                    s.rps(), s.p95Ms(), s.errorRate()));
        }
        return csv.toString();
    }
}
