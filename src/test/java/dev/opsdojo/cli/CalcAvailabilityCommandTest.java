package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code opsdojo calc availability} run in-process. */
class CalcAvailabilityCommandTest {
    private static final double YEAR = 365 * 86_400.0;

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
    void theIssuesExampleGivesTheProductOfTheGroups() throws Exception {
        assertThat(run("calc", "availability", "99.99", "99.9x3", "99.95x2", "--json")).isZero();

        double expected = 0.9999 * (1 - Math.pow(0.001, 3)) * (1 - Math.pow(0.0005, 2));
        JsonNode json = json();
        assertThat(json.get("availability").asDouble()).isCloseTo(expected, within(1e-12));
        assertThat(json.get("downtimeSeconds").get("year").asDouble()).isCloseTo((1 - expected) * YEAR, within(1e-3));
        assertThat(json.get("groups")).hasSize(3);
        assertThat(json.get("groups").get(1).get("availability").asDouble()).isCloseTo(1 - 1e-9, within(1e-15));
        assertThat(json.get("dominantGroup").asInt()).isZero();
    }

    @Test
    void oneMoreReplicaInAGroupIsReported() throws Exception {
        run("calc", "availability", "99.99", "99x2", "--json");

        JsonNode more = json().get("groups").get(1).get("withOneMoreReplica");
        assertThat(more.get("availability").asDouble()).isCloseTo(0.9999 * (1 - 1e-6), within(1e-13));
    }

    @Test
    void sixNinesTimesThreeIsWrittenWithAllItsDigits() throws Exception {
        run("calc", "availability", "99.9999x3", "--json");

        JsonNode exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(out.toString());
        assertThat(exact.get("availability").decimalValue()).isEqualByComparingTo("0.999999999999999999");
        assertThat(out.toString()).contains("\"availability\":0.999999999999999999");
        assertThat(json().get("unavailability").asDouble()).isCloseTo(1e-18, within(1e-30));
    }

    @Test
    void theTableShowsTheDominantGroupTheOneMoreReplicaEffectAndTheAssumption() {
        assertThat(run("calc", "availability", "99.99", "99.9x3", "99.95x2")).isZero();

        String text = out.toString();
        assertThat(text).contains("1*", "99.7%", "With one more replica", "Total availability", "per year", "per month",
                "dominates the downtime: group 1", "independent failures");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.9x0", "x3", "100.5", "99.9x"})
    void aBadGroupIsAUsageErrorNamingTheArgument(String group) {
        int exit = run("calc", "availability", "99.99", group);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("GROUP '" + group + "' (argument 2)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noGroupIsAUsageError() {
        assertThat(run("calc", "availability")).isEqualTo(2);
        assertThat(err.toString()).contains("GROUP");
    }
}
