package dev.opsdojo.sim.scaleout;

import dev.opsdojo.sim.cluster.Decision;
import dev.opsdojo.sim.engine.SimulationResult;
import java.util.List;

/** What a run gave: the traffic's numbers, the cost of the nodes, and every decision the controllers took. */
public record ScaleOutResult(SimulationResult traffic, double nodeHours, double costDollars, List<Decision> decisions) {
    public ScaleOutResult {
        decisions = List.copyOf(decisions);
    }
}
