package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.Nines;
import dev.opsdojo.calc.Redundancy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The availability of a chain of groups in series, each group N identical replicas in parallel. With {@code --json}
 * one object whose {@code availability} is a fraction (written with all the digits it needs, so 99.9999x3 is not a
 * plain 1), plus the unavailability, nines, downtime per year and month, and per group its availability, share of
 * the downtime and the total with one more replica.
 */
@Command(name = "availability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Availability of a system built as a chain of groups in series; each group is N identical replicas "
                        + "in parallel, any one of which is enough.",
                "A group is AVAILABILITY[xREPLICAS]: 99.9x3 is three replicas of 99.9%%, 99.99 a single one.",
                "Assumes independent failures: a group is down only when all its replicas are, (1-a)^N; the chain is up "
                        + "only when every group is, the product of the groups' availabilities.",
                "A group's share of the downtime is its unavailability over the sum of all groups' (exact when two "
                        + "groups are rarely down at once)."},
        footer = {"", "Example:", "  opsdojo calc availability 99.99 99.9x3 99.95x2 --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the availability was printed", "2:a group is missing or malformed"})
public final class CalcAvailabilityCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GROUP", description = "AVAILABILITY[xREPLICAS], e.g. 99.9x3; in series, in order.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        List<Redundancy.Group> parsed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            try {
                parsed.add(Redundancy.parse(groups.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for GROUP '" + groups.get(i) + "' (argument "
                        + (i + 1) + "): " + e.getMessage());
            }
        }
        Redundancy.Result result = Redundancy.evaluate(parsed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(result) : toTable(result));
        out.flush();
        return 0;
    }

    private static String toJson(Redundancy.Result result) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        root.put("availability", result.availabilityDecimal());
        root.put("unavailability", result.unavailability());
        if (Double.isFinite(result.nines())) {
            root.put("nines", result.nines());
        } else {
            root.putNull("nines");
        }
        ObjectNode downtime = root.putObject("downtimeSeconds");
        downtime.put("year", result.downtimeSeconds(Nines.Period.YEAR));
        downtime.put("month", result.downtimeSeconds(Nines.Period.MONTH));
        root.put("independentFailures", true);
        root.put("dominantGroup", result.dominantGroup());
        ArrayNode groups = root.putArray("groups");
        for (Redundancy.GroupResult g : result.groups()) {
            ObjectNode node = groups.addObject();
            node.put("group", g.group().toString());
            node.put("replicaAvailability", 1 - g.group().replicaUnavailability());
            node.put("replicas", g.group().replicas());
            node.put("availability", g.availability());
            node.put("unavailability", g.unavailability());
            node.put("downtimeSecondsPerYear", g.downtimeSecondsPerYear());
            node.put("shareOfDowntime", g.share());
            ObjectNode more = node.putObject("withOneMoreReplica");
            more.put("availability", Redundancy.availabilityDecimal(g.systemUnavailabilityWithOneMore(), 12));
            more.put("unavailability", g.systemUnavailabilityWithOneMore());
            more.put("downtimeSecondsPerYear", g.systemUnavailabilityWithOneMore() * Nines.YEAR_SECONDS);
        }
        return mapper.writeValueAsString(root);
    }

    private static String toTable(Redundancy.Result result) {
        String format = "%-3s %-12s %-22s %-16s %7s  %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "#", "Group", "Availability", "Downtime/year", "Share", "With one more replica"));
        int n = 0;
        for (Redundancy.GroupResult g : result.groups()) {
            String marker = n == result.dominantGroup() ? "*" : "";
            lines.add(String.format(Locale.ROOT, format, (n + 1) + marker, g.group(),
                    Redundancy.percentText(g.unavailability(), 4) + "%", Nines.formatDuration(g.downtimeSecondsPerYear()),
                    String.format(Locale.ROOT, "%.1f%%", g.share() * 100),
                    "total " + Redundancy.percentText(g.systemUnavailabilityWithOneMore(), 4) + "%, downtime "
                            + Nines.formatDuration(g.systemUnavailabilityWithOneMore() * Nines.YEAR_SECONDS) + "/year"));
            n++;
        }
        lines.add("");
        lines.add("Total availability " + Redundancy.percentText(result.unavailability(), 4) + "% ("
                + String.format(Locale.ROOT, "%.2f", result.nines()) + " nines)");
        lines.add("Expected downtime " + Nines.formatDuration(result.downtimeSeconds(Nines.Period.YEAR)) + " per year, "
                + Nines.formatDuration(result.downtimeSeconds(Nines.Period.MONTH)) + " per month");
        lines.add("* dominates the downtime: group " + (result.dominantGroup() + 1) + " ("
                + result.groups().get(result.dominantGroup()).group() + ")");
        lines.add("Assumes independent failures. Share = a group's unavailability / the sum of all groups' (exact when two "
                + "groups are rarely down at the same time).");
        return String.join(System.lineSeparator(), lines);
    }
}
