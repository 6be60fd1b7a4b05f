package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code opsdojo calc hpa} run in-process. */
class CalcHpaCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void podsGiveTheDesiredReplicasAndTheReportedUtilization() throws Exception {
        // Kubernetes' ScaleUp case: 3000m of 6000m = 50% of target 30 → ceil(50/30 × 3) = 5.
        int exit = run("calc", "hpa", "--target-utilization", "30", "--pod", "600m/2000m", "--pod", "1000m/2000m",
                "--pod", "1400m/2000m", "--json");

        assertThat(exit).isZero();
        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(5);
        assertThat(json().get("utilization").asInt()).isEqualTo(50);
        assertThat(json().get("steps").get(1).get("kind").asText()).isEqualTo("UTILIZATION");
        assertThat(json().get("steps").get(1).get("request").asLong()).isEqualTo(6000);
        assertThat(json().get("steps").get(1).get("text").asText()).contains("floor(100 × 3000m / 6000m)");
    }

    @Test
    void theIssuesExampleKeepsThreeBecauseTheRatioIsExactlyOne() throws Exception {
        // Only the ready pod has a sample: 600/2000 = 30% of target 30 → ratio 1; nothing is filled in.
        int exit = run("calc", "hpa", "--target-utilization", "30", "--replicas", "3", "--pod", "600m/2000m",
                "--pod", "unready:1000m/2000m", "--pod", "-/2000m", "--min", "1", "--max", "10", "--json");

        assertThat(exit).isZero();
        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(3);
        assertThat(json().get("utilization").asInt()).isEqualTo(30);
    }

    @Test
    void unreadyPodsDampAScaleUp() throws Exception {
        // Kubernetes' ScaleUpUnreadyLessScale: 2400/4000 = 60% of 30; with the unready pod at 0%: 2400/6000 = 40% →
        // ceil(40/30 × 3) = 4.
        run("calc", "hpa", "--target-utilization", "30", "--pod", "unready:600/2000", "--pod", "1.0/2.0", "--pod", "1400m/2000m", "--json");

        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(4);
        assertThat(json().get("utilization").asInt()).isEqualTo(60);
    }

    @Test
    void theShortFormShowsTheFormulaWithTheRealNumbers() {
        int exit = run("calc", "hpa", "--replicas", "4", "--current-utilization", "90", "--target-utilization", "50");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Desired replicas: 8", "ceil(4 × 90 / 50) = ceil(7.2) = 8", "stabilization");
    }

    @Test
    void maxClampsTheResult() throws Exception {
        run("calc", "hpa", "--replicas", "4", "--current-utilization", "90", "--target-utilization", "50", "--max", "6", "--json");

        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(6);
        assertThat(json().get("reason").asText()).isEqualTo("ValidMetricFound");
    }

    @Test
    void aToleranceOverrideKeepsTheCount() throws Exception {
        // 54/50 = 1.08 is outside [0.95, 1.05] but inside [0.9, 1.1].
        run("calc", "hpa", "--replicas", "4", "--current-utilization", "54", "--target-utilization", "50", "--tolerance", "0.05", "--json");
        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(5);
        out.getBuffer().setLength(0);

        run("calc", "hpa", "--replicas", "4", "--current-utilization", "54", "--target-utilization", "50", "--json");
        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(4);
    }

    @Test
    void noMetricsAtAllIsUnknownAndDoesNotScale() throws Exception {
        run("calc", "hpa", "--target-utilization", "50", "--pod", "-/1000m", "--pod", "pending:500m/1000m", "--json");

        assertThat(json().get("utilization").isNull()).isTrue();
        assertThat(json().get("desiredReplicas").asInt()).isEqualTo(2);
        assertThat(json().get("reason").asText()).isEqualTo("FailedGetResourceMetric");
    }

    @Test
    void zeroReplicasDisableScaling() throws Exception {
        run("calc", "hpa", "--target-utilization", "50", "--replicas", "0", "--pod", "900m/1000m", "--json");

        assertThat(json().get("desiredReplicas").asInt()).isZero();
        assertThat(json().get("reason").asText()).isEqualTo("ScalingDisabled");
    }

    @Test
    void withoutJsonItExplainsEachStep() {
        run("calc", "hpa", "--target-utilization", "30", "--pod", "600m/2000m", "--pod", "1000m/2000m", "--pod", "1400m/2000m");

        assertThat(out.toString()).contains("Desired replicas: 5 (current 3)", "Utilization: 50% (target 30%)",
                "Ratio 50/30 = 1.667 is outside [0.9, 1.1].", "Desired = ceil(ratio 1.667 × ready pods 3) = ceil(5) = 5.");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--pod, 600m", "--pod, sleeping:600m/2000m", "--pod, 600x/2000m", "--target-utilization, 0",
            "--min, 0", "--tolerance-down, 1.5", "--replicas, -1"})
    void aBadValueIsAUsageErrorNamingTheFlag(String flag, String value) {
        String[] args = flag.equals("--pod")
                ? new String[] {"calc", "hpa", "--target-utilization", "50", flag, value}
                : flag.equals("--target-utilization")
                ? new String[] {"calc", "hpa", flag, value, "--pod", "500m/1000m"}
                : new String[] {"calc", "hpa", "--target-utilization", "50", "--pod", "500m/1000m", flag, value};

        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains(flag);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void toleranceAndItsDirectionalFormsAreMutuallyExclusive() {
        int exit = run("calc", "hpa", "--target-utilization", "50", "--pod", "500m/1000m", "--tolerance", "0.1", "--tolerance-up", "0.2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void podsAndTheShortFormTogetherAreRefused() {
        int exit = run("calc", "hpa", "--target-utilization", "50", "--pod", "500m/1000m", "--replicas", "2", "--current-utilization", "60");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("either --pod or --current-utilization");
    }
}
