package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code opsdojo calc nines} run in-process. */
class CalcNinesCommandTest {
    private static final double DAY = 86_400;
    private static final double YEAR = 365 * DAY;

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
    void anAvailabilityGivesItsDowntimePerPeriodAsJson() throws Exception {
        assertThat(run("calc", "nines", "99.95", "--json")).isZero();

        JsonNode json = json();
        assertThat(json.get("availability").asDouble()).isEqualTo(0.9995);
        JsonNode seconds = json.get("downtimeSeconds");
        assertThat(seconds.get("year").asDouble()).isCloseTo(0.0005 * YEAR, within(1e-6));
        assertThat(seconds.get("month").asDouble()).isCloseTo(0.0005 * YEAR / 12, within(1e-6));
        assertThat(seconds.get("week").asDouble()).isCloseTo(0.0005 * 7 * DAY, within(1e-6));
        assertThat(seconds.get("day").asDouble()).isCloseTo(0.0005 * DAY, within(1e-6));
    }

    @Test
    void theJsonHasExactlyTheDocumentedFields() throws Exception {
        run("calc", "nines", "99.9", "--json");

        List<String> top = new ArrayList<>();
        json().fieldNames().forEachRemaining(top::add);
        List<String> periods = new ArrayList<>();
        json().get("downtimeSeconds").fieldNames().forEachRemaining(periods::add);
        assertThat(top).containsExactly("availability", "downtimeSeconds");
        assertThat(periods).containsExactly("year", "month", "week", "day");
    }

    @Test
    void aDowntimeBudgetGivesTheAvailabilityItAllows() throws Exception {
        assertThat(run("calc", "nines", "--downtime", "5m", "--per", "month", "--json")).isZero();

        double expected = 1 - 300 / (YEAR / 12);
        assertThat(json().get("availability").asDouble()).isCloseTo(expected, within(1e-12));
        assertThat(json().get("downtimeSeconds").get("month").asDouble()).isCloseTo(300, within(1e-6));
        assertThat(json().get("downtimeSeconds").get("year").asDouble()).isCloseTo(3600, within(1e-6));
    }

    @ParameterizedTest(name = "{0} per {1}")
    @CsvSource({"1h30m, day, 5400", "4h 23m, year, 15780", "90s, week, 90", "3600, year, 3600", "1.5h, year, 5400"})
    void downtimeAcceptsUnitsAndCombinations(String downtime, String per, double seconds) throws Exception {
        assertThat(run("calc", "nines", "--downtime", downtime, "--per", per, "--json")).isZero();

        double period = switch (per) {
            case "day" -> DAY;
            case "week" -> 7 * DAY;
            default -> YEAR;
        };
        assertThat(json().get("availability").asDouble()).isCloseTo(1 - seconds / period, within(1e-12));
    }

    @Test
    void withoutJsonItPrintsAReadableTable() {
        assertThat(run("calc", "nines", "99.9")).isZero();

        assertThat(out.toString()).contains("Availability 99.9%", "year", "8h 45m 36s", "month", "43m 48s", "day", "1m 26.4s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "101|AVAILABILITY", "-1|AVAILABILITY", "abc|AVAILABILITY"})
    void aBadAvailabilityIsAUsageErrorNamingTheParameter(String value, String named) {
        assertUsageError(run("calc", "nines", value), named, value);
    }

    @Test
    void anUnknownPeriodIsRefusedNamingTheFlag() {
        assertUsageError(run("calc", "nines", "--downtime", "5m", "--per", "fortnight"), "--per", "fortnight");
    }

    @Test
    void aDowntimeLongerThanThePeriodIsRefused() {
        assertUsageError(run("calc", "nines", "--downtime", "25h", "--per", "day"), "--downtime", "longer than a day");
    }

    @Test
    void aMalformedDowntimeIsRefused() {
        assertUsageError(run("calc", "nines", "--downtime", "five minutes"), "--downtime", "not a duration");
    }

    @Test
    void anAvailabilityAndADowntimeTogetherAreRefused() {
        assertUsageError(run("calc", "nines", "99.9", "--downtime", "5m"), "either AVAILABILITY or --downtime");
    }

    @Test
    void nothingToConvertIsRefused() {
        assertUsageError(run("calc", "nines"), "Give an AVAILABILITY");
    }

    private void assertUsageError(int exit, String... messageParts) {
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(messageParts);
        assertThat(out.toString()).isEmpty();
    }
}
