package dev.opsdojo.calc.controlplane;

import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.util.List;
import java.util.Set;

/**
 * What happens to one capability in an outage: its status, the requirements that are not met (worst first;
 * each with the nodes concerned, empty for control-plane components) and the clocks worth showing.
 */
public record Verdict(Capability capability, Status status, List<Unmet> unmet, Set<Timing> timings) {
    public Verdict {
        unmet = List.copyOf(unmet);
        timings = Set.copyOf(timings);
    }

    /**
     * A requirement that fails, the status it alone causes, the worker nodes where it fails (1-based; empty for a
     * control-plane component) and how far the failure reaches.
     */
    public record Unmet(Requirement requirement, Status status, List<Integer> nodes, Extent extent) {
        public Unmet {
            nodes = List.copyOf(nodes);
        }
    }

    /** How much of the cluster a node requirement fails on; a stopped control-plane component counts as ALL. */
    public enum Extent {
        /** Some nodes, fewer than an unhealthy zone. */
        SOME,
        /** At least 55% of the nodes, not all. */
        ZONE,
        /** Every node (failing or down). */
        ALL
    }
}
