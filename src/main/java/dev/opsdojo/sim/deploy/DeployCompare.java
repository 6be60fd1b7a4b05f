package dev.opsdojo.sim.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the release strategies on the same traffic (same seed) and the same release, good or bad, so their costs and
 * risks line up. The scenario's own strategy keeps its settings; the others use their defaults. The A/B test is left
 * out: it is an experiment that keeps both versions, not a way to replace one.
 */
public final class DeployCompare {
    public static final List<String> STRATEGIES = List.of("rolling", "recreate", "blue-green", "canary");

    /** One strategy's run: its result and its per-second timeline. */
    public record Run(Strategy strategy, DeployResult result, List<DeploySample> timeline) {
        public Run {
            timeline = List.copyOf(timeline);
        }
    }

    private DeployCompare() {
    }

    public static List<DeployResult> run(DeployScenario scenario) {
        return runWithTimelines(scenario).stream().map(Run::result).toList();
    }

    public static List<Run> runWithTimelines(DeployScenario scenario) {
        // A scenario without a release time is released at 30 s here.
        List<Run> runs = new ArrayList<>();
        DeploymentSpec d = scenario.deployment();
        if (d.releaseAtSeconds() == null) {
            // Compared runs need a release time: the default one (a live screen starts it when the learner presses Start).
            scenario = scenario.withDeployment(new DeploymentSpec(d.app(), d.replicas(), d.stable(), d.release(), d.strategy(),
                    30.0, d.actions(), d.downtimeErrorRate(), d.clients(), d.hpa()));
        }
        for (Strategy strategy : strategies(scenario)) {
            DeploySimulation simulation = new DeploySimulation(scenario.withDeployment(scenario.deployment().withStrategy(strategy)));
            DeployResult result = simulation.run();
            runs.add(new Run(strategy, result, simulation.timeline()));
        }
        return runs;
    }

    /** The strategies compared, in {@link #STRATEGIES} order; the scenario's own one with its settings. */
    public static List<Strategy> strategies(DeployScenario scenario) {
        Strategy own = scenario.deployment().strategy();
        List<Strategy> strategies = new ArrayList<>();
        for (String name : STRATEGIES) {
            strategies.add(own.json().equals(name) ? own : DeployDefaults.strategy(name));
        }
        return strategies;
    }
}
