package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.queue.FcfsResponseTime;
import dev.opsdojo.calc.queue.MMc;
import dev.opsdojo.calc.queue.MMcK;
import dev.opsdojo.calc.queue.RandomBalancedQueues;
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
 * {@code opsdojo calc queue}: M/M/c (one shared FIFO queue), or M/M/c/K with {@code --capacity}. Prints a table, or
 * with {@code --json} one object {@code {"utilization","stable","probabilityOfWaiting","meanWaitSeconds",
 * "meanResponseSeconds","p50Seconds","p90Seconds","p95Seconds","p99Seconds","meanQueueLength","meanInSystem",
 * "throughputPerSecond", …}}, plus {@code "blockingProbability"}, {@code "goodputPerSecond"} and
 * {@code "offeredUtilization"} with --capacity, or {@code "randomBalancerMeanResponseSeconds"} without.
 * An unstable system without a capacity is an answer, not an error: {@code {"utilization":1.05,"stable":false}}.
 */
@Command(name = "queue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Waiting and response times of c servers behind one shared FIFO queue (M/M/c): Poisson arrivals, "
                        + "exponential service. This is what a least-connections or central-queue balancer approximates.",
                "With --capacity K the system holds at most K requests (in service plus waiting) and refuses the rest "
                        + "(M/M/c/K): the blocking probability is the error rate, and utilization, waits and percentiles "
                        + "are those of the admitted requests (offeredUtilization is λ/(cμ), which may exceed 1).",
                "Without --capacity a utilization λ/(cμ) of 1 or more has no steady state: the command prints "
                        + "\"unstable\" and exits 0 with {\"utilization\":…,\"stable\":false}.",
                "Percentiles are of the response time (wait plus service), first come first served."},
        footer = {"", "Example:", "  opsdojo calc queue --servers 8 --arrival-rate 7.2 --service-rate 1 --json",
                "  opsdojo calc queue --servers 8 --arrival-rate 9 --service-rate 1 --capacity 12"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the answer was printed (an unstable queue included)", "2:a flag is missing, malformed or out of range"})
public final class CalcQueueCommand implements Callable<Integer> {
    public static final int MAX_SERVERS = 100_000;
    public static final int MAX_CAPACITY = 1_000_000;
    private static final double[] PERCENTILES = {0.50, 0.90, 0.95, 0.99};

    @Option(names = "--servers", required = true, paramLabel = "C",
            description = "Servers (pods × worker slots), 1 to " + MAX_SERVERS + ".")
    int servers;

    @Option(names = "--arrival-rate", required = true, paramLabel = "λ",
            description = "Requests arriving per second, a positive number.")
    double arrivalRate;

    @Option(names = "--service-rate", required = true, paramLabel = "μ",
            description = "Requests one server completes per second (1 / mean service time), a positive number.")
    double serviceRate;

    @Option(names = "--capacity", paramLabel = "K",
            description = "The most requests the system holds, in service plus waiting (K ≥ C, at most " + MAX_CAPACITY + "); "
                    + "arrivals beyond it are refused.")
    Integer capacity;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        List<String> lines = new ArrayList<>();
        if (capacity == null) {
            MMc q = MMc.of(arrivalRate, serviceRate, servers);
            root.put("utilization", q.utilization());
            root.put("stable", q.stable());
            if (!q.stable()) {
                lines.add(String.format(Locale.ROOT, "unstable: utilization %s >= 1, waits grow without bound", num(q.utilization())));
                lines.add(String.format(Locale.ROOT, "Arrivals (%s/s) exceed what %d servers can complete (%s/s); "
                        + "add servers or cap the queue with --capacity.", num(arrivalRate), servers, num(servers * serviceRate)));
            } else {
                lines.add(String.format(Locale.ROOT, "M/M/c: %d servers, %s requests/s arriving, %s requests/s per server, one shared FIFO queue",
                        servers, num(arrivalRate), num(serviceRate)));
                row(lines, "Utilization", percent(q.utilization()));
                row(lines, "P(wait)", num(q.probabilityOfWaiting()));
                root.put("probabilityOfWaiting", q.probabilityOfWaiting());
                row(lines, "Mean wait", seconds(q.meanWaitSeconds()));
                root.put("meanWaitSeconds", q.meanWaitSeconds());
                row(lines, "Mean response", seconds(q.meanResponseSeconds()));
                root.put("meanResponseSeconds", q.meanResponseSeconds());
                percentiles(lines, root, q::responseQuantileSeconds);
                common(lines, root, q.meanQueueLength(), q.meanInSystem(), q.throughputPerSecond(), "Throughput");
                RandomBalancedQueues random = q.withRandomBalancer();
                root.put("randomBalancerMeanResponseSeconds", random.meanResponseSeconds());
                lines.add("");
                lines.add(String.format(Locale.ROOT, "Same load with a random load balancer (%d separate queues): mean response %s, p95 %s",
                        servers, seconds(random.meanResponseSeconds()), seconds(random.responseQuantileSeconds(0.95))));
            }
        } else {
            MMcK q = MMcK.of(arrivalRate, serviceRate, servers, capacity);
            FcfsResponseTime response = q.responseTime();
            lines.add(String.format(Locale.ROOT, "M/M/c/K: %d servers, room for %d requests, %s requests/s arriving, %s requests/s per server",
                    servers, capacity, num(arrivalRate), num(serviceRate)));
            root.put("utilization", q.utilization());
            root.put("offeredUtilization", q.offeredUtilization());
            root.put("stable", true);
            row(lines, "Utilization (carried)", percent(q.utilization()));
            row(lines, "Offered utilization", percent(q.offeredUtilization()));
            row(lines, "Blocking (error rate)", num(q.blockingProbability()));
            root.put("blockingProbability", q.blockingProbability());
            row(lines, "Goodput", num(q.goodputPerSecond()) + " requests/s");
            root.put("goodputPerSecond", q.goodputPerSecond());
            row(lines, "P(admitted waits)", num(q.probabilityAdmittedWaits()));
            root.put("probabilityOfWaiting", q.probabilityAdmittedWaits());
            row(lines, "Mean wait", seconds(q.meanWaitSeconds()));
            root.put("meanWaitSeconds", q.meanWaitSeconds());
            row(lines, "Mean response", seconds(q.meanResponseSeconds()));
            root.put("meanResponseSeconds", q.meanResponseSeconds());
            percentiles(lines, root, response::quantileSeconds);
            common(lines, root, q.meanQueueLength(), q.meanInSystem(), q.goodputPerSecond(), "Throughput (admitted)");
        }
        out.println(json ? mapper.writeValueAsString(root) : String.join(System.lineSeparator(), lines));
        out.flush();
        return 0;
    }

    private void validate() {
        if (servers < 1 || servers > MAX_SERVERS) {
            throw usage("--servers", servers + " is not 1 to " + MAX_SERVERS);
        }
        if (!(arrivalRate > 0) || !Double.isFinite(arrivalRate)) {
            throw usage("--arrival-rate", arrivalRate + " is not a positive number of requests per second");
        }
        if (!(serviceRate > 0) || !Double.isFinite(serviceRate)) {
            throw usage("--service-rate", serviceRate + " is not a positive number of requests per second");
        }
        if (capacity != null && (capacity < servers || capacity > MAX_CAPACITY)) {
            throw usage("--capacity", capacity + " is not between --servers (" + servers + ") and " + MAX_CAPACITY
                    + "; it counts requests in service plus waiting");
        }
    }

    private interface Quantile {
        double seconds(double p);
    }

    private static void percentiles(List<String> lines, ObjectNode root, Quantile quantile) {
        List<String> parts = new ArrayList<>();
        for (double p : PERCENTILES) {
            double s = quantile.seconds(p);
            String name = "p" + Math.round(p * 100);
            root.put(name + "Seconds", s);
            parts.add(name + " " + seconds(s));
        }
        row(lines, "Response time", String.join(", ", parts));
    }

    private static void common(List<String> lines, ObjectNode root, double lq, double l, double throughput, String label) {
        row(lines, "Lq (waiting)", num(lq));
        root.put("meanQueueLength", lq);
        row(lines, "L (in system)", num(l));
        root.put("meanInSystem", l);
        row(lines, label, num(throughput) + " requests/s");
        root.put("throughputPerSecond", throughput);
    }

    private static void row(List<String> lines, String name, String value) {
        lines.add(String.format(Locale.ROOT, "  %-22s %s", name, value));
    }

    static String num(double value) {
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e7) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        String s = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String seconds(double value) {
        if (value < 1) {
            return String.format(Locale.ROOT, "%.1f ms", value * 1000);
        }
        return String.format(Locale.ROOT, "%.3f s", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private ParameterException usage(String flag, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + flag + "': " + problem);
    }
}
