package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.rollout.RollingUpdate;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code calc rollout}: maxSurge/maxUnavailable resolved as Kubernetes does, and the ReplicaSet sizes of a rolling update. */
@Command(name = "rollout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Resolve a Deployment's maxSurge and maxUnavailable as Kubernetes does (surge rounds up, unavailable "
                + "rounds down, both 0 becomes unavailable 1) and list the (old, new) ReplicaSet sizes the controller goes "
                + "through when every new pod is ready as soon as it is created. Each step is one scale action."},
        footer = {"", "Example:", "  opsdojo calc rollout --replicas 10 --max-surge 25%% --max-unavailable 25%% --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the steps were printed", "2:a flag is missing or the combination would be refused by Kubernetes"})
public final class CalcRolloutCommand implements Callable<Integer> {

    @Option(names = "--replicas", required = true, paramLabel = "N", description = "spec.replicas (0 to 100000).")
    int replicas;

    @Option(names = "--max-surge", paramLabel = "N|P%", defaultValue = "25%",
            description = "Pods above replicas during the update (default: 25%%).")
    String maxSurge;

    @Option(names = "--max-unavailable", paramLabel = "N|P%", defaultValue = "25%",
            description = "Pods below replicas that may be unavailable (default: 25%%).")
    String maxUnavailable;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        RollingUpdate.Fenceposts limits;
        try {
            limits = RollingUpdate.resolve(replicas, maxSurge, maxUnavailable);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<RollingUpdate.Step> steps = RollingUpdate.steps(replicas, limits);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("maxSurge", limits.maxSurge());
            root.put("maxUnavailable", limits.maxUnavailable());
            ArrayNode list = root.putArray("steps");
            steps.forEach(s -> list.addObject().put("old", s.oldReplicas()).put("new", s.newReplicas()));
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "maxSurge %s -> %d pods (at most %d in total); maxUnavailable %s -> %d (at least %d available)%n",
                    maxSurge.strip(), limits.maxSurge(), RollingUpdate.maxTotal(replicas, limits), maxUnavailable.strip(),
                    limits.maxUnavailable(), RollingUpdate.minAvailable(replicas, limits));
            out.printf(Locale.ROOT, "  start   old %3d  new %3d%n", replicas, 0);
            int i = 1;
            for (RollingUpdate.Step s : steps) {
                out.printf(Locale.ROOT, "  step %-2d old %3d  new %3d%n", i++, s.oldReplicas(), s.newReplicas());
            }
        }
        out.flush();
        return 0;
    }
}
