package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sim deploy}: a deployment scenario in, what the release cost out; bad files and flags are named. */
class SimDeployCommandTest {
    /** A small, quick scenario: 4 pods, 50 requests/s, 3 minutes, released at 20 s. */
    private static final String SMALL = """
            {"title": "small release", "durationSeconds": 180, "seed": 4,
             "workload": {"type": "open", "ratePerSecond": 50},
             "service": {"distribution": "exponential", "meanMs": 20},
             "pods": {"replicas": 4, "concurrency": 2, "queueLimit": 20},
             "loadBalancer": {"policy": "least-connections"},
             "deployment": {
               "app": "shop",
               "stable": {"name": "v1", "startupSeconds": 5},
               "release": {"name": "v2"%s},
               "strategy": {"type": "rolling", "maxSurge": 1, "maxUnavailable": 0},
               "releaseAtSeconds": 20%s
             }}
            """;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new RootCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private Path file(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path small() throws Exception {
        return file("small.json", SMALL.formatted("", ""));
    }

    private Path small(String releaseExtra, String deploymentExtra) throws Exception {
        return file("small.json", SMALL.formatted(releaseExtra, deploymentExtra));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void aGoodRollingUpdatePrintsTheResultsTableAndExitsWithZero() throws Exception {
        int exit = run("sim", "deploy", small().toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("small release: rolling, 180 s simulated, seed 4")
                .contains("Release       shop v1 -> v2 (shop:v2), 4 replicas, started at 20 s")
                .contains("Outcome       completed")
                .contains("Downtime      0 s (no ready pod 0 s)")
                .contains("Availability  ")
                .contains("Exposure      ")
                .contains("Capacity      peak 5 pods for 4 replicas: +1 pods (+25% capacity)")
                .doesNotContain("Events:").doesNotContain("A/B test");
        assertThat(out.toString().lines().filter(l -> l.startsWith("  v1 ") || l.startsWith("  v2 "))).hasSize(2);
    }

    @Test
    void theJsonHasTheDocumentedNamesAndNullForWhatDidNotHappen() throws Exception {
        int exit = run("sim", "deploy", small().toString(), "--json");

        assertThat(exit).isZero();
        JsonNode j = json();
        assertThat(j.fieldNames()).toIterable().containsExactly("title", "seed", "strategy", "outcome", "durationSeconds",
                "rolloutStartedAtSeconds", "timeToCompleteSeconds", "timeToRollbackSeconds", "downtimeSeconds", "noReadyPodSeconds",
                "requests", "failed", "availability", "sloAvailability", "sloWindows", "versions", "usersExposedToRelease", "usersWithReleaseErrors", "releaseErrors",
                "replicas", "peakPods", "peakExtraPods", "peakExtraCapacity", "ab");
        assertThat(j.get("strategy").asText()).isEqualTo("rolling");
        assertThat(j.get("outcome").asText()).isEqualTo("completed");
        assertThat(j.get("rolloutStartedAtSeconds").asDouble()).isEqualTo(20);
        assertThat(j.get("timeToCompleteSeconds").asDouble()).isPositive();
        assertThat(j.get("timeToRollbackSeconds").isNull()).isTrue();
        assertThat(j.get("ab").isNull()).isTrue();
        assertThat(j.get("requests").asLong()).isBetween(8_000L, 10_000L);
        assertThat(j.get("versions")).hasSize(2);
        assertThat(j.get("versions").get(1).fieldNames()).toIterable().containsExactly("version", "name", "requests", "failed",
                "serverErrors", "p50Ms", "p95Ms", "usersExposed", "usersWithErrors", "conversions");
        assertThat(j.get("versions").get(1).get("name").asText()).isEqualTo("v2");
    }

    @Test
    void eventsPrintTheLogInEnglishAndInTheJson() throws Exception {
        Path scenario = small();
        int exit = run("sim", "deploy", scenario.toString(), "--events");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Events:").contains("t=   20.0 s  Rollout of v2 started: rolling, revision 2.")
                .contains("Rollout complete: all 4 pods run v2 (revision 2).");

        out.getBuffer().setLength(0);
        run("sim", "deploy", scenario.toString(), "--events", "--json");
        JsonNode first = json().get("events").get(0);
        assertThat(first.get("tSeconds").asDouble()).isEqualTo(20);
        assertThat(first.get("kind").asText()).isEqualTo("rollout-started");
        assertThat(first.get("args")).hasSize(3);
        assertThat(first.get("text").asText()).isEqualTo("Rollout of v2 started: rolling, revision 2.");
    }

    @Test
    void aReleaseThatDidNotGoOutExitsWithOne() throws Exception {
        Path scenario = small(", \"fault\": \"crash-loop\"", "");

        int exit = run("sim", "deploy", scenario.toString(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(json().get("outcome").asText()).isIn("progressing", "failed");
        assertThat(json().get("downtimeSeconds").asDouble()).isZero();
    }

    @Test
    void theStrategyFlagReplacesTheFilesStrategyWithItsDefaults() throws Exception {
        int exit = run("sim", "deploy", small().toString(), "--strategy", "recreate", "--json");

        assertThat(exit).isZero();
        assertThat(json().get("strategy").asText()).isEqualTo("recreate");
        assertThat(json().get("downtimeSeconds").asDouble()).isPositive();
        assertThat(json().get("peakExtraPods").asInt()).isZero();
    }

    @Test
    void anAbTestPrintsItsVerdictAndExitsWithZero() throws Exception {
        Path scenario = file("ab.json", SMALL.formatted(", \"conversionRate\": 0.2", "").replace("\"type\": \"rolling\", \"maxSurge\": 1, \"maxUnavailable\": 0",
                "\"type\": \"ab\", \"minSamplesPerVariant\": 100"));

        int exit = run("sim", "deploy", scenario.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Outcome       experiment").contains("A/B test      A v1 ").contains(" of ").contains("; z ");
    }

    @Test
    void compareRunsFourStrategiesOnTheSameTraffic() throws Exception {
        int exit = run("sim", "deploy", small().toString(), "--compare");

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("small release: v1 -> v2 on 4 replicas, seed 4");
        assertThat(lines.get(1)).startsWith("strategy").contains("downtime").contains("users exposed").contains("extra pods");
        assertThat(lines.subList(2, lines.size())).extracting(l -> l.split("\\s+")[0]).containsExactly("rolling", "recreate", "blue-green", "canary");

        out.getBuffer().setLength(0);
        run("sim", "deploy", small().toString(), "--compare", "--json");
        List<String> strategies = new ArrayList<>();
        json().get("results").forEach(r -> strategies.add(r.get("strategy").asText()));
        assertThat(strategies).containsExactly("rolling", "recreate", "blue-green", "canary");
        assertThat(json().get("results").get(1).get("downtimeSeconds").asDouble()).as("recreate").isPositive();
    }

    @Test
    void theSameSeedRepeatsARunAndAnotherChangesIt() throws Exception {
        Path scenario = small();
        run("sim", "deploy", scenario.toString(), "--json", "--seed", "11");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("sim", "deploy", scenario.toString(), "--json", "--seed", "11");
        String again = out.toString();
        out.getBuffer().setLength(0);
        run("sim", "deploy", scenario.toString(), "--json", "--seed", "12");

        assertThat(again).isEqualTo(first).contains("\"seed\":11");
        assertThat(out.toString()).isNotEqualTo(first);
    }

    @Test
    void aScenarioWithoutAReleaseTimeIsReleasedAt30Seconds() throws Exception {
        Path scenario = file("later.json", SMALL.formatted("", "").replaceAll(",\\s*\"releaseAtSeconds\": 20", ""));

        run("sim", "deploy", scenario.toString(), "--json");

        assertThat(json().get("rolloutStartedAtSeconds").asDouble()).isEqualTo(30);
    }

    @Test
    void aBadFileIsNamedByFileLineColumnAndKeyPathWithExitTwo() throws Exception {
        Path scenario = small("", ",\n               \"clients\": 0");

        int exit = run("sim", "deploy", scenario.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(scenario + ":12:27: deployment.clients: must be at least 1 (was 0)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aScaleOutScenarioSaysADeploymentIsRequiredAndSimRunPointsADeploymentFileHere() throws Exception {
        Path scaleOut = file("steady.json", """
                {"durationSeconds": 60, "workload": {"type": "open", "ratePerSecond": 5},
                 "service": {"distribution": "exponential", "meanMs": 20}, "pods": {"replicas": 1}}
                """);

        assertThat(run("sim", "deploy", scaleOut.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(scaleOut + ":1:1: deployment: is required");

        err.getBuffer().setLength(0);
        Path deployment = small();
        assertThat(run("sim", "run", deployment.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(deployment + ": a deployment scenario (it has a deployment object): run it with opsdojo sim deploy");
    }

    @Test
    void badFlagsAreUsageErrors() throws Exception {
        Path scenario = small();

        assertThat(run("sim", "deploy", scenario.toString(), "--strategy", "big-bang")).isEqualTo(2);
        assertThat(err.toString()).contains("--strategy must be one of rolling, recreate, blue-green, canary, ab, was 'big-bang'");
        assertThat(run("sim", "deploy", scenario.toString(), "--compare", "--strategy", "canary")).isEqualTo(2);
        assertThat(run("sim", "deploy", scenario.toString(), "--compare", "--events")).isEqualTo(2);
        assertThat(run("sim", "deploy", temp.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json: cannot read it");
    }

    @Test
    void helpListsTheExitCodes() {
        int exit = run("sim", "deploy", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--compare").contains("--events").contains("Exit codes:").contains("1   the release did not go out");
    }

    @Test
    void theShippedCanaryPresetAbortsWithFewUsersExposed() throws Exception {
        int exit = run("sim", "deploy", Path.of("content", "scenarios", "deploy-canary-bad.json").toString(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(json().get("outcome").asText()).isEqualTo("aborted");
        assertThat(json().get("releaseErrors").asLong()).isPositive();
        assertThat(json().get("usersExposedToRelease").asInt()).isLessThan(1000);
    }
}
