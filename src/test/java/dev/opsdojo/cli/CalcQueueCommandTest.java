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

/** {@code opsdojo calc queue} run in-process. */
class CalcQueueCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 2];
        full[0] = "calc";
        full[1] = "queue";
        System.arraycopy(args, 0, full, 2, args.length);
        return cli.execute(full);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    /** Erlang C by the direct sum of QUEUEING.md §1. */
    private static double erlangC(double a, int c) {
        double term = 1;
        double below = 0;
        for (int k = 0; k < c; k++) {
            below += term;
            term = term * a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (below + top);
    }

    @Test
    void theIssuesExamplePrintsTheMmcNumbersAsJson() throws Exception {
        int exit = run("--servers", "8", "--arrival-rate", "7.2", "--service-rate", "1", "--json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode j = json();
        double c = erlangC(7.2, 8);
        assertThat(j.get("utilization").asDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(j.get("stable").asBoolean()).isTrue();
        assertThat(j.get("probabilityOfWaiting").asDouble()).isCloseTo(c, within(1e-12));
        assertThat(j.get("meanWaitSeconds").asDouble()).isCloseTo(c / 0.8, within(1e-12));
        assertThat(j.get("meanResponseSeconds").asDouble()).isCloseTo(c / 0.8 + 1, within(1e-12));
        assertThat(j.get("meanQueueLength").asDouble()).isCloseTo(7.2 * c / 0.8, within(1e-10));
        assertThat(j.get("meanInSystem").asDouble()).isCloseTo(7.2 * (c / 0.8 + 1), within(1e-10));
        assertThat(j.get("throughputPerSecond").asDouble()).isCloseTo(7.2, within(1e-12));
        assertThat(j.get("randomBalancerMeanResponseSeconds").asDouble()).isCloseTo(10, within(1e-9));
        assertThat(j.has("blockingProbability")).isFalse();
    }

    @Test
    void percentilesAreWhereTheResponseTailCrossesOneMinusP() throws Exception {
        run("--servers", "8", "--arrival-rate", "7.2", "--service-rate", "1", "--json");
        JsonNode j = json();
        double c = erlangC(7.2, 8);
        for (String p : new String[] {"50", "90", "95", "99"}) {
            double t = j.get("p" + p + "Seconds").asDouble();
            // c − 1 − a = −0.2: P(W > t) = e^{−t}·[1 + C·(1 − e^{0.2t})/(−0.2)]
            double tail = Math.exp(-t) * (1 + c * (1 - Math.exp(0.2 * t)) / -0.2);
            assertThat(tail).as("p" + p).isCloseTo(1 - Integer.parseInt(p) / 100.0, within(1e-9));
        }
    }

    @Test
    void withACapacityTheBlockingProbabilityIsTheErrorRate() throws Exception {
        int exit = run("--servers", "2", "--arrival-rate", "3", "--service-rate", "1", "--capacity", "4", "--json");

        assertThat(exit).isZero();
        JsonNode j = json();
        // a = 3, ρ = 1.5: weights 1, 3, 4.5, 6.75, 10.125 for n = 0..4
        double[] w = {1, 3, 4.5, 4.5 * 1.5, 4.5 * 1.5 * 1.5};
        double sum = w[0] + w[1] + w[2] + w[3] + w[4];
        double blocking = w[4] / sum;
        assertThat(j.get("blockingProbability").asDouble()).isCloseTo(blocking, within(1e-12));
        assertThat(j.get("goodputPerSecond").asDouble()).isCloseTo(3 * (1 - blocking), within(1e-12));
        assertThat(j.get("offeredUtilization").asDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(j.get("utilization").asDouble()).isCloseTo(3 * (1 - blocking) / 2, within(1e-12));
        assertThat(j.get("probabilityOfWaiting").asDouble()).isCloseTo((w[2] + w[3]) / sum / (1 - blocking), within(1e-12));
        double l = (w[1] + 2 * w[2] + 3 * w[3] + 4 * w[4]) / sum;
        assertThat(j.get("meanResponseSeconds").asDouble()).isCloseTo(l / (3 * (1 - blocking)), within(1e-12));
        assertThat(j.get("stable").asBoolean()).isTrue();
    }

    @Test
    void anOverloadedQueueIsAnAnswerNotAnError() throws Exception {
        int exit = run("--servers", "8", "--arrival-rate", "8.4", "--service-rate", "1", "--json");

        assertThat(exit).isZero();
        JsonNode j = json();
        assertThat(j.get("utilization").asDouble()).isCloseTo(1.05, within(1e-12));
        assertThat(j.get("stable").asBoolean()).isFalse();
        assertThat(j.size()).isEqualTo(2);
    }

    @Test
    void anOverloadedQueueSaysWaitsGrowWithoutBound() {
        int exit = run("--servers", "8", "--arrival-rate", "8.4", "--service-rate", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("unstable: utilization 1.05 >= 1, waits grow without bound");
    }

    @Test
    void theTableShowsTheSharedAndTheRandomBalancer() {
        int exit = run("--servers", "8", "--arrival-rate", "7.2", "--service-rate", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Utilization", "90.0%", "P(wait)", "p95", "Lq", "random load balancer", "10.000 s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--servers|0|--servers",
            "--servers|100001|--servers",
            "--servers|eight|--servers",
            "--arrival-rate|-1|--arrival-rate",
            "--arrival-rate|NaN|--arrival-rate",
            "--arrival-rate|Infinity|--arrival-rate",
            "--service-rate|0|--service-rate",
            "--service-rate|fast|--service-rate",
            "--capacity|7|--capacity",
            "--capacity|2000000|--capacity"})
    void badValuesExitWithTwoNamingTheFlag(String flag, String value, String named) {
        String servers = flag.equals("--servers") ? value : "8";
        String arrival = flag.equals("--arrival-rate") ? value : "7.2";
        String service = flag.equals("--service-rate") ? value : "1";
        int exit = flag.equals("--capacity")
                ? run("--servers", servers, "--arrival-rate", arrival, "--service-rate", service, "--capacity", value)
                : run("--servers", servers, "--arrival-rate", arrival, "--service-rate", service);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(named);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFlagIsNamed() {
        assertThat(run("--servers", "8", "--service-rate", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--arrival-rate");
    }
}
