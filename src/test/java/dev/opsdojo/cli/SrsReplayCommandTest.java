package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.srs.FsrsParameters;
import dev.opsdojo.srs.FsrsScheduler;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.SrsCard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code opsdojo srs replay} run in-process. */
class SrsReplayCommandTest {
    private static final double[] W = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
            0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

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

    /** The first reviews of the spec's worked example V1, each at the previous due time. */
    private static final String[] V1_START = {"srs", "replay", "--json",
            "--rating", "Good", "--at", "2026-01-01T09:00:00Z",
            "--rating", "Good", "--at", "2026-01-01T09:10:00Z",
            "--rating", "Good", "--at", "2026-01-03T09:10:00Z",
            "--rating", "Good", "--at", "2026-01-14T09:10:00Z"};

    @Test
    void jsonReplayOfWorkedExampleV1sFirstReviews() throws Exception {
        int exit = run(V1_START);

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode reviews = json().get("reviews");
        assertThat(reviews).hasSize(4);

        JsonNode first = reviews.get(0);
        assertThat(first.get("rating").asText()).isEqualTo("Good");
        assertThat(first.get("at").asText()).isEqualTo("2026-01-01T09:00:00Z");
        assertThat(first.get("state").asText()).isEqualTo("Learning");
        assertThat(first.get("stability").asDouble()).isEqualTo(2.3065);
        assertThat(first.get("difficulty").asDouble()).isCloseTo(W[4] - Math.exp(2 * W[5]) + 1, within(1e-12));
        assertThat(first.get("retrievability").isNull()).isTrue();
        assertThat(first.get("due").asText()).isEqualTo("2026-01-01T09:10:00Z");
        assertThat(first.get("scheduledDays").asInt()).isZero();

        JsonNode second = reviews.get(1);
        assertThat(second.get("state").asText()).isEqualTo("Review");
        assertThat(second.get("stability").asDouble()).isEqualTo(2.3065);
        assertThat(second.get("retrievability").asDouble()).isEqualTo(1.0);
        assertThat(second.get("due").asText()).isEqualTo("2026-01-03T09:10:00Z");
        assertThat(second.get("scheduledDays").asInt()).isEqualTo(2);

        JsonNode third = reviews.get(2);
        double factor = Math.pow(0.9, -1 / W[20]) - 1;
        assertThat(third.get("retrievability").asDouble()).isCloseTo(Math.pow(1 + factor * 2 / 2.3065, -W[20]), within(1e-12));
        assertThat(third.get("stability").asDouble()).isCloseTo(10.97, within(0.005));
        assertThat(third.get("due").asText()).isEqualTo("2026-01-14T09:10:00Z");
        assertThat(third.get("scheduledDays").asInt()).isEqualTo(11);

        assertThat(reviews.get(3).get("stability").asDouble()).isCloseTo(46.32, within(0.005));
        assertThat(reviews.get(3).get("scheduledDays").asInt()).isEqualTo(46);
    }

