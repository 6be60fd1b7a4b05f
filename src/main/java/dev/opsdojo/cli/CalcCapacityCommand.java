package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.queue.CapacityPlanner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code opsdojo calc capacity}: the smallest pod count whose exact p95 response time meets a target for N users
 * with think time, on the closed model of {@link CapacityPlanner}. With {@code --json}:
 * {@code {"pods","servers","throughputPerSecond","utilization","meanResponseSeconds","p95Seconds",
 * "p95SecondsWithOnePodFewer","targetP95Seconds","assumptions":[…]}}; when no pod count can meet the target,
 * {@code "pods":null} with a {@code "reason"} and exit code 0.
 */
@Command(name = "capacity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "How many pods do N users need for a p95 response-time target?",
                "Model: N users each think for --think-time on average, send one request and wait for the reply. "
                        + "The pods × --concurrency-per-pod worker slots serve one shared FIFO queue "
                        + "(least-connections or a central queue), with exponential service times of mean --service-time.",
                "The p95 is exact for this model (arrival theorem, finite-source birth-death chain), not an approximation.",
                "If the target is at or below the service time's own p95, ln(20) x service time, no pod count can meet it: "
                        + "the command says so, prints \"pods\":null with the reason in JSON, and exits 0.",
                "Durations take a unit: ms, s or m (50ms, 0.3s, 10s, 1m)."},
        footer = {"", "Example:",
                "  opsdojo calc capacity --users 100000 --think-time 10s --service-time 50ms \\",
                "                        --concurrency-per-pod 4 --target-p95 300ms"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the answer was printed (including \"no pod count can meet the target\")",
                "2:a flag is missing, malformed or out of range"})
public final class CalcCapacityCommand implements Callable<Integer> {
    public static final int MAX_CONCURRENCY = 10_000;

    @Option(names = "--users", required = true, paramLabel = "N",
            description = "Concurrent users, 1 to " + CapacityPlanner.MAX_USERS + ".")
    int users;

    @Option(names = "--think-time", required = true, paramLabel = "DURATION", converter = DurationArg.class,
            description = "Mean time a user waits between a reply and its next request (0s allowed), e.g. 10s.")
    double thinkSeconds;

    @Option(names = "--service-time", required = true, paramLabel = "DURATION", converter = DurationArg.class,
            description = "Mean time one worker slot spends on a request, e.g. 50ms.")
    double serviceSeconds;

    @Option(names = "--concurrency-per-pod", required = true, paramLabel = "SLOTS",
            description = "Requests one pod serves at once (worker slots), 1 to " + MAX_CONCURRENCY + ".")
    int concurrencyPerPod;

