package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.Nines;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Availability → allowed downtime per year, month, week and day, or the reverse: a downtime budget per period →
 * the availability it allows. With {@code --json} one object {@code {"availability":…,"downtimeSeconds":{"year",
 * "month","week","day"}}}, the availability as a fraction and the full budget of that availability in seconds.
 */
@Command(name = "nines", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Availability -> allowed downtime per year, month, week and day; or, with --downtime and --per, "
                        + "a downtime budget -> the availability it allows (and that availability's full budget).",
                "A year is 365 days and a month a twelfth of it (30.4167 days), as the usual nines tables count."},
        footer = {"", "Examples:",
                "  opsdojo calc nines 99.95 --json",
                "  opsdojo calc nines --downtime 5m --per month"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the budget was printed", "2:a value is missing, malformed or out of range"})
public final class CalcNinesCommand implements Callable<Integer> {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    @Parameters(index = "0", arity = "0..1", paramLabel = "AVAILABILITY",
            description = "Availability in percent, 0 to 100, e.g. 99.95 (a trailing %% is allowed).")
    String availability;

    @Option(names = "--downtime", paramLabel = "DURATION",
            description = "A downtime budget instead of an availability: a number with ms, s, m, h or d, parts may be "
                    + "combined (90s, 5m, 1h30m, 4h 23m); a bare number is seconds.")
    String downtime;

    @Option(names = "--per", paramLabel = "PERIOD", description = "The period of --downtime: year, month, week or day "
            + "(default: year).")
    String per;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        double fraction;
        Nines.Budget budget;
        if (downtime != null) {
            if (availability != null) {
                throw new ParameterException(spec.commandLine(), "Give either AVAILABILITY or --downtime, not both");
            }
            Nines.Period period = period();
            double seconds = seconds(downtime);
            if (seconds > period.seconds) {
                throw usage("--downtime", "'" + downtime + "' is longer than a " + name(period) + " ("
                        + Nines.formatDuration(period.seconds) + ")");
            }
            fraction = Nines.availabilityFor(seconds, period);
            budget = Nines.fromPercent(fraction * 100);
        } else {
            if (per != null) {
                throw usage("--per", "only goes with --downtime");
            }
            if (availability == null) {
                throw new ParameterException(spec.commandLine(), "Give an AVAILABILITY in percent (e.g. 99.95) or --downtime with --per");
            }
            BigDecimal percent = percent(availability);
            fraction = percent.movePointLeft(2).doubleValue();
            budget = Nines.fromPercent(percent.doubleValue());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(fraction, budget) : toTable(fraction, budget));
        out.flush();
        return 0;
    }

    private BigDecimal percent(String text) {
        String cleaned = text.strip();
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw usage("AVAILABILITY", "'" + text + "' is not a percentage such as 99.95");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw usage("AVAILABILITY", "'" + text + "' is not between 0 and 100");
        }
        return percent;
    }

    private Nines.Period period() {
        if (per == null) {
            return Nines.Period.YEAR;
        }
        for (Nines.Period period : Nines.Period.values()) {
            if (name(period).equals(per.strip().toLowerCase(Locale.ROOT))) {
                return period;
            }
        }
        throw usage("--per", "'" + per + "' is not a period; use year, month, week or day");
    }

    private double seconds(String text) {
        String compact = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (compact.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(compact);
        }
        Matcher m = DURATION_PART.matcher(compact);
        double total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            double amount = Double.parseDouble(m.group(1));
            total += amount * switch (m.group(2)) {
                case "ms" -> 0.001;
                case "s" -> 1;
                case "m" -> 60;
                case "h" -> 3600;
                default -> 86_400;
            };
            end = m.end();
        }
        if (compact.isEmpty() || end != compact.length()) {
            throw usage("--downtime", "'" + text + "' is not a duration such as 90s, 5m, 1h30m or 2d");
        }
        return total;
    }

    private ParameterException usage(String what, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for " + (what.startsWith("--") ? "option '" + what + "'"
                : "parameter " + what) + ": " + problem);
    }

    static String name(Nines.Period period) {
        return period.name().toLowerCase(Locale.ROOT);
    }

    /** Seconds rounded to 12 significant digits, which hides the binary noise of 1 − 0.9995 without losing tiny budgets. */
    static double clean(double seconds) {
        return seconds == 0 ? 0 : new BigDecimal(seconds).round(new MathContext(12)).doubleValue();
    }

    private static String toJson(double fraction, Nines.Budget budget) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("availability", fraction);
        ObjectNode seconds = root.putObject("downtimeSeconds");
        for (Nines.Period period : Nines.Period.values()) {
            seconds.put(name(period), clean(budget.seconds(period)));
        }
        return mapper.writeValueAsString(root);
    }

    private static String toTable(double fraction, Nines.Budget budget) {
        List<String> lines = new ArrayList<>();
        lines.add("Availability " + percentText(fraction) + "%");
        lines.add(String.format(Locale.ROOT, "%-7s %s", "Per", "Allowed downtime"));
        for (Nines.Period period : Nines.Period.values()) {
            lines.add(String.format(Locale.ROOT, "%-7s %s", name(period), Nines.formatDuration(budget.seconds(period))));
        }
        lines.add("A year is 365 days and a month a twelfth of it.");
        return String.join(System.lineSeparator(), lines);
    }

    private static String percentText(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
