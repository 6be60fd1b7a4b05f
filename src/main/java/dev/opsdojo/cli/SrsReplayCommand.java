package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.srs.FsrsParameters;
import dev.opsdojo.srs.FsrsScheduler;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ScheduledOutcome;
import dev.opsdojo.srs.SrsCard;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Replays one new card through a list of ratings with the FSRS-6 scheduler the app uses, and prints the card after
 * each review: as a table, or with {@code --json} as one JSON object
 * {@code {"reviews":[{"rating","at","state","stability","difficulty","retrievability","due","scheduledDays"}, …]}}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Replay one new card through the given ratings with the FSRS-6 scheduler.",
                "After each review it prints the card's state, stability (days), difficulty (1-10), the retrievability "
                        + "at the review (before the rating), the next due time (UTC) and the whole days scheduled "
                        + "(0 for a same-day step).",
                "Give each --rating together with the --at instant it happened, in increasing order; "
                        + "the card is created at the first --at.",
                "Retrievability is null (\"-\" in the table) at the first review: a new card has no memory yet. "
                        + "It counts whole days since the last review, so it is 1 on the day of a review.",
                "Fuzz is off, and days start at --day-start-hour in --timezone (midnight UTC unless given), "
                        + "not at this machine's settings, so the output is the same everywhere. "
                        + "The app counts days from 4 am local time instead."},
        footer = {"", "Example:",
                "  opsdojo srs replay --json --rating Good --at 2026-01-01T09:00:00Z \\",
                "                            --rating Good --at 2026-01-01T09:10:00Z"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the replay was printed", "2:a flag is missing, malformed or out of range"})
public final class SrsReplayCommand implements Callable<Integer> {
    public static final int EXIT_USAGE = 2;
    static final String CARD_ID = "replay";
    private static final Pattern STEP = Pattern.compile("(\\d{1,9})([smhd])");

    @Option(names = "--rating", paramLabel = "RATING", converter = RatingConverter.class,
            description = "Again, Hard, Good or Easy (any case). Repeat once per review.")
    List<Rating> ratings = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "When that review happened: an ISO-8601 instant such as 2026-01-01T09:00:00Z (or with an offset, "
                    + "+09:00). Repeat once per --rating.")
    List<Instant> instants = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--desired-retention", paramLabel = "R", defaultValue = "0.9",
            description = "The recall probability at which a card falls due, between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double desiredRetention;

    @Option(names = "--learning-steps", paramLabel = "STEPS", defaultValue = "1m,10m",
            description = "Comma-separated delays of a new card, each a number with s, m, h or d (default: ${DEFAULT-VALUE}); "
                    + "\"none\" for no steps.")
    String learningSteps;

    @Option(names = "--relearning-steps", paramLabel = "STEPS", defaultValue = "10m",
            description = "Comma-separated delays after a lapse, like --learning-steps (default: ${DEFAULT-VALUE}).")
    String relearningSteps;

    @Option(names = "--maximum-interval", paramLabel = "DAYS", defaultValue = "36500",
            description = "The longest interval, 1 to 36500 days (default: ${DEFAULT-VALUE}).")
    int maximumIntervalDays;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC", converter = ZoneConverter.class,
            description = "The zone whose calendar counts elapsed days, e.g. Europe/Berlin (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--day-start-hour", paramLabel = "HOUR", defaultValue = "0",
            description = "The local hour (0-23) at which a new day starts (default: ${DEFAULT-VALUE}).")
    int dayStartHour;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        FsrsScheduler scheduler = new FsrsScheduler(parameters());
        checkReviews();

        List<ReplayedReview> replayed = new ArrayList<>();
        SrsCard card = SrsCard.newCard(CARD_ID, instants.get(0));
        for (int i = 0; i < ratings.size(); i++) {
            Instant at = instants.get(i);
            OptionalDouble retrievability = scheduler.retrievability(card, at);
            ScheduledOutcome outcome = scheduler.review(card, ratings.get(i), at);
            replayed.add(new ReplayedReview(ratings.get(i), at, retrievability, outcome));
            card = outcome.card();
        }

        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(replayed) : toTable(replayed));
        out.flush();
        return 0;
    }

    private record ReplayedReview(Rating rating, Instant at, OptionalDouble retrievability, ScheduledOutcome outcome) {
    }

    private FsrsParameters parameters() {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw usage("--desired-retention", desiredRetention + " is not between 0 and 1 (exclusive)");
        }
        if (maximumIntervalDays < 1 || maximumIntervalDays > FsrsParameters.MAX_INTERVAL_DAYS) {
            throw usage("--maximum-interval", maximumIntervalDays + " is not 1 to " + FsrsParameters.MAX_INTERVAL_DAYS + " days");
        }
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw usage("--day-start-hour", dayStartHour + " is not an hour from 0 to 23");
        }
        return FsrsParameters.defaults()
                .withFuzz(false)
                .withDesiredRetention(desiredRetention)
                .withLearningSteps(steps("--learning-steps", learningSteps))
                .withRelearningSteps(steps("--relearning-steps", relearningSteps))
                .withMaximumIntervalDays(maximumIntervalDays)
                .withZone(zone)
                .withDayStartHour(dayStartHour);
    }

    private void checkReviews() {
        if (ratings.isEmpty() && instants.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give at least one review: --rating RATING --at INSTANT");
        }
        if (ratings.size() != instants.size()) {
            throw new ParameterException(spec.commandLine(), "Each --rating needs its --at: got " + ratings.size()
                    + " --rating and " + instants.size() + " --at");
        }
        for (int i = 1; i < instants.size(); i++) {
            if (!instants.get(i).isAfter(instants.get(i - 1))) {
                throw usage("--at", "review " + (i + 1) + " at " + instants.get(i) + " is not after review " + i
                        + " at " + instants.get(i - 1) + "; the instants must increase");
            }
        }
    }

    private List<Duration> steps(String flag, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Duration> steps = new ArrayList<>();
        for (String part : trimmed.split(",", -1)) {
            Matcher m = STEP.matcher(part.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw usage(flag, "'" + part.trim() + "' is not a delay such as 30s, 10m, 1h or 2d");
            }
            long amount = Long.parseLong(m.group(1));
            Duration step = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (step.isZero()) {
                throw usage(flag, "'" + part.trim() + "' is not a positive delay");
            }
            steps.add(step);
        }
        return steps;
    }

    private ParameterException usage(String flag, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + flag + "': " + problem);
    }

    private static String toJson(List<ReplayedReview> replayed) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode reviews = root.putArray("reviews");
        for (ReplayedReview r : replayed) {
            SrsCard card = r.outcome().card();
            ObjectNode review = reviews.addObject();
            review.put("rating", r.rating().display());
            review.put("at", r.at().toString());
            review.put("state", card.state().display());
            review.put("stability", card.stability());
            review.put("difficulty", card.difficulty());
            if (r.retrievability().isPresent()) {
                review.put("retrievability", r.retrievability().getAsDouble());
            } else {
                review.putNull("retrievability");
            }
            review.put("due", card.due().toString());
            review.put("scheduledDays", r.outcome().scheduledDays());
        }
        return mapper.writeValueAsString(root);
    }

    private static String toTable(List<ReplayedReview> replayed) {
        String format = "%-3s %-6s %-20s %-10s %10s %10s %14s  %-20s %5s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "#", "Rating", "At", "State", "Stability", "Difficulty",
                "Retrievability", "Due", "Days"));
        int n = 1;
        for (ReplayedReview r : replayed) {
            SrsCard card = r.outcome().card();
            String retrievability = r.retrievability().isPresent()
                    ? String.format(Locale.ROOT, "%.4f", r.retrievability().getAsDouble())
                    : "-";
            lines.add(String.format(Locale.ROOT, format, n++, r.rating().display(), r.at(), card.state().display(),
                    String.format(Locale.ROOT, "%.4f", card.stability()), String.format(Locale.ROOT, "%.4f", card.difficulty()),
                    retrievability, card.due(), r.outcome().scheduledDays()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    static final class RatingConverter implements ITypeConverter<Rating> {
        @Override
        public Rating convert(String value) {
            for (Rating rating : Rating.values()) {
                if (rating.name().equalsIgnoreCase(value.trim())) {
                    return rating;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a rating; use Again, Hard, Good or Easy");
        }
    }

    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.trim(), Instant::from);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an ISO-8601 instant such as 2026-01-01T09:00:00Z");
            }
        }
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.trim()).normalized();
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone such as UTC or Europe/Berlin");
            }
        }
    }
}