    @Option(names = "--target-p95", required = true, paramLabel = "DURATION", converter = DurationArg.class,
            description = "The p95 response time to meet (queueing plus service), e.g. 300ms.")
    double targetP95Seconds;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        CapacityPlanner.Inputs inputs = inputs();
        CapacityPlanner.Plan plan = CapacityPlanner.plan(inputs);
        List<String> assumptions = assumptions(inputs);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        List<String> lines = new ArrayList<>();
        lines.add("Assumptions:");
        assumptions.forEach(a -> lines.add("  - " + a));
        lines.add("");
        if (plan instanceof CapacityPlanner.Met met) {
            CapacityPlanner.Point p = met.answer();
            root.put("pods", p.pods());
            root.put("servers", p.servers());
            root.put("throughputPerSecond", p.throughputPerSecond());
            root.put("utilization", p.utilization());
            root.put("meanResponseSeconds", p.meanResponseSeconds());
            root.put("p95Seconds", p.p95Seconds());
            if (met.oneFewer() != null) {
                root.put("p95SecondsWithOnePodFewer", met.oneFewer().p95Seconds());
            } else {
                root.putNull("p95SecondsWithOnePodFewer");
            }
            lines.add(String.format(Locale.ROOT, "Answer: %d pods (%d worker slots)", p.pods(), p.servers()));
            row(lines, "Throughput", CalcQueueCommand.num(p.throughputPerSecond()) + " requests/s");
            row(lines, "Utilization", String.format(Locale.ROOT, "%.2f%%", p.utilization() * 100));
            row(lines, "Mean response", CalcQueueCommand.seconds(p.meanResponseSeconds()));
            row(lines, "p95 response", CalcQueueCommand.seconds(p.p95Seconds()) + " (target "
                    + CalcQueueCommand.seconds(inputs.targetP95Seconds()) + ")");
            if (met.oneFewer() != null) {
                CapacityPlanner.Point fewer = met.oneFewer();
                row(lines, "With " + fewer.pods() + " pods", "p95 " + CalcQueueCommand.seconds(fewer.p95Seconds())
                        + " at " + String.format(Locale.ROOT, "%.2f%%", fewer.utilization() * 100)
                        + " utilization: above the target, so one pod fewer is not enough");
            } else {
                row(lines, "One pod", "is the least there is");
            }
            CapacityPlanner.Point headroom = CapacityPlanner.podsAtUtilization(inputs, CapacityPlanner.HEADROOM_UTILIZATION);
            root.put("podsAt70PercentUtilization", headroom.pods());
            if (p.utilization() > CapacityPlanner.HEADROOM_UTILIZATION) {
                lines.add("");
                lines.add(String.format(Locale.ROOT, "Headroom: the answer runs at %.1f%% utilization, on the knee of the curve, where a "
                                + "burst or slower requests push p95 past the target at once. At most 70%% utilization takes %d pods "
                                + "(p95 %s).", p.utilization() * 100, headroom.pods(), CalcQueueCommand.seconds(headroom.p95Seconds())));
            }
        } else {
            CapacityPlanner.Unreachable no = (CapacityPlanner.Unreachable) plan;
            String reason = String.format(Locale.ROOT, "No pod count can meet a p95 of %s: even with no waiting at all, "
                            + "the service time alone has a p95 of ln(20) x %s = %s.",
                    CalcQueueCommand.seconds(inputs.targetP95Seconds()), CalcQueueCommand.seconds(inputs.serviceSeconds()),
                    CalcQueueCommand.seconds(no.serviceOnlyP95Seconds()));
            root.putNull("pods");
            root.put("reason", reason);
            root.put("serviceOnlyP95Seconds", no.serviceOnlyP95Seconds());
            lines.add(reason);
            lines.add("Make requests faster (a shorter service time) or relax the target.");
        }
        root.put("targetP95Seconds", inputs.targetP95Seconds());
        ArrayNode list = root.putArray("assumptions");
        assumptions.forEach(list::add);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? mapper.writeValueAsString(root) : String.join(System.lineSeparator(), lines));
        out.flush();
        return 0;
    }

    private CapacityPlanner.Inputs inputs() {
        if (users < 1 || users > CapacityPlanner.MAX_USERS) {
            throw usage("--users", users + " is not 1 to " + CapacityPlanner.MAX_USERS);
        }
        if (!(thinkSeconds >= 0)) {
            throw usage("--think-time", "must not be negative");
        }
        if (!(serviceSeconds > 0)) {
            throw usage("--service-time", "must be more than 0");
        }
        if (concurrencyPerPod < 1 || concurrencyPerPod > MAX_CONCURRENCY) {
            throw usage("--concurrency-per-pod", concurrencyPerPod + " is not 1 to " + MAX_CONCURRENCY);
        }
        if (!(targetP95Seconds > 0)) {
            throw usage("--target-p95", "must be more than 0");
        }
        return new CapacityPlanner.Inputs(users, thinkSeconds, serviceSeconds, concurrencyPerPod, targetP95Seconds);
    }

    private static List<String> assumptions(CapacityPlanner.Inputs in) {
        return List.of(
                String.format(Locale.ROOT, "closed workload: %d independent users, each thinking %s on average between a reply "
                        + "and its next request (only the mean think time matters)", in.users(), CalcQueueCommand.seconds(in.thinkSeconds())),
                String.format(Locale.ROOT, "exponential service times with mean %s; real services often have heavier tails, "
                        + "so treat the answer as a lower bound", CalcQueueCommand.seconds(in.serviceSeconds())),
                String.format(Locale.ROOT, "identical pods with %d worker slots each, all behind one shared FIFO queue "
                        + "(least-connections or a central queue); a random balancer needs more pods", in.concurrencyPerPod()),
                "no network, balancer or client time: the response time is queueing plus service");
    }

    private static void row(List<String> lines, String name, String value) {
        lines.add(String.format(Locale.ROOT, "  %-16s %s", name, value));
    }

    private ParameterException usage(String flag, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + flag + "': " + problem);
    }
}
