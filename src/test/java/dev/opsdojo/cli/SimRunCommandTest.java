package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sim run}: a scenario file in, the load-test summary out; bad files are named by line and key. */
class SimRunCommandTest {
    private static final String SMALL = """
            {"durationSeconds": 120, "seed": 4,
             "workload": {"type": "open", "ratePerSecond": 50},
             "service": {"distribution": "exponential", "meanMs": 20},
             "pods": {"replicas": 2, "concurrency": 2, "queueLimit": 20},
             "loadBalancer": {"policy": "round-robin"},
             "slo": {"thresholds": ["p(95)<300", "errors<1%"]}}
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

    @Test
    void jsonHasTheDocumentedNamesAndATimelineSamplePerInterval() throws Exception {
        int exit = run("sim", "run", file("small.json", SMALL).toString(), "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("requests").asLong()).isEqualTo(json.get("completed").asLong() + json.get("errors").asLong()
                + json.get("inFlightAtEnd").asLong()).isBetween(5_000L, 7_000L);
        assertThat(json.get("throughputPerSecond").asDouble()).isBetween(45.0, 55.0);
        for (String key : new String[] {"mean", "p50", "p90", "p95", "p99", "max"}) {
            assertThat(json.get("latencyMs").has(key)).as(key).isTrue();
        }
        assertThat(json.get("queueWaitMs").get("mean").isNumber()).isTrue();
        assertThat(json.get("availability").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("timeline")).hasSize(12);
        assertThat(json.get("timeline").get(0).fieldNames()).toIterable()
                .contains("tSeconds", "replicas", "readyReplicas", "nodes", "rps", "p95Ms", "errorRate");
    }

    @Test
    void theSeedFlagChangesTheRunAndTheSameSeedRepeatsIt() throws Exception {
        Path scenario = file("small.json", SMALL);
        run("sim", "run", scenario.toString(), "--json", "--seed", "11");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("sim", "run", scenario.toString(), "--json", "--seed", "11");
        String again = out.toString();
        out.getBuffer().setLength(0);
        run("sim", "run", scenario.toString(), "--json", "--seed", "12");

        assertThat(again).isEqualTo(first);
        assertThat(out.toString()).isNotEqualTo(first);
    }

    @Test
    void csvWritesOneRowPerTimelineSample() throws Exception {
        Path csv = temp.resolve("timeline.csv");
        run("sim", "run", file("small.json", SMALL).toString(), "--csv", csv.toString());

        assertThat(Files.readAllLines(csv)).hasSize(13).first().isEqualTo("tSeconds,replicas,readyReplicas,nodes,rps,p95Ms,errorRate");
        assertThat(out.toString()).contains("Latency ms mean").contains("PASS p(95)<300");
    }

    @Test
    void aBrokenScenarioNamesTheFileLineColumnAndKeyAndExitsWithTwo() throws Exception {
        Path bad = file("bad.json", SMALL.replace("\"replicas\": 2", "\"replicass\": 2"));

        int exit = run("sim", "run", bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ":4:").contains("pods.replicass").contains("replicas");
    }

    @Test
    void aFailedThresholdExitsWithOne() throws Exception {
        Path strict = file("strict.json", SMALL.replace("p(95)<300", "p(95)<1"));

        assertThat(run("sim", "run", strict.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL p(95)<1");
    }
}
