package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.HpaStep;
import dev.opsdojo.calc.hpa.PodSample;
import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import dev.opsdojo.calc.hpa.Tolerance;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * One Kubernetes HPA replica calculation for a CPU utilization target, from a list of pods or, in the short form,
 * from an average utilization. With {@code --json} one object {@code {"desiredReplicas","utilization",…,"steps"}}
 * where utilization is the whole percent the HPA status reports (null for {@code <unknown>}).
 */
@Command(name = "hpa", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "One Kubernetes HPA replica calculation for a CPU utilization target, explained step by step: utilization "
                        + "truncated to a whole percent, the inclusive tolerance band, ready pods, missing metrics and "
                        + "unready pods rebalanced without flipping the direction, failed and deleting pods ignored, pending "
                        + "pods unready, then [min, max].",
                "Each --pod is [STATE:]USAGE/REQUEST. STATE is ready (default), unready, pending, failed or deleting. "
                        + "USAGE and REQUEST are CPU: 600m or 600 is 600 millicores (a bare whole number is millicores, "
                        + "unlike Kubernetes YAML), 0.6 or 2.0 with a decimal point is cores. USAGE - is a pod with no "
                        + "metrics; REQUEST - is a pod with no CPU request (the metric then fails).",
                "The short form takes an average instead: --replicas N --current-utilization U (all replicas ready).",
                "Not shown: the real controller repeats this every 15 s and then applies its scale-up rate limit and the "
                        + "5-minute scale-down stabilization window."},
        footer = {"", "Examples:",
                "  opsdojo calc hpa --target-utilization 30 --pod 600m/2000m --pod 1000m/2000m --pod 1400m/2000m --json",
                "  opsdojo calc hpa --target-utilization 30 --replicas 3 --pod 600m/2000m --pod unready:1000m/2000m \\",
                "                   --pod -/2000m --max 10",
                "  opsdojo calc hpa --replicas 4 --current-utilization 90 --target-utilization 50"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the calculation was printed", "2:a flag is missing, malformed or out of range"})
public final class CalcHpaCommand implements Callable<Integer> {
    @Option(names = "--target-utilization", paramLabel = "PERCENT", required = true,
            description = "The target average CPU utilization in percent of the request, at least 1.")
    int targetUtilization;

    @Option(names = "--replicas", paramLabel = "N",
            description = "The current spec replica count (default: the number of --pod flags; required in the short form).")
    Integer replicas;

    @Option(names = "--pod", paramLabel = "[STATE:]USAGE/REQUEST", description = "One pod; repeat for each.")
    List<String> pods = new ArrayList<>();

    @Option(names = "--current-utilization", paramLabel = "PERCENT",
            description = "Short form: the average CPU utilization of the replicas, a whole percent.")
    Integer currentUtilization;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1", description = "minReplicas, at least 1 (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--max", paramLabel = "N", description = "maxReplicas (default: no upper bound).")
    Integer max;

    @Option(names = "--tolerance", paramLabel = "T", description = "The tolerance both ways (default: 0.1, the band [0.9, 1.1]).")
    Double tolerance;

    @Option(names = "--tolerance-up", paramLabel = "T", description = "The scale-up tolerance alone (default: 0.1).")
    Double toleranceUp;

    @Option(names = "--tolerance-down", paramLabel = "T", description = "The scale-down tolerance alone, 0 to 1 (default: 0.1).")
    Double toleranceDown;

    @Option(names = "--json", description = "Print one JSON object instead of the explanation.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        HpaSpec hpa = hpaSpec();
        HpaResult result;
        if (currentUtilization != null) {
            if (!pods.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Give either --pod or --current-utilization, not both");
            }
            if (replicas == null) {
                throw new ParameterException(spec.commandLine(), "The short form needs --replicas with --current-utilization");
            }
            if (currentUtilization < 0) {
                throw usage("--current-utilization", currentUtilization + " is negative");
            }
            result = ReplicaCalculator.fromAverage(hpa, checkedReplicas(), currentUtilization);
        } else {
            if (pods.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Give the pods (--pod USAGE/REQUEST, repeated) or the short form "
                        + "(--replicas N --current-utilization PERCENT)");
            }
            List<PodSample> samples = new ArrayList<>();
            for (String pod : pods) {
                samples.add(pod(pod));
            }
            result = ReplicaCalculator.calculate(hpa, replicas == null ? samples.size() : checkedReplicas(), samples);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(hpa, result) : toText(hpa, result));
        out.flush();
        return 0;
    }

    private int checkedReplicas() {
        if (replicas < 0) {
            throw usage("--replicas", replicas + " is negative");
        }
        return replicas;
    }

    private HpaSpec hpaSpec() {
        if (targetUtilization < 1) {
            throw usage("--target-utilization", targetUtilization + " is not a percentage of at least 1");
        }
        if (min < 1) {
            throw usage("--min", min + " is below 1 (scale to zero is an alpha feature this calculator does not model)");
        }
        int maxReplicas = max == null ? HpaSpec.NO_MAX : max;
        if (maxReplicas < min) {
            throw usage("--max", maxReplicas + " is below --min " + min);
        }
        if (tolerance != null && (toleranceUp != null || toleranceDown != null)) {
            throw new ParameterException(spec.commandLine(), "--tolerance and --tolerance-up/--tolerance-down are mutually exclusive");
        }
        double up = tolerance != null ? tolerance : toleranceUp != null ? toleranceUp : Tolerance.DEFAULT.scaleUp();
        double down = tolerance != null ? tolerance : toleranceDown != null ? toleranceDown : Tolerance.DEFAULT.scaleDown();
        String upFlag = tolerance != null ? "--tolerance" : "--tolerance-up";
        String downFlag = tolerance != null ? "--tolerance" : "--tolerance-down";
        if (!Double.isFinite(up) || up < 0) {
            throw usage(upFlag, up + " is negative");
        }
        if (!Double.isFinite(down) || down < 0 || down > 1) {
            throw usage(downFlag, down + " is not between 0 and 1");
        }
        return new HpaSpec(targetUtilization, min, maxReplicas, new Tolerance(up, down));
    }

    private PodSample pod(String text) {
        String rest = text.strip();
        PodState state = PodState.READY;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            try {
                state = PodState.parse(rest.substring(0, colon));
            } catch (IllegalArgumentException e) {
                throw usage("--pod", "'" + text + "': " + e.getMessage());
            }
            rest = rest.substring(colon + 1);
        }
        String[] parts = rest.split("/", -1);
        if (parts.length != 2) {
            throw usage("--pod", "'" + text + "' is not [STATE:]USAGE/REQUEST such as 600m/2000m or unready:-/2000m");
        }
        return new PodSample(state, cpu(text, parts[0], "usage"), cpu(text, parts[1], "request"));
    }

    private OptionalLong cpu(String pod, String text, String what) {
        String value = text.strip();
        if (value.equals("-")) {
            return OptionalLong.empty();
        }
        try {
            if (value.endsWith("m")) {
                return OptionalLong.of(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            }
            if (value.matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(value));
            }
            if (value.matches("\\d*\\.\\d+|\\d+\\.")) {
                // Cores; Kubernetes rounds a quantity up to whole millicores.
                return OptionalLong.of(new BigDecimal(value).movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw usage("--pod", "'" + pod + "': the " + what + " '" + text + "' is not CPU such as 600m, 600 (millicores), "
                + "0.6 (cores) or -");
    }

    private ParameterException usage(String flag, String problem) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + flag + "': " + problem);
    }

    private static String toJson(HpaSpec hpa, HpaResult result) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("desiredReplicas", result.desiredReplicas());
        if (result.utilizationPercent().isPresent()) {
            root.put("utilization", result.utilizationPercent().getAsInt());
        } else {
            root.putNull("utilization");
        }
        root.put("currentReplicas", result.currentReplicas());
        root.put("targetUtilization", hpa.targetUtilizationPercent());
        if (result.ratio().isPresent()) {
            root.put("ratio", result.ratio().getAsDouble());
        } else {
            root.putNull("ratio");
        }
        root.put("reason", result.outcome().reason);
        ArrayNode steps = root.putArray("steps");
        for (HpaStep step : result.steps()) {
            ObjectNode node = steps.addObject();
            node.put("kind", step.kind().name());
            List<String> names = step.kind().names();
            for (int i = 0; i < names.size(); i++) {
                double value = step.numbers().get(i);
                if (value >= HpaSpec.NO_MAX) {
                    node.putNull(names.get(i));
                } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                    node.put(names.get(i), (long) value);
                } else {
                    node.put(names.get(i), value);
                }
            }
            node.put("text", step.english());
        }
        return mapper.writeValueAsString(root);
    }

    private static String toText(HpaSpec hpa, HpaResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Desired replicas: " + result.desiredReplicas() + " (current " + result.currentReplicas() + ")");
        lines.add("Utilization: " + (result.utilizationPercent().isPresent() ? result.utilizationPercent().getAsInt() + "%" : "<unknown>")
                + " (target " + hpa.targetUtilizationPercent() + "%), " + result.outcome().reason);
        lines.add("Steps:");
        int n = 1;
        for (HpaStep step : result.steps()) {
            lines.add("  " + n++ + ". " + step.english());
        }
        lines.add("Not shown: the controller's scale-up rate limit and 5-minute scale-down stabilization window.");
        return String.join(System.lineSeparator(), lines);
    }
}