    @Test
    void theJsonIsOneObjectWithExactlyTheDocumentedFields() throws Exception {
        run(V1_START);

        assertThat(out.toString().strip().lines()).hasSize(1);
        List<String> top = new ArrayList<>();
        json().fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("reviews");
        List<String> fields = new ArrayList<>();
        json().get("reviews").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rating", "at", "state", "stability", "difficulty", "retrievability", "due",
                "scheduledDays");
    }

    @Test
    void theReplayPrintsWhatTheSchedulerComputes() throws Exception {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false).withZone(ZoneOffset.UTC)
                .withDayStartHour(0));
        SrsCard card = SrsCard.newCard(SrsReplayCommand.CARD_ID, Instant.parse("2026-01-01T09:00:00Z"));
        List<SrsCard> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            card = scheduler.review(card, Rating.GOOD, Instant.parse(V1_START[6 + 4 * i])).card();
            expected.add(card);
        }

        run(V1_START);

        JsonNode reviews = json().get("reviews");
        for (int i = 0; i < 4; i++) {
            assertThat(reviews.get(i).get("stability").asDouble()).isEqualTo(expected.get(i).stability());
            assertThat(reviews.get(i).get("difficulty").asDouble()).isEqualTo(expected.get(i).difficulty());
            assertThat(reviews.get(i).get("due").asText()).isEqualTo(expected.get(i).due().toString());
        }
    }

    @Test
    void againOnAReviewCardStartsRelearning() throws Exception {
        int exit = run("srs", "replay", "--json",
                "--rating", "easy", "--at", "2026-01-01T09:00:00Z",
                "--rating", "AGAIN", "--at", "2026-01-09T09:00:00Z");

        assertThat(exit).isZero();
        JsonNode again = json().get("reviews").get(1);
        assertThat(again.get("state").asText()).isEqualTo("Relearning");
        assertThat(again.get("due").asText()).isEqualTo("2026-01-09T09:10:00Z");
        assertThat(again.get("scheduledDays").asInt()).isZero();
    }

    @Test
    void theSchedulerOptionsChangeTheResult() throws Exception {
        int exit = run("srs", "replay", "--json", "--learning-steps", "none", "--desired-retention", "0.8",
                "--rating", "Easy", "--at", "2026-01-01T09:00:00Z");

        assertThat(exit).isZero();
        double factor = Math.pow(0.9, -1 / W[20]) - 1;
        long expectedDays = Math.round(W[3] / factor * (Math.pow(0.8, -1 / W[20]) - 1));
        assertThat(json().get("reviews").get(0).get("scheduledDays").asLong()).isEqualTo(expectedDays).isGreaterThan(8);
    }

    @Test
    void theLearningStepsAreHonoured() throws Exception {
        int exit = run("srs", "replay", "--json", "--learning-steps", "30s, 2h",
                "--rating", "Again", "--at", "2026-01-01T09:00:00Z",
                "--rating", "Good", "--at", "2026-01-01T09:00:30Z",
                "--rating", "Hard", "--at", "2026-01-01T11:00:30Z");

        assertThat(exit).isZero();
        JsonNode reviews = json().get("reviews");
        assertThat(reviews.get(0).get("due").asText()).isEqualTo("2026-01-01T09:00:30Z");
        assertThat(reviews.get(1).get("due").asText()).isEqualTo("2026-01-01T11:00:30Z");
        assertThat(reviews.get(2).get("due").asText()).isEqualTo("2026-01-01T13:00:30Z");
        assertThat(reviews.get(2).get("state").asText()).isEqualTo("Learning");
    }

    @Test
    void theMaximumIntervalIsHonoured() throws Exception {
        int exit = run("srs", "replay", "--json", "--maximum-interval", "3", "--rating", "Easy", "--at", "2026-01-01T09:00:00Z");

        assertThat(exit).isZero();
        assertThat(json().get("reviews").get(0).get("scheduledDays").asInt()).isEqualTo(3);
        assertThat(json().get("reviews").get(0).get("due").asText()).isEqualTo("2026-01-04T09:00:00Z");
    }

    @Test
    void theDayStartHourAndTimezoneDecideWhatCountsAsTheSameDay() throws Exception {
        String[] lateNight = {"--rating", "Good", "--at", "2026-01-01T22:00:00Z", "--rating", "Good", "--at", "2026-01-02T01:00:00Z"};

        run(concat(new String[] {"srs", "replay", "--json"}, lateNight));
        double acrossMidnight = json().get("reviews").get(1).get("retrievability").asDouble();
        out.getBuffer().setLength(0);
        run(concat(new String[] {"srs", "replay", "--json", "--day-start-hour", "4"}, lateNight));
        double beforeFourAm = json().get("reviews").get(1).get("retrievability").asDouble();
        out.getBuffer().setLength(0);
        run(concat(new String[] {"srs", "replay", "--json", "--timezone", "America/New_York"}, lateNight));
        double inNewYork = json().get("reviews").get(1).get("retrievability").asDouble();

        assertThat(acrossMidnight).isLessThan(1.0);
        assertThat(beforeFourAm).isEqualTo(1.0);
        assertThat(inNewYork).isEqualTo(1.0);
    }

    @Test
    void withoutJsonItPrintsATable() {
        int exit = run("srs", "replay", "--rating", "Good", "--at", "2026-01-01T09:00:00Z",
                "--rating", "Good", "--at", "2026-01-01T09:10:00Z");

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("Rating", "State", "Stability", "Difficulty", "Retrievability", "Due", "Days");
        assertThat(lines.get(1)).contains("Good", "2026-01-01T09:00:00Z", "Learning", "2.3065", "2.1181", " - ",
                "2026-01-01T09:10:00Z").endsWith(" 0");
        assertThat(lines.get(2)).contains("Review", "1.0000", "2026-01-03T09:10:00Z").endsWith(" 2");
    }

    @Test
    void helpDocumentsTheFixedClockAndTheNullRetrievability() {
        int exit = run("srs", "replay", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--timezone", "--day-start-hour", "Fuzz is off", "midnight UTC",
                "Retrievability is null");
    }

    @Test
    void theRootHelpListsTheSrsCommand() {
        run("--help");

        assertThat(out.toString()).contains("srs");
    }

    @Test
    void srsWithoutASubcommandIsAUsageError() {
        assertThat(run("srs")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand").contains("replay");
    }

    // ---- Usage errors: exit code 2 and a message naming the flag ----

    @Test
    void unequalNumbersOfRatingsAndInstantsAreRefused() {
        int exit = run("srs", "replay", "--rating", "Good", "--at", "2026-01-01T09:00:00Z", "--rating", "Good");

        assertUsageError(exit, "Each --rating needs its --at: got 2 --rating and 1 --at");
    }

    @Test
    void aReplayWithoutReviewsIsRefused() {
        assertUsageError(run("srs", "replay", "--json"), "Give at least one review");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gud", "1", "", "AgainX"})
    void anUnknownRatingIsRefusedNamingTheFlag(String rating) {
        int exit = run("srs", "replay", "--rating", rating, "--at", "2026-01-01T09:00:00Z");

        assertUsageError(exit, "--rating", "'" + rating + "' is not a rating; use Again, Hard, Good or Easy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-01T09:00:00", "2026-13-01T09:00:00Z", "yesterday"})
    void aMalformedInstantIsRefusedNamingTheFlag(String at) {
        int exit = run("srs", "replay", "--rating", "Good", "--at", at);

        assertUsageError(exit, "--at", "'" + at + "' is not an ISO-8601 instant");
    }

    @Test
    void anInstantWithAnOffsetIsAccepted() throws Exception {
        assertThat(run("srs", "replay", "--json", "--rating", "Good", "--at", "2026-01-01T18:00:00+09:00")).isZero();
        assertThat(json().get("reviews").get(0).get("at").asText()).isEqualTo("2026-01-01T09:00:00Z");
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"2026-01-01T09:00:00Z, 2026-01-01T09:00:00Z", "2026-01-01T09:00:00Z, 2026-01-01T08:59:59Z"})
    void instantsThatDoNotIncreaseAreRefused(String first, String second) {
        int exit = run("srs", "replay", "--rating", "Good", "--at", first, "--rating", "Good", "--at", second);

        assertUsageError(exit, "--at", "review 2 at " + Instant.parse(second) + " is not after review 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.5", "-0.2"})
    void aDesiredRetentionOutsideZeroToOneIsRefused(String retention) {
        int exit = run("srs", "replay", "--desired-retention", retention, "--rating", "Good", "--at", "2026-01-01T09:00:00Z");

        assertUsageError(exit, "--desired-retention", "is not between 0 and 1");
    }

    @Test
    void aNonNumericRetentionIsRefusedNamingTheFlag() {
        assertUsageError(run("srs", "replay", "--desired-retention", "high", "--rating", "Good", "--at", "2026-01-01T09:00:00Z"),
                "--desired-retention", "high");
    }

    @ParameterizedTest
    @CsvSource({"--learning-steps, 1m;10", "--learning-steps, 0m", "--relearning-steps, ten minutes", "--relearning-steps, 5m;"})
    void aMalformedStepIsRefusedNamingTheFlag(String flag, String steps) {
        int exit = run("srs", "replay", flag, steps.replace(';', ','), "--rating", "Good", "--at", "2026-01-01T09:00:00Z");

        assertUsageError(exit, flag);
    }

    @ParameterizedTest
    @CsvSource({"--maximum-interval, 0", "--maximum-interval, 36501", "--day-start-hour, 24", "--timezone, Mars/Olympus"})
    void anOutOfRangeSettingIsRefusedNamingTheFlag(String flag, String value) {
        int exit = run("srs", "replay", flag, value, "--rating", "Good", "--at", "2026-01-01T09:00:00Z");

        assertUsageError(exit, flag, value);
    }

    private void assertUsageError(int exit, String... messageParts) {
        assertThat(exit).isEqualTo(SrsReplayCommand.EXIT_USAGE).isEqualTo(2);
        assertThat(err.toString()).contains(messageParts);
        assertThat(out.toString()).isEmpty();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
