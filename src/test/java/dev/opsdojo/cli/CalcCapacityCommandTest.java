package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code opsdojo calc capacity} run in-process. */
class CalcCapacityCommandTest {
    private static final String[] COURSE = {"--users", "100000", "--think-time", "10s", "--service-time", "50ms",
            "--concurrency-per-pod", "4", "--target-p95", "300ms"};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 2];
        full[0] = "calc";
        full[1] = "capacity";
        System.arraycopy(args, 0, full, 2, args.length);
        return cli.execute(full);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theCoursesQuestionGetsPodsThatMeetTheTargetAndOneFewerThatDoesNot() throws Exception {
        int exit = run(with(COURSE, "--json"));

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        int pods = j.get("pods").asInt();
        assertThat(j.get("servers").asInt()).isEqualTo(4 * pods);
        assertThat(j.get("p95Seconds").asDouble()).isLessThanOrEqualTo(0.3);
        assertThat(j.get("p95SecondsWithOnePodFewer").asDouble()).isGreaterThan(0.3);
        assertThat(j.get("targetP95Seconds").asDouble()).isEqualTo(0.3);
        double x = j.get("throughputPerSecond").asDouble();
        // Interactive response-time law and the utilization law.
        assertThat(j.get("meanResponseSeconds").asDouble()).isCloseTo(100_000 / x - 10, within(1e-6));
        assertThat(j.get("utilization").asDouble()).isCloseTo(x * 0.05 / (4 * pods), within(1e-12));
        // 100k users thinking 10 s on a 50 ms service cannot exceed N/(Z+S) requests/s.
        assertThat(x).isLessThanOrEqualTo(100_000 / 10.05);
        assertThat(j.get("assumptions")).hasSize(4);
        assertThat(j.get("assumptions").toString()).contains("exponential", "shared FIFO queue", "no network");
    }

    @Test
    void theTextAnswerPrintsTheAssumptionsAndWhyFewerIsNotEnough() {
        int exit = run(COURSE);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Assumptions:", "Answer:", "pods", "Throughput", "Utilization", "p95 response",
                "one pod fewer is not enough");
    }

    @Test
    void anUnreachableTargetIsExplainedWithNullPods() throws Exception {
        int exit = run("--users", "1000", "--think-time", "1s", "--service-time", "100ms",
                "--concurrency-per-pod", "4", "--target-p95", "250ms", "--json");

        assertThat(exit).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("pods").isNull()).isTrue();
        assertThat(j.get("serviceOnlyP95Seconds").asDouble()).isCloseTo(Math.log(20) * 0.1, within(1e-12));
        assertThat(j.get("reason").asText()).contains("ln(20)");
    }

    @ParameterizedTest
    @CsvSource({"0.3s, 0.3", "300ms, 0.3", "1m, 60", "1.5m, 90", ".5s, 0.5"})
    void durationsTakeMillisecondsSecondsOrMinutes(String text, double seconds) {
        assertThat(DurationArg.parseSeconds(text)).isCloseTo(seconds, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--users|0",
            "--users|20000000",
            "--users|many",
            "--think-time|-1s",
            "--think-time|10",
            "--service-time|0ms",
            "--service-time|50 parsecs",
            "--concurrency-per-pod|0",
            "--concurrency-per-pod|20000",
            "--target-p95|0s",
            "--target-p95|soon"})
    void badValuesExitWithTwoNamingTheFlag(String flag, String value) {
        String[] args = COURSE.clone();
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals(flag)) {
                args[i + 1] = value;
            }
        }
        int exit = run(args);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(flag);
        assertThat(out.toString()).isEmpty();
    }
}
